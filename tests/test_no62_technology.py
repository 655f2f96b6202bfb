"""No. 62 and the technology catalogue through the real server: the listed technologies, the
catch-all, substantial support, the clause 6 exclusions, the catalogue's prohibited and restricted
parts, each on both sides of every date, and the new fields' validation in OPA."""

import copy

import pytest
from conftest import codes, reason, warning_codes

# A Chinese company sends NdFeB-swarf recycling technology to a recycler in Viet Nam.
TECHNOLOGY = {
    "schema_version": "1",
    "id": "t-technology",
    "export_date": "2026-11-20",
    "exporter": {"name": "Ganzhou Xintai Rare Earth Technology Co., Ltd.", "country": "CN", "cn_person": True},
    "ship_from": "CN",
    "ship_to": "VN",
    "parties": [{"role": "end_user", "name": "Hai Phong Magnet Recycling JSC", "country": "VN"}],
    "end_use": {"purposes": ["civil"]},
    "items": [
        {
            "line": 1,
            "description": "process parameters and drawings for recovering NdFeB swarf",
            "kind": "technology",
            "category": "technology",
            "value": {"amount": 80000, "currency": "USD"},
            "rare_earth_activities": ["secondary_recycling"],
        }
    ],
}

FURNACE = {
    "kind": "goods",
    "category": "production_equipment",
    "manufactured_in": "CN",
    "origin": "CN",
    "description": "vacuum sintering furnace",
    "rare_earth_activities": [],
}
COMMISSIONING = {
    "kind": "service",
    "category": "service",
    "description": "engineers commissioning a separation plant",
    "rare_earth_activities": ["smelting_separation"],
}
LICENCE = {
    "number": "MOFCOM-DU-2026-0042",
    "type": "single",
    "lines": [1],
    "valid_from": "2025-01-01",
    "valid_until": "2027-12-31",
    "issued_by": "MOFCOM",
}


def technology(line=None, **changes) -> dict:
    document = copy.deepcopy(TECHNOLOGY)
    document.update(changes)
    document["items"][0].update(line or {})
    return document


def knows(*activities) -> dict:
    return {"purposes": ["civil"], "known_overseas_rare_earth_activities": list(activities)}


# No. 62 on each side of 2025-10-09, 2025-11-07 and 2026-11-10 (No. 70: [from, until), I-70-END-DAY).
NO62_DATES = [
    ("2025-10-08", False),
    ("2025-10-09", True),
    ("2025-11-06", True),
    ("2025-11-07", False),
    ("2026-11-09", False),
    ("2026-11-10", True),
]


def test_1e902a_technology_needs_a_licence(decide):
    decision = decide(technology())
    assert (decision["outcome"], decision["clearance"]) == ("LICENCE_REQUIRED", "HOLD")
    r = reason(decision, "RE62_RE_TECHNOLOGY")
    assert (r["measure"], r["clause"], r["control_code"], r["line"]) == ("MOFCOM-2025-62", "1(1)", "1E902.a", 1)
    assert r["figures"] == {
        "activities": "secondary_recycling",
        "control_code": "1E902.a",
        "entry": "cn2025-62-1e902a-re-technology-and-carriers",
        "export_basis": "moved from CN to VN",
        "export_basis_zh": "自CN出口至VN",
    }
    assert [c["entry_id"] for c in decision["lines"][0]["controls"]] == ["cn2025-62-1e902a-re-technology-and-carriers"]
    assert [(o["type"], o["basis"], o["figures"]["statement"]) for o in decision["obligations"]] == [
        (
            "licence_application",
            {"measure": "MOFCOM-2025-62", "clause": "3"},
            "the statement on the transfer of controlled technology (Annex 1 guide)",
        )
    ]
    assert "MOST23_WORDING_NOT_READ" in warning_codes(decision)


def test_a_licence_on_file_clears_it(decide):
    decision = decide(technology(licences=[LICENCE]))
    assert (decision["outcome"], decision["clearance"]) == ("LICENCE_REQUIRED", "GO")
    assert decision["lines"][0]["licence"] == "MOFCOM-DU-2026-0042"
    assert decision["obligations"] == []


def test_production_line_technology_is_1e902b(decide):
    decision = decide(technology({"production_line_technology": True}))
    r = reason(decision, "RE62_PRODUCTION_LINE_TECHNOLOGY")
    assert (r["clause"], r["control_code"]) == ("1(2)", "1E902.b")


def test_provision_inside_china_to_a_foreign_party(decide):
    decision = decide(technology(ship_to="CN"))
    r = reason(decision, "RE62_RE_TECHNOLOGY")
    assert r["interpretation"] == "I-62-EXPORT"
    assert r["figures"]["export_basis"] == "provided inside China to a foreign party: Hai Phong Magnet Recycling JSC (end_user, VN)"
    assert (
        decision["obligations"][0]["figures"]["statement"]
        == "the statement on providing controlled technology inside China (Annex 2 guide)"
    )


def test_a_foreign_exporter_abroad_is_not_caught(decide):
    exporter = {"name": "Tokyo Magnet Engineering KK", "country": "JP", "cn_person": False}
    decision = decide(technology(exporter=exporter, ship_from="JP", ship_to="US"))
    assert (decision["outcome"], decision["reasons"]) == ("NOT_CONTROLLED", [])


@pytest.mark.parametrize("declared,clause", [("1E902.b", "1(2)"), ("1E902", "1(1)"), ("1E902.a", "1(1)")])
def test_a_declared_code_never_lowers_the_control(decide, declared, clause):
    decision = decide(technology({"rare_earth_activities": [], "control_code": declared}))
    r = reason(decision, "RE62_DECLARED_CONTROL_CODE")
    assert (r["clause"], r["figures"]["declared_control_code"]) == (clause, declared)


def test_technology_without_activities_is_warned(decide):
    decision = decide(technology({"rare_earth_activities": []}))
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert "RE62_ACTIVITIES_NOT_DECLARED" in warning_codes(decision)


@pytest.mark.parametrize("date,applies", NO62_DATES)
def test_technology_dates(decide, date, applies):
    decision = decide(technology(export_date=date))
    if applies:
        assert codes(decision) == ["RE62_RE_TECHNOLOGY"]
    else:
        assert (decision["outcome"], decision["clearance"]) == ("NOT_CONTROLLED", "GO")
        assert any("RE62_RE_TECHNOLOGY" in w["message_en"] for w in decision["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE")
    assert ("RE62_PUBLICATION_DATE_IN_DOUBT" in warning_codes(decision)) == (date == "2025-10-08")
    assert ("SUSPENSION_END_DAY" in warning_codes(decision)) == (date == "2026-11-10")


@pytest.mark.parametrize("date,applies", NO62_DATES)
def test_catch_all_dates(decide, date, applies):
    decision = decide(technology(FURNACE, export_date=date, end_use=knows("magnet_manufacturing")))
    assert codes(decision) == (["RE62_CATCH_ALL_KNOWN_USE"] if applies else [])
    if applies:
        r = reason(decision, "RE62_CATCH_ALL_KNOWN_USE")
        assert (r["clause"], r["interpretation"], r["figures"]["activities"]) == ("1", "I-62-CATCH-ALL", "magnet_manufacturing")


def test_catch_all_needs_the_declared_knowledge(decide):
    decision = decide(technology({**FURNACE, "rare_earth_activities": ["magnet_manufacturing"]}))
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert "RE62_KNOWLEDGE_NOT_DECLARED" in warning_codes(decision)


@pytest.mark.parametrize("date,applies", NO62_DATES)
def test_substantial_support_dates(decide, date, applies):
    decision = decide(technology(COMMISSIONING, export_date=date))
    assert codes(decision) == (["RE62_SUBSTANTIAL_SUPPORT"] if applies else [])
    if applies:
        r = reason(decision, "RE62_SUBSTANTIAL_SUPPORT")
        assert (r["clause"], r["outcome"], r["figures"]["activities"]) == ("7", "LICENCE_REQUIRED", "smelting_separation")


@pytest.mark.parametrize("cn_person,caught", [(True, True), (False, False), (None, True)])
def test_substantial_support_only_by_chinese_persons(decide, cn_person, caught):
    exporter = {"name": "Ganzhou Xintai Rare Earth Technology Co., Ltd.", "country": "CN"}
    if cn_person is not None:
        exporter["cn_person"] = cn_person
    decision = decide(technology(COMMISSIONING, exporter=exporter))
    assert (codes(decision) == ["RE62_SUBSTANTIAL_SUPPORT"]) == caught
    assert ("RE62_CN_PERSON_ASSUMED" in warning_codes(decision)) == (cn_person is None)


@pytest.mark.parametrize(
    "claim,code",
    [
        ("public_domain", "RE62_EXCLUDED_PUBLIC_DOMAIN"),
        ("basic_scientific_research", "RE62_EXCLUDED_BASIC_RESEARCH"),
        ("patent_application", "RE62_EXCLUDED_PATENT_APPLICATION"),
    ],
)
def test_each_exclusion_lifts_no_62(decide, claim, code):
    decision = decide(technology({"exclusion_claims": [claim]}))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("NOT_CONTROLLED", "GO", [code])
    r = reason(decision, code)
    assert (r["measure"], r["clause"], r["interpretation"]) == ("MOFCOM-2025-62", "6", "I-62-EXCLUSION-CLAIMS")
    assert "RE62_EXCLUSION_CLAIMED" in warning_codes(decision)


@pytest.mark.parametrize("date,applies", NO62_DATES)
def test_exclusion_dates(decide, date, applies):
    decision = decide(technology({"exclusion_claims": ["public_domain"]}, export_date=date))
    assert codes(decision) == (["RE62_EXCLUDED_PUBLIC_DOMAIN"] if applies else [])
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert ("RE62_EXCLUSION_CLAIMED" in warning_codes(decision)) == applies


def test_an_exclusion_does_not_lift_the_catalogue(decide):
    decision = decide(technology({"rare_earth_activities": ["magnet_manufacturing"], "exclusion_claims": ["public_domain"]}))
    assert (decision["outcome"], decision["clearance"]) == ("PROHIBITED", "STOP")
    assert codes(decision) == ["RE62_EXCLUDED_PUBLIC_DOMAIN", "MOST23_PROHIBITED_TECHNOLOGY"]
    assert "MOST23_EXCLUSION_NOT_APPLIED" in warning_codes(decision)


# ---- the technology catalogue ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "activity,entry",
    [
        ("smelting_separation", "mofcom-most-2023-57-re-extraction-separation-technology"),
        ("metal_smelting", "mofcom-most-2023-57-re-metal-alloy-production-technology"),
        ("magnet_manufacturing", "mofcom-most-2023-57-re-magnet-preparation-technology"),
        ("calcium_oxyborate_preparation", "mofcom-most-2023-57-re-calcium-oxyborate-technology"),
    ],
)
def test_prohibited_technology_even_with_a_licence(decide, activity, entry):
    decision = decide(technology({"rare_earth_activities": [activity]}, licences=[LICENCE]))
    assert (decision["outcome"], decision["clearance"]) == ("PROHIBITED", "STOP")
    r = reason(decision, "MOST23_PROHIBITED_TECHNOLOGY")
    assert (r["measure"], r["clause"], r["figures"]["entry"]) == ("MOFCOM-MOST-2023-57", "prohibited", entry)
    assert "licence" not in decision["lines"][0]
    assert not [o for o in decision["obligations"] if o["type"] == "licence_application"]


@pytest.mark.parametrize(
    "date,catalogue_only",
    [
        ("2023-12-20", None),
        ("2023-12-21", True),
        ("2025-10-08", True),
        ("2025-10-09", False),
        ("2025-11-06", False),
        ("2025-11-07", True),
        ("2026-11-09", True),
        ("2026-11-10", False),
    ],
)
def test_the_catalogue_applies_alongside_no_62_and_during_its_suspension(decide, date, catalogue_only):
    decision = decide(technology({"rare_earth_activities": ["magnet_manufacturing"]}, export_date=date))
    expected = {None: [], True: ["MOST23_PROHIBITED_TECHNOLOGY"], False: ["RE62_RE_TECHNOLOGY", "MOST23_PROHIBITED_TECHNOLOGY"]}[
        catalogue_only
    ]
    assert codes(decision) == expected
    assert decision["outcome"] == ("NOT_CONTROLLED" if catalogue_only is None else "PROHIBITED")


@pytest.mark.parametrize("activity", ["mining", "beneficiation"])
def test_restricted_technology_needs_a_technology_export_licence(decide, activity):
    decision = decide(technology({"rare_earth_activities": [activity]}, export_date="2026-03-02"))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("LICENCE_REQUIRED", "HOLD", ["MOST23_RESTRICTED_TECHNOLOGY"])
    assert [(o["basis"]["measure"], o["basis"]["clause"]) for o in decision["obligations"]] == [("MOFCOM-MOST-2023-57", "restricted")]
    assert {"CATALOGUE_ENTRY_INFERRED", "MOST23_WORDING_NOT_READ"} <= warning_codes(decision)
    licensed = decide(technology({"rare_earth_activities": [activity]}, export_date="2026-03-02", licences=[LICENCE]))
    assert licensed["clearance"] == "GO"
    assert "MOST23_LICENCE_KIND" in warning_codes(licensed)


# ---- the new fields are validated by OPA and the harness alike -------------------------------------

INVALID = {
    "production line without activities": (
        technology({"rare_earth_activities": None, "production_line_technology": True}),
        "/items/0/rare_earth_activities",
    ),
    "production line with no activity": (
        technology({"rare_earth_activities": [], "production_line_technology": True}),
        "/items/0/rare_earth_activities",
    ),
    "unknown activity": (technology({"rare_earth_activities": ["refining"]}), "/items/0/rare_earth_activities/0"),
    "unknown exclusion": (technology({"exclusion_claims": ["trade_secret"]}), "/items/0/exclusion_claims/0"),
    "unknown known activity": (technology(end_use=knows("prospecting")), "/end_use/known_overseas_rare_earth_activities/0"),
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_new_fields_are_validated(decide, name):
    document, path = INVALID[name]
    for line in document["items"]:
        for key in [k for k, v in line.items() if v is None]:
            del line[key]
    decision = decide(document)
    assert (decision["outcome"], decision["clearance"]) == ("INVALID_INPUT", "STOP")
    assert [e["path"] for e in decision["errors"]] == [path]


def test_the_application_for_rare_earth_technology_is_due_45_working_days_before_the_export(decide):
    decision = decide(technology(export_date="2026-12-01"))
    [application] = [o for o in decision["obligations"] if o["type"] == "licence_application"]
    assert (application["due"], application["basis"]) == ("2026-09-21", {"measure": "MOFCOM-2025-62", "clause": "3"})
    assert "Apply by 2026-09-21 at the latest" in application["message_en"]


def test_the_application_says_it_in_chinese_too(decide):
    [application] = [o for o in decide(technology(export_date="2026-12-01"))["obligations"] if o["type"] == "licence_application"]
    assert "《转移或者提供受出口管制技术情况说明》（附件1）" in application["message_zh"]
    assert "最迟应于2026-09-21申请" in application["message_zh"]
