"""Checks of the packaging files. The bundle is not built here (packaging/build-linux.sh does
that); one test builds a wheel and two run ``--smoke`` from the source tree.

Tools that only some machines have (desktop-file-validate, appstreamcli, makensis) are used when
present; a test that needs a missing one is skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "customs_desk.spec"
NSI = PACKAGING / "windows" / "customs-desk.nsi"
DESKTOP = PACKAGING / "linux" / "org.asiannetwork.CustomsDesk.desktop"
METAINFO = PACKAGING / "linux" / "org.asiannetwork.CustomsDesk.metainfo.xml"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def load(name: str) -> ModuleType:
    """Import a packaging/ script by path (a plain ``import packaging`` is PyPA's library)."""
    module_name = f"customs_desk_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle() -> ModuleType:
    return load("bundle")


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


# The spec and what it bundles ---------------------------------------------------------------------
def test_spec_parses_and_reads_the_version_from_pyproject(bundle: ModuleType) -> None:
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")
    assert "VERSION = bundle.version()" in text
    assert bundle.version() == pyproject_version()
    assert bundle.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle.version_tuple("1.2.3rc1+local") == (1, 2, 3, 1)


def test_spec_builds_two_executables_in_one_folder() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "gui = executable(bundle.GUI_NAME, console=not IS_WIN)" in text
    assert "cli = executable(bundle.CLI_NAME, console=True)" in text
    assert re.search(r"COLLECT\(\s*# noqa: F821\s*gui,\s*cli,", text)
    assert "strip=STRIP" in text and "upx=False" in text


def test_launcher_runs_the_package_main(bundle: ModuleType) -> None:
    text = bundle.LAUNCHER.read_text(encoding="utf-8")
    assert "from customs_desk.__main__ import main" in text
    compile(text, str(bundle.LAUNCHER), "exec")


def test_data_files_exist_and_land_where_the_program_looks(bundle: ModuleType) -> None:
    pairs = bundle.datas()
    for source, _dest in pairs:
        assert Path(source).is_file(), source
    dests = {f"{dest}/{Path(source).name}" for source, dest in pairs}
    # resources.resource_path(), bundled_handbooks_dir() via sys._MEIPASS, records.schema,
    # store.migrate.MIGRATIONS_DIR (Alembic reads these as files).
    assert "customs_desk/resources/icons/customs-desk.svg" in dests
    assert "customs_desk/resources/codes/dataset.json" in dests
    assert any(d.startswith("customs_desk/resources/fonts/") for d in dests)
    assert any(d.startswith("customs_desk/resources/decision_aids/") for d in dests)
    assert "handbooks/basel-at-the-border/handbook.toml" in dests
    assert "customs_desk/records/schemas/inspection.schema.json" in dests
    # Every data file inside the package (pyproject's package-data) is bundled at its place.
    package = ROOT / "src" / "customs_desk"
    for path in package.rglob("*"):
        data = path.is_file() and path.suffix not in (".py", ".pyc", ".ts")
        if data and "__pycache__" not in path.parts:
            assert path.relative_to(package.parent).as_posix() in dests, path
    assert "customs_desk/store/migrations/env.py" in dests
    assert "customs_desk/store/migrations/script.py.mako" in dests
    versions = sorted((bundle.MIGRATIONS / "versions").glob("*.py"))
    assert versions
    for path in versions:
        assert f"customs_desk/store/migrations/versions/{path.name}" in dests
    assert not any("__pycache__" in d or d.endswith((".pyc", ".ts")) for d in dests)
    handbook_files = [p for p in bundle.HANDBOOKS.rglob("*") if p.is_file()]
    assert len([d for d in dests if d.startswith("handbooks/")]) == len(handbook_files)


def test_bundled_paths_match_the_code_that_reads_them() -> None:
    resources = (ROOT / "src/customs_desk/resources.py").read_text(encoding="utf-8")
    assert 'Path(frozen_base) / "handbooks"' in resources
    migrate = (ROOT / "src/customs_desk/store/migrate.py").read_text(encoding="utf-8")
    assert 'Path(__file__).resolve().parent / "migrations"' in migrate


def test_migration_imports_are_hidden_imports(bundle: ModuleType) -> None:
    found = bundle.modules_only(bundle.migration_imports())
    for module in ("alembic.op", "sqlalchemy", "sqlalchemy.dialects.postgresql"):
        assert module in found
    assert "customs_desk.store.registry" in found
    assert not any(m.startswith("__future__") for m in found)
    assert not bundle.is_internal_package("customs_desk.store.migrations.versions")
    assert bundle.is_internal_package("customs_desk.cli.system")


@pytest.mark.parametrize(
    "name",
    [
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtbase_zh_TW.qm",
        "PySide6/translations/qtbase_ko.qm",
        "PySide6\\translations\\qtbase_zh_CN.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Widgets.so.6",
        "PySide6/Qt6Core.dll",
        "babel/locale-data/root.dat",
        "babel/locale-data/th.dat",
        "babel/locale-data/zh_Hant_HK.dat",
        "babel/global.dat",
        "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
        "PIL/_webp.cpython-311-x86_64-linux-gnu.so",
        "customs_desk/resources/translations/customs_desk_th.qm",
        "stdnum/iso6346.py",
    ],
)
def test_filter_keeps(bundle: ModuleType, name: str) -> None:
    assert bundle.keep(name)


@pytest.mark.parametrize(
    "name",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/assistant_ja.qm",
        "PySide6/translations/qt_help_ko.qm",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/plugins/imageformats/qtiff.dll",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libQt6Network.so.6",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6QuickWidgets.so.6",
        "babel/locale-data/fr.dat",
        "babel/locale-data/de_CH.dat",
        "PIL/_avif.cpython-311-x86_64-linux-gnu.so",
        "PIL/_imagingtk.cpython-311-x86_64-linux-gnu.so",
        "stdnum/oui.dat",
        "libcups.so.2",
        "libdbus-1.so.3",
        "customs_desk/resources/translations/customs_desk_th.ts",
        "customs_desk/store/migrations/__pycache__/env.cpython-311.pyc",
    ],
)
def test_filter_drops(bundle: ModuleType, name: str) -> None:
    assert not bundle.keep(name)


def test_babel_keeps_every_locale_the_interface_languages_load(bundle: ModuleType) -> None:
    """Babel is only asked for the interface languages (codes/countries.py): all they load stays."""
    from babel import Locale, localedata

    from customs_desk.ui.i18n import LANGUAGES

    loaded: set[str] = set()
    original = localedata.load

    def recording(name: str, merge_inherited: bool = True) -> object:
        loaded.add(name)
        return original(name, merge_inherited)

    cache = getattr(localedata, "_cache", {})
    saved = dict(cache)
    cache.clear()  # so that parents are loaded (and recorded) again
    localedata.load = recording  # type: ignore[assignment]
    try:
        for language in LANGUAGES:
            for code in (language.code, language.qt_locale):
                parsed = Locale.parse(code)
                fresh = Locale(parsed.language, parsed.territory, parsed.script, parsed.variant)
                assert fresh.territories
    finally:
        localedata.load = original
        cache.update(saved)
    assert loaded
    for name in loaded:
        assert bundle.keep(f"babel/locale-data/{name}.dat"), name


def test_sweep_drops_libraries_only_dropped_entries_needed(bundle: ModuleType) -> None:
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/s/libglib-2.0.so.0", "BINARY"),
        ("PIL/_imaging.so", "/s/_imaging.so", "EXTENSION"),
    ]
    needs = {
        "/s/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "/s/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
        "/s/libqxcb.so": ["libglib-2.0.so.0"],
    }
    kept = bundle.filter_toc(entries)
    swept = bundle.sweep_unreferenced(entries, kept, lambda source: needs.get(source, []))
    names = {entry[0] for entry in swept}
    assert names == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0",
        "PIL/_imaging.so",
    }


def test_dangling_symlinks_are_dropped(bundle: ModuleType) -> None:
    present = [("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY")]
    toc = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("data.txt", "/s/data.txt", "DATA"),
    ]
    kept = bundle.drop_dangling_symlinks(toc, present + toc)
    assert [entry[0] for entry in kept] == ["libQt6Gui.so.6", "data.txt"]


def test_check_bundle_requires_what_the_program_reads() -> None:
    check_bundle = load("check_bundle")
    required = check_bundle.required_files(Path("dist"))
    assert "_internal/customs_desk/store/migrations/env.py" in required
    assert "_internal/handbooks/basel-at-the-border/handbook.toml" in required
    assert any(r.endswith("qtbase_ja.qm") for r in required)
    assert any("customs_desk-" in r and r.endswith(".dist-info/METADATA") for r in required)


# Linux desktop integration ----------------------------------------------------------------------
def test_desktop_entry_and_metainfo_agree_with_the_app() -> None:
    from customs_desk import APP_RDNN

    desktop = DESKTOP.read_text(encoding="utf-8")
    assert DESKTOP.stem == APP_RDNN
    assert f"Icon={APP_RDNN}\n" in desktop
    assert "Exec=customs-desk " in desktop
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_RDNN}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_RDNN}.desktop</launchable>' in metainfo
    assert f'<release version="{pyproject_version()}"' in metainfo


def test_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_build_script_is_valid_shell() -> None:
    result = subprocess.run(
        ["sh", "-n", str(PACKAGING / "build-linux.sh")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    text = (PACKAGING / "build-linux.sh").read_text(encoding="utf-8")
    for step in ("dpkg-deb", "dpkg -x", "--smoke", "selfcheck --json", "portable", "budgets.py"):
        assert step in text


# Windows ----------------------------------------------------------------------------------------
def test_nsis_script_settings() -> None:
    text = NSI.read_text(encoding="utf-8")
    assert "Unicode true" in text
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    assert 'WriteRegStr HKCU "Software\\Classes\\.cdx"' in text
    assert "MB_YESNO" in text and "$LOCALAPPDATA\\customs-desk" in text
    languages = re.findall(r'!insertmacro MUI_LANGUAGE "(\w+)"', text)
    assert languages == [
        "English",
        "Thai",
        "SimpChinese",
        "TradChinese",
        "Japanese",
        "Korean",
        "Vietnamese",
        "Indonesian",
        "Malay",
    ]
    for language in languages[1:]:
        assert f"${{LANG_{language.upper()}}}" in text, f"no RemoveData string for {language}"
    guid = re.search(r'!define APP_GUID "(\{[0-9A-F-]{36}\})"', text)
    assert guid is not None
    assert guid.group(1) in (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")


def test_nsis_script_compiles(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (Debian: nsis)")
    dist = tmp_path / "dist"
    (dist / "_internal").mkdir(parents=True)
    for name in ("customs-desk.exe", "customs-desk-cli.exe", "_internal/base_library.zip"):
        (dist / name).write_bytes(b"dummy")
    out = tmp_path / f"customs-desk-{pyproject_version()}-setup.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",
            f"-DVERSION={pyproject_version()}",
            f"-DDIST={dist}",
            f"-DOUTFILE={out}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_windows_workflow_builds_tests_and_uploads() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for needle in (
        "runs-on: windows-latest",
        'python-version: "3.11"',
        'pip install ".[build]"',
        "scripts/i18n.py build",
        "packaging/customs_desk.spec",
        'customs-desk-cli.exe" --version',
        "selfcheck --json",
        '"--smoke"',
        "QT_QPA_PLATFORM: offscreen",
        "packaging\\windows\\customs-desk.nsi",
        "signtool",
        "if: env.SIGNING_CERT != ''",
        "actions/upload-artifact",
    ):
        assert needle in text, needle


# Release notes and budgets ----------------------------------------------------------------------
def test_changelog_has_an_entry_for_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(pyproject_version())}\] - \d{{4}}-\d{{2}}-\d{{2}}$", text, re.M
    )
    assert "Semantic Versioning" in text


def test_budgets_record_replaces_only_the_packaging_section(tmp_path: Path) -> None:
    budgets = load("budgets")
    doc = tmp_path / "benchmarks.md"
    doc.write_text(
        "# Benchmarks\n\n## Search\n\nfast\n\n## Packaging\n\nold\n\n## Reports\n\nok\n",
        encoding="utf-8",
    )
    budgets.record(doc, "## Packaging\n\nnew\n")
    text = doc.read_text(encoding="utf-8")
    assert "old" not in text and "new" in text
    assert "## Search\n\nfast" in text and "## Reports\n\nok" in text
    budgets.record(tmp_path / "fresh.md", "## Packaging\n\nfirst\n")
    assert "## Packaging\n\nfirst" in (tmp_path / "fresh.md").read_text(encoding="utf-8")


def test_modules_imported_from_strings_are_collected(bundle: ModuleType) -> None:
    """ReportLab loads its barcode widgets (the reports' QR code) with exec: PyInstaller's analysis
    misses them, and the frozen program failed with "No module named ...code128" without this."""
    uses_barcodes = any(
        "reportlab.graphics.barcode" in path.read_text(encoding="utf-8")
        for path in (ROOT / "src" / "customs_desk").rglob("*.py")
    )
    if uses_barcodes:
        assert "reportlab.graphics.barcode" in bundle.COLLECT_SUBMODULES
    spec = SPEC.read_text(encoding="utf-8")
    assert "for package in bundle.COLLECT_SUBMODULES:" in spec
    assert 'collect_submodules("customs_desk", filter=bundle.is_internal_package)' in spec


# What a plain ``pip install .`` carries -------------------------------------------------------
@pytest.mark.slow
def test_wheel_carries_the_handbooks_and_migrations(tmp_path: Path) -> None:
    """A wheel (``pip install .``, the build venv of build-linux.sh) once had no handbooks: the
    library was empty and search found nothing. setup.py copies them into the wheel."""
    # From a copy of the tracked files, so a stale build/ folder in the checkout cannot hide
    # a missing step.
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    source = tmp_path / "src-copy"
    for name in filter(None, tracked.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), "."],
        cwd=source,
        check=True,
        timeout=600,
    )
    (wheel,) = out.glob("customs_desk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        books = source / "handbooks"
        for path in books.rglob("*"):
            if path.is_file():
                inside = "customs_desk/resources/handbooks/" + path.relative_to(books).as_posix()
                assert inside in names, inside
                assert archive.read(inside) == path.read_bytes()
    assert any(n.startswith("customs_desk/store/migrations/versions/") for n in names)
    assert any(n.startswith("customs_desk/exchange/schemas/") for n in names)


SMOKE_WITHOUT_HANDBOOKS = """
import sys
from pathlib import Path
import customs_desk.resources as resources
resources.bundled_handbooks_dir = lambda: Path(sys.argv[1])
from customs_desk.__main__ import main
sys.exit(main(["--smoke", "--data-dir", sys.argv[2]]))
"""


def test_smoke_passes_from_the_source_tree(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "customs_desk", "--smoke", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "SMOKE OK" in done.stdout and "'search_hits': 5" in done.stdout


def test_smoke_fails_with_a_message_not_a_dialog(tmp_path: Path) -> None:
    """A failing smoke test once opened the crash dialog offscreen and waited for ever."""
    empty = tmp_path / "no-handbooks"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", SMOKE_WITHOUT_HANDBOOKS, str(empty), str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1
    assert "SMOKE FAILED" in done.stderr and str(empty) in done.stderr
    assert "SMOKE OK" not in done.stdout
