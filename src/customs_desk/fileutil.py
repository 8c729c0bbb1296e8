"""Safe file writing: write to a temporary name beside the target, flush, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from customs_desk.errors import EnvironmentProblem
from customs_desk.i18n import Msg


def describe_os_error(exc: OSError, path: Path) -> EnvironmentProblem:
    """Turn an OSError into a message an officer can act on."""
    if exc.errno == errno.ENOSPC:
        return EnvironmentProblem(
            Msg("The disk is full while writing {path}.", path=str(path)),
            hint=Msg(
                "Nothing was changed. Free some space or choose another drive, then try again."
            ),
        )
    if exc.errno == errno.EROFS:
        return EnvironmentProblem(
            Msg("The drive holding {path} is read-only.", path=str(path)),
            hint=Msg("Nothing was changed. Choose a drive you can write to."),
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return EnvironmentProblem(
            Msg("No permission to write {path}.", path=str(path)),
            hint=Msg("Nothing was changed. Choose another folder or ask IT for access."),
        )
    return EnvironmentProblem(
        Msg("Cannot write {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc)),
        hint=Msg("Nothing was changed."),
    )


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Write ``path`` atomically. On any error the target is untouched and the temp file removed."""
    if mode not in ("wb", "w"):
        raise ValueError("atomic_write supports 'wb' and 'w' only")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise describe_os_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    with atomic_write(path) as handle:
        handle.write(text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
