"""Every export measure on both sides of its effective date and of each end of its suspension or its
repeal, through the real server."""

from __future__ import annotations

import pytest
from conftest import codes, reason, warning_codes
from exports import export, goods

SM_METAL = goods(category="rare_earth_metal", elements=["Sm"])
HO_OXIDE = goods(category="rare_earth_oxide", elements=["Ho"])
CENTRIFUGE = goods(category="production_equipment", control_code="2B902.a")
DIAMOND_POWDER = goods(category="synthetic_diamond_powder", elements=["C"], parameters={"average_particle_size_um": 10})
BATTERY = goods(category="lithium_battery", parameters={"gravimetric_energy_density_wh_per_kg": 320})
GALLIUM = goods(category="metal", elements=["Ga"])
GRAPHITE = goods(category="natural_graphite", elements=["C"])
ANTIMONY = goods(category="ore", elements=["Sb"])
ROTOR = goods(category="product_with_magnet", elements=["Nd", "Dy"])

# (line, measure, clause, code, [(date, applies, what the dormant warning says)])
SUSPENDED_BY_70 = [
    ("2025-11-07", False, "applies only from 2025-11-08"),  # No. 70 already, and before the due date
    ("2025-11-08", False, "MOFCOM-2025-70 suspends"),  # the due date, inside the suspension
    ("2026-11-09", False, "MOFCOM-2025-70 suspends"),  # the last suspended day (I-70-END-DAY)
    ("2026-11-10", True, None),
]
CASES = [
    (
        SM_METAL,
        "MOFCOM-2025-18",
        "1",
        "RE18_SAMARIUM_ITEM",
        [("2025-04-03", False, "applies only from 2025-04-04"), ("2025-04-04", True, None), ("2026-11-10", True, None)],
    ),
    (HO_OXIDE, "MOFCOM-2025-57", "1", "RE57_HOLMIUM_ITEM", SUSPENDED_BY_70),
    (CENTRIFUGE, "MOFCOM-2025-56", "1", "RE56_EQUIPMENT_ITEM", SUSPENDED_BY_70),
    (DIAMOND_POWDER, "MOFCOM-2025-55", "1", "SH55_DIAMOND_MICROPOWDER", SUSPENDED_BY_70),
    (BATTERY, "MOFCOM-2025-58", "1", "LB58_BATTERY_ITEM", SUSPENDED_BY_70),
    (
        GALLIUM,
        "MOFCOM-2023-23",
        "1",
        "GAGE23_LISTED_ITEM",
        [
            ("2023-07-31", False, "applies only from 2023-08-01"),
            ("2023-08-01", True, None),
            ("2024-11-30", True, None),
            ("2024-12-01", False, "MOFCOM-2024-51 repealed MOFCOM-2023-23 on 2024-12-01"),
        ],
    ),
    (
        GRAPHITE,
        "MOFCOM-2023-39",
        "1",
        "GR39_LISTED_ITEM",
        [
            ("2023-11-30", False, "applies only from 2023-12-01"),
            ("2023-12-01", True, None),
            ("2024-11-30", True, None),
            ("2024-12-01", False, "MOFCOM-2024-51 repealed MOFCOM-2023-39 on 2024-12-01"),
        ],
    ),
    (
        ANTIMONY,
        "MOFCOM-2024-33",
        "1",
        "SBSH33_LISTED_ITEM",
        [
            ("2024-09-14", False, "applies only from 2024-09-15"),
            ("2024-09-15", True, None),
            ("2024-11-30", True, None),
            ("2024-12-01", False, "MOFCOM-2024-51 repealed MOFCOM-2024-33 on 2024-12-01"),
        ],
    ),
    (
        GALLIUM,
        "MOFCOM-2024-51",
        "1",
        "DUL51_LISTED_ITEM",
        [("2024-11-30", False, "applies only from 2024-12-01"), ("2024-12-01", True, None), ("2026-11-30", True, None)],
    ),
    (
        ROTOR,
        "MOFCOM-FAQ-2025-5",
        "1",
        "RE18_FAQ_DEEPLY_PROCESSED",
        [("2025-09-15", False, "applies only from 2025-09-16"), ("2025-09-16", True, None)],
    ),
    (
        GALLIUM,
        "STATECOUNCIL-2024-792",
        "14",
        "DUR14_LISTED_ITEM_LICENCE",
        [("2024-11-30", False, "applies only from 2024-12-01"), ("2024-12-01", True, None)],
    ),
]
FLAT = [(line, m, c, code, d, applies, why) for line, m, c, code, dates in CASES for d, applies, why in dates]


@pytest.mark.parametrize("line,measure,clause,code,date,applies,why", FLAT, ids=[f"{m}-{code}-{d}" for _, m, _, code, d, _, _ in FLAT])
def test_each_measure_on_both_sides_of_each_date(decide, line, measure, clause, code, date, applies, why):
    decision = decide(export(date, line))
    if applies:
        r = reason(decision, code)
        assert (r["measure"], r["clause"], r["line"]) == (measure, clause, 1)
    else:
        assert code not in codes(decision)
        dormant = [w["message_en"] for w in decision["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE"]
        assert any(code in m and why in m for m in dormant), dormant
    assert ("SUSPENSION_END_DAY" in warning_codes(decision)) == (date == "2026-11-10" and measure != "MOFCOM-2025-18")


def test_the_suspension_of_no_70_runs_from_its_day_of_publication(decide):
    # 2025-11-06, the day before No. 70: No. 57 was not yet due either.
    decision = decide(export("2025-11-06", HO_OXIDE))
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert any("applies only from 2025-11-08" in w["message_en"] for w in decision["warnings"])


# No. 46 of 2024 to the US: clause 1 throughout from 2024-12-03; clause 2 suspended by No. 72.
US = {"ship_to": "US", "parties": [{"role": "consignee", "name": "Dayton Optics LLC", "country": "US"}]}
US_MILITARY = {
    "ship_to": "US",
    "parties": [{"role": "end_user", "name": "Naval Surface Warfare Center", "country": "US", "military": True}],
}


@pytest.mark.parametrize(
    "date,outcome,why",
    [
        ("2024-12-02", "LICENCE_REQUIRED", "applies only from 2024-12-03"),
        ("2024-12-03", "DENY_IN_PRINCIPLE", None),
        ("2025-11-08", "DENY_IN_PRINCIPLE", None),
        ("2025-11-09", "LICENCE_REQUIRED", "MOFCOM-2025-72 suspends MOFCOM-2024-46 from 2025-11-09 until 2026-11-27"),
        ("2026-11-26", "LICENCE_REQUIRED", "MOFCOM-2025-72 suspends"),
        ("2026-11-27", "DENY_IN_PRINCIPLE", None),
    ],
)
def test_no_46_clause_2_on_both_sides_of_each_date(decide, date, outcome, why):
    decision = decide(export(date, GALLIUM, **US))
    assert decision["outcome"] == outcome
    if why:
        assert any(
            "US46_DENIED_FAMILY" in w["message_en"] and why in w["message_en"]
            for w in decision["warnings"]
            if w["code"] == "MEASURE_NOT_IN_FORCE"
        )
    else:
        r = reason(decision, "US46_DENIED_FAMILY")
        assert (r["measure"], r["clause"], r["figures"]["families"]) == ("MOFCOM-2024-46", "2", "gallium")
    assert ("SUSPENSION_END_DAY" in warning_codes(decision)) == (date == "2026-11-27")


@pytest.mark.parametrize("date,prohibited", [("2024-12-02", False), ("2024-12-03", True), ("2025-11-09", True), ("2026-11-27", True)])
def test_no_46_clause_1_throughout(decide, date, prohibited):
    decision = decide(export(date, GALLIUM, **US_MILITARY))
    assert (decision["outcome"] == "PROHIBITED") == prohibited
    if prohibited:
        r = reason(decision, "US46_MILITARY_USER")
        assert (r["measure"], r["clause"], r["party"]["name"]) == ("MOFCOM-2024-46", "1", "Naval Surface Warfare Center")
        assert decision["clearance"] == "STOP"


@pytest.mark.parametrize("date,applies", [("2020-11-30", False), ("2020-12-01", True)])
def test_the_export_control_law_from_2020_12_01(decide, date, applies):
    decision = decide(export(date, goods(category="other", elements=["Fe"]), end_use={"purposes": ["terrorism"]}))
    assert ("ECL12_CATCH_ALL" in codes(decision)) == applies


# After the printed end of No. 70 and No. 72 the measures revive; until the day before 2027-01-10
# (the reported extension of the Kuala Lumpur arrangement) the decision warns, naming the readout.
@pytest.mark.parametrize(
    "line,extra,date,warned",
    [
        (HO_OXIDE, {}, "2026-11-09", False),
        (HO_OXIDE, {}, "2026-11-10", True),
        (HO_OXIDE, {}, "2027-01-09", True),
        (HO_OXIDE, {}, "2027-01-10", False),
        (GALLIUM, US, "2026-11-26", False),
        (GALLIUM, US, "2026-11-27", True),
        (GALLIUM, US, "2027-01-10", False),
        (SM_METAL, {}, "2026-12-01", False),  # No. 18 was never suspended
    ],
)
def test_reported_extension_warning_while_a_revived_measure_decides(decide, line, extra, date, warned):
    decision = decide(export(date, line, **extra))
    found = [w for w in decision["warnings"] if w["code"] == "SUSPENSION_EXTENSION_REPORTED"]
    assert bool(found) == warned, found
    for w in found:
        assert (
            "consultations (MOFCOM (Department of American and Oceanian Affairs), 2026-09-28)" in w["message_en"]
            and "to 2027-01-10" in w["message_en"]
        )
        assert "No MOFCOM/GAC announcement implementing it" in w["message_en"]
        assert ("does not say whether MOFCOM-2025-72 is covered" in w["message_en"]) == (w["measure"] == "MOFCOM-2024-46")


@pytest.mark.parametrize(("date", "outcome"), [("2026-01-05", "LICENCE_REQUIRED"), ("2026-01-06", "PROHIBITED")])
def test_two_japanese_military_users_are_each_named_on_both_sides_of_no_1(decide, date, outcome):
    """Two military end users in Japan once made the server fail with an error instead of a decision."""
    users = [
        {"role": "end_user", "name": name, "country": "JP", "military": True} for name in ("JGSDF Supply Depot", "JASDF Materiel Command")
    ]
    decision = decide(export(date, goods(category="metal", elements=["Ga"]), parties=users))
    assert decision["outcome"] == outcome and decision["errors"] == []
    named = sorted((r["party"]["index"], r["party"]["name"]) for r in decision["reasons"] if r["code"] == "JP01_MILITARY_USER")
    assert named == ([] if outcome == "LICENCE_REQUIRED" else [(0, "JGSDF Supply Depot"), (1, "JASDF Materiel Command")])
