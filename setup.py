"""Build hook: the handbooks (``handbooks/`` at the repository root) go into the wheel.

Everything else is in pyproject.toml. A source checkout and an editable install read the
handbooks from the repository; an installed wheel reads them from
``customs_desk/resources/handbooks`` (see ``customs_desk.resources.bundled_handbooks_dir``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithHandbooks(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        source = ROOT / "handbooks"
        if not source.is_dir():
            raise SystemExit(f"handbooks not found at {source}: the wheel would ship without them")
        target = Path(self.build_lib) / "customs_desk" / "resources" / "handbooks"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithHandbooks})
