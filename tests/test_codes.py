"""Reference codes: the amendments of 2021 and 2025, HS editions, validators, look-up, updates."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.cli import main
from customs_desk.codes.dataset import (
    DatasetError,
    bundled_codes_dir,
    bundled_dataset,
    load_dataset,
)
from customs_desk.codes.validators import FieldProblem, container_number, country_code, un_number
from customs_desk.errors import PermissionDenied

BEFORE_2021 = date(2020, 12, 31)
IN_2021_2024 = date(2022, 6, 1)
FROM_2025 = date(2025, 1, 1)


@pytest.mark.parametrize(
    ("code", "day", "valid"),
    [
        ("A1180", date(2024, 12, 31), True),
        ("A1180", FROM_2025, False),
        ("A1181", date(2024, 12, 31), False),
        ("A1181", FROM_2025, True),
        ("Y49", date(2024, 12, 31), False),
        ("Y49", FROM_2025, True),
        ("B1110", date(2024, 12, 31), True),
        ("B1110", FROM_2025, False),
        ("B4030", date(2024, 12, 31), True),
        ("B4030", FROM_2025, False),
        ("Y48", BEFORE_2021, False),
        ("Y48", date(2021, 1, 1), True),
        ("B3010", BEFORE_2021, True),
        ("B3010", date(2021, 1, 1), False),
        ("B3011", BEFORE_2021, False),
        ("B3011", date(2021, 1, 1), True),
        ("A3210", date(2021, 1, 1), True),
    ],
)
def test_amendment_dates(ctx: AppContext, code: str, day: date, valid: bool) -> None:
    assert ctx.codes.check(code, day).valid is valid


def test_messages_name_the_replacement(ctx: AppContext) -> None:
    a1180 = ctx.codes.check("A1180", date(2026, 3, 1))
    assert str(a1180.message) == "A1180 was deleted on 2025-01-01; consider A1181 or Y49."
    assert a1180.replacements == ("A1181", "Y49")
    assert (
        str(ctx.codes.check("B3010", date(2022, 1, 1)).message)
        == "B3010 was replaced by B3011 on 2021-01-01."
    )
    early = ctx.codes.check("A1181", date(2024, 6, 1))
    assert "applies only from 2025-01-01" in early.message and "A1180" in early.replacements
    unknown = ctx.codes.check("A1118", date(2026, 1, 1))
    assert not unknown.known and "not a Basel code" in unknown.message
    assert "A1181" in unknown.message or unknown.replacements  # a likely fix is offered
    nonsense = ctx.codes.check("hello", date(2026, 1, 1))
    assert not nonsense.valid and "neither a Basel code" in nonsense.message


def test_every_code_in_facts_is_in_the_tables() -> None:
    data = bundled_dataset()
    expected = (
        {f"Y{n}" for n in range(1, 50)}
        | {f"D{n}" for n in range(1, 16)}
        | {f"R{n}" for n in range(1, 14)}
    )
    expected |= {
        "H1",
        "H3",
        "H4.1",
        "H4.2",
        "H4.3",
        "H5.1",
        "H5.2",
        "H6.1",
        "H6.2",
        "H8",
        "H10",
        "H11",
        "H12",
        "H13",
    }
    expected |= {"A1010", "A1180", "A1181", "A1190", "A2010", "A3200", "A3210", "A4160"}
    expected |= {
        "B1010",
        "B1110",
        "B1115",
        "B3010",
        "B3011",
        "B3026",
        "B3027",
        "B3035",
        "B3065",
        "B4030",
    }
    assert expected <= set(data.basel)
    for hs in (
        "8549",
        "8549.11",
        "8549.21",
        "8549.99",
        "3915.10",
        "7204.21",
        "7404",
        "7602",
        "2710.91",
        "2710.99",
        "3825.10",
        "4004",
        "4012.20",
        "4707.10",
        "6309",
        "6310",
        "7001",
        "7112.30",
        "8548",
        "8507",
        "2618",
        "2619",
        "2620.11",
        "2621.10",
    ):
        assert hs in data.hs_codes(), hs
    # Editions: 8549 is HS 2022 only; 8548.10 is HS 2017 only.
    assert ("8549.11", "HS2022") in data.hs and ("8549.11", "HS2017") not in data.hs
    assert ("8548.10", "HS2017") in data.hs and ("8548.10", "HS2022") not in data.hs


def test_hs_checks_follow_the_edition(ctx: AppContext) -> None:
    assert ctx.codes.check("8549.11", date(2022, 1, 1)).valid
    early = ctx.codes.check("854911", date(2021, 6, 30))
    assert not early.valid and "HS2017" in early.message and "8548.10" in early.replacements
    late = ctx.codes.check("8548.10", date(2023, 1, 1))
    assert not late.valid and "8549" in late.replacements
    national = ctx.codes.check("8549.11.00", date(2026, 1, 1))
    assert national.valid and national.code == "8549.11"
    other = ctx.codes.check("8471.30", date(2026, 1, 1))
    assert other.valid and not other.known


def test_iso6346_published_example_and_check_digits() -> None:
    # The worked example of ISO 6346 Annex A: CSQU 305438 with check digit 3.
    assert container_number("CSQU 305438 3") == "CSQU3054383"
    with pytest.raises(FieldProblem, match="should be 3"):
        container_number("CSQU3054384")
    with pytest.raises(FieldProblem, match="11 characters"):
        container_number("CSQU305438")
    with pytest.raises(FieldProblem, match="category letter"):
        container_number("CSQX3054383")
    assert container_number("msku-1234565") == "MSKU1234565"


def test_un_numbers_and_countries() -> None:
    assert un_number("un 3480") == "UN3480"
    assert un_number("2794") == "UN2794"
    for bad in ("UN34801", "UN9999", "battery"):
        with pytest.raises(FieldProblem):
            un_number(bad)
    assert country_code("vn") == "VN" and country_code("HK") == "HK"
    with pytest.raises(FieldProblem, match="ISO 3166"):
        country_code("XX")


def test_lookup_by_number_and_words(ctx: AppContext) -> None:
    assert [m.code for m in ctx.codes.lookup("A1181")][:1] == ["A1181"]
    assert {"A1180", "A1181"} <= {m.code for m in ctx.codes.lookup("A118")}
    words = [m.code for m in ctx.codes.lookup("lead-acid batteries")]
    assert "A1160" in words and "8549.11" in words
    deleted = next(m for m in ctx.codes.lookup("A1180", on=date(2026, 1, 1)))
    assert deleted.status == "deleted"


def test_detail_links_both_ways(ctx: AppContext) -> None:
    a1181 = ctx.codes.detail("A1181")
    assert (
        "A1180" in a1181.replaces
        and a1181.kind == "basel"
        and a1181.annex_or_edition == "Annex VIII"
    )
    assert any(h.hs_code.startswith("8549") for h in a1181.hints)
    a1180 = ctx.codes.detail("A1180")
    assert a1180.replaced_by == ("A1181", "Y49")
    hs = ctx.codes.detail("8549.11")
    assert hs.kind == "hs" and "A1160" in {h.basel_code for h in hs.hints}


def copy_dataset(tmp: Path) -> Path:
    folder = tmp / "codes"
    shutil.copytree(bundled_codes_dir(), folder)
    return folder


def test_broken_dataset_is_refused_with_file_and_line(tmp_path: Path) -> None:
    folder = copy_dataset(tmp_path)
    basel = folder / "basel.csv"
    lines = basel.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("1992-05-05", "1992-13-45")
    lines.append(lines[5])  # duplicate code
    basel.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    problems = info.value.problems
    assert any(p.startswith("basel.csv:4:") and "not a date" in p for p in problems)
    assert any("duplicate code" in p for p in problems)


def test_newer_dataset_loads_and_older_is_not_reapplied(
    ctx: AppContext, supervisor: Actor, tmp_path: Path
) -> None:
    folder = copy_dataset(tmp_path)
    meta = json.loads((folder / "dataset.json").read_text())
    meta["version"] = "2027.01.15"
    (folder / "dataset.json").write_text(json.dumps(meta))
    with (folder / "basel.csv").open("a", encoding="utf-8") as handle:
        handle.write(
            "Y50,II,Y,Waste streams,Test entry for an update,,2027-01-01,,,,BC-99/1,basel-convention-text,M,test\n"
        )
    ident = ctx.codes.add_risk_indicator(
        supervisor, "physical", "Fresh paint over rust on the container doors"
    )
    # Checks are remembered per dataset (imports): the answer before the update must not stick.
    assert not ctx.codes.check("Y50", date(2027, 2, 1)).known
    assert ctx.codes.check("Y50", date(2027, 2, 1)) is ctx.codes.check("Y50", date(2027, 2, 1))
    ctx.codes.load(load_dataset(folder), origin="update:test", actor=supervisor)
    assert ctx.codes.active_version() == "2027.01.15"
    assert ctx.codes.check("Y50", date(2027, 2, 1)).valid
    # The post's own risk indicator survives the reload.
    assert ident in {r.id for r in ctx.codes.risk_indicators()}
    # Starting again with the older bundled data does not go back.
    assert ctx.codes.ensure_loaded(bundled_codes_dir()) is False
    assert ctx.codes.active_version() == "2027.01.15"


def test_officer_cannot_load_datasets(ctx: AppContext, officer: Actor) -> None:
    with pytest.raises(PermissionDenied):
        ctx.codes.load(bundled_dataset(), origin="update:x", actor=officer)


def test_cli_check_exit_codes_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(tmp_path / "d")
    assert main(["codes", "check", "A1180", "--on", "2025-01-01", "--data-dir", d, "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["replacements"] == ["A1181", "Y49"] and "deleted on 2025-01-01" in out["message"]
    assert main(["codes", "check", "A1180", "--on", "2024-12-31", "--data-dir", d]) == 0
    capsys.readouterr()
    assert main(["codes", "check", "CSQU3054383", "--data-dir", d]) == 0
    assert main(["codes", "check", "CSQU3054384", "--data-dir", d]) == 1
    capsys.readouterr()
    assert main(["codes", "lookup", "8549", "--data-dir", d, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["code"] == "8549"
    out_file = tmp_path / "codes.csv"
    assert (
        main(["codes", "export", "--format", "csv", "--out", str(out_file), "--data-dir", d]) == 0
    )
    header = out_file.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("code,kind,annex_or_edition,title,valid_from,valid_to")
    assert "A1181,basel,VIII" in out_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_CN", "铅酸"),
        ("zh_HK", "鉛酸"),
        ("ja", "鉛蓄電池"),
        ("vi", "ac quy chi"),
        ("ms", "bateri asid plumbum"),
    ],
)
def test_lookup_by_words_in_the_officers_language(
    ctx: AppContext, language: str, words: str
) -> None:
    matches = ctx.codes.lookup(words, language=language)
    assert "A1160" in [m.code for m in matches]
    a1160 = next(m for m in matches if m.code == "A1160")
    assert a1160.local_title  # the unofficial translation is shown beside the official title
