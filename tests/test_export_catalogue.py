"""Every listed item of an export from China decided through the real server: a line built from each
catalogue entry is that entry, and every numeric threshold is checked on both sides."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from conftest import codes, warning_codes
from exports import LISTED, export, goods, item_line, listing_date, listing_in_force_code, meeting, number

ENTRIES = {e["id"]: e for e in LISTED}
NAMED = sorted(i for i, e in ENTRIES.items() if item_line(e) is not None)
UNNAMED = sorted(i for i, e in ENTRIES.items() if item_line(e) is None)


def test_the_catalogue_lists_the_items_of_the_digest():
    by_measure: dict[str, int] = {}
    for entry in LISTED:
        by_measure[entry["measure"]] = by_measure.get(entry["measure"], 0) + 1
    assert by_measure == {
        "MOFCOM-2025-18": 41,
        "MOFCOM-2025-56": 36,
        "MOFCOM-2025-57": 42,
        "MOFCOM-2025-55": 6,
        "MOFCOM-2025-58": 30,
        "MOFCOM-2023-23": 14,
        "MOFCOM-2023-39": 2,
        "MOFCOM-2024-33": 17,
    }


@pytest.mark.parametrize("entry_id", NAMED)
def test_a_line_built_from_an_entry_is_that_entry(decide, entry_id):
    entry = ENTRIES[entry_id]
    decision = decide(export(listing_date(entry), item_line(entry)))
    line = decision["lines"][0]
    assert entry_id in {c["entry_id"] for c in line["controls"]}, line
    control = next(c for c in line["controls"] if c["entry_id"] == entry_id)
    assert (control["measure"], control["clause"], control["source_quality"]) == (
        entry["measure"],
        entry["clause"],
        entry["source_quality"],
    )
    assert control.get("control_code") == entry["control_code"]
    assert line["outcome"] == "LICENCE_REQUIRED"
    assert listing_in_force_code(entry) in codes(decision, 1)
    assert "ECL12_LISTED_ITEM_LICENCE" in codes(decision, 1)
    if entry["inferred"]:
        assert "CATALOGUE_ENTRY_INFERRED" in warning_codes(decision)
    if entry["source_quality"] == "secondary_llm_summary":
        assert "CATALOGUE_ENTRY_LOW_GRADE_SOURCE" in warning_codes(decision)


@pytest.mark.parametrize("entry_id", UNNAMED)
def test_an_entry_nothing_can_name_is_named_among_the_candidates(decide, entry_id):
    # Technology whose Dual-Use List code is not known: the decision names it for a person to check.
    entry = ENTRIES[entry_id]
    decision = decide(export(listing_date(entry), goods(category=entry["match"]["line"]["categories"][0])))
    assert decision["outcome"] == "NOT_CONTROLLED"
    candidates = [w for w in decision["warnings"] if w["code"] == "CLASSIFICATION_CANDIDATES"]
    assert len(candidates) == 1 and entry["name_en"] in candidates[0]["message_en"]


def test_the_unnamed_entries_are_the_two_superhard_technologies():
    assert UNNAMED == [
        "mofcom-2024-33-sh-5-hpht-single-crystal-synthesis-technology",
        "mofcom-2024-33-sh-6-cubic-press-manufacturing-technology",
    ]


# ---- every threshold, on both sides ---------------------------------------------------------------

STEP = Decimal("0.001")


def outside(p: dict) -> Decimal:
    """The nearest value (at STEP) that fails one threshold: the threshold itself for a strict one."""
    if p["operator"] == "in":
        return Decimal(str(p["value"][0])) + STEP
    value = Decimal(str(p["value"]))
    return {"<": value, ">": value, "<=": value + STEP, ">=": value - STEP, "==": value + STEP}[p["operator"]]


THRESHOLDS = [(e["id"], k) for e in LISTED for k, _ in enumerate(e["parameters"])]


def _threshold_line(entry, values):
    line = item_line(entry)
    line["parameters"] = values
    return line


@pytest.mark.parametrize("entry_id,k", THRESHOLDS, ids=[f"{i}-{k}" for i, k in THRESHOLDS])
def test_each_threshold_on_both_sides(decide, entry_id, k):
    entry = ENTRIES[entry_id]
    p = entry["parameters"][k]
    met = meeting(entry)
    at_inside = copy.deepcopy(met)
    decision = decide(export(listing_date(entry), _threshold_line(entry, at_inside)))
    assert entry_id in {c["entry_id"] for c in decision["lines"][0]["controls"]}

    failing = copy.deepcopy(met)
    failing[p["name"]] = number(outside(p))
    if entry.get("logic") == "any":  # one threshold met is enough: fail the others too
        for q in entry["parameters"]:
            failing[q["name"]] = number(outside(q))
    decision = decide(export(listing_date(entry), _threshold_line(entry, failing)))
    assert entry_id not in {c["entry_id"] for c in decision["lines"][0]["controls"]}, (p, failing)


def test_exactly_at_an_inclusive_threshold_and_a_hair_beyond_a_strict_one(decide):
    # 300 Wh/kg is caught (>=); 0.5 m barrel diameter is not (> 0.5), 0.500001 is.
    battery = ENTRIES["mofcom-2025-58-3a001-li-ion-battery"]
    kiln = ENTRIES["mofcom-2025-58-3b901c3c-cvd-rotary-kiln"]
    at = decide(export("2026-11-10", _threshold_line(battery, {"gravimetric_energy_density_wh_per_kg": 300})))
    assert codes(at, 1)[0] == "LB58_BATTERY_ITEM"
    strict = decide(export("2026-11-10", _threshold_line(kiln, {"barrel_diameter_m": 0.5})))
    assert strict["lines"][0]["controls"] == []
    beyond = decide(export("2026-11-10", _threshold_line(kiln, {"barrel_diameter_m": 0.500001})))
    assert [c["entry_id"] for c in beyond["lines"][0]["controls"]] == [kiln["id"]]
