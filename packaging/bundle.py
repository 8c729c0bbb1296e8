"""What goes into the PyInstaller bundle: data folders, hidden imports and what is filtered out.

Plain Python (no PyInstaller import) so ``customs_desk.spec`` and ``tests/test_packaging.py``
read the same lists. Destination names use ``/``; PyInstaller accepts them on Windows too.

Filtering follows shared/FEASIBILITY.md section 2: PyInstaller has no options for Qt plugins
or translations, so the spec drops unused entries from ``a.binaries``/``a.datas`` by name.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent
SRC = ROOT / "src"
PACKAGE = SRC / "customs_desk"
MIGRATIONS = PACKAGE / "store" / "migrations"
HANDBOOKS = ROOT / "handbooks"

APP_ID = "customs-desk"
APP_NAME = "Customs Desk"
APP_RDNN = "org.asiannetwork.CustomsDesk"
GUI_NAME = "customs-desk"
CLI_NAME = "customs-desk-cli"
#: The launcher both executables run (``customs_desk.__main__:main``).
LAUNCHER = PACKAGING_DIR / "launcher.py"

#: Qt's own translations we keep: Qt ships qtbase for these of our languages only.
QT_TRANSLATIONS = ("zh_CN", "zh_TW", "ja", "ko")

#: Babel locales kept: root, English and the interface languages (ui/i18n.py LANGUAGES).
BABEL_LOCALES = ("root", "en", "zh", "ja", "ko", "th", "vi", "id", "ms", "km")

#: Shared libraries the Linux bundle takes from the system instead of carrying its own copy:
#: every graphical Debian/Ubuntu has them, they should match the running desktop services
#: (print server, message bus, X server), and the .deb depends on their packages. Bundling them
#: also dragged in what they link to: GnuTLS, Kerberos, Avahi and p11-kit for CUPS; systemd,
#: libgcrypt, lz4 and zstd for D-Bus (about 13 MB together). Without CUPS the print dialog still
#: offers printing to PDF; without D-Bus or X11 no Qt desktop program starts at all.
SYSTEM_LIBRARIES = {
    "libcups.so.2": "libcups2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
}
#: Libraries PyInstaller itself never bundles (C library, OpenGL/EGL, the X connection).
PYINSTALLER_SYSTEM_LIBRARIES = re.compile(
    r"^(?:ld-linux[^/]*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libGL|libEGL|libGLX|"
    r"libOpenGL|libGLdispatch|libdrm|libgbm|libxcb|libvulkan)\.so(?:\.[0-9]+)*$"
)

#: Python modules the app never imports at run time (saves space and analysis time).
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pdb",
    "lib2to3",
    "xmlrpc",
    "ftplib",
    "fontTools",
    "numpy",
    "IPython",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "setuptools",
    "pip",
    "PyInstaller",
    # Optional imports of libraries we bundle, never used here: Mako's syntax highlighting
    # (falls back to plain text without it), pydoc's help topics, SQLAlchemy's test suite and
    # the dialects of servers we do not support.
    "pygments",
    "pydoc_data",
    # ReportLab guesses the encoding of bytes read from a file it links (pdfdoc, never used
    # here: reports pass text) with charset_normalizer.
    "charset_normalizer",
    "mako.testing",
    "sqlalchemy.testing",
    "sqlalchemy.ext.mypy",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
]

# Destination-name filters. Linux wheels keep Qt under PySide6/Qt/{lib,plugins,translations};
# Windows wheels put the DLLs in PySide6/ and plugins/translations in PySide6/{plugins,...}.
_QT = r"PySide6/(?:Qt/)?"
_DROP_PLUGIN_DIRS = (
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
    "designer",
    "qmltooling",
    "qmllint",
    "sqldrivers",
    "vectorimageformats",
    "webview",
    "position",
    "multimedia",
)
#: Platform plugins: keep xcb (X11, incl. XWayland), offscreen (smoke test), windows, minimal.
#: GTK's platform theme only gives native GTK file dialogs; without it Qt uses its own dialogs
#: (or the XDG portal). It pulls in GTK, GDK, cairo, pango and ATK, which then go too.
_DROP_THEMES = ("gtk3",)
_DROP_PLATFORMS = ("eglfs", "linuxfb", "minimalegl", "vkkhrdisplay", "vnc", "wayland", "direct2d")
#: Image formats Qt never has to read: photos are decoded by Pillow, thumbnails are JPEG/PNG,
#: icons SVG (and ICO on Windows). PDF rendering (QtPdf) is not used (docs/decisions.md).
_DROP_IMAGEFORMATS = ("gif", "icns", "tga", "tiff", "wbmp", "webp", "pdf")
#: Qt libraries no kept plugin or module needs. Their top-level symlinks go too (else dangling).
_DROP_QT_LIBS = (
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "Network",
    "Wl[A-Za-z]*",
    "Wayland[A-Za-z]*",
    "Qml[A-Za-z]*",
    "Quick[A-Za-z]*",
    "Pdf",
    "VirtualKeyboard",
    "Lottie[A-Za-z]*",
)

DROP_PATTERNS = [
    re.compile(rf"^{_QT}plugins/(?:{'|'.join(map(re.escape, _DROP_PLUGIN_DIRS))})/"),
    re.compile(
        rf"^{_QT}plugins/platforms/(?:lib)?q(?:{'|'.join(_DROP_PLATFORMS)})(?:d)?\.(?:so|dll)$"
    ),
    re.compile(
        rf"^{_QT}plugins/imageformats/(?:lib)?q(?:{'|'.join(_DROP_IMAGEFORMATS)})(?:d)?\.(?:so|dll)$"
    ),
    re.compile(rf"^{_QT}plugins/platformthemes/(?:lib)?q(?:{'|'.join(_DROP_THEMES)})\.(?:so|dll)$"),
    # The virtual keyboard input context (needs QtQuick); ibus and compose stay for CJK/Thai IMEs.
    re.compile(
        rf"^{_QT}plugins/platforminputcontexts/(?:lib)?qtvirtualkeyboardplugin\.(?:so|dll)$"
    ),
    re.compile(rf"^(?:{_QT}(?:lib/)?)?(?:lib)?Qt6(?:{'|'.join(_DROP_QT_LIBS)})\.(?:so\.6|dll)$"),
    # Qt's translations except qtbase for the languages above.
    re.compile(rf"^{_QT}translations/(?!qtbase_(?:{'|'.join(QT_TRANSLATIONS)})\.qm$)[^/]+$"),
    # Translation sources: only the compiled .qm are read at run time.
    re.compile(r"^customs_desk/resources/translations/[^/]+\.ts$"),
    re.compile(r"(?:^|/)__pycache__/"),
    # Libraries taken from the system (see SYSTEM_LIBRARIES).
    re.compile(rf"^(?:{'|'.join(re.escape(n) for n in SYSTEM_LIBRARIES)})$"),
    # Pillow's Tk bridge (tkinter is excluded), font rendering (ImageFont: text in PDFs is drawn by
    # ReportLab, on screen by Qt) and colour management (ImageCms): never used, and they bring
    # FreeType, HarfBuzz, Brotli and LittleCMS copies (3.6 MB).
    re.compile(r"^PIL/_imaging(?:tk|ft|cms)\.[^/]+$"),
    # python-stdnum's MAC-vendor and mobile-network tables (1.6 MB); only iso6346 is used.
    re.compile(r"^stdnum/(?:oui|imsi)\.dat$"),
    # Pillow's AVIF codec (4.7 MB): attachments accept JPEG, PNG, WebP, TIFF, BMP and GIF only.
    re.compile(r"^PIL/_avif\.[^/]+$"),
    # Babel's CLDR data for locales we never show (-32 MB). Babel is used for country names in
    # the interface languages (codes/countries.py) and the currency list (global.dat, kept).
    re.compile(rf"^babel/locale-data/(?!(?:{'|'.join(BABEL_LOCALES)})(?:_[^/]*)?\.dat$)[^/]+$"),
]


def sweep_unreferenced(
    entries: list[tuple[str, str, str]],
    kept: list[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """Drop shared libraries that only dropped entries needed.

    ``entries`` are all binaries from the analysis, ``kept`` those that survived the name filter,
    ``imports_of(source)`` gives the resolved paths a binary links against. Binaries nothing links
    to (extension modules, Qt plugins, libraries loaded with ctypes) are roots and stay; a library
    stays when a kept binary needs it, directly or through other kept libraries. SYMLINK entries
    pass through (see :func:`drop_dangling_symlinks`).
    """
    by_source: dict[str, str] = {}
    by_base: dict[str, str] = {}
    for dest, source, typecode in entries:
        if typecode == "SYMLINK":
            continue
        by_source[_real(source)] = dest
        by_base.setdefault(Path(dest).name, dest)
    edges: dict[str, set[str]] = {}
    referenced: set[str] = set()
    for dest, source, typecode in entries:
        if typecode == "SYMLINK":
            continue
        targets: set[str] = set()
        for imported in imports_of(source):
            target = by_source.get(_real(imported)) or by_base.get(Path(imported).name)
            if target is not None and target != dest:
                targets.add(target)
        edges[dest] = targets
        referenced |= targets
    allowed = {dest for dest, _, typecode in kept if typecode != "SYMLINK"}
    stack = [dest for dest in allowed if dest not in referenced]
    reached: set[str] = set()
    while stack:
        dest = stack.pop()
        if dest in reached:
            continue
        reached.add(dest)
        stack.extend(t for t in edges.get(dest, ()) if t in allowed and t not in reached)
    return [entry for entry in kept if entry[2] == "SYMLINK" or entry[0] in reached]


def drop_dangling_symlinks(
    toc: Iterable[tuple[str, str, str]], present: Iterable[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Remove SYMLINK entries (PyInstaller puts them in ``a.datas``) whose target is gone."""
    names = {dest.replace("\\", "/") for dest, _, typecode in present if typecode != "SYMLINK"}
    return [
        entry
        for entry in toc
        if entry[2] != "SYMLINK" or _symlink_target(entry[0], entry[1]) in names
    ]


def _real(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return path


def _symlink_target(dest: str, source: str) -> str:
    """Destination name a SYMLINK entry points at (its source is relative to its folder)."""
    parts: list[str] = []
    for part in (Path(dest).parent / source).as_posix().split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def keep(dest_name: str) -> bool:
    """False for a bundle entry that the spec drops."""
    name = dest_name.replace("\\", "/")
    return not any(p.search(name) for p in DROP_PATTERNS)


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in entries if keep(entry[0])]


def dropped(entries: Iterable[tuple[str, str, str]]) -> list[str]:
    return sorted(entry[0] for entry in entries if not keep(entry[0]))


# Version ----------------------------------------------------------------------------------------
def project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        data: dict[str, object] = tomllib.load(handle)["project"]
    return data


def version() -> str:
    return str(project()["version"])


def version_tuple(text: str | None = None) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0) for the Windows version resource (pre-release tags dropped)."""
    numbers = [int(n) for n in re.findall(r"\d+", (text or version()).split("+")[0])[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


# Data files -------------------------------------------------------------------------------------
def _files(folder: Path, *, suffixes: tuple[str, ...] | None = None) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if suffixes is not None and path.suffix not in suffixes:
            continue
        yield path


def datas() -> list[tuple[str, str]]:
    """(source file, destination folder) pairs; destinations are relative to the bundle root.

    - ``src/customs_desk/resources/**`` -> ``customs_desk/resources/...`` (fonts, icons, codes,
      decision aids, compiled translations; ``.ts`` sources are left out);
    - ``handbooks/`` -> ``handbooks/`` (found through ``sys._MEIPASS`` by
      ``resources.bundled_handbooks_dir()``);
    - the JSON schemas (records, exchange packages) and other package data at their place;
    - the Alembic migrations as files (Alembic reads them from ``MIGRATIONS_DIR`` at run time).
    """
    pairs: list[tuple[str, str]] = []

    def add(path: Path, base: Path, dest_base: str) -> None:
        rel_parent = path.parent.relative_to(base).as_posix()
        dest = dest_base if rel_parent == "." else f"{dest_base}/{rel_parent}"
        pairs.append((str(path), dest))

    # Every data file of the package (what pyproject's package-data ships in the wheel):
    # resources, JSON schemas of records and exchange packages, code lists, py.typed.
    for path in _files(PACKAGE):
        if path.suffix in (".py", ".pyc", ".ts") or MIGRATIONS in path.parents:
            continue
        add(path, PACKAGE, "customs_desk")
    for path in _files(HANDBOOKS):
        add(path, HANDBOOKS, "handbooks")
    for path in _files(MIGRATIONS, suffixes=(".py", ".mako")):
        add(path, MIGRATIONS, "customs_desk/store/migrations")
    return pairs


def compiled_translations() -> list[Path]:
    return sorted((PACKAGE / "resources" / "translations").glob("*.qm"))


def translation_sources() -> list[Path]:
    return sorted((PACKAGE / "resources" / "translations").glob("*.ts"))


# Hidden imports ---------------------------------------------------------------------------------
def migration_imports() -> list[str]:
    """Modules the migration scripts import: Alembic loads them from files, so PyInstaller's
    analysis never sees these imports."""
    found: set[str] = set()
    for path in _files(MIGRATIONS, suffixes=(".py",)):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                for alias in node.names:
                    found.add(f"{node.module}.{alias.name}")
    # "from alembic import op" names a module; "from x import some_function" does not. The spec
    # keeps only names that resolve to modules (see modules_only).
    found.discard("__future__")
    return sorted(n for n in found if not n.startswith("__future__"))


def modules_only(names: Iterable[str]) -> list[str]:
    import importlib.util

    kept = []
    for name in names:
        try:
            if importlib.util.find_spec(name) is not None:
                kept.append(name)
        except (ImportError, ValueError, AttributeError):
            continue
    return sorted(set(kept))


#: Imported by name at run time (SQLAlchemy dialects, CLI command modules by string, Alembic).
EXTRA_HIDDEN_IMPORTS = [
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.runtime.migration",
    "alembic.script",
    "sqlean.dbapi2",
]

#: Packages whose modules are imported from strings at run time: ReportLab's barcode widgets
#: (the QR code on every report; ``reportlab.graphics.barcode`` imports them with ``exec``).
COLLECT_SUBMODULES = ["reportlab.graphics.barcode"]

#: The PostgreSQL driver (``--database-url postgresql+psycopg://...``), for a secretariat that
#: consolidates on a server. Border posts use the embedded SQLite, so the installers leave it out
#: (10 MB: libpq, OpenSSL, Kerberos, LDAP) unless the build sets CUSTOMS_DESK_BUNDLE_POSTGRES=1.
POSTGRES_ENV = "CUSTOMS_DESK_BUNDLE_POSTGRES"
POSTGRES_MODULES = ["psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool"]
POSTGRES_HIDDEN_IMPORTS = [
    "psycopg",
    "psycopg_binary",
    "sqlalchemy.dialects.postgresql.psycopg",
]

#: Distributions whose metadata ``customs-desk selfcheck`` reports (``importlib.metadata``).
METADATA = ["customs-desk", "alembic", "reportlab", "PySide6-Essentials", "SQLAlchemy", "sqlean.py"]


def is_internal_package(name: str) -> bool:
    """Migrations are shipped as files only (never imported from the archive)."""
    return not name.startswith("customs_desk.store.migrations")


def windows() -> bool:
    return sys.platform == "win32"
