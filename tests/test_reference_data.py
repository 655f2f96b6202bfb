"""The reference data: schemas, sources, and the interpretations decisions name."""

import re

import pytest
from cnexport import databuild
from cnexport.paths import ROOT


def test_data_build_accepts_the_data(tmp_path):
    meta = databuild.build(tmp_path / "data")
    assert re.fullmatch(r"[0-9a-f]{12}", meta["version"])
    assert meta["verified_through"] == "2026-08-01"


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


@pytest.mark.parametrize("entry", CATALOGUE, ids=[e["id"] for e in CATALOGUE])
def test_every_catalogue_entry_has_a_source_a_code_or_says_it_is_unknown_and_a_date(entry):
    assert entry["source"].startswith(("http://", "https://"))
    assert entry["control_code_known"] == (entry["control_code"] is not None)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["effective_from"])


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
