"""Entity-list outcomes through the real OPA: the UEL ban, persons in China, the control list's
receivers (and the items the catalogue cannot identify), owners at 50%, possible matches that hold,
and both sides of a listing's suspension."""

import pytest
from conftest import codes, reason, shipment, warning_codes

SPARES = {
    "line": 1,
    "description": "hydraulic pump spare parts",
    "kind": "goods",
    "category": "other",
    "manufactured_in": "CN",
    "origin": "CN",
    "value": {"amount": 18500, "currency": "USD"},
}


def from_china(parties, date="2025-12-01"):
    """An ordinary line (no catalogue entry describes it) exported from China by a Chinese company."""
    return shipment(
        export_date=date,
        ship_from="CN",
        exporter={"name": "Ningbo Precision Trading Co., Ltd.", "country": "CN"},
        parties=parties,
        items=[SPARES],
    )


def party(role, name, **extra):
    return {"role": role, "name": name, "country": "US", **extra}


def test_uel_party_prohibits_an_export_from_china_citing_its_listing(decide):
    decision = decide(from_china([party("consignee", "ＥＰＩＲＵＳ，ＩＮＣ．")]))
    assert (decision["outcome"], decision["clearance"]) == ("PROHIBITED", "STOP")
    assert codes(decision) == ["UEL_CHINA_TRADE_BAN", "UEL_TRANSACTIONS_BAN"]
    r = reason(decision, "UEL_CHINA_TRADE_BAN")
    assert (r["measure"], r["clause"], r["outcome"], r["interpretation"]) == ("UEL-2025-10-09", "1", "PROHIBITED", "I-UEL-CHINA-RELATED")
    assert r["party"] == {"index": 0, "role": "consignee", "name": "ＥＰＩＲＵＳ，ＩＮＣ．"}
    assert "line" not in r
    assert r["figures"]["entry_id"] == "uel-2025-10-09-04-epirus-inc"
    assert r["figures"]["document_no"] == "不可靠实体清单工作机制〔2025〕10号"
    assert decision["sources"][r["measure"]][r["clause"]].endswith("unreliable-entity-list/202510.md")
    t = reason(decision, "UEL_TRANSACTIONS_BAN")
    assert (t["clause"], t["figures"]["exporter_basis"]) == ("3", "its country is CN")


def test_uel_ban_reaches_a_service_provider(decide):
    decision = decide(from_china([party("consignee", "Plain Trading Co"), party("financier", "Recorded Future")]))
    assert reason(decision, "UEL_CHINA_TRADE_BAN")["party"]["role"] == "financier"


def test_uel_ban_does_not_reach_a_shipment_that_does_not_touch_china(decide):
    decision = decide(
        shipment(
            parties=[party("consignee", "Epirus Inc")],
            export_date="2025-12-01",
            items=[{**SPARES, "manufactured_in": "JP", "origin": "JP"}],
        )
    )
    assert "UEL_CHINA_TRADE_BAN" not in codes(decision)
    assert decision["parties"][0]["matches"][0]["entry_id"] == "uel-2025-10-09-04-epirus-inc"


def test_a_chinese_exporter_may_not_deal_with_a_10_entity_abroad(decide):
    document = shipment(
        export_date="2025-12-01",
        ship_to="CA",
        exporter={"name": "Shenzhen Parts Co", "country": "CN"},
        parties=[party("end_user", "TechInsights Inc")],
        items=[{**SPARES, "manufactured_in": "JP", "origin": "JP"}],
    )
    decision = decide(document)
    assert codes(decision) == ["UEL_TRANSACTIONS_BAN"] and decision["outcome"] == "PROHIBITED"


@pytest.mark.parametrize("date,listed", [("2025-05-13", True), ("2025-05-14", False), ("2026-11-09", False), ("2026-11-10", True)])
def test_both_ends_of_a_uel_suspension(decide, date, listed):
    decision = decide(from_china([party("consignee", "Insitu, Inc.")], date=date))
    assert ("UEL_CHINA_TRADE_BAN" in codes(decision)) is listed
    assert ("LISTING_NOT_IN_FORCE" in warning_codes(decision)) is (not listed or date == "2026-11-10")
    assert ("LISTING_SUSPENSION_END_DAY" in warning_codes(decision)) is (date == "2026-11-10")


def test_a_control_list_receiver_holds_an_item_the_catalogue_cannot_identify(decide):
    decision = decide(from_china([party("end_user", "Leidos")], date="2025-10-15"))
    assert (decision["outcome"], decision["clearance"]) == ("NOT_CONTROLLED", "HOLD")
    held = [w for w in decision["warnings"] if w["code"] == "CONTROL_LIST_ITEM_NOT_IDENTIFIED"]
    assert [(w["lines"], w["measure"], w["interpretation"]) for w in held] == [([1], "MOFCOM-2025-13", "I-CONTROL-LIST-DUAL-USE")]


def test_a_control_list_forwarder_is_not_a_receiver(decide):
    decision = decide(from_china([party("consignee", "Plain Trading Co"), party("freight_forwarder", "Leidos")], date="2025-10-15"))
    assert (decision["outcome"], decision["clearance"], decision["warnings"]) == ("NOT_CONTROLLED", "GO", [])


@pytest.mark.parametrize("share,reaches", [(0.4999, False), (0.5, True), (0.6, True)])
def test_a_control_list_owner_reaches_the_receiver_from_half(decide, share, reaches):
    owned = party("end_user", "Pacific Coast Avionics LLC", owners=[{"name": "Leidos, Inc.", "share": share}])
    decision = decide(from_china([owned], date="2025-10-15"))
    matches = decision["parties"][0]["matches"]
    if reaches:
        assert [(m["entry_id"], m["via"], m["share"]) for m in matches] == [("cl-2025-03-04-01-leidos", "Leidos, Inc.", share)]
        assert decision["clearance"] == "HOLD" and "CONTROL_LIST_ITEM_NOT_IDENTIFIED" in warning_codes(decision)
    else:
        assert matches == [] and decision["clearance"] == "GO"
        assert warning_codes(decision) == {"LISTED_OWNER_BELOW_THRESHOLD"}


def test_a_possible_match_holds_the_shipment_and_shows_its_tokens(decide):
    decision = decide(from_china([party("end_user", "Huntington Ingalls Shipbuilding")]))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("NOT_CONTROLLED", "HOLD", [])
    assert decision["parties"][0]["matches"] == [
        {
            "list": "control_list",
            "entry_id": "cl-2025-09-25-01-huntington-ingalls-industries-inc",
            "name": "Huntington Ingalls Industries, Inc.",
            "score": 0.5,
            "strength": "possible",
            "matched_on": "huntington industry ingalls",
            "tokens": ["huntington", "ingalls"],
            "status": {"state": "in_force", "from": "2025-09-25"},
        },
        {
            "list": "unreliable_entity_list",
            "entry_id": "uel-2025-03-04-04-huntington-ingalls-industries-inc",
            "name": "Huntington Ingalls Industries Inc.",
            "score": 0.5,
            "strength": "possible",
            "matched_on": "huntington industry ingalls",
            "tokens": ["huntington", "ingalls"],
            "status": {"state": "stopped", "from": "2025-11-10"},
        },
    ]
    assert warning_codes(decision) == {"POSSIBLE_LISTED_PARTY"}


def test_a_possible_match_holds_a_no61_item_for_a_receiver(decide):
    dy_metal = {**SPARES, "description": "dysprosium metal", "category": "rare_earth_metal", "elements": ["Dy"]}
    decision = decide(
        shipment(export_date="2025-10-20", ship_from="KR", parties=[party("end_user", "Huntington Ingalls Shipbuilding")], items=[dy_metal])
    )
    assert "RE61_LISTED_PARTY" not in codes(decision)
    assert decision["clearance"] == "HOLD"
    assert any("RE61_LISTED_PARTY applies" in w["message_en"] for w in decision["warnings"])


def test_a_uel_listing_without_a_measure_only_warns(decide):
    decision = decide(from_china([party("importer", "PVH Corp.")]))
    assert (decision["outcome"], decision["clearance"]) == ("NOT_CONTROLLED", "GO")
    assert warning_codes(decision) == {"UEL_LISTED_WITHOUT_MEASURE"}


# ---- the exporter, screened like a party ------------------------------------------------------------

EPIRUS_UEL = "uel-2025-10-09-04-epirus-inc"


def by_exporter(name, ship_from="US", ship_to="CN", date="2025-12-01", parties=None, **changes):
    return shipment(
        export_date=date,
        ship_from=ship_from,
        ship_to=ship_to,
        exporter={"name": name, "country": "US"},
        parties=parties or [party("consignee", "Great Lakes Motor Works Inc.")],
        items=[SPARES],
        **changes,
    )


def test_a_uel_exporter_may_not_export_to_china(decide):
    decision = decide(by_exporter("Epirus, Inc."))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("PROHIBITED", "STOP", ["UEL_EXPORTER_CHINA_TRADE_BAN"])
    r = reason(decision, "UEL_EXPORTER_CHINA_TRADE_BAN")
    assert (r["measure"], r["clause"], r["interpretation"], "party" in r) == ("UEL-2025-10-09", "1", "I-EXPORTER-SCREENING", False)
    assert r["message_en"].startswith("The exporter Epirus, Inc. is Epirus, Inc. (uel-2025-10-09-04-epirus-inc)")
    assert [(m["entry_id"], m["strength"], m["status"]) for m in decision["exporter"]["matches"]] == [
        (EPIRUS_UEL, "exact", {"state": "in_force", "from": "2025-10-09"})
    ]


def test_a_uel_exporter_outside_china_trade_is_shown_but_not_prohibited(decide):
    decision = decide(by_exporter("Epirus, Inc.", ship_to="DE"))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("NOT_CONTROLLED", "GO", [])
    assert [m["entry_id"] for m in decision["exporter"]["matches"]] == [EPIRUS_UEL]


def test_a_uel_exporter_before_its_listing_is_shown_not_yet_in_force(decide):
    decision = decide(by_exporter("Epirus, Inc.", date="2025-10-08"))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("NOT_CONTROLLED", "GO", [])
    assert [m["status"] for m in decision["exporter"]["matches"]] == [{"state": "not_yet_in_force", "from": "2025-10-09"}]
    assert warning_codes(decision) == {"LISTING_NOT_IN_FORCE"}


def test_a_party_in_china_may_not_deal_with_a_uel_exporter(decide):
    in_china = {"role": "financier", "name": "Bank of Ningbo", "country": "CN"}
    decision = decide(by_exporter("Epirus, Inc.", ship_to="DE", parties=[party("consignee", "Great Lakes Motor Works Inc."), in_china]))
    assert (decision["outcome"], codes(decision)) == ("PROHIBITED", ["UEL_EXPORTER_TRANSACTIONS_BAN"])
    r = reason(decision, "UEL_EXPORTER_TRANSACTIONS_BAN")
    assert (r["measure"], r["clause"], r["party"]) == ("UEL-2025-10-09", "3", {"index": 1, "role": "financier", "name": "Bank of Ningbo"})


def test_an_exporter_that_is_a_possible_uel_match_holds_until_cleared(decide):
    held = decide(by_exporter("Epiros Inc."))
    assert (held["outcome"], held["clearance"], codes(held)) == ("NOT_CONTROLLED", "HOLD", [])
    [m] = held["exporter"]["matches"]
    assert (m["entry_id"], m["strength"], m["read_as"]) == (EPIRUS_UEL, "possible", [{"token": "epiros", "listed_token": "epirus"}])
    assert any("UEL_EXPORTER_CHINA_TRADE_BAN applies" in w["message_en"] for w in held["warnings"] if w["code"] == "POSSIBLE_LISTED_PARTY")

    review = {
        "party": "exporter",
        "entry_id": EPIRUS_UEL,
        "reviewed_by": "Wang Fang",
        "reviewed_on": "2025-11-28",
        "reason": "Epiros Inc. is a Delaware packaging firm, no relation to Epirus",
    }
    cleared = decide(by_exporter("Epiros Inc.", clearances=[review]))
    assert (cleared["outcome"], cleared["clearance"]) == ("NOT_CONTROLLED", "GO")
    assert cleared["exporter"]["matches"][0]["cleared"] == {"by": "Wang Fang", "on": "2025-11-28", "reason": review["reason"]}
    [w] = [w for w in cleared["warnings"] if w["code"] == "POSSIBLE_MATCH_CLEARED"]
    assert "cleared by Wang Fang on 2025-11-28" in w["message_en"] and w["interpretation"] == "I-MATCH-CLEARANCE"


def test_an_exporter_on_the_control_list_is_warned_of_without_effect(decide):
    decision = decide(by_exporter("Leidos", ship_from="CN", ship_to="US", date="2025-06-01"))
    assert (decision["outcome"], decision["clearance"], codes(decision)) == ("NOT_CONTROLLED", "GO", [])
    assert warning_codes(decision) == {"EXPORTER_LISTED_WITHOUT_EFFECT"}


# ---- reviewed clearances of possible matches ---------------------------------------------------------

HUNTINGTON_CL = "cl-2025-09-25-01-huntington-ingalls-industries-inc"
HUNTINGTON_UEL = "uel-2025-03-04-04-huntington-ingalls-industries-inc"


def review(party_index, entry_id, reviewed_on="2025-11-28"):
    return {
        "party": party_index,
        "entry_id": entry_id,
        "reviewed_by": "Li Wei (trade compliance)",
        "reviewed_on": reviewed_on,
        "reason": "a Norfolk ship-repair yard of the same family name, no ownership link",
    }


def test_a_clearance_lifts_the_hold_of_the_match_it_names_only(decide):
    parties = [party("end_user", "Huntington Ingalls Shipbuilding")]
    held = decide({**from_china(parties), "clearances": [review(0, HUNTINGTON_UEL)]})
    assert held["clearance"] == "HOLD"
    assert {m["entry_id"]: "cleared" in m for m in held["parties"][0]["matches"]} == {HUNTINGTON_CL: False, HUNTINGTON_UEL: True}

    cleared = decide({**from_china(parties), "clearances": [review(0, HUNTINGTON_UEL), review(0, HUNTINGTON_CL)]})
    assert (cleared["outcome"], cleared["clearance"], codes(cleared)) == ("NOT_CONTROLLED", "GO", [])
    assert warning_codes(cleared) == {"POSSIBLE_MATCH_CLEARED"}
    assert all("Li Wei (trade compliance)" in w["message_en"] for w in cleared["warnings"])


def test_a_clearance_on_the_export_date_is_accepted_and_one_after_it_refused(decide):
    parties = [party("end_user", "Huntington Ingalls Shipbuilding")]
    on_the_day = decide({**from_china(parties), "clearances": [review(0, HUNTINGTON_CL, "2025-12-01"), review(0, HUNTINGTON_UEL)]})
    assert on_the_day["clearance"] == "GO"
    after = decide({**from_china(parties), "clearances": [review(0, HUNTINGTON_CL, "2025-12-02")]})
    assert (after["outcome"], after["clearance"]) == ("INVALID_INPUT", "STOP")
    assert after["errors"] == [
        {"path": "/clearances/0/reviewed_on", "message": "the review of 2025-12-02 is dated after the export date 2025-12-01"}
    ]


def test_an_exact_match_can_never_be_cleared(decide):
    decision = decide({**from_china([party("consignee", "Epirus Inc.")]), "clearances": [review(0, EPIRUS_UEL)]})
    assert (decision["outcome"], decision["clearance"], decision["parties"]) == ("INVALID_INPUT", "STOP", [])
    assert decision["errors"] == [
        {
            "path": "/clearances/0/entry_id",
            "message": (
                "uel-2025-10-09-04-epirus-inc is an exact match of Epirus Inc. (consignee): an exact match cannot be cleared by a review"
            ),
        }
    ]


def test_a_clearance_must_name_a_party_and_a_listing(decide):
    document = {
        **from_china([party("consignee", "Great Lakes Motor Works Inc.")]),
        "clearances": [review(1, HUNTINGTON_CL), review(0, "uel-1999-01-01-99-nobody"), {**review(0, HUNTINGTON_CL), "party": "shipper"}],
    }
    decision = decide(document)
    assert decision["outcome"] == "INVALID_INPUT"
    assert {e["path"] for e in decision["errors"]} == {"/clearances/0/party", "/clearances/1/entry_id", "/clearances/2/party"}
    assert decision["errors"][:2] == [
        {"path": "/clearances/0/party", "message": "there is no party 1"},
        {"path": "/clearances/1/entry_id", "message": "uel-1999-01-01-99-nobody is no listing of the reference data"},
    ]


def test_a_clearance_that_clears_nothing_is_warned_of(decide):
    decision = decide({**from_china([party("consignee", "Great Lakes Motor Works Inc.")]), "clearances": [review(0, HUNTINGTON_CL)]})
    assert (decision["outcome"], decision["clearance"]) == ("NOT_CONTROLLED", "GO")
    assert warning_codes(decision) == {"CLEARANCE_NOT_USED"}


def test_a_typo_of_a_listed_name_holds_the_shipment(decide):
    held = decide(from_china([party("end_user", "Skydeo Inc.")], date="2025-10-15"))
    assert (held["outcome"], held["clearance"], codes(held)) == ("NOT_CONTROLLED", "HOLD", [])
    assert [(m["entry_id"], m["strength"], m["read_as"], m["status"]["state"]) for m in held["parties"][0]["matches"]] == [
        ("cl-2025-03-04-05-skydio-inc", "possible", [{"token": "skydeo", "listed_token": "skydio"}], "in_force"),
        ("uel-2025-04-04-01-skydio-inc", "possible", [{"token": "skydeo", "listed_token": "skydio"}], "suspended"),
    ]
    assert warning_codes(held) == {"POSSIBLE_LISTED_PARTY"}
    exact = decide(from_china([party("end_user", "Skydio Inc.")], date="2025-10-15"))
    assert [(m["strength"], "read_as" in m) for m in exact["parties"][0]["matches"]] == [("exact", False), ("exact", False)]
