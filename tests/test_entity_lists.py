"""Entity-list outcomes through the real OPA: the UEL ban, persons in China, the control list's
receivers (and the items the catalogue cannot identify), owners at 50%, possible matches that hold,
and both sides of a listing's suspension."""

import pytest

from conftest import codes, reason, shipment, warning_codes

SPARES = {"line": 1, "description": "hydraulic pump spare parts", "kind": "goods", "category": "other",
          "manufactured_in": "CN", "origin": "CN", "value": {"amount": 18500, "currency": "USD"}}


def from_china(parties, date="2025-12-01"):
    """An ordinary line (no catalogue entry describes it) exported from China by a Chinese company."""
    return shipment(export_date=date, ship_from="CN", exporter={"name": "Ningbo Precision Trading Co., Ltd.", "country": "CN"},
                    parties=parties, items=[SPARES])


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
    assert r["source"].endswith("unreliable-entity-list/202510.md")
    t = reason(decision, "UEL_TRANSACTIONS_BAN")
    assert (t["clause"], t["figures"]["exporter_basis"]) == ("3", "its country is CN")


def test_uel_ban_reaches_a_service_provider(decide):
    decision = decide(from_china([party("consignee", "Plain Trading Co"), party("financier", "Recorded Future")]))
    assert reason(decision, "UEL_CHINA_TRADE_BAN")["party"]["role"] == "financier"


def test_uel_ban_does_not_reach_a_shipment_that_does_not_touch_china(decide):
    decision = decide(shipment(parties=[party("consignee", "Epirus Inc")], export_date="2025-12-01",
                               items=[{**SPARES, "manufactured_in": "JP", "origin": "JP"}]))
    assert "UEL_CHINA_TRADE_BAN" not in codes(decision)
    assert decision["parties"][0]["matches"][0]["entry_id"] == "uel-2025-10-09-04-epirus-inc"


def test_a_chinese_exporter_may_not_deal_with_a_10_entity_abroad(decide):
    document = shipment(export_date="2025-12-01", ship_to="CA", exporter={"name": "Shenzhen Parts Co", "country": "CN"},
                        parties=[party("end_user", "TechInsights Inc")], items=[{**SPARES, "manufactured_in": "JP", "origin": "JP"}])
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
    assert [(w["line"], w["measure"], w["interpretation"]) for w in held] == [(1, "MOFCOM-2025-13", "I-CONTROL-LIST-DUAL-USE")]


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
    assert decision["parties"][0]["matches"] == [{
        "list": "control_list", "entry_id": "cl-2025-09-25-01-huntington-ingalls-industries-inc",
        "name": "Huntington Ingalls Industries, Inc.", "score": 0.5, "strength": "possible",
        "matched_on": "huntington industry ingalls", "tokens": ["huntington", "ingalls"],
        "status": {"state": "in_force", "from": "2025-09-25"}}, {
        "list": "unreliable_entity_list", "entry_id": "uel-2025-03-04-04-huntington-ingalls-industries-inc",
        "name": "Huntington Ingalls Industries Inc.", "score": 0.5, "strength": "possible",
        "matched_on": "huntington industry ingalls", "tokens": ["huntington", "ingalls"],
        "status": {"state": "stopped", "from": "2025-11-10"}}]
    assert warning_codes(decision) == {"POSSIBLE_LISTED_PARTY"}


def test_a_possible_match_holds_a_no61_item_for_a_receiver(decide):
    dy_metal = {**SPARES, "description": "dysprosium metal", "category": "rare_earth_metal", "elements": ["Dy"]}
    decision = decide(shipment(export_date="2025-10-20", ship_from="KR", parties=[party("end_user", "Huntington Ingalls Shipbuilding")],
                               items=[dy_metal]))
    assert "RE61_LISTED_PARTY" not in codes(decision)
    assert decision["clearance"] == "HOLD"
    assert any("RE61_LISTED_PARTY applies" in w["message_en"] for w in decision["warnings"])


def test_a_uel_listing_without_a_measure_only_warns(decide):
    decision = decide(from_china([party("importer", "PVH Corp.")]))
    assert (decision["outcome"], decision["clearance"]) == ("NOT_CONTROLLED", "GO")
    assert warning_codes(decision) == {"UEL_LISTED_WITHOUT_MEASURE"}
