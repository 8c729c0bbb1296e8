"""The core never imports Qt; only customs_desk.ui does (and the CLI launches it lazily)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import customs_desk

PACKAGE = Path(customs_desk.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
#: The only core places allowed to import the ui package, lazily inside a function.
UI_LAUNCHERS = {"cli/__init__.py"}


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def imported_names(tree: ast.AST) -> list[tuple[str, ast.AST]]:
    found: list[tuple[str, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, node))
    return found


def test_core_modules_do_not_import_qt() -> None:
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, node in imported_names(tree):
            rel = path.relative_to(PACKAGE).as_posix()
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{rel}:{node.lineno} imports {name}")
            if name.startswith("customs_desk.ui") and rel not in UI_LAUNCHERS:
                offenders.append(f"{rel}:{node.lineno} imports {name}")
    assert offenders == []


def test_ui_launch_import_is_lazy() -> None:
    """The CLI's import of the GUI sits inside a function, not at module level."""
    for rel in UI_LAUNCHERS:
        tree = ast.parse((PACKAGE / rel).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [node.module]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                )
                assert not any(n and n.startswith("customs_desk.ui") for n in names)


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "customs_desk." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in core_modules()
        if p.name != "__main__.py" and "migrations" not in p.parts
    )
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_created_at_import(tmp_path: Path) -> None:
    """Importing the package and building the parser creates no files anywhere."""
    code = (
        "import os, customs_desk, customs_desk.cli, customs_desk.app, customs_desk.paths\n"
        "customs_desk.cli.build_parser()\n"
    )
    env = {
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_CACHE_HOME": str(tmp_path / "k"),
        "XDG_STATE_HOME": str(tmp_path / "s"),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []
