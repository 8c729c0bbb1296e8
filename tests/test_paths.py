from __future__ import annotations

import errno
from pathlib import Path

import pytest

from customs_desk.errors import EnvironmentProblem
from customs_desk.fileutil import atomic_write, atomic_write_text
from customs_desk.paths import AppPaths
from customs_desk.settings import Settings


def test_argument_beats_environment(tmp_path: Path) -> None:
    paths = AppPaths.resolve(
        tmp_path / "arg", environ={"CUSTOMS_DESK_DATA_DIR": str(tmp_path / "env")}
    )
    assert paths.data == tmp_path / "arg"
    assert paths.origin == "argument"
    assert paths.config == tmp_path / "arg" / "config"
    assert paths.database == tmp_path / "arg" / "customs-desk.sqlite"


def test_environment_override(tmp_path: Path) -> None:
    paths = AppPaths.resolve(None, environ={"CUSTOMS_DESK_DATA_DIR": str(tmp_path / "env")})
    assert paths.data == tmp_path / "env"
    assert paths.origin == "environment"


def test_platform_dirs_when_nothing_given(tmp_path: Path) -> None:
    paths = AppPaths.resolve(None, environ={})
    assert paths.origin == "platform"
    assert "customs-desk" in str(paths.data)
    assert not paths.data.exists()  # resolving creates nothing


def test_portable_marker_keeps_data_beside_program(tmp_path: Path) -> None:
    program = tmp_path / "usb" / "CustomsDesk" / "customs-desk"
    program.parent.mkdir(parents=True)
    assert AppPaths.resolve(None, environ={}, executable=program).origin == "platform"
    (program.parent / "portable").write_text("")
    paths = AppPaths.resolve(None, environ={}, executable=program)
    assert paths.origin == "portable"
    assert paths.data == program.parent / "data"


def test_ensure_reports_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(EnvironmentProblem, match="Cannot create the folder"):
        AppPaths.from_base(tmp_path / "x").ensure()


def test_atomic_write_leaves_target_untouched_on_full_disk(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")
    with pytest.raises(EnvironmentProblem, match="disk is full"), atomic_write(target) as handle:
        handle.write(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_settings_round_trip_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    s = Settings(language="th", idle_lock_minutes=15, last_badge="A1", paper_size="Letter")
    s.save(path)
    assert Settings.load(path) == s
    path.write_text("{not json")
    assert Settings.load(path) == Settings()
    path.write_text('{"language": 5, "idle_lock_minutes": 99999, "paper_size": "A3"}')
    loaded = Settings.load(path)
    assert loaded.language == "" and loaded.idle_lock_minutes == 1440 and loaded.paper_size == "A4"


def test_atomic_write_text_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
