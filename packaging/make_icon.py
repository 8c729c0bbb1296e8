"""Render the SVG application icon to a Windows .ico (16-256 px) and PNGs.

    python packaging/make_icon.py [--out packaging/out/icons]

Used by the Windows build (PyInstaller's EXE icon and the NSIS installer). Qt renders the SVG
offscreen; Pillow writes the .ico.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "customs_desk" / "resources" / "icons" / "customs-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out.mkdir(parents=True, exist_ok=True)
    big = out / "customs-desk-256.png"
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"customs-desk-{size}.png"))
    del app
    ico = out / "customs-desk.ico"
    with Image.open(big) as source:
        source.save(ico, sizes=[(s, s) for s in SIZES])
    return ico


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "out" / "icons")
    args = parser.parse_args()
    print(render(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
