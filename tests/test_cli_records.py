"""records add/list/show, audit verify and demo from the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from tests.records_helpers import complete_payload

from customs_desk.cli import main


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    d = str(tmp_path / "d")
    code, _, _ = run(
        capsys,
        monkeypatch,
        [
            "setup",
            "--data-dir",
            d,
            "--post-code",
            "SGP-TUAS",
            "--post-name",
            "Tuas",
            "--country",
            "SG",
            "--name",
            "Lim",
            "--badge",
            "S1",
            "--password-stdin",
        ],
        "supervisor1\n",
    )
    assert code == 0
    return d


def test_add_validates_exactly_like_the_form(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(complete_payload(containers=[{"number": "CSQU3054384", "seals": []}])),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        monkeypatch,
        [
            "records",
            "add",
            "--from-json",
            str(bad),
            "--data-dir",
            data,
            "--user",
            "S1",
            "--password-stdin",
            "--json",
        ],
        "supervisor1\n",
    )
    assert code == 3 and "check digit" in err and "nothing was saved" in err
    code, out, _ = run(
        capsys, monkeypatch, ["records", "list", "--data-dir", data, "--status", "any", "--json"]
    )
    assert json.loads(out)["total"] == 0  # no half-saved draft left behind

    good = tmp_path / "good.json"
    good.write_text(json.dumps(complete_payload()), encoding="utf-8")
    code, out, _ = run(
        capsys,
        monkeypatch,
        [
            "records",
            "add",
            "--from-json",
            str(good),
            "--data-dir",
            data,
            "--user",
            "S1",
            "--password-stdin",
            "--json",
        ],
        "supervisor1\n",
    )
    added = json.loads(out)
    assert code == 0 and added["number"] == "SGP-TUAS-2026-00001" and added["status"] == "final"
    assert "found_weight_kg" in added["warnings"]
    code, out, _ = run(
        capsys,
        monkeypatch,
        [
            "records",
            "add",
            "--from-json",
            str(good),
            "--data-dir",
            data,
            "--user",
            "S1",
            "--password-stdin",
            "--json",
        ],
        "supervisor1\n",
    )
    assert json.loads(out)["duplicates"] == [["SGP-TUAS-2026-00001", "CSQU3054383"]]

    code, out, _ = run(
        capsys,
        monkeypatch,
        ["records", "list", "--data-dir", data, "--filter", "CSQU305", "--json"],
    )
    assert code == 0 and json.loads(out)["total"] == 2
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["records", "show", "SGP-TUAS-2026-00001", "--data-dir", data, "--json"],
    )
    shown = json.loads(out)
    assert shown["revisions"][0]["revision"] == 1 and shown["payload"]["outcome"] == "held"
    code, out, _ = run(capsys, monkeypatch, ["audit", "verify", "--data-dir", data, "--json"])
    assert code == 0 and json.loads(out)["ok"] is True


def test_add_rejects_unreadable_files(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = run(
        capsys,
        monkeypatch,
        [
            "records",
            "add",
            "--from-json",
            str(broken),
            "--data-dir",
            data,
            "--user",
            "S1",
            "--password-stdin",
        ],
        "supervisor1\n",
    )
    assert code == 3 and "not a readable JSON file" in err


def test_demo_fills_a_folder_with_valid_varied_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    d = str(tmp_path / "demo")
    code, out, _ = run(capsys, monkeypatch, ["demo", "--records", "400", "--data-dir", d, "--json"])
    report = json.loads(out)
    assert (
        code == 0 and report["inspections"] == 400 and report["cases"] > 20 and report["posts"] >= 8
    )
    code, out, _ = run(
        capsys, monkeypatch, ["records", "list", "--data-dir", d, "--limit", "400", "--json"]
    )
    rows = json.loads(out)["rows"]
    assert len({r["waste_stream"] for r in rows}) >= 6
    assert len({r["outcome"] for r in rows}) >= 6
    assert any("Công ty" in r["importer"] or "บริษัท" in r["importer"] for r in rows)
    code, out, _ = run(capsys, monkeypatch, ["audit", "verify", "--data-dir", d, "--json"])
    assert code == 0 and len(json.loads(out)["chains"]) >= 8
    code, out, _ = run(capsys, monkeypatch, ["db", "check", "--data-dir", d, "--json"])
    assert code == 0
