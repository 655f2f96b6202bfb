"""No. 61 clause 1(1): the 0.1 % China-content test, exact on both sides, through the real server."""

from decimal import Decimal

import pytest
from conftest import codes, reason, shipment, warning_codes

AT = "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"
BELOW = "RE61_CONTENT_BELOW_THRESHOLD"

# (line value, China-origin content) pairs whose ratio is exactly 0.1 %, most chosen because binary
# floating point puts them below it (content / value < 0.001 or content < 0.001 * value in doubles).
EXACT = [
    ("6.9", "0.0069"),
    ("0.07", "0.00007"),
    ("71.43", "0.07143"),
    ("6249.8495", "6.2498495"),
    ("0.0016", "0.0000016"),
    ("0.084", "0.000084"),
    ("7701", "7.701"),
    ("55.20", "0.0552"),
    ("4.232", "0.004232"),
    ("9.621", "0.009621"),
    ("698031.80", "698.0318"),
    ("0.28", "0.00028"),
    ("1134", "1.134"),
    ("351.72", "0.35172"),
    ("0.0002", "2e-7"),
    ("62092.105", "62.092105"),
    ("1501.78", "1.50178"),
    ("14279.2", "14.2792"),
    ("3.724", "0.003724"),
    ("7028", "7.028"),
    ("0.9", "0.0009"),
    ("29309.1153", "29.3091153"),
    ("5517469.7", "5517.4697"),
    ("0.0001", "1E-7"),
    ("954", "0.954"),
    ("944.657", "0.944657"),
    ("1.3", "0.0013"),
    ("24964.508", "24.964508"),
    ("1e3", "1"),
    ("200000", "200"),
    ("123456789012345678", "123456789012345.678"),
    ("3", "0.003"),
]


def document_text(value: str, content: str, currency="USD", content_currency="USD", fx=None) -> str:
    """The base shipment with the line value and Dy content written as the given number text."""
    import json

    doc = shipment(
        line={
            "value": {"amount": "@V@", "currency": currency},
            "rare_earth_content": [
                {"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": "@C@", "currency": content_currency}}
            ],
        }
    )
    if fx:
        doc["fx_rates"] = {k: "@FX@" for k in fx}
    text = json.dumps(doc).replace('"@V@"', value).replace('"@C@"', content)
    return text.replace('"@FX@"', next(iter(fx.values()))) if fx else text


def one_unit_less(number: str) -> str:
    """The number less one unit of the digit after its last: 6.2498495 -> 6.24984949."""
    d = Decimal(number)
    return str(d - Decimal(1).scaleb(d.as_tuple().exponent - 1))


@pytest.mark.parametrize("value,content", EXACT)
def test_exactly_0_1_percent_is_caught(decide, value, content):
    assert Decimal(content) / Decimal(value) == Decimal("0.001")
    decision = decide(document_text(value, content))
    assert decision["outcome"] == "LICENCE_REQUIRED"
    assert decision["clearance"] == "HOLD"
    r = reason(decision, AT)
    assert (r["measure"], r["clause"], r["line"]) == ("MOFCOM-2025-61", "1(1)", 1)
    assert r["figures"]["ratio"] == "0.001000000"
    assert r["figures"]["threshold"] == "0.001"
    assert r["figures"]["threshold_percent"] == "0.1"
    assert Decimal(r["figures"]["cn_content_value"]["amount"]) == Decimal(content)
    assert Decimal(r["figures"]["item_value"]["amount"]) == Decimal(value)
    assert decision["lines"][0]["cn_content_ratio"] == 0.001


@pytest.mark.parametrize("value,content", EXACT)
def test_one_unit_below_0_1_percent_is_not_caught(decide, value, content):
    below = one_unit_less(content)
    assert Decimal(below) / Decimal(value) < Decimal("0.001")
    decision = decide(document_text(value, below))
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert decision["clearance"] == "GO"
    assert decision["reasons"] == []
    assert BELOW in warning_codes(decision)
    assert decision["lines"][0]["cn_content_ratio"] < 0.001


def test_ratio_figures_for_0_15_percent(decide):
    decision = decide(shipment())
    r = reason(decision, AT)
    assert r["figures"] == {
        "cn_content_value": {"amount": "300", "currency": "USD"},
        "item_value": {"amount": "200000", "currency": "USD"},
        "ratio": "0.001500000",
        "ratio_percent": "0.1500000",
        "threshold": "0.001",
        "threshold_percent": "0.1",
        "counted_entries": 1,
        "unknown_origin_entries": 0,
    }
    assert r["interpretation"] == "I-61-VALUE-BASIS"
    assert "0.1500000%" in r["message_en"] and "0.1500000%" in r["message_zh"]
    assert decision["sources"][r["measure"]][r["clause"]].startswith("https://")


def test_content_in_another_currency_is_converted_exactly(decide):
    # 0.2 USD at 150 JPY per USD is 30 JPY: exactly 0.1 % of 30000 JPY.
    at = decide(document_text("30000", "0.2", currency="JPY", content_currency="USD", fx={"USD": "150"}))
    assert codes(at) == [AT]
    assert reason(at, AT)["figures"]["cn_content_value"] == {"amount": "30.0", "currency": "JPY"}
    below = decide(document_text("30000", "0.19999", currency="JPY", content_currency="USD", fx={"USD": "150"}))
    assert below["outcome"] == "NOT_CONTROLLED"


def test_several_content_entries_add_up(decide):
    doc = shipment(
        line={
            "rare_earth_content": [
                {"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 120, "currency": "USD"}},
                {"element": "Tb", "form": "oxide", "origin": "CN", "value": {"amount": 80, "currency": "USD"}},
                {"element": "Nd", "form": "metal", "origin": "CN", "value": {"amount": 5000, "currency": "USD"}},
            ]
        }
    )
    r = reason(decide(doc), AT)
    # Nd metal is not an Annex 1 Part 1 item: only Dy metal and Tb oxide count, 200 of 200000.
    assert r["figures"]["cn_content_value"]["amount"] == "200"
    assert r["figures"]["counted_entries"] == 2


def test_non_china_content_does_not_count(decide):
    doc = shipment(
        line={"rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "VN", "value": {"amount": 5000, "currency": "USD"}}]}
    )
    decision = decide(doc)
    assert decision["outcome"] == "NOT_CONTROLLED"
    assert decision["lines"][0]["cn_content_ratio"] == 0


def test_unknown_origin_counts_as_china_with_a_warning(decide):
    doc = shipment(
        line={"rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "unknown", "value": {"amount": 200, "currency": "USD"}}]}
    )
    decision = decide(doc)
    r = reason(decision, AT)
    assert r["interpretation"] == "I-61-UNKNOWN-ORIGIN"
    assert r["figures"]["unknown_origin_entries"] == 1
    assert "RE61_UNKNOWN_ORIGIN_COUNTED" in warning_codes(decision)


def test_alloy_without_system_counts_with_a_warning(decide):
    doc = shipment(
        line={"rare_earth_content": [{"element": "Dy", "form": "alloy", "origin": "CN", "value": {"amount": 200, "currency": "USD"}}]}
    )
    decision = decide(doc)
    assert codes(decision) == [AT]
    assert "RE61_ALLOY_SYSTEM_NOT_GIVEN" in warning_codes(decision)
    named_other = shipment(
        line={
            "rare_earth_content": [
                {"element": "Dy", "form": "alloy", "alloy": "NdFeB", "origin": "CN", "value": {"amount": 200, "currency": "USD"}}
            ]
        }
    )
    assert decide(named_other)["outcome"] == "NOT_CONTROLLED"


def test_undeclared_content_is_treated_as_reaching_the_threshold(decide):
    doc = shipment()
    del doc["items"][0]["rare_earth_content"]
    decision = decide(doc)
    r = reason(decision, "RE61_CN_CONTENT_UNDECLARED")
    assert (r["clause"], r["outcome"], r["interpretation"]) == ("1(1)", "LICENCE_REQUIRED", "I-61-CONTENT-UNDECLARED")
    assert decision["clearance"] == "HOLD"
    assert "cn_content_ratio" not in decision["lines"][0]
