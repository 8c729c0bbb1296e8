"""Where Customs Desk keeps its files.

Resolution order (first match wins), applied to every command:

1. ``--data-dir DIR`` on the command line;
2. the ``CUSTOMS_DESK_DATA_DIR`` environment variable;
3. portable mode: a file named ``portable`` beside the program (frozen builds) keeps all data in
   ``data/`` beside the program, so the whole desk can be carried on a USB stick;
4. the platform's user folders from platformdirs.

With 1-3 everything (data, config, logs, cache) lives under the one folder. Nothing is created
until :meth:`AppPaths.ensure` is called.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from customs_desk import APP_ID
from customs_desk.errors import EnvironmentProblem

ENV_DATA_DIR = "CUSTOMS_DESK_DATA_DIR"
PORTABLE_MARKER = "portable"
DB_FILENAME = "customs-desk.sqlite"


@dataclass(frozen=True)
class AppPaths:
    """The folders the application uses. Construct with one of the ``from_*`` helpers."""

    data: Path
    config: Path
    logs: Path
    cache: Path
    origin: str  # "argument", "environment", "portable" or "platform"

    @classmethod
    def from_base(cls, base: Path, origin: str = "argument") -> AppPaths:
        base = base.expanduser().absolute()
        return cls(
            data=base,
            config=base / "config",
            logs=base / "logs",
            cache=base / "cache",
            origin=origin,
        )

    @classmethod
    def from_platformdirs(cls) -> AppPaths:
        dirs = platformdirs.PlatformDirs(appname=APP_ID, appauthor=False)
        return cls(
            data=dirs.user_data_path,
            config=dirs.user_config_path,
            logs=dirs.user_log_path,
            cache=dirs.user_cache_path,
            origin="platform",
        )

    @classmethod
    def resolve(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        environ: dict[str, str] | None = None,
        executable: Path | None = None,
    ) -> AppPaths:
        env = os.environ if environ is None else environ
        if data_dir:
            return cls.from_base(Path(data_dir), "argument")
        if env.get(ENV_DATA_DIR):
            return cls.from_base(Path(env[ENV_DATA_DIR]), "environment")
        portable = portable_base(executable)
        if portable is not None:
            return cls.from_base(portable, "portable")
        return cls.from_platformdirs()

    # Files -----------------------------------------------------------------------------------
    @property
    def database(self) -> Path:
        return self.data / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def attachments(self) -> Path:
        return self.data / "attachments"

    @property
    def keys(self) -> Path:
        return self.data / "keys"

    @property
    def index(self) -> Path:
        return self.data / "index"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "customs-desk.log"

    def ensure(self) -> None:
        """Create the folders, turning OS errors into a clear message."""
        for folder in (self.data, self.config, self.logs, self.cache):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise EnvironmentProblem(
                    f"Cannot create the folder {folder}: {exc.strerror or exc}.",
                    hint="Choose another data folder with --data-dir, or ask IT to fix "
                    "the folder's permissions.",
                ) from exc
            if not os.access(folder, os.R_OK | os.X_OK):
                raise EnvironmentProblem(
                    f"The folder {folder} cannot be read.",
                    hint="Choose another data folder with --data-dir.",
                )

    def as_dict(self) -> dict[str, str]:
        return {
            "data": str(self.data),
            "config": str(self.config),
            "logs": str(self.logs),
            "cache": str(self.cache),
            "database": str(self.database),
            "origin": self.origin,
        }


def program_dir(executable: Path | None = None) -> Path | None:
    """Folder of the frozen program, or None when running from Python."""
    if executable is not None:
        return executable.parent
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_base(executable: Path | None = None) -> Path | None:
    """Data folder for portable mode, or None when no ``portable`` marker is beside the program."""
    folder = program_dir(executable)
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / "data"
