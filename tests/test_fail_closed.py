"""Fail closed through a real OPA: every request gets an answer, no schema error is lost, numbers the
engine cannot read are refused, dates outside 1900-2099 are refused, and incomplete reference
data is a refusal, never a decision. Bodies are sent as raw bytes, as an attacker would."""

from __future__ import annotations

import json
import shutil

import pytest
import requests
from conftest import DECISION_VALIDATOR, auth, shipment
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from cnexport.opa import OpaServer
from cnexport.paths import DATA_OUT, POLICIES, ROOT, SCHEMAS

_SCHEMAS = [json.loads((SCHEMAS / n).read_text(encoding="utf-8")) for n in ("screen-result.schema.json", "decision.schema.json")]
SCREEN_VALIDATOR = Draft202012Validator(
    _SCHEMAS[0],
    format_checker=FormatChecker(),
    registry=Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in _SCHEMAS]),
)
EXACT = "the number needs more than 24 significant digits or an exponent outside -18..18 to be computed exactly"
DATE_PATTERN = "Does not match pattern '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$'"
EXAMPLE = (ROOT / "examples" / "cn-gaas-wafers-no23.json").read_bytes()


def post(server, endpoint: str, body: bytes) -> requests.Response:
    return requests.post(
        f"{server.url}/v1/data/cnexport/{endpoint}", data=body, timeout=30, headers={"Content-Type": "application/json", **auth(server)}
    )


def _answer(server, endpoint: str, body: bytes, validator) -> dict:
    """OPA's answer to a request on an endpoint, checked against that endpoint's answer schema."""
    answer = post(server, endpoint, b'{"input":' + body + b"}")
    assert answer.status_code == 200, answer.text
    result = answer.json()["result"]
    assert not [e.message for e in validator.iter_errors(result)]
    return result


def decision_of(server, document: bytes) -> dict:
    return _answer(server, "decision", document, DECISION_VALIDATOR)


def screening_of(server, request: bytes) -> dict:
    return _answer(server, "screen", request, SCREEN_VALIDATOR)


def refused(decision: dict) -> list[tuple[str, str]]:
    assert (decision["outcome"], decision["clearance"]) == ("INVALID_INPUT", "STOP")
    assert decision["reasons"] == [] and decision["lines"] == [] and decision["errors"]
    return [(e["path"], e["message"]) for e in decision["errors"]]


def _with_newline_field() -> bytes:
    document = shipment()
    document["end_use"]["known_overseas_rare_earth_activities\n"] = ["mining"]
    return json.dumps(document).encode()


def _licence_lines(number: str) -> bytes:
    licence = {
        "number": "L",
        "type": "single",
        "lines": ["NUMBER"],
        "valid_from": "2026-01-01",
        "valid_until": "2026-12-31",
        "issued_by": "MOFCOM",
    }
    return json.dumps(shipment(licences=[licence])).replace('"NUMBER"', number).encode()


def _amount(number: str) -> bytes:
    return json.dumps(shipment(line={"value": {"amount": "NUMBER", "currency": "USD"}})).replace('"NUMBER"', number).encode()


# The reproductions of the generated corpus, each with every error it must get and no other.
REGRESSIONS = {
    "a property name ending in a newline": (
        _with_newline_field(),
        [("/end_use/known_overseas_rare_earth_activities\n", "additional property known_overseas_rare_earth_activities\n is not allowed")],
    ),
    "the year zero as export date": (json.dumps(shipment(export_date="0000-01-01")).encode(), [("/export_date", DATE_PATTERN)]),
    "1899-12-31": (json.dumps(shipment(export_date="1899-12-31")).encode(), [("/export_date", DATE_PATTERN)]),
    "2100-01-01": (json.dumps(shipment(export_date="2100-01-01")).encode(), [("/export_date", DATE_PATTERN)]),
    "an amount of 1e2000000": (b'{"items":[{"value":{"amount":1e2000000}}]}', [("/items/0/value/amount", EXACT)]),
    "an amount of 1e-2000000": (_amount("1e-2000000"), [("/items/0/value/amount", EXACT)]),
    "a licence line of 1e309": (_licence_lines("1e309"), [("/licences/0/lines/0", EXACT)]),
    "a licence line of 400 digits": (_licence_lines("1" + "0" * 400), [("/licences/0/lines/0", EXACT)]),
    "a licence line of 1e61": (_licence_lines("1e61"), [("/licences/0/lines/0", EXACT)]),
    "an amount of 1e-61": (_amount("1e-61"), [("/items/0/value/amount", EXACT)]),
}


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regressions_are_refused_with_every_error(opa, name):
    document, expected = REGRESSIONS[name]
    decision = decision_of(opa, document)
    assert refused(decision) == expected
    # A refused date is never given as the date of the rules; a valid one is.
    given = None if any(path == "/export_date" for path, _ in expected) else json.loads(document).get("export_date")
    assert decision["rules_in_force_on"] == given


def test_dates_at_both_ends_of_the_range_are_decided(opa):
    for day in ("1900-01-01", "2099-12-31"):
        decision = decision_of(opa, json.dumps(shipment(export_date=day)).encode())
        assert decision["outcome"] != "INVALID_INPUT" and decision["rules_in_force_on"] == day


def test_a_licence_line_of_1e60_is_read_and_checked(opa):
    assert refused(decision_of(opa, _licence_lines("1e60"))) == [
        ("/licences/0/lines/0", "licence covers line 1e60, which is not in the document")
    ]


SCREEN_REGRESSIONS = {
    "a share of 1e2000000": (b'{"name":"X","owners":[{"name":"A","share":1e2000000}]}', [("/owners/0/share", EXACT)]),
    "an alias of 1e309": (b'{"name":"X","aliases":[1e309]}', [("/aliases/0", EXACT)]),
    "shares of 120 places adding up to more than 1": (
        ('{"name":"X","owners":[{"name":"A","share":0.%s},{"name":"B","share":0.%s}]}'.replace("%s", "6" * 120)).encode(),
        [("/owners/0/share", EXACT), ("/owners/1/share", EXACT)],
    ),
    "the year zero": (b'{"name":"X","date":"0000-01-01"}', [("/date", DATE_PATTERN)]),
}


@pytest.mark.parametrize("name", sorted(SCREEN_REGRESSIONS))
def test_screen_regressions_are_refused(opa, name):
    request, expected = SCREEN_REGRESSIONS[name]
    result = screening_of(opa, request)
    assert result["outcome"] == "INVALID_INPUT" and result["matches"] == []
    assert [(e["path"], e["message"]) for e in result["errors"]] == expected


# What OPA's server does with bodies that are not JSON it can read: a 400 that says so, never a
# dropped connection or a 500. An empty body is a query without input: INVALID_INPUT.
MALFORMED = {
    "a byte-order mark": (b'\xef\xbb\xbf{"input":{}}', "invalid character"),
    "NaN": (b'{"input":{"items":[{"value":{"amount":NaN}}]}}', "invalid character 'N'"),
    "Infinity": (b'{"input":{"items":[{"value":{"amount":Infinity}}]}}', "invalid character 'I'"),
    "nesting 20,000 deep": (b'{"input":' + b"[" * 20000 + b"]" * 20000 + b"}", "exceeded max depth"),
    "a truncated body": (b'{"input":{"id":', "unexpected EOF"),
}


@pytest.mark.parametrize("endpoint", ["decision", "screen"])
@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_bodies_get_a_clear_400(opa, endpoint, name):
    body, says = MALFORMED[name]
    answer = post(opa, endpoint, body)
    assert answer.status_code == 400
    assert answer.json()["code"] == "invalid_parameter" and says in answer.json()["message"]


def test_an_empty_body_and_deep_nesting_within_the_parser_limit_are_refused(opa):
    assert refused(post(opa, "decision", b"").json()["result"]) == [("", "the document must be a JSON object, not null")]
    assert screening_of(opa, b'{"name":' + b"[" * 5000 + b"]" * 5000 + b"}")["outcome"] == "INVALID_INPUT"
    deep = decision_of(opa, b'{"x":' + b"[" * 5000 + b"]" * 5000 + b"}")
    assert ("/x", "additional property x is not allowed") in refused(deep)


def test_the_server_survives_every_reproduction(opa):
    for document, _ in REGRESSIONS.values():
        decision_of(opa, document)
    assert decision_of(opa, EXAMPLE)["outcome"] == "LICENCE_REQUIRED"
    assert opa.process.poll() is None


# ---- incomplete reference data ---------------------------------------------------------------------

INCOMPLETE = {
    "cnexport_reference/manifest/data.json": "no manifest: build/data/cnexport_reference/manifest/data.json was not loaded",
    "cnexport/schemas/data.json": "the screen schema was not loaded from cnexport/schemas/data.json",
    "cnexport_reference/data.json": "cnexport_reference/data.json was not loaded",
}


@pytest.mark.parametrize("removed", sorted(INCOMPLETE))
def test_a_missing_data_file_makes_every_answer_a_refusal(tmp_path, removed):
    data = tmp_path / "data"
    shutil.copytree(DATA_OUT, data)
    (data / removed).unlink()
    expected = ("", f"the reference data is incomplete ({INCOMPLETE[removed]}): nothing may be inferred from this answer")
    with OpaServer(paths=[POLICIES, data]) as server:
        for document in (EXAMPLE, b'{"id": "x"}', b'"hello"', b'{"items":[{"value":{"amount":1e2000000}}]}'):
            decision = decision_of(server, document)
            assert expected in refused(decision)
            assert decision["reference_data"] == {"version": "unknown", "verified_through": "1970-01-01"}
        result = screening_of(server, b'{"name": "Skydio"}')
        assert result["outcome"] == "INVALID_INPUT" and expected in [(e["path"], e["message"]) for e in result["errors"]]


def test_a_data_file_cut_short_makes_every_answer_a_refusal(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_OUT, data)
    reference = data / "cnexport_reference" / "data.json"
    document = json.loads(reference.read_text(encoding="utf-8"))
    dropped = sorted(document["measures"]["measures"])[0]
    del document["measures"]["measures"][dropped]
    reference.write_text(json.dumps(document), encoding="utf-8")
    with OpaServer(paths=[POLICIES, data]) as server:
        decision = decision_of(server, EXAMPLE)
    assert (
        "",
        "the reference data is incomplete (cnexport_reference/data.json: measures.measures lacks members the "
        "build wrote): nothing may be inferred from this answer",
    ) in refused(decision)
