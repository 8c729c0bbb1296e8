"""Removable drives offered as destinations (USB sticks), found with QStorageInfo."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

LINUX_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")


@dataclass(frozen=True)
class Volume:
    root: str
    name: str
    file_system: str
    bytes_free: int
    read_only: bool
    ready: bool


@dataclass(frozen=True)
class Destination:
    path: Path
    label: str
    bytes_free: int


def likely_removable(volume: Volume, platform: str = sys.platform) -> bool:
    """Qt does not say whether a drive is removable; these rules pick USB sticks well enough:
    on Windows any ready, writable drive other than the system drive; elsewhere mounts under
    /media, /run/media or /mnt (where desktops mount sticks)."""
    if not volume.ready or volume.read_only:
        return False
    if platform.startswith("win"):
        system = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
        return not volume.root.upper().startswith(system)
    root = volume.root.rstrip("/") + "/"
    return root.startswith(LINUX_REMOVABLE_ROOTS) and root not in LINUX_REMOVABLE_ROOTS


def mounted_volumes() -> list[Volume]:
    return [
        Volume(
            v.rootPath(),
            v.displayName() or v.name(),
            bytes(v.fileSystemType().data()).decode(errors="replace"),
            v.bytesAvailable(),
            v.isReadOnly(),
            v.isReady() and v.isValid(),
        )
        for v in QStorageInfo.mountedVolumes()
    ]


def removable_destinations(volumes: list[Volume] | None = None) -> list[Destination]:
    found = []
    for volume in volumes if volumes is not None else mounted_volumes():
        if likely_removable(volume):
            found.append(
                Destination(
                    Path(volume.root),
                    f"{volume.name} ({volume.root})" if volume.name else volume.root,
                    volume.bytes_free,
                )
            )
    return found


def packages_on(folders: list[Path], limit: int = 200) -> list[Path]:
    """``.cdx`` files at the top of each folder and one level down (newest first)."""
    found: list[Path] = []
    for folder in folders:
        try:
            found += [p for p in folder.glob("*.cdx") if p.is_file()]
            found += [p for p in folder.glob("*/*.cdx") if p.is_file()]
        except OSError:
            continue
    found.sort(key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True)
    return found[:limit]
