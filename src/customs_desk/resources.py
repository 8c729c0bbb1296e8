"""Access to bundled resource files (fonts, icons, reference data, handbooks).

Works from a source checkout, an installed wheel and a PyInstaller bundle. Paths are checked so
a caller cannot escape the resources folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_root() -> Path:
    return _PACKAGE_DIR / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource; raises ValueError on absolute or ``..`` parts."""
    for part in parts:
        p = Path(part)
        if p.is_absolute() or ".." in p.parts:
            raise ValueError(f"invalid resource path: {part!r}")
    return resource_root().joinpath(*parts)


def bundled_handbooks_dir() -> Path:
    """The handbooks shipped with the program.

    In a source checkout they are in ``handbooks/`` at the repository root; installed wheels and
    frozen builds carry them in ``resources/handbooks``.
    """
    packaged = resource_root() / "handbooks"
    if packaged.is_dir():
        return packaged
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidate = Path(frozen_base) / "handbooks"
        if candidate.is_dir():
            return candidate
    return _PACKAGE_DIR.parent.parent / "handbooks"
