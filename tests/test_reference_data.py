"""The reference data: schemas, sources, and the interpretations decisions name."""

import json
import re
from datetime import date

import pytest

from cnexport import databuild
from cnexport.paths import DATA_OUT, ROOT


def test_data_build_accepts_the_data(tmp_path):
    meta = databuild.build(tmp_path / "data")
    assert re.fullmatch(r"[0-9a-f]{12}", meta["version"])
    assert meta["verified_through"] == "2026-10-09"


def test_data_build_refuses_an_unknown_interpretation(tmp_path):
    sources = databuild.load_sources()
    sources["measures"]["measures"]["MOFCOM-2025-61"]["clauses"]["2"]["interpretation"] = "I-NOWHERE"
    assert "I-NOWHERE is not described" in "\n".join(databuild.consistency_errors(sources, databuild.interpretation_ids()))


def test_data_build_refuses_a_measure_described_twice(tmp_path):
    import shutil

    root = tmp_path / "repo"
    for part in ("data", "schemas", "docs"):
        shutil.copytree(ROOT / part, root / part)
    shutil.copy(root / "data" / "measures" / "mofcom-2025-70.yaml", root / "data" / "measures" / "copy.yaml")
    with pytest.raises(databuild.DataError, match="MOFCOM-2025-70 is also described in"):
        databuild.build(tmp_path / "out", root)


def test_data_build_refuses_a_suspension_by_an_unknown_measure():
    sources = databuild.load_sources()
    sources["measures"]["measures"]["MOFCOM-2025-61"]["suspensions"][0]["by"] = "MOFCOM-2099-1"
    assert any("MOFCOM-2099-1" in e for e in databuild.consistency_errors(sources, databuild.interpretation_ids()))


CATALOGUE = databuild.load_sources()["catalogue"]["entries"]


def catalogue_problems(entry: dict) -> list[str]:
    """What a catalogue entry lacks: a source, a control code unless it says the code is unknown, a
    real effective date, and for an inferred entry the note that says what was inferred."""
    problems = []
    if not str(entry.get("source") or "").startswith(("http://", "https://")):
        problems.append("no source")
    if entry.get("control_code") is None and entry.get("control_code_known") is not False:
        problems.append("no control code, and not marked unknown")
    if entry.get("control_code") is not None and entry.get("control_code_known") is not True:
        problems.append("a control code marked unknown")
    try:
        date.fromisoformat(str(entry.get("effective_from")))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(entry.get("effective_from"))):
            raise ValueError
    except ValueError:
        problems.append("no valid effective date")
    if entry.get("inferred") and not entry.get("note"):
        problems.append("inferred without a note")
    return problems


@pytest.mark.parametrize("entry", CATALOGUE, ids=[e["id"] for e in CATALOGUE])
def test_every_catalogue_entry_has_a_source_a_code_or_says_it_is_unknown_and_a_date(entry):
    assert catalogue_problems(entry) == []


@pytest.mark.parametrize(
    "change,problem",
    [
        ({"source": None}, "no source"),
        ({"source": "hymagnetics.com/news_detail/24.html"}, "no source"),
        ({"control_code": None}, "no control code, and not marked unknown"),
        ({"control_code_known": False}, "a control code marked unknown"),
        ({"effective_from": "2025-02-30"}, "no valid effective date"),
        ({"effective_from": "4 April 2025"}, "no valid effective date"),
        ({"effective_from": None}, "no valid effective date"),
        ({"inferred": True, "note": None}, "inferred without a note"),
    ],
)
def test_the_catalogue_check_catches_what_an_entry_lacks(change, problem):
    entry = dict(next(e for e in CATALOGUE if e["id"] == "cn2025-18-1c902a1-sm-metal"), **change)
    assert problem in catalogue_problems(entry)
    # The data build's schema refuses it too (the note of an inferred entry is the test's own rule).
    schema = databuild.load_schema(ROOT / "schemas" / "data" / "catalogue.schema.json")
    if problem != "inferred without a note":
        assert databuild.schema_errors({"entries": [{k: v for k, v in entry.items() if v is not None}]}, schema)


def test_every_listed_entry_cites_clauses_the_data_describes():
    measures = databuild.load_sources()["measures"]["measures"]
    for entry in CATALOGUE:
        for cited in entry.get("listed_by", []) + entry.get("exclusions", []):
            assert cited["clause"] in measures[cited["measure"]]["clauses"], entry["id"]


def test_data_build_refuses_a_listing_by_an_unknown_clause():
    sources = databuild.load_sources()
    entry = next(e for e in sources["catalogue"]["entries"] if e.get("listed_by"))
    entry["listed_by"] = [{"measure": "MOFCOM-2025-18", "clause": "9"}]
    assert any(
        "listed_by names MOFCOM-2025-18 clause 9" in e for e in databuild.consistency_errors(sources, databuild.interpretation_ids())
    )


def test_data_build_refuses_a_listing_by_a_clause_that_gives_no_reason():
    sources = databuild.load_sources()
    assert not databuild.consistency_errors(sources, databuild.interpretation_ids())
    del sources["measures"]["measures"]["MOFCOM-2025-56"]["clauses"]["2"]["reason"]
    errors = databuild.consistency_errors(sources, databuild.interpretation_ids())
    assert errors and all("listed_by names MOFCOM-2025-56 clause 2, which gives no reason" in e for e in errors)
    assert len(errors) == 7  # the seven items of clause 2


def test_data_build_tabulates_the_application_deadline_of_every_day_the_calendar_covers():
    table = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))["index"]["application_deadlines"]
    assert len(table) == 730 and min(table) == "2025-01-01" and max(table) == "2026-12-31"
    assert table["2026-12-01"] == {"latest_day_to_apply": "2026-09-21", "decision_working_days": 45, "calendar_complete": True}
    assert table["2025-01-20"]["calendar_complete"] is False


def test_data_build_refuses_a_repeal_by_an_unknown_measure():
    sources = databuild.load_sources()
    sources["measures"]["measures"]["MOFCOM-2023-23"]["repealed"]["by"] = "MOFCOM-2099-1"
    assert any("repealed by MOFCOM-2099-1" in e for e in databuild.consistency_errors(sources, databuild.interpretation_ids()))


def test_every_interpretation_named_in_code_is_described():
    described = set(databuild.interpretation_ids())
    named = set()
    for path in list((ROOT / "policies").rglob("*.rego")) + list((ROOT / "data").rglob("*.yaml")):
        named |= set(re.findall(r"\bI-[A-Z0-9]+(?:-[A-Z0-9]+)+\b", path.read_text(encoding="utf-8")))
    assert named - described == set()


def test_every_rule_citing_a_clause_cites_one_the_data_describes():
    measures = databuild.load_sources()["measures"]["measures"]
    for path in (ROOT / "policies").rglob("*.rego"):
        text = path.read_text(encoding="utf-8")
        for measure, clause in re.findall(r"#\s+measure: (\S+)\n#\s+clause: \"?([^\"\n]+)\"?", text):
            assert clause in measures[measure]["clauses"], (path.name, measure, clause)


def test_the_build_writes_a_manifest_of_what_it_holds(tmp_path):
    import hashlib
    import json

    meta = databuild.build(tmp_path / "data")
    manifest = json.loads((tmp_path / "data" / "cnexport_reference" / "manifest" / "data.json").read_text(encoding="utf-8"))
    assert manifest["version"] == meta["version"] and manifest["digest"].startswith(meta["version"])
    path = tmp_path / "data" / manifest["file"]
    assert manifest["file"] == "cnexport_reference/data.json"
    assert manifest["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    built = json.loads(path.read_text(encoding="utf-8"))
    assert "manifest" not in built
    for part in manifest["parts"]:
        value = built
        for step in part["path"]:
            value = value[step]
        assert part["count"] == len(value)
        for leaf in part["leaves"]:
            value = built
            for step in leaf:
                value = value[step]
            assert len(leaf) <= databuild.LEAF_DEPTH
    measure_ids = sorted(databuild.load_sources()["measures"]["measures"])
    measures = next(p for p in manifest["parts"] if p["path"] == ["measures", "measures"])
    assert measures["count"] == len(measure_ids)
    assert [leaf[2] for leaf in measures["leaves"]] == [measure_ids[0], measure_ids[-1]]


def test_data_build_indexes_each_clause_role_by_the_one_clause_that_has_it():
    roles = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))["index"]["clause_roles"]
    assert roles == {
        "export_definition": {"measure": "NPCSC-2020-58", "clause": "2"},
        "licence_decision_period": {"measure": "STATECOUNCIL-2024-792", "clause": "17"},
        "ownership_rule": {"measure": "MOFCOM-2025-61", "clause": "2"},
        "rare_earth_technology_code": {"measure": "MOFCOM-2025-62", "clause": "1(1)"},
        "reported_extension": {"measure": "MOFCOM-STATEMENT-2026-09-28", "clause": "8"},
    }


def test_data_build_refuses_a_clause_role_given_to_two_clauses():
    sources = databuild.load_sources()
    sources["measures"]["measures"]["MOFCOM-2025-62"]["clauses"]["1(2)"]["role"] = "rare_earth_technology_code"
    errors = databuild.consistency_errors(sources, databuild.interpretation_ids())
    assert errors == ["role rare_earth_technology_code is given to 2 clauses: MOFCOM-2025-62 clause 1(1), MOFCOM-2025-62 clause 1(2)"]


def test_data_build_refuses_a_clause_role_given_to_no_clause():
    sources = databuild.load_sources()
    del sources["measures"]["measures"]["STATECOUNCIL-2024-792"]["clauses"]["17"]["role"]
    errors = databuild.consistency_errors(sources, databuild.interpretation_ids())
    assert errors == ["role licence_decision_period is given to no clause of data/measures/"]
