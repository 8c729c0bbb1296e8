"""User settings of this installation, stored as JSON in the config folder.

Settings that belong to the data (the post, users, reference data) live in the database; this file
holds preferences of the PC: language, idle lock, last badge used. It is versioned and written
atomically. Window geometry lives in QSettings (ui layer).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from customs_desk.fileutil import atomic_write_text

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Settings:
    language: str = ""  # empty: not chosen yet (first run asks; default from the system locale)
    idle_lock_minutes: int = 10
    last_badge: str = ""
    paper_size: str = "A4"  # "A4" or "Letter"
    settings_version: int = SETTINGS_VERSION

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            return cls()
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for name, value in raw.items():
            if name in known and isinstance(value, type(getattr(defaults, name))):
                values[name] = value
        settings = cls(**values)
        settings.idle_lock_minutes = max(0, min(settings.idle_lock_minutes, 24 * 60))
        if settings.paper_size not in ("A4", "Letter"):
            settings.paper_size = "A4"
        settings.settings_version = SETTINGS_VERSION
        return settings

    def save(self, path: Path) -> None:
        atomic_write_text(path, json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")
