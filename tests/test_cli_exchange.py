"""The whole exchange from the command line, as a script at a post and the secretariat would
run it: keys, export, import (dry run, then apply), receipts, an update, and refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.records_helpers import complete_payload

from customs_desk.cli import main

PASSWORD = "cli-password-1"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("CUSTOMS_DESK_PASSWORD", PASSWORD)

    def run(*args: str, ok: bool = True) -> Any:
        code = main([*args])
        out, err = capsys.readouterr()
        if ok:
            assert code == 0, (args, out, err)
        else:
            assert code != 0, (args, out)
        if "--json" in args and out.strip():
            return json.loads(out)
        return out + err

    return run


def setup(cli: Any, folder: Path, code: str, kind: str = "post") -> str:
    cli(
        "setup",
        "--data-dir",
        str(folder),
        "--kind",
        kind,
        "--post-code",
        code,
        "--post-name",
        f"Office {code}",
        "--country",
        "JP" if kind == "secretariat" else code[:2],
        "--name",
        f"Chief {code}",
        "--badge",
        "B1",
    )
    return str(folder)


def test_round_trip_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    sec = setup(cli, tmp_path / "sec", "JP-MOE", "secretariat")
    sg = setup(cli, tmp_path / "sg", "SG-TUAS")
    vn = setup(cli, tmp_path / "vn", "VN-HPH")
    auth = ("--user", "B1")

    # Keys: exported, fingerprints compared, trusted both ways.
    shown = cli("keys", "show", "--data-dir", sec, "--json")
    assert len(shown["display"].split()) == 8
    cli("keys", "export", "--data-dir", sec, "--to", str(usb))
    for post, data in (("SG-TUAS", sg), ("VN-HPH", vn)):
        cli("keys", "export", "--data-dir", data, "--to", str(usb))
        fingerprint = cli("keys", "show", "--data-dir", data, "--json")["display"]
        cli(
            "keys", "trust", str(usb / f"{post}.cdkey"), "--fingerprint", fingerprint,
            "--data-dir", sec, *auth,
        )  # fmt: skip
        cli("keys", "trust", str(usb / "JP-MOE.cdkey"), "--data-dir", data, *auth)
    listed = cli("keys", "list", "--data-dir", sec, "--json")["keys"]
    assert {k["post_code"] for k in listed} == {"SG-TUAS", "VN-HPH"}

    # Each post records an inspection and exports.
    for data, container in ((sg, "CSQU3054383"), (vn, "MSCU1234566")):
        record = tmp_path / "record.json"
        record.write_text(
            json.dumps(complete_payload(containers=[{"number": container, "seals": []}])),
            encoding="utf-8",
        )
        cli("records", "add", "--from-json", str(record), "--data-dir", data, *auth)
    sg_export = cli("export", "--to", str(usb), "--data-dir", sg, "--json", *auth)
    vn_export = cli("export", "--to", str(usb), "--data-dir", vn, "--json", *auth)
    assert sg_export["counts"]["revisions"] == 1 and Path(sg_export["file"]).is_file()

    # The secretariat: dry run, then import with a receipt.
    dry = cli("import", sg_export["file"], "--dry-run", "--data-dir", sec, "--json", *auth)
    assert dry["dry_run"] and dry["counts"]["new"] == 1
    assert cli("records", "list", "--data-dir", sec, "--json")["total"] == 0
    receipts = []
    for export in (sg_export, vn_export):
        done = cli(
            "import", export["file"], "--receipt-to", str(usb), "--data-dir", sec, "--json", *auth
        )
        assert done["counts"]["new"] == 1 and Path(done["receipt"]).is_file()
        receipts.append(done["receipt"])
    listed = cli("records", "list", "--data-dir", sec, "--json")["rows"]
    assert sorted(r["post"] for r in listed) == ["SG-TUAS", "VN-HPH"]
    posts = cli("exchange", "posts", "--data-dir", sec, "--json")["posts"]
    assert {p["post_code"]: p["records"] for p in posts}["SG-TUAS"] == 1

    # Re-importing is harmless.
    again = cli("import", sg_export["file"], "--data-dir", sec, "--json", *auth)
    assert again["already_imported"] and again["counts"]["unchanged"] == 1

    # The posts apply their receipts.
    for data, receipt in ((sg, receipts[0]), (vn, receipts[1])):
        applied = cli("receipt", "apply", receipt, "--data-dir", data, "--json", *auth)
        assert applied["summary"]["received"] == applied["summary"]["revisions"] == 1
    # A receipt for another post is not for this one.
    out = cli("receipt", "apply", receipts[1], "--data-dir", sg, *auth, ok=False)
    assert "not for this installation" in out

    # An update with an alert, for both posts.
    alerts = tmp_path / "alerts.json"
    alerts.write_text(
        json.dumps({"alerts": [{"kind": "route", "title": "Transit via Port Klang", "data": {}}]}),
        encoding="utf-8",
    )
    made = cli(
        "update", "make", "--to", str(usb), "--alerts", str(alerts), "--data-dir", sec, "--json",
        *auth,
    )  # fmt: skip
    for data in (sg, vn):
        result = cli("update", "apply", made["file"], "--data-dir", data, "--json", *auth)
        assert result["alerts"] == 1
    log = cli("exchange", "log", "--data-dir", sg, "--json")["log"]
    assert [(e["direction"], e["kind"]) for e in log] == [
        ("in", "update"),
        ("in", "receipt"),
        ("out", "records"),
    ]
    assert log[2]["acknowledged_at"] is not None


def test_refusals_are_clear_and_json(cli: Any, tmp_path: Path) -> None:
    sec = setup(cli, tmp_path / "sec", "JP-MOE", "secretariat")
    junk = tmp_path / "junk.cdx"
    junk.write_bytes(b"PK\x03\x04 not ours")
    out = cli("import", str(junk), "--data-dir", sec, "--user", "B1", "--json", ok=False)
    assert out["ok"] is False and "not a Customs Desk package" in out["error"]["message"]
    assert out["error"]["hint"] == "Nothing was changed."
    # Exporting with no trusted secretariat says what to do.
    sg = setup(cli, tmp_path / "sg", "SG-TUAS")
    usb = tmp_path / "usb"
    usb.mkdir()
    text = cli("export", "--to", str(usb), "--data-dir", sg, "--user", "B1", ok=False)
    assert "trust the secretariat's key" in text
    assert list(usb.iterdir()) == []
    # A missing USB stick is a clear message, not a traceback.
    text = cli("export", "--to", str(tmp_path / "E:"), "--data-dir", sg, "--user", "B1", ok=False)
    assert "is not a folder" in text
