"""No. 61 through the real server: scope, every effective date and suspension end, each
licensing tier, the humanitarian report's due date, and licences on file."""

import pytest
from conftest import codes, reason, shipment, warning_codes

AT = "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"
ORIGIN = "RE61_CN_ORIGIN_ITEM"

# A China-origin Annex 1 item (a gadolinium target) re-exported from Korea: clause 1(3).
CN_ORIGIN_LINE = {
    "category": "sputtering_target",
    "elements": ["Gd"],
    "manufactured_in": "CN",
    "origin": "CN",
    "description": "Gd sputtering target",
    "rare_earth_content": [],
}


@pytest.mark.parametrize(
    "date,in_force",
    [
        ("2025-11-30", False),  # before 1(1)'s effective date
        ("2025-12-01", False),  # 1(1)'s effective date, inside the No. 70 suspension
        ("2026-11-09", False),  # last day of the suspension (I-70-END-DAY)
        ("2026-11-10", True),  # the printed end date: the measure applies again
        ("2026-11-11", True),
    ],
)
def test_clause_1_1_dates(decide, date, in_force):
    decision = decide(shipment(export_date=date))
    if in_force:
        assert codes(decision) == [AT]
        assert decision["outcome"] == "LICENCE_REQUIRED"
    else:
        assert decision["outcome"] == "NOT_CONTROLLED"
        assert decision["clearance"] == "GO"
        dormant = [w for w in decision["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE"]
        assert len(dormant) == 1 and AT in dormant[0]["message_en"]
    assert ("SUSPENSION_END_DAY" in warning_codes(decision)) == (date == "2026-11-10")
    assert decision["rules_in_force_on"] == date


@pytest.mark.parametrize(
    "date,in_force,because",
    [
        ("2025-10-08", False, "applies only from 2025-10-09"),
        ("2025-10-09", True, None),
        ("2025-11-06", True, None),  # the day before No. 70
        ("2025-11-07", False, "MOFCOM-2025-70 suspends"),  # No. 70, from its day of publication
        ("2026-11-09", False, "MOFCOM-2025-70 suspends"),
        ("2026-11-10", True, None),
    ],
)
def test_clause_1_3_dates_and_suspension_ends(decide, date, in_force, because):
    doc = shipment(export_date=date, ship_from="KR", line=CN_ORIGIN_LINE)
    decision = decide(doc)
    if in_force:
        assert codes(decision) == [ORIGIN]
        r = reason(decision, ORIGIN)
        assert (r["measure"], r["clause"], r["outcome"]) == ("MOFCOM-2025-61", "1(3)", "LICENCE_REQUIRED")
        assert r["figures"]["entries"] == "cn2025-61-annex1-p2-re-targets"
    else:
        assert decision["outcome"] == "NOT_CONTROLLED"
        assert any(because in w["message_en"] for w in decision["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE")


def test_reference_data_warning_after_verified_through(decide):
    assert "REFERENCE_DATA_NOT_VERIFIED" in warning_codes(decide(shipment(export_date="2026-10-10")))
    assert "REFERENCE_DATA_NOT_VERIFIED" not in warning_codes(decide(shipment(export_date="2026-10-09")))


@pytest.mark.parametrize(
    "ship_from,ship_to,controlled", [("JP", "US", True), ("CN", "US", False), ("JP", "CN", False), ("HK", "US", True), ("JP", "HK", True)]
)
def test_only_exports_from_and_to_outside_china(decide, ship_from, ship_to, controlled):
    decision = decide(shipment(ship_from=ship_from, ship_to=ship_to))
    # From China the magnet is a No. 18 item instead (tests/test_export_from_china.py): only No. 61's reasons count here.
    assert any(code.startswith("RE61_") for code in codes(decision)) == controlled


def test_china_made_part_2_item_is_caught_by_origin_not_content(decide):
    decision = decide(shipment(ship_from="SG", line={"manufactured_in": "CN", "origin": "CN"}))
    assert codes(decision) == [ORIGIN]


def test_made_with_chinese_technology(decide):
    line = {"rare_earth_content": [], "made_with_cn_technology": ["magnet_manufacturing", "metal_smelting"]}
    decision = decide(shipment(line=line))
    r = reason(decision, "RE61_MADE_WITH_CN_TECHNOLOGY")
    assert (r["clause"], r["interpretation"]) == ("1(2)", "I-61-TECHNOLOGY-ORIGIN")
    assert r["figures"] == {"technologies": "magnet_manufacturing, metal_smelting"}
    # the same item without Chinese technology and with no content is not caught by 1(2)
    assert "RE61_MADE_WITH_CN_TECHNOLOGY" not in codes(decide(shipment(line={"rare_earth_content": []})))


@pytest.mark.parametrize(
    "category,elements,controlled",
    [
        ("permanent_magnet", ["Nd", "Pr"], False),  # plain NdFeB is not in Part 2
        ("permanent_magnet", ["Sm"], True),  # SmCo
        ("permanent_magnet", ["Nd", "Tb"], True),
        ("magnet_part", ["Nd", "Dy"], True),
        ("product_with_magnet", ["Nd", "Dy"], True),  # I-61-PART2-PRODUCTS
        ("rare_earth_compound", ["Dy"], False),
        ("sputtering_target", ["Y"], True),  # I-61-PART2-TARGETS
    ],
)
def test_part_2_items(decide, category, elements, controlled):
    decision = decide(shipment(line={"category": category, "elements": elements}))
    assert (codes(decision) == [AT]) == controlled


def test_military_user_is_denied_in_principle(decide):
    parties = [{"role": "end_user", "name": "Northern Arsenal", "country": "US", "military": True}]
    decision = decide(shipment(parties=parties))
    assert decision["outcome"] == "DENY_IN_PRINCIPLE" and decision["clearance"] == "STOP"
    r = reason(decision, "RE61_MILITARY_USER")
    assert (r["clause"], r["party"]) == ("2", {"index": 0, "role": "end_user", "name": "Northern Arsenal"})
    licence = [
        {"number": "L-1", "type": "single", "lines": [1], "valid_from": "2026-11-01", "valid_until": "2027-10-31", "issued_by": "MOFCOM"}
    ]
    licensed = decide(shipment(parties=parties, licences=licence))
    assert (licensed["outcome"], licensed["clearance"]) == ("DENY_IN_PRINCIPLE", "GO")
    assert licensed["lines"][0]["licence"] == "L-1"


@pytest.mark.parametrize("share,listed", [(0.5, True), (0.6, True), (0.4999, False)])
def test_party_held_by_a_control_list_entity(decide, share, listed):
    parties = [
        {
            "role": "end_user",
            "name": "Hudson Precision Components LLC",
            "country": "US",
            "owners": [{"name": "L3 Harris Technologies", "share": share}],
        }
    ]
    decision = decide(shipment(parties=parties))
    matches = decision["parties"][0]["matches"]
    if listed:
        r = reason(decision, "RE61_LISTED_PARTY")
        assert r["figures"]["entry_id"] == "cl-2025-01-02-02-l3-harris-technologies"
        assert r["figures"]["via"] == "L3 Harris Technologies"
        assert matches == [
            {
                "list": "control_list",
                "entry_id": "cl-2025-01-02-02-l3-harris-technologies",
                "name": "L3 Harris Technologies",
                "score": 1,
                "strength": "exact",
                "matched_on": "harris l3 technology",
                "via": "L3 Harris Technologies",
                "share": share,
                "status": {"state": "in_force", "from": "2025-01-02"},
            }
        ]
        assert decision["outcome"] == "DENY_IN_PRINCIPLE"
    else:
        assert matches == [] and decision["outcome"] == "LICENCE_REQUIRED"


def test_listed_party_by_its_own_name(decide):
    parties = [{"role": "importer", "name": "L3HARRIS  technologies", "aliases": ["L3 Harris Technologies"], "country": "US"}]
    r = reason(decide(shipment(parties=parties)), "RE61_LISTED_PARTY")
    assert r["party"]["role"] == "importer" and r["outcome"] == "DENY_IN_PRINCIPLE"


def test_listing_whose_measures_stopped_is_shown_stopped_and_has_no_effect(decide):
    # General Dynamics Land Systems: control list 2025-03-04, measures stopped from 2025-11-10. Its
    # name stays a possible match for General Dynamics and its units of the 2025-01-02 listing.
    parties = [{"role": "end_user", "name": "General Dynamics Land Systems", "country": "US"}]
    assert "RE61_LISTED_PARTY" in codes(decide(shipment(export_date="2025-10-20", ship_from="KR", line=CN_ORIGIN_LINE, parties=parties)))
    decision = decide(shipment(parties=parties))
    assert "RE61_LISTED_PARTY" not in codes(decision)
    matches = {m["entry_id"]: m for m in decision["parties"][0]["matches"]}
    stopped = matches.pop("cl-2025-03-04-14-general-dynamics-land-systems")
    assert (stopped["strength"], stopped["status"]) == ("exact", {"state": "stopped", "from": "2025-11-10"})
    assert {m["strength"] for m in matches.values()} == {"possible"}


@pytest.mark.parametrize(
    "purpose,code,outcome",
    [
        ("wmd", "RE61_PROHIBITED_END_USE", "DENY_IN_PRINCIPLE"),
        ("military_potential", "RE61_PROHIBITED_END_USE", "DENY_IN_PRINCIPLE"),
        ("logic_chip_14nm_or_below", "RE61_CASE_BY_CASE_END_USE", "CASE_BY_CASE"),
        ("ai_potential_military", "RE61_CASE_BY_CASE_END_USE", "CASE_BY_CASE"),
    ],
)
def test_end_use_tiers(decide, purpose, code, outcome):
    decision = decide(shipment(end_use={"purposes": [purpose]}))
    assert decision["outcome"] == outcome
    r = reason(decision, code)
    assert r["figures"] == {"purposes": purpose}
    assert r["clause"] == ("3" if outcome == "DENY_IN_PRINCIPLE" else "4")


def test_humanitarian_export_needs_a_report_not_a_licence(decide):
    # Export on Thursday 2025-10-09 (1(3) in force): the make-up Saturday 2025-10-11 is a working day,
    # so the tenth working day after export is Wednesday 2025-10-22.
    doc = shipment(
        export_date="2025-10-09",
        ship_from="KR",
        line=CN_ORIGIN_LINE,
        end_use={"purposes": ["natural_disaster_relief", "public_health_emergency"]},
    )
    decision = decide(doc)
    assert (decision["outcome"], decision["clearance"]) == ("REPORT_ONLY", "GO")
    assert codes(decision) == [ORIGIN, "RE61_HUMANITARIAN_REPORT"]
    assert reason(decision, ORIGIN)["outcome"] == "REPORT_ONLY"
    r = reason(decision, "RE61_HUMANITARIAN_REPORT")
    assert r["figures"]["due"] == "2025-10-22" and r["interpretation"] == "I-WORKING-DAYS"
    report = [o for o in decision["obligations"] if o["type"] == "humanitarian_report"]
    assert report == [
        {
            "type": "humanitarian_report",
            "due": "2025-10-22",
            "lines": [1],
            "basis": {"measure": "MOFCOM-2025-61", "clause": "5"},
            "message_en": report[0]["message_en"],
            "message_zh": report[0]["message_zh"],
            "figures": report[0]["figures"],
        }
    ]
    assert "2025-10-22" in report[0]["message_en"] and "应于2025-10-22前" in report[0]["message_zh"]
    assert "licence_application" not in {o["type"] for o in decision["obligations"]}


def test_humanitarian_deadline_beyond_the_calendar_is_the_earliest_possible(decide):
    doc = shipment(export_date="2026-12-24", end_use={"purposes": ["humanitarian_medical_emergency"]})
    decision = decide(doc)
    # 2026: Fri 25, Mon 28 - Thu 31 (5 days); 2027 has no calendar data, so every day counts: 1-5 Jan.
    assert reason(decision, "RE61_HUMANITARIAN_REPORT")["figures"]["due"] == "2027-01-05"
    assert "DEADLINE_WITHOUT_CALENDAR" in warning_codes(decision)


def test_humanitarian_with_a_military_user_keeps_the_licence_duty(decide):
    parties = [{"role": "end_user", "name": "Field Hospital Command", "country": "US", "military": True}]
    decision = decide(shipment(parties=parties, end_use={"purposes": ["humanitarian_medical_emergency"]}))
    assert decision["outcome"] == "DENY_IN_PRINCIPLE"
    assert "RE61_HUMANITARIAN_REPORT" not in codes(decision)
    assert reason(decision, AT)["outcome"] == "LICENCE_REQUIRED"


def test_humanitarian_mixed_with_civil_use_keeps_the_licence_duty(decide):
    decision = decide(shipment(end_use={"purposes": ["humanitarian_medical_emergency", "civil"]}))
    assert decision["outcome"] == "LICENCE_REQUIRED"


LICENCE = {
    "number": "MOFCOM-2026-0042",
    "type": "general",
    "lines": [1],
    "valid_from": "2026-11-10",
    "valid_until": "2026-12-01",
    "issued_by": "MOFCOM",
}


@pytest.mark.parametrize(
    "changes,clearance,warning",
    [
        ({}, "GO", None),
        ({"valid_until": "2026-11-30"}, "HOLD", "LICENCE_NOT_VALID_ON_DATE"),  # expired the day before
        ({"valid_from": "2026-12-02", "valid_until": "2027-01-01"}, "HOLD", "LICENCE_NOT_VALID_ON_DATE"),
        ({"issued_by": "U.S. Department of Commerce"}, "HOLD", "LICENCE_ISSUER_NOT_RECOGNISED"),
        ({"issued_by": "  Ministry of Commerce "}, "GO", None),
    ],
)
def test_licences_on_file(decide, changes, clearance, warning):
    decision = decide(shipment(licences=[{**LICENCE, **changes}]))
    assert decision["outcome"] == "LICENCE_REQUIRED"
    assert decision["clearance"] == clearance
    assert ("licence" in decision["lines"][0]) == (clearance == "GO")
    if warning:
        assert warning in warning_codes(decision)
    needs_application = "licence_application" in {o["type"] for o in decision["obligations"]}
    assert needs_application == (clearance == "HOLD")


def test_licence_for_another_line_does_not_cover(decide):
    doc = shipment(licences=[{**LICENCE, "lines": [2]}])
    doc["items"].append({**doc["items"][0], "line": 2, "category": "other", "elements": ["La"]})
    decision = decide(doc)
    assert [(d["line"], d["outcome"], d["clearance"]) for d in decision["lines"]] == [
        (1, "LICENCE_REQUIRED", "HOLD"),
        (2, "NOT_CONTROLLED", "GO"),
    ]
    assert decision["clearance"] == "HOLD"


@pytest.mark.parametrize(
    "export_date,latest,complete",
    [
        ("2026-12-01", "2026-09-21", True),  # National Day, Mid-Autumn skipped; make-up days not counted
        ("2026-12-31", "2026-10-29", True),  # the last export date the calendar covers
        ("2027-01-01", "2026-10-30", False),  # 2027 has no holiday data: the real day may be earlier
    ],
)
def test_the_licence_application_is_due_45_working_days_before_the_export(decide, export_date, latest, complete):
    decision = decide(shipment(export_date=export_date))
    [application] = [o for o in decision["obligations"] if o["type"] == "licence_application"]
    assert (application["due"], application["basis"]) == (latest, {"measure": "MOFCOM-2025-61", "clause": "6"})
    assert application["lines"] == [1]
    assert application["figures"] == {"latest_day_to_apply": latest, "decision_working_days": 45, "calendar_complete": complete}
    assert f"Apply by {latest} at the latest" in application["message_en"]
    warned = [w for w in decision["warnings"] if w["code"] == "DEADLINE_WITHOUT_CALENDAR"]
    assert [w["interpretation"] for w in warned] == ([] if complete else ["I-LATEST-DAY-TO-APPLY"])


@pytest.mark.parametrize("category,warned", [("product_with_magnet", True), ("magnet_part", True), ("permanent_magnet", False)])
def test_the_decision_says_which_value_the_ratio_of_a_product_with_magnets_was_taken_on(decide, category, warned):
    decision = decide(shipment(line={"category": category, "description": "traction motor with NdFeB magnets"}))
    found = [w for w in decision["warnings"] if w["code"] == "RE61_RATIO_ON_WHOLE_PRODUCT_VALUE"]
    if warned:
        [w] = found
        assert (w["lines"], w["interpretation"]) == ([1], "I-61-ASSEMBLY-VALUE")
        assert w["message_en"].startswith(f"line 1 ({category}, with magnets in it): the clause 1(1) ratio")
        assert "taken on the declared value of the whole line" in w["message_en"]
        assert decision["lines"][0]["cn_content_ratio"] == 0.0015
        assert codes(decision) == ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]
    else:
        assert found == []
