"""CLI: selfcheck, setup, users, db; exit codes and JSON output."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from customs_desk import __version__
from customs_desk.cli import main
from customs_desk.store.migrate import head_revision


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


def set_up(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, d: Path) -> None:
    code, out, _ = run(
        capsys,
        monkeypatch,
        [
            "setup",
            "--data-dir",
            str(d),
            "--post-code",
            "MY-PKG",
            "--post-name",
            "Port Klang",
            "--country",
            "MY",
            "--name",
            "Siti Aminah",
            "--badge",
            "M100",
            "--password-stdin",
            "--json",
        ],
        "supervisor1\n",
    )
    assert code == 0 and json.loads(out)["post"] == "MY-PKG"


def test_selfcheck_as_in_the_issue(tmp_path: Path) -> None:
    """`customs-desk selfcheck --json --data-dir "$(mktemp -d)"` exits 0 at head (as a process)."""
    result = subprocess.run(
        [sys.executable, "-m", "customs_desk", "selfcheck", "--json", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["schema"]["revision"] == head_revision() and report["schema"]["at_head"]
    assert report["database"]["journal_mode"] == "wal"
    assert report["sqlite"]["trigram_remove_diacritics"] is True


def test_version_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "customs_desk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and __version__ in result.stdout


def test_data_dir_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CUSTOMS_DESK_DATA_DIR", str(tmp_path / "envdata"))
    code, out, _ = run(capsys, monkeypatch, ["selfcheck", "--json"])
    assert code == 0
    assert json.loads(out)["paths"]["origin"] == "environment"
    assert (tmp_path / "envdata" / "customs-desk.sqlite").exists()


def test_users_add_list_passwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "d"
    set_up(capsys, monkeypatch, d)
    code, out, _ = run(
        capsys,
        monkeypatch,
        [
            "users",
            "add",
            "--data-dir",
            str(d),
            "--user",
            "M100",
            "--password-stdin",
            "--name",
            "Ahmad Faiz",
            "--badge",
            "M200",
            "--json",
        ],
        "supervisor1\nofficer-pw\n",
    )
    assert code == 0, out
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["users", "list", "--data-dir", str(d), "--user", "M200", "--password-stdin", "--json"],
        "officer-pw\n",
    )
    assert code == 0
    assert [(u["badge"], u["role"]) for u in json.loads(out)] == [
        ("M200", "officer"),
        ("M100", "supervisor"),
    ]
    # An officer may not add users: refused by the service, exit 3, JSON error.
    code, out, err = run(
        capsys,
        monkeypatch,
        [
            "users",
            "add",
            "--data-dir",
            str(d),
            "--user",
            "M200",
            "--password-stdin",
            "--name",
            "X",
            "--badge",
            "X1",
            "--json",
        ],
        "officer-pw\nxxxxxxxxx\n",
    )
    assert code == 3 and json.loads(out)["error"]["type"] == "PermissionDenied"
    assert "not allowed" in err
    # Own password: the current one is checked at sign-in.
    code, _, _ = run(
        capsys,
        monkeypatch,
        ["users", "passwd", "M200", "--data-dir", str(d), "--user", "M200", "--password-stdin"],
        "officer-pw\nofficer-pw-2\n",
    )
    assert code == 0
    code, _, err = run(
        capsys,
        monkeypatch,
        ["users", "list", "--data-dir", str(d), "--user", "M200", "--password-stdin"],
        "officer-pw\n",
    )
    assert code == 3 and "Wrong badge number or password" in err


def test_db_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "d"
    code, out, _ = run(capsys, monkeypatch, ["db", "status", "--data-dir", str(d), "--json"])
    assert code == 0 and json.loads(out)["exists"] is False
    assert not d.exists()  # status changes nothing
    code, out, _ = run(capsys, monkeypatch, ["db", "upgrade", "--data-dir", str(d), "--json"])
    assert code == 0 and json.loads(out)["created"] is True
    code, out, _ = run(capsys, monkeypatch, ["db", "status", "--data-dir", str(d), "--json"])
    assert json.loads(out)["state"] == "current"
    code, out, _ = run(capsys, monkeypatch, ["db", "check", "--data-dir", str(d), "--json"])
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, _ = run(capsys, monkeypatch, ["db", "backup", "--data-dir", str(d), "--json"])
    backup = Path(json.loads(out)["backup"])
    assert code == 0 and backup.exists() and backup.parent == d / "backups"


def test_missing_password_gives_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "d"
    set_up(capsys, monkeypatch, d)
    code, _, err = run(capsys, monkeypatch, ["users", "list", "--data-dir", str(d)])
    assert code == 3 and "--user BADGE" in err
