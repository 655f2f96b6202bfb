"""How a line of an export from China is recognised as a listed item (I-CLASSIFICATION): declared
control codes, customs codes matched both ways, missing parameters, and who exports from China."""

from __future__ import annotations

import pytest
from conftest import codes, reason, warning_codes
from exports import export, goods


def controls(decision, n=1):
    return {c["entry_id"] for c in decision["lines"][n - 1]["controls"]}


def warnings_of(decision, code):
    return [w for w in decision["warnings"] if w["code"] == code]


# ---- customs codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hs_code,expected",
    [
        ("2805301910", {"cn2025-18-1c902a1-sm-metal"}),  # the 10-digit commodity number itself
        ("280530", {"cn2025-18-1c902a1-sm-metal"}),  # a 6-digit heading that holds it
        ("28053019", {"cn2025-18-1c902a1-sm-metal"}),  # an 8-digit line that holds it
        ("2805302000", set()),  # a sibling commodity number
    ],
)
def test_an_unclassified_line_is_the_item_its_customs_code_and_elements_name(decide, hs_code, expected):
    decision = decide(export("2025-06-01", goods(category="other", elements=["Sm"], hs_code=hs_code)))
    assert controls(decision) == expected


def test_a_line_inside_an_8_digit_reference_tariff_line(decide):
    # No. 57 prints 28053019 for the metals: a 10-digit code inside it, on a holmium line.
    decision = decide(export("2026-11-10", goods(category="other", elements=["Ho"], hs_code="2805301990")))
    assert controls(decision) == {"cn2025-57-1c909a1-ho-metal"}
    assert codes(decision, 1)[0] == "RE57_HOLMIUM_ITEM"


def test_a_commodity_number_names_equipment_and_its_missing_thresholds_count_as_met(decide):
    decision = decide(export("2025-06-01", goods(category="production_equipment", hs_code="8479899956")))
    assert controls(decision) == {"mofcom-2024-33-sh-1-cubic-press"}
    missing = warnings_of(decision, "PARAMETERS_NOT_DECLARED")
    assert len(missing) == 1 and "cylinder_bore_mm, design_working_pressure_gpa" in missing[0]["message_en"]
    assert reason(decision, "DUL51_LISTED_ITEM")["interpretation"] == "I-CLASSIFICATION-FAIL-CLOSED"
    declared = decide(
        export(
            "2025-06-01",
            goods(
                category="production_equipment",
                hs_code="8479899956",
                parameters={"cylinder_bore_mm": 450, "design_working_pressure_gpa": 4.5},
            ),
        )
    )
    assert declared["outcome"] == "NOT_CONTROLLED"


def test_a_reference_tariff_line_and_a_fitting_category_take_equipment_as_listed(decide):
    # 8479899990 lies in 84798999, the reference tariff line of several listed machines, and the line
    # says it is production equipment: every item it can be is listed, so it is controlled (fail closed)
    # and the decision says what to declare to narrow it.
    decision = decide(export("2026-11-10", goods(category="production_equipment", hs_code="8479899990")))
    assert (decision["outcome"], decision["clearance"]) == ("LICENCE_REQUIRED", "HOLD")
    assert {"cn2025-56-2b902y-grain-boundary-diffusion", "mofcom-2025-58-3b901a1-winding-machine"} <= controls(decision)
    [taken] = warnings_of(decision, "TAKEN_AS_LISTED_BY_TARIFF_LINE")
    assert "customs code 8479899990 fit only listed items" in taken["message_en"]
    assert "Declare the control code, or parameters that place the item outside it, to narrow it" in taken["message_en"]
    assert taken["interpretation"] == "I-CLASSIFICATION-FAIL-CLOSED"


def test_a_declared_control_code_or_another_category_narrows_a_reference_tariff_line(decide):
    coded = decide(export("2026-11-10", goods(category="production_equipment", hs_code="8479899990", control_code="2B999")))
    assert "TAKEN_AS_LISTED_BY_TARIFF_LINE" not in warning_codes(coded)
    spare = decide(export("2026-11-10", goods(category="other", elements=["Fe"], hs_code="7326909000")))
    assert spare["outcome"] == "NOT_CONTROLLED"
    assert "TAKEN_AS_LISTED_BY_TARIFF_LINE" not in warning_codes(spare)


def test_a_heading_that_covers_the_reference_line_does_not_take_equipment_as_listed(decide):
    decision = decide(export("2026-11-10", goods(category="production_equipment", hs_code="847989")))
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert warnings_of(decision, "CLASSIFICATION_CANDIDATES")


# ---- declared control codes -----------------------------------------------------------------------


def test_a_declared_heading_names_every_item_under_it_that_the_description_fits(decide):
    decision = decide(export("2025-06-01", goods(category="rare_earth_oxide", elements=["Sm"], control_code="1C902")))
    assert controls(decision) >= {"cn2025-18-1c902b-sm-oxide"}
    assert reason(decision, "RE18_SAMARIUM_ITEM")["figures"]["identified_by"] == "control_code, description"


def test_a_declared_code_is_applied_when_the_description_says_otherwise(decide):
    decision = decide(export("2025-06-01", goods(category="rare_earth_oxide", elements=["Nd"], control_code="1C904.b")))
    assert controls(decision) == {"cn2025-18-1c904b-tb-oxide"}
    r = reason(decision, "RE18_TERBIUM_ITEM")
    assert (r["interpretation"], r["control_code"]) == ("I-DECLARED-CODE", "1C904.b")
    [w] = warnings_of(decision, "CONTROL_CODE_CONTRADICTED")
    assert "its elements Nd do not fit" in w["message_en"]


def test_a_declared_code_for_another_item_adds_to_the_description(decide):
    decision = decide(export("2025-06-01", goods(category="rare_earth_metal", elements=["Gd"], control_code="1C902.a.1")))
    assert controls(decision) == {"cn2025-18-1c902a1-sm-metal", "cn2025-18-1c903a1-gd-metal"}
    assert {"CONTROL_CODE_DIFFERS", "CONTROL_CODE_CONTRADICTED"} <= warning_codes(decision)


def test_the_printed_and_the_probable_code_of_the_blended_anode_both_name_it(decide):
    for code in ("3C902.b.2", "3C901.b.2"):
        decision = decide(export("2026-11-10", goods(category="other", control_code=code)))
        assert controls(decision) == {"mofcom-2025-58-3c902b2-blended-graphite-anode"}


def test_a_declared_code_on_no_list_needs_a_licence_under_the_law(decide):
    decision = decide(export("2025-06-01", goods(category="other", control_code="3A991.a")))
    assert codes(decision, 1) == ["ECL12_DECLARED_DUAL_USE_ITEM"]
    r = reason(decision, "ECL12_DECLARED_DUAL_USE_ITEM")
    assert (r["measure"], r["clause"], r["control_code"], r["outcome"]) == ("NPCSC-2020-58", "12", "3A991.a", "LICENCE_REQUIRED")
    assert "CONTROL_CODE_NOT_IN_CATALOGUE" in warning_codes(decision)


def test_a_declared_code_of_a_suspended_item_is_not_a_licence_duty_while_suspended(decide):
    decision = decide(export("2025-12-01", goods(category="production_equipment", control_code="2B902.a")))
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert any("RE56_EQUIPMENT_ITEM" in w["message_en"] for w in warnings_of(decision, "MEASURE_NOT_IN_FORCE"))


# ---- what the line must declare --------------------------------------------------------------------


def test_a_battery_without_its_energy_density_is_controlled_and_the_parameter_named(decide):
    decision = decide(export("2026-11-10", goods(category="lithium_battery")))
    assert decision["outcome"] == "LICENCE_REQUIRED"
    [w] = warnings_of(decision, "PARAMETERS_NOT_DECLARED")
    assert "gravimetric_energy_density_wh_per_kg" in w["message_en"] and w["lines"] == [1]
    assert reason(decision, "LB58_BATTERY_ITEM")["figures"]["missing_parameters"] == "gravimetric_energy_density_wh_per_kg"


def test_a_crystal_without_elements_could_be_any_listed_crystal(decide):
    decision = decide(export("2026-11-10", goods(category="crystal_material")))
    assert {"cn2025-57-1c909a5-ho-crystal-material", "cn2025-57-1c910a4-er-crystal-material"} <= controls(decision)
    assert "ELEMENTS_NOT_DECLARED" in warning_codes(decision)
    named = decide(export("2026-11-10", goods(category="crystal_material", elements=["Nd", "Y"])))
    assert named["outcome"] == "NOT_CONTROLLED"


def test_a_jewellery_diamond_condition_cannot_be_checked_and_is_said(decide):
    crystal = goods(category="synthetic_diamond_single_crystal", elements=["C"], parameters={"average_particle_size_um": 300})
    decision = decide(export("2026-11-10", crystal))
    assert any("jewellery" in w["message_en"] for w in warnings_of(decision, "CONDITIONS_NOT_CHECKED"))


def test_a_graphite_anode_line_is_warned_about_natural_graphite(decide):
    decision = decide(export("2025-12-01", goods(category="graphite_anode_material", elements=["C"])))
    assert decision["outcome"] == "NOT_CONTROLLED"
    [w] = warnings_of(decision, "GRAPHITE_ANODE_NATURAL_CONTENT")
    assert w["interpretation"] == "I-39-ANODE-MATERIAL"
    natural = decide(export("2025-12-01", goods(category="natural_graphite", elements=["C"])))
    assert codes(natural, 1)[0] == "DUL51_LISTED_ITEM"


# ---- who exports from China ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes,exported,by_person",
    [
        ({}, True, False),
        ({"exporter": {"name": "Osaka Trading KK", "country": "JP"}}, True, False),
        ({"ship_from": "VN"}, True, True),
        ({"ship_from": "VN", "exporter": {"name": "Hanoi Metals JSC", "country": "VN"}}, False, False),
        ({"ship_from": "HK", "exporter": {"name": "Kowloon Metals Ltd", "country": "HK"}}, False, False),
        ({"ship_to": "CN", "parties": [{"role": "consignee", "name": "Baotou Co", "country": "CN"}]}, False, False),
        ({"ship_to": "CN", "parties": [{"role": "end_user", "name": "Fraunhofer IWKS", "country": "DE"}]}, True, True),
    ],
)
def test_who_exports_from_china(decide, changes, exported, by_person):
    decision = decide(export("2025-06-01", goods(category="rare_earth_metal", elements=["Sm"]), **changes))
    assert ("RE18_SAMARIUM_ITEM" in codes(decision)) == exported
    assert ("EXPORT_BY_CHINESE_PERSON" in warning_codes(decision)) == by_person


def test_end_uses_the_framework_sets_no_tier_for(decide):
    decision = decide(
        export("2025-06-01", goods(category="rare_earth_metal", elements=["Sm"]), end_use={"purposes": ["military_potential"]})
    )
    assert decision["outcome"] == "LICENCE_REQUIRED"
    [w] = warnings_of(decision, "END_USE_WITHOUT_TIER")
    assert w["interpretation"] == "I-FRAMEWORK-NO-TIER" and "military_potential" in w["message_en"]


def test_gallium_metal_is_the_elemental_metal_but_any_antimony_metal_product_counts(decide):
    galinstan = decide(export("2025-06-01", goods(category="metal", elements=["Ga", "In", "Sn"])))
    assert galinstan["outcome"] == "NOT_CONTROLLED"
    gallium = decide(export("2025-06-01", goods(category="metal", elements=["Ga"])))
    assert controls(gallium) == {"mofcom-2023-23-ga-1-gallium-metal"}
    lead_antimony = decide(export("2025-06-01", goods(category="metal", elements=["Pb", "Sb"])))
    assert controls(lead_antimony) == {"mofcom-2024-33-sb-2-antimony-metal-products"}
    assert any(w["interpretation"] == "I-33-ANTIMONY-PRODUCTS" for w in warnings_of(lead_antimony, "CATALOGUE_MATCH_BY_INTERPRETATION"))
