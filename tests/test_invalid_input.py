"""Fail closed: every kind of bad input gets INVALID_INPUT with every error, from OPA alone and
through the CLI; the harness refuses only what OPA refuses too."""

import copy
import json
import subprocess
import sys

import pytest
import requests
from conftest import BASE, auth, cli_env, raw, shipment

from cnexport.validation import NotJSON, parse_document, precheck


def _without(key):
    doc = copy.deepcopy(BASE)
    del doc[key]
    return doc


def _line(**changes):
    return shipment(line=changes)


def _two_lines(second):
    doc = shipment()
    doc["items"].append({**doc["items"][0], **second})
    return doc


def _jpy_on_two_lines(fx_rates):
    """Two lines, in USD and in EUR, each with JPY content, and the rates given."""
    doc = _two_lines({"line": 2, "value": {"amount": 1000, "currency": "EUR"}})
    for line in doc["items"]:
        line["rare_earth_content"] = [{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "JPY"}}]
    doc["fx_rates"] = fx_rates
    return doc


# name -> (document or JSON text, errors the sidecar must report, all of them)
CASES = {
    "a string": ('"hello"', [("", "the document must be a JSON object, not string")]),
    "an array": ("[1, 2]", [("", "the document must be a JSON object, not array")]),
    "a number": ("42", [("", "the document must be a JSON object, not number")]),
    "null": ("null", [("", "the document must be a JSON object, not null")]),
    "true": ("true", [("", "the document must be a JSON object, not boolean")]),
    "an empty object": (
        "{}",
        [
            (f"/{k}", f"{k} is required")
            for k in sorted(["schema_version", "id", "export_date", "exporter", "ship_from", "ship_to", "parties", "end_use", "items"])
        ],
    ),
    "no export date": (_without("export_date"), [("/export_date", "export_date is required")]),
    "wrong schema version": (shipment(schema_version="2"), [("/schema_version", None)]),
    "not a calendar date": (shipment(export_date="2025-02-29"), [("/export_date", None)]),
    "a date with time": (shipment(export_date="2025-02-01T00:00"), [("/export_date", None)]),
    "a country name": (shipment(ship_to="Japan"), [("/ship_to", None)]),
    "no parties": (shipment(parties=[]), [("/parties", None)]),
    "unknown role": (shipment(parties=[{"role": "buyer", "name": "X", "country": "US"}]), [("/parties/0/role", None)]),
    "unknown purpose": (shipment(end_use={"purposes": ["peaceful"]}), [("/end_use/purposes/0", None)]),
    "unknown category": (_line(category="magnet"), [("/items/0/category", None)]),
    "negative value": (
        _line(value={"amount": -5, "currency": "USD"}),
        [("/items/0/value/amount", None), ("/items/0/rare_earth_content", "the rare-earth content is worth more than the whole line")],
    ),
    "value as a string": (_line(value={"amount": "200000", "currency": "USD"}), [("/items/0/value/amount", None)]),
    "goods without origin": (shipment(line={"origin": None}), [("/items/0/origin", None)]),
    "extra field": (_line(colour="red"), [("/items/0/colour", "additional property colour is not allowed")]),
    "magnet without elements": (_line(elements=None), [("/items/0/elements", None)]),
    "duplicate line numbers": (_two_lines({"line": 1}), [("/items/1/line", "line number 1 is used by more than one line")]),
    "currency without a rate": (
        _line(rare_earth_content=[{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 1, "currency": "EUR"}}]),
        [
            (
                "/items/0/rare_earth_content/0/value/currency",
                "currency EUR differs from the line's currency USD and fx_rates gives no rate of EUR in USD: "
                'add "fx_rates": {"EUR": {"USD": <value of one EUR in USD>}}',
            )
        ],
    ),
    "a bare rate beside lines in two currencies": (
        _jpy_on_two_lines({"JPY": 0.0067}),
        [
            (
                "/fx_rates/JPY",
                "the JPY rate does not say which currency it is quoted in, and the lines are in EUR and USD: quote it "
                'in each, as "fx_rates": {"JPY": {"EUR": <value of one JPY in EUR>, "USD": <value of one JPY in USD>}}',
            ),
            (
                "/items/0/rare_earth_content/0/value/currency",
                "currency JPY differs from the line's currency USD and fx_rates gives "
                'no rate of JPY in USD: add "fx_rates": {"JPY": {"USD": <value of one JPY in USD>}}',
            ),
            (
                "/items/1/rare_earth_content/0/value/currency",
                "currency JPY differs from the line's currency EUR and fx_rates gives "
                'no rate of JPY in EUR: add "fx_rates": {"JPY": {"EUR": <value of one JPY in EUR>}}',
            ),
        ],
    ),
    "a rate quoted in a currency ISO does not assign": (
        shipment(fx_rates={"JPY": {"XTS": 1}}),
        [
            (
                "/fx_rates/JPY/XTS",
                "XTS is not an ISO 4217 currency code (iso-codes 4.15.0, iso_3166-1.json and "
                "iso_4217.json (https://salsa.debian.org/iso-codes-team/iso-codes))",
            )
        ],
    ),
    "content worth more than the line": (
        _line(rare_earth_content=[{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 200001, "currency": "USD"}}]),
        [("/items/0/rare_earth_content", "the rare-earth content is worth more than the whole line")],
    ),
    "a parameter too large to compare exactly": (
        _line(parameters={"gravimetric_energy_density_wh_per_kg": 1e300}),
        [("/items/0/parameters/gravimetric_energy_density_wh_per_kg", None)],
    ),
    "too many digits": ('{"items": [{"value": {"amount": 1234567890123456789012345, "currency": "USD"}}]}', None),
    "licence for a missing line": (
        shipment(
            licences=[
                {
                    "number": "L",
                    "type": "single",
                    "lines": [7],
                    "valid_from": "2026-01-01",
                    "valid_until": "2026-12-31",
                    "issued_by": "MOFCOM",
                }
            ]
        ),
        [("/licences/0/lines/0", "licence covers line 7, which is not in the document")],
    ),
    "licence ending before it starts": (
        shipment(
            licences=[
                {
                    "number": "L",
                    "type": "single",
                    "lines": [1],
                    "valid_from": "2026-12-31",
                    "valid_until": "2026-01-01",
                    "issued_by": "MOFCOM",
                }
            ]
        ),
        [("/licences/0/valid_until", "valid_until is before valid_from")],
    ),
    "owners holding more than all": (
        shipment(
            parties=[
                {"role": "end_user", "name": "X", "country": "US", "owners": [{"name": "A", "share": 0.6}, {"name": "B", "share": 0.5}]}
            ]
        ),
        [("/parties/0/owners", "owner shares add up to more than 1")],
    ),
    "a control character after a country": (shipment(ship_to="US\n"), [("/ship_to", None)]),
    "a number with 5,000 digits": ('{"items": [{"line": ' + "9" * 5000 + "}]}", None),
    "an exponent no field accepts": (
        raw(shipment()).decode().replace('"amount": 200000', '"amount": 9e999999'),
        [("/items/0/value/amount", None)],
    ),
    "UK for the United Kingdom": (
        shipment(ship_to="UK"),
        [("/ship_to", "UK is not an ISO 3166-1 alpha-2 country code: use GB (United Kingdom)")],
    ),
    "a country code ISO does not assign": (
        shipment(parties=[{"role": "end_user", "name": "X", "country": "XX"}]),
        [
            (
                "/parties/0/country",
                "XX is not an ISO 3166-1 alpha-2 country code (iso-codes 4.15.0, iso_3166-1.json and "
                "iso_4217.json (https://salsa.debian.org/iso-codes-team/iso-codes))",
            )
        ],
    ),
    "a currency ISO does not assign": (
        _line(value={"amount": 200000, "currency": "RMB"}, rare_earth_content=[]),
        [
            (
                "/items/0/value/currency",
                "RMB is not an ISO 4217 currency code (iso-codes 4.15.0, iso_3166-1.json and "
                "iso_4217.json (https://salsa.debian.org/iso-codes-team/iso-codes))",
            )
        ],
    ),
    "rare-earth content of iron": (
        _line(rare_earth_content=[{"element": "Fe", "form": "metal", "origin": "CN", "value": {"amount": 1, "currency": "USD"}}]),
        [
            (
                "/items/0/rare_earth_content/0/element",
                "Fe is not a rare-earth element: rare_earth_content lists only the 17 "
                "rare earths (Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu)",
            )
        ],
    ),
    "share above one": (
        shipment(parties=[{"role": "end_user", "name": "X", "country": "US", "owners": [{"name": "A", "share": 1.5}]}]),
        [("/parties/0/owners/0/share", None), ("/parties/0/owners", "owner shares add up to more than 1")],
    ),
}


def _clean(document):
    """Fields set to None in a case are removed from the document."""
    if isinstance(document, str):
        return document
    for line in document.get("items", []):
        for key in [k for k, v in line.items() if v is None]:
            del line[key]
    return document


def _check(decision, expected):
    assert decision["outcome"] == "INVALID_INPUT"
    assert decision["clearance"] == "STOP"
    assert decision["reasons"] == [] and decision["lines"] == []
    assert decision["errors"], "INVALID_INPUT must say why"
    if expected is None:
        return
    found = [(e["path"], e["message"]) for e in decision["errors"]]
    for path, message in expected:
        assert any(p == path and (message is None or m == message) for p, m in found), (path, message, found)
    assert {p for p, _ in found} == {p for p, _ in expected}, found


@pytest.mark.parametrize("name", sorted(CASES))
def test_raw_to_opa(opa, name):
    document, expected = CASES[name]
    body = b'{"input":' + raw(_clean(copy.deepcopy(document))) + b"}"
    answer = requests.post(f"{opa.url}/v1/data/cnexport/decision", data=body, headers=auth(opa), timeout=60).json()
    _check(answer["result"], expected)


@pytest.mark.parametrize("name", sorted(CASES))
def test_what_the_harness_refuses_opa_refuses(client, name):
    text = raw(_clean(copy.deepcopy(CASES[name][0])))
    if precheck(parse_document(text)):
        assert client.decide(text)["outcome"] == "INVALID_INPUT"


# Numbers the harness refuses before OPA compares them, and what it leaves to OPA.
@pytest.mark.parametrize(
    "number, refused",
    [
        ("1e1000", False),
        ("1e1001", True),
        ("1e-1000", False),
        ("1e-1001", True),
        ("0.1e-999", False),
        ("0e1000", False),
        ("0e1001", True),
        ("0e-1001", True),
        ("9e999999", True),
        ("1e2000000", True),
        ("1e99999999999999999999999", True),
        ("-1e1001", True),
        ("9" * 1002, True),
        ("9" * 1001, False),
        ("1." + "0" * 5000, False),
        ("1.0", False),
        ("1e0", False),
    ],
)
def test_numbers_past_the_limits(number, refused):
    errors = precheck(parse_document('{"items": [{"value": {"amount": NUMBER}}]}'.replace("NUMBER", number)))
    assert errors == (
        [{"path": "/items/0/value/amount", "message": "the number's exponent is beyond -1000..1000, which no field accepts"}]
        if refused
        else []
    )


@pytest.mark.parametrize(
    "text, reason",
    [
        (b"\xef\xbb\xbf{}", "byte-order mark"),
        (b'{"a": NaN}', "NaN is not a JSON number"),
        (b'{"a": -Infinity}', "-Infinity is not a JSON number"),
        (b'{"a": "\xff"}', "not UTF-8"),
        (b"{} {}", "Extra data"),
        (b"[" * 65 + b"]" * 65, "nested more than 64 levels deep"),
        (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested more than 64 levels deep"),
        (b"", "Expecting value"),
    ],
)
def test_text_the_harness_cannot_read(text, reason):
    with pytest.raises(NotJSON, match=reason):
        parse_document(text)


def test_nesting_to_the_limit_and_brackets_in_strings_are_read():
    assert parse_document(b"[" * 64 + b"]" * 64)
    assert parse_document(('{"a": "' + "[" * 1000 + '\\\\"}').encode()) == {"a": "[" * 1000 + "\\"}


@pytest.mark.parametrize("text", [b"[" * 65 + b"]" * 65, b'{"a": NaN}', b"\xef\xbb\xbf{}"])
def test_opa_refuses_what_the_harness_cannot_read(opa, text):
    """Too deep for any document: INVALID_INPUT; not JSON: a 400. Never a decision."""
    answer = requests.post(f"{opa.url}/v1/data/cnexport/decision", data=b'{"input":' + text + b"}", headers=auth(opa), timeout=30)
    assert answer.status_code == 400 or answer.json()["result"]["outcome"] == "INVALID_INPUT", answer.text[:300]


@pytest.mark.parametrize("name", sorted(CASES))
def test_through_the_cli(opa, tmp_path, name):
    document, expected = CASES[name]
    path = tmp_path / "doc.json"
    path.write_bytes(raw(_clean(copy.deepcopy(document))))
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", "--json", "--opa-url", opa.url, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=cli_env(opa),
    )
    assert run.returncode == 0, run.stderr
    _check(json.loads(run.stdout), expected)


def test_hello_and_no_input_at_all(opa):
    hello = requests.post(f"{opa.url}/v1/data/cnexport/decision", json={"input": "hello"}, headers=auth(opa), timeout=60).json()["result"]
    assert (hello["outcome"], hello["errors"]) == (
        "INVALID_INPUT",
        [{"path": "", "message": "the document must be a JSON object, not string"}],
    )
    nothing = requests.post(f"{opa.url}/v1/data/cnexport/decision", json={}, headers=auth(opa), timeout=60).json()["result"]
    assert (nothing["outcome"], nothing["clearance"]) == ("INVALID_INPUT", "STOP")
    assert nothing["errors"] == [{"path": "", "message": "the document must be a JSON object, not null"}]


def test_a_rate_quoted_in_each_line_currency_converts_each_line_with_its_own(decide):
    """0.15 % on the USD line (300 JPY at 0.01 USD = 3 USD of 2000 USD), 0.05 % on the EUR line (300 JPY at
    0.005 EUR = 1.5 EUR of 3000 EUR): one JPY rate for both would put both on the same side of 0.1 %."""
    doc = _jpy_on_two_lines({"JPY": {"USD": 0.01, "EUR": 0.005}})
    doc["items"][0]["value"]["amount"], doc["items"][1]["value"]["amount"] = 2000, 3000
    decision = decide(doc)
    caught = [r for r in decision["reasons"] if r["code"] == "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]
    assert [r["line"] for r in caught] == [1]
    assert caught[0]["figures"]["cn_content_value"] == {"amount": "3.00", "currency": "USD"}
    ratios = {line["line"]: line["cn_content_ratio"] for line in decision["lines"]}
    assert ratios == {1: 0.0015, 2: 0.0005}
