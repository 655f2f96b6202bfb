"""Service providers (No. 62 clause 5) through the real server: each broker, forwarder, customs
agent, platform and financier reads its own answer in parties[].service, on every date."""

import pytest

from conftest import codes, shipment
from test_no62_technology import LICENCE, NO62_DATES, technology

SERVICE_ROLES = ["broker", "freight_forwarder", "customs_agent", "platform", "financier"]
END_USER = {"role": "end_user", "name": "Hai Phong Magnet Recycling JSC", "country": "VN"}
FORWARDER = {"role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics", "country": "CN"}


def with_forwarder(line=None, **changes) -> dict:
    return technology(line, parties=[END_USER, FORWARDER], **changes)


def service(decision, index=1) -> dict:
    return decision["parties"][index].get("service")


def test_forwarder_on_an_unlicensed_export_is_held(decide):
    decision = decide(with_forwarder())
    answer = service(decision)
    assert (answer["may_provide"], answer["clearance"]) == (False, "HOLD")
    [r] = answer["reasons"]
    assert (r["code"], r["measure"], r["clause"], r["interpretation"]) == (
        "RE62_SERVICE_HOLD", "MOFCOM-2025-62", "5", "I-62-SERVICE-ALL-MEASURES")
    assert r["party"] == {"index": 1, "role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics"}
    assert r["figures"]["blocking"] == "line 1 (RE62_RE_TECHNOLOGY)"
    assert "RE62_SERVICE_HOLD" not in codes(decision)  # the answer adds nothing to the shipment's reasons
    assert "service" not in decision["parties"][0]


def test_forwarder_may_serve_a_licensed_export(decide):
    answer = service(decide(with_forwarder(licences=[LICENCE])))
    assert (answer["may_provide"], answer["clearance"]) == (True, "GO")
    assert [r["code"] for r in answer["reasons"]] == ["RE62_SERVICE_MAY_PROVIDE"]
    assert answer["reasons"][0]["figures"]["licences"] == "MOFCOM-DU-2026-0042"


def test_forwarder_may_not_serve_a_prohibited_export(decide):
    answer = service(decide(with_forwarder({"rare_earth_activities": ["metal_smelting"]}, licences=[LICENCE])))
    assert (answer["may_provide"], answer["clearance"]) == (False, "STOP")
    assert answer["reasons"][0]["code"] == "RE62_SERVICE_STOP"
    assert answer["reasons"][0]["figures"]["blocking"] == "line 1 (MOST23_PROHIBITED_TECHNOLOGY)"


def test_every_service_role_gets_its_own_answer(decide):
    parties = [END_USER] + [{"role": role, "name": f"{role} Ltd", "country": "CN"} for role in SERVICE_ROLES]
    decision = decide(technology(parties=parties))
    assert "service" not in decision["parties"][0]
    assert [(p["role"], p["service"]["clearance"]) for p in decision["parties"][1:]] == [(r, "HOLD") for r in SERVICE_ROLES]
    assert [p["service"]["reasons"][0]["party"]["index"] for p in decision["parties"][1:]] == [1, 2, 3, 4, 5]


def test_the_answer_covers_a_line_of_another_measure(decide):
    """I-62-SERVICE-ALL-MEASURES: a forwarder on a No. 61 export from Japan is held too."""
    document = shipment(parties=[{"role": "end_user", "name": "Great Lakes Motor Works Inc.", "country": "US"},
                                 {"role": "freight_forwarder", "name": "Nippon Express", "country": "JP"}])
    decision = decide(document)
    assert codes(decision) == ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]
    answer = service(decision)
    assert (answer["clearance"], answer["reasons"][0]["figures"]["blocking"]) == (
        "HOLD", "line 1 (RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD)")


@pytest.mark.parametrize("date,applies", NO62_DATES)
def test_service_answers_on_both_sides_of_every_date(decide, date, applies):
    decision = decide(with_forwarder(export_date=date))
    if applies:
        assert service(decision)["clearance"] == "HOLD"
    else:
        assert service(decision) is None
        notes = [w["message_en"] for w in decision["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE"]
        assert any(n.startswith("party Sinotrans Guangxi Logistics (freight_forwarder): MOFCOM-2025-62 clause 5") for n in notes)
