"""Entry script of both frozen executables: ``customs_desk.__main__:main``.

Windowed Windows builds start with ``sys.stdout``/``sys.stderr`` set to None; any library that
writes to them would crash, so they point at the null device instead.
"""

from __future__ import annotations

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from customs_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
