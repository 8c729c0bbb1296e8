"""Check a built one-folder bundle before it is packaged.

    python packaging/check_bundle.py packaging/out/dist/customs-desk [--json]

Fails (exit 1) when a file the program reads at run time is missing (migrations, handbooks,
schemas, compiled translations, fonts, Qt plugins), when a symbolic link dangles, or (Linux) when a
bundled binary links against a library that is neither in the bundle nor one of the system
libraries the .deb depends on. Prints the system libraries the bundle needs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle

ELF_MAGIC = b"\x7fELF"


def internal_dir(dist: Path) -> Path:
    return dist / "_internal"


def required_files(dist: Path) -> list[str]:
    """Paths (relative to the bundle) that must exist, derived from the source tree."""
    exe = ".exe" if bundle.windows() else ""
    names = [f"{bundle.GUI_NAME}{exe}", f"{bundle.CLI_NAME}{exe}"]
    base = "_internal"
    for source, dest in bundle.datas():
        names.append(f"{base}/{dest}/{Path(source).name}")
    names.append(f"{base}/customs_desk-{bundle.version()}.dist-info/METADATA")
    qt = "PySide6/Qt" if not bundle.windows() else "PySide6"
    for lang in bundle.QT_TRANSLATIONS:
        names.append(f"{base}/{qt}/translations/qtbase_{lang}.qm")
    plugins = [
        "platforms/{lib}qoffscreen",
        "imageformats/{lib}qsvg",
        "imageformats/{lib}qjpeg",
        "iconengines/{lib}qsvgicon",
    ]
    if bundle.windows():
        plugins.append("platforms/qwindows")
    else:
        plugins += [
            "platforms/libqxcb",
            "platforminputcontexts/libibusplatforminputcontextplugin",
            "platforminputcontexts/libcomposeplatforminputcontextplugin",
            "printsupport/libcupsprintersupport",
        ]
    suffix = ".dll" if bundle.windows() else ".so"
    lib = "" if bundle.windows() else "lib"
    for plugin in plugins:
        names.append(f"{base}/{qt}/plugins/{plugin.format(lib=lib)}{suffix}")
    return names


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def system_needs(dist: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(allowed system libraries, unexpected missing ones), each soname -> users in the bundle."""
    present: set[str] = set()
    elves: list[Path] = []
    for root, _dirs, files in os.walk(dist):
        for name in files:
            present.add(name)
            path = Path(root) / name
            if not path.is_symlink() and is_elf(path):
                elves.append(path)
    system: dict[str, list[str]] = {}
    missing: dict[str, list[str]] = {}
    for path in elves:
        for soname in needed(path):
            if soname in present:
                continue
            user = path.relative_to(dist).as_posix()
            if soname in bundle.SYSTEM_LIBRARIES or bundle.PYINSTALLER_SYSTEM_LIBRARIES.match(
                soname
            ):
                system.setdefault(soname, []).append(user)
            else:
                missing.setdefault(soname, []).append(user)
    return system, missing


def check(dist: Path) -> dict[str, object]:
    problems: list[str] = []
    for name in required_files(dist):
        if not (dist / name).exists():
            problems.append(f"missing {name}")
    source_migrations = sorted((bundle.MIGRATIONS / "versions").glob("*.py"))
    bundled = internal_dir(dist) / "customs_desk" / "store" / "migrations" / "versions"
    if len(list(bundled.glob("*.py"))) != len(source_migrations):
        problems.append("the bundled migrations differ from src/customs_desk/store/migrations")
    for ts in bundle.translation_sources():
        qm = internal_dir(dist) / "customs_desk" / "resources" / "translations" / f"{ts.stem}.qm"
        if not qm.is_file():
            problems.append(f"translation {ts.stem}.qm not bundled (run scripts/i18n.py build)")
    dangling = [
        p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_symlink() and not p.exists()
    ]
    problems += [f"dangling symlink {p}" for p in dangling]
    result: dict[str, object] = {"bundle": str(dist)}
    if not bundle.windows():
        system, missing = system_needs(dist)
        result["system_libraries"] = sorted(system)
        problems += [
            f"{soname} is needed by {', '.join(users[:3])} but neither bundled nor a known "
            "system library"
            for soname, users in sorted(missing.items())
        ]
    result["problems"] = problems
    result["ok"] = not problems
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the bundle folder (…/dist/customs-desk)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = check(args.dist)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for problem in result["problems"]:  # type: ignore[attr-defined]
            print(f"PROBLEM: {problem}")
        if "system_libraries" in result:
            print("system libraries used:", " ".join(result["system_libraries"]))  # type: ignore[arg-type]
        print("bundle OK" if result["ok"] else "bundle has problems")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
