"""Service providers (Export Control Law Art. 20 and No. 62 clause 5) through the real server: each
broker, forwarder, customs agent, platform and financier reads its own answers in parties[].service,
on every date."""

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
    assert [(r["code"], r["measure"], r["clause"], r["interpretation"]) for r in answer["reasons"]] == [
        ("RE62_SERVICE_HOLD", "MOFCOM-2025-62", "5", "I-62-SERVICE-OWN-LINES"),
        ("LAW20_SERVICE_HOLD", "NPCSC-2020-58", "20", "I-LAW20-SERVICES"),
    ]
    for r in answer["reasons"]:
        assert r["party"] == {"index": 1, "role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics"}
        assert r["figures"]["blocking"] == "line 1 (RE62_RE_TECHNOLOGY)"
    assert "RE62_SERVICE_HOLD" not in codes(decision)  # the answer adds nothing to the shipment's reasons
    assert "service" not in decision["parties"][0]


def test_forwarder_may_serve_a_licensed_export(decide):
    answer = service(decide(with_forwarder(licences=[LICENCE])))
    assert (answer["may_provide"], answer["clearance"]) == (True, "GO")
    assert [r["code"] for r in answer["reasons"]] == ["RE62_SERVICE_MAY_PROVIDE", "LAW20_SERVICE_MAY_PROVIDE"]
    assert {r["figures"]["licences"] for r in answer["reasons"]} == {"MOFCOM-DU-2026-0042"}


def test_forwarder_may_not_serve_a_prohibited_export(decide):
    answer = service(decide(with_forwarder({"rare_earth_activities": ["metal_smelting"]}, licences=[LICENCE])))
    assert (answer["may_provide"], answer["clearance"]) == (False, "STOP")
    assert [r["code"] for r in answer["reasons"]] == ["RE62_SERVICE_STOP", "LAW20_SERVICE_STOP"]
    assert {r["figures"]["blocking"] for r in answer["reasons"]} == {"line 1 (MOST23_PROHIBITED_TECHNOLOGY)"}


def test_every_service_role_gets_its_own_answer(decide):
    parties = [END_USER] + [{"role": role, "name": f"{role} Ltd", "country": "CN"} for role in SERVICE_ROLES]
    decision = decide(technology(parties=parties))
    assert "service" not in decision["parties"][0]
    assert [(p["role"], p["service"]["clearance"]) for p in decision["parties"][1:]] == [(r, "HOLD") for r in SERVICE_ROLES]
    assert [p["service"]["reasons"][0]["party"]["index"] for p in decision["parties"][1:]] == [1, 2, 3, 4, 5]


def test_a_line_of_another_measure_is_answered_under_art_20_alone(decide):
    """I-LAW20-SERVICES: a forwarder on a No. 61 export from Japan is held under Art. 20; No. 62 does not speak."""
    document = shipment(
        parties=[
            {"role": "end_user", "name": "Great Lakes Motor Works Inc.", "country": "US"},
            {"role": "freight_forwarder", "name": "Nippon Express", "country": "JP"},
        ]
    )
    decision = decide(document)
    assert codes(decision) == ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]
    answer = service(decision)
    assert [(r["code"], r["figures"]["blocking"]) for r in answer["reasons"]] == [
        ("LAW20_SERVICE_HOLD", "line 1 (RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD)")
    ]
    assert answer["clearance"] == "HOLD"


@pytest.mark.parametrize("date,applies", NO62_DATES)
def test_service_answers_on_both_sides_of_every_date(decide, date, applies):
    decision = decide(with_forwarder(export_date=date))
    answer = service(decision)
    if applies:
        assert answer["clearance"] == "HOLD"
        assert [r["code"] for r in answer["reasons"]] == ["RE62_SERVICE_HOLD", "LAW20_SERVICE_HOLD"]
    else:
        # The line needs no licence while No. 62 does not apply: Art. 20 alone answers.
        assert (answer["clearance"], [r["code"] for r in answer["reasons"]]) == ("GO", ["LAW20_SERVICE_MAY_PROVIDE"])
        notes = [w["message_en"] for w in decision["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE"]
        assert any(n.startswith("party Sinotrans Guangxi Logistics (freight_forwarder): MOFCOM-2025-62 clause 5") for n in notes)
