"""Worker for test_kill_during_save: saves records in a loop until it is killed.

Prints "FINAL <uuid>" only after finalize() returned (the transaction committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import OFFICER_PW
from tests.records_helpers import complete_payload

from customs_desk.accounts.passwords import fast_passwords_for_tests
from customs_desk.app import open_app
from customs_desk.paths import AppPaths


def main() -> None:
    ctx = open_app(AppPaths.from_base(Path(sys.argv[1])), passwords=fast_passwords_for_tests())
    officer = ctx.accounts.authenticate("O2002", OFFICER_PW)
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        draft = ctx.inspections.new_draft(officer)
        payload = complete_payload(findings=f"Loop {n}", containers=[])
        for i in range(3):  # autosaves while typing
            payload["notes"] = f"typing {i}"
            ctx.inspections.save_draft(officer, draft.id, payload, autosave=True)
        view = ctx.inspections.finalize(officer, draft.id, payload)
        print(f"FINAL {view.id}", flush=True)
        ctx.inspections.correct(
            officer, view.id, dict(payload, notes="corrected"), reason="kill test"
        )
        print(f"CORRECTED {view.id}", flush=True)


if __name__ == "__main__":
    main()
