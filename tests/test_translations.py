"""The interface is complete in every shipped language.

Fails on any untranslated or unfinished string, on a translation that drops or invents a
``{placeholder}`` (it would crash or show the wrong value), and on .ts files that are out of date
with the sources (a new string nobody has translated yet).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from customs_desk.ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "src" / "customs_desk" / "resources" / "translations"
SHIPPED = [lang.code for lang in LANGUAGES if lang.code != "en"]


def i18n_script() -> Any:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_script"] = module
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            kind = (translation.get("type") or "") if translation is not None else "unfinished"
            out[(name, message.findtext("source") or "")] = (text, kind)
    return out


def test_every_shipped_language_has_a_translation_file() -> None:
    script = i18n_script()
    assert sorted(script.LANGUAGES) == sorted(SHIPPED)
    for code in SHIPPED:
        assert (TS_DIR / f"customs_desk_{code}.ts").is_file(), code


def test_translation_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Extract the strings again into copies: nothing new appears, nothing disappears."""
    script = i18n_script()
    for code in SHIPPED:
        shutil.copy(TS_DIR / f"customs_desk_{code}.ts", tmp_path / f"customs_desk_{code}.ts")
    script.update(tmp_path)
    for code in SHIPPED:
        committed = messages(TS_DIR / f"customs_desk_{code}.ts")
        fresh = messages(tmp_path / f"customs_desk_{code}.ts")
        new = sorted(set(fresh) - set(committed))
        gone = sorted(set(committed) - set(fresh))
        assert not new, (
            f"{code}: strings not in the .ts yet (run scripts/i18n.py update): {new[:5]}"
        )
        assert not gone, f"{code}: strings no longer in the sources: {gone[:5]}"


def test_no_contextless_strings() -> None:
    """lupdate gives an empty context to tr() calls it cannot attribute (e.g. a tr passed as
    an argument); at run time those strings would never be translated."""
    committed = messages(TS_DIR / f"customs_desk_{SHIPPED[0]}.ts")
    odd = sorted({c for c, _ in committed if c in ("", "widget", "parent", "obj", "self")})
    assert not odd


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated(code: str) -> None:
    unfinished = [
        (context, source)
        for (context, source), (text, kind) in messages(TS_DIR / f"customs_desk_{code}.ts").items()
        if kind in ("unfinished",) or not text.strip()
    ]
    assert not unfinished, f"{code}: {len(unfinished)} unfinished, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_placeholders_are_kept(code: str) -> None:
    script = i18n_script()
    wrong = [
        (context, source, text)
        for (context, source), (text, _kind) in messages(TS_DIR / f"customs_desk_{code}.ts").items()
        if text and script.placeholders(text) != script.placeholders(source)
    ]
    assert not wrong, f"{code}: {wrong[:3]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_accelerators_and_markup_are_kept(code: str) -> None:
    """A menu entry with an &accelerator keeps one; rich text keeps its tags."""
    wrong = []
    for (context, source), (text, _kind) in messages(TS_DIR / f"customs_desk_{code}.ts").items():
        if not text:
            continue
        if "&" in source.replace("&&", "") and "&" not in text.replace("&&", ""):
            wrong.append((context, source, text))
        for tag in ("<b>", "<br>", "<a "):
            if source.count(tag) != text.count(tag):
                wrong.append((context, source, text))
    assert not wrong, f"{code}: {wrong[:3]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_compiled_translation_changes_the_interface(code: str, tmp_path: Path, qapp: Any) -> None:
    """lrelease builds the file and Qt uses it: the page names are no longer English."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    script = i18n_script()
    qm = tmp_path / f"customs_desk_{code}.qm"
    import subprocess

    subprocess.run(
        [
            script.tool("lrelease"),
            "-silent",
            str(TS_DIR / f"customs_desk_{code}.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        for context, source in (("Pages", "Home"), ("Pages", "Handbooks"), ("Pages", "Exchange")):
            assert QCoreApplication.translate(context, source) != source, (code, source)
    finally:
        QCoreApplication.removeTranslator(translator)
