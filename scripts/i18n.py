"""Interface translations: update the .ts files from the sources, build .qm, report completeness.

    python scripts/i18n.py update   # extract strings (Qt tr() in ui/, Msg("...") in the core)
    python scripts/i18n.py build    # compile .ts -> .qm (done by scripts/setup.sh and packaging)
    python scripts/i18n.py status   # unfinished strings per language
    python scripts/i18n.py todo th > th.json           # unfinished strings as JSON
    python scripts/i18n.py apply th th.json            # merge translated JSON into the .ts

Translators edit ``src/customs_desk/resources/translations/customs_desk_<lang>.ts`` with Qt
Linguist (``pyside6-linguist``) or any XML editor. The .qm files are build output, not committed.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "customs_desk"
TS_DIR = PACKAGE / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_HK", "ja", "ko", "th", "vi", "id", "ms", "km")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


# Core helpers that build a Msg from their first argument (a literal at every call site).
MSG_BUILDERS = {"Msg", "_refuse", "refuse"}


def core_messages() -> list[str]:
    """Every literal template passed to Msg(...) (or a helper that wraps it) in the core."""
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            first = node.args[0]
            if (
                name in MSG_BUILDERS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append(first.value)
    return sorted(set(found))


def aid_messages() -> list[str]:
    """Texts of the decision aids (data files), translated in the 'decision_aids' context."""
    found: list[str] = []
    for path in sorted((PACKAGE / "resources" / "decision_aids").glob("*.json")):
        aid = json.loads(path.read_text(encoding="utf-8"))
        found += [aid.get("title", ""), aid.get("intro", "")]
        for question in aid.get("questions", {}).values():
            found.append(question.get("text", ""))
            found += [answer.get("label", "") for answer in question.get("answers", [])]
        for outcome in aid.get("outcomes", {}).values():
            found += [outcome.get("title", ""), outcome.get("text", "")]
        found += [str(v) for v in (aid.get("flags") or {}).values()]
    return sorted({text for text in found if text})


def risk_messages() -> list[str]:
    """The bundled risk indicators, translated in the 'risk_indicators' context."""
    path = PACKAGE / "resources" / "codes" / "risk_indicators.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return sorted({row["text"] for row in csv.DictReader(handle) if row.get("text")})


def update(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        core = Path(tmp) / "core_strings.py"
        lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
        lines += [f"QT_TRANSLATE_NOOP({'core'!r}, {text!r})" for text in core_messages()]
        lines += [f"QT_TRANSLATE_NOOP({'decision_aids'!r}, {text!r})" for text in aid_messages()]
        lines += [f"QT_TRANSLATE_NOOP({'risk_indicators'!r}, {text!r})" for text in risk_messages()]
        core.write_text("\n".join(lines) + "\n", encoding="utf-8")
        sources = [str(p) for p in sorted((PACKAGE / "ui").rglob("*.py"))] + [str(core)]
        targets = [str(ts_dir / f"customs_desk_{lang}.ts") for lang in LANGUAGES]
        subprocess.run(
            [tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets],
            check=True,
            capture_output=ts_dir != TS_DIR,
        )


def build() -> int:
    built = 0
    for ts in sorted(TS_DIR.glob("customs_desk_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built += 1
    print(f"built {built} translation files in {TS_DIR}")
    return built


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    out: list[tuple[str, str]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = "".join(translation.itertext()) if translation is not None else ""
            if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                if kind in ("vanished", "obsolete"):
                    continue
                out.append((name, message.findtext("source") or ""))
    return out


def status() -> int:
    worst = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"customs_desk_{lang}.ts"
        if not ts.exists():
            print(f"{lang}: missing")
            worst = 1
            continue
        missing = unfinished(ts)
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{lang}: {total - len(missing)}/{total} finished")
        worst = worst or (1 if missing else 0)
    return worst


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of a str.format template (the ones code fills in)."""
    return sorted(
        m.group(0).split(":")[0].split("!")[0].rstrip("}") + "}" for m in PLACEHOLDER.finditer(text)
    )


def todo(lang: str) -> list[dict[str, str]]:
    """Unfinished messages of one language, for a translator (or a script) to fill in."""
    ts = TS_DIR / f"customs_desk_{lang}.ts"
    return [
        {"context": context, "source": source, "translation": ""}
        for context, source in unfinished(ts)
    ]


def apply(lang: str, entries: list[dict[str, str]]) -> list[str]:
    """Write translations into the .ts; returns problems (entries left unapplied)."""
    ts = TS_DIR / f"customs_desk_{lang}.ts"
    tree = ET.parse(ts)
    wanted = {(e["context"], e["source"]): e.get("translation", "") for e in entries}
    problems: list[str] = []
    done: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = wanted.get((name, source))
            if text is None or not text.strip():
                continue
            if placeholders(text) != placeholders(source):
                problems.append(
                    f"{name}: {source[:60]!r}: placeholders differ ({placeholders(text)})"
                )
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            done.add((name, source))
    problems += [
        f"{c}: {s[:60]!r}: not in the .ts"
        for c, s in wanted
        if (c, s) not in done and wanted[(c, s)].strip()
    ]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return problems


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "todo" and len(sys.argv) == 3:
        print(json.dumps(todo(sys.argv[2]), ensure_ascii=False, indent=1))
        return 0
    if command == "apply" and len(sys.argv) == 4:
        entries = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
        problems = apply(sys.argv[2], entries)
        for problem in problems:
            print(problem, file=sys.stderr)
        status()
        return 1 if problems else 0
    if command == "update":
        update()
        return status()
    if command == "build":
        build()
        return 0
    if command == "status":
        return status()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
