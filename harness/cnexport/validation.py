"""Validation of shipment documents in the harness, mirroring the sidecar's own (cnexport.validate).

Two parts: the JSON Schema (every error, each with a JSON-pointer path), and the checks a schema
cannot express. The messages of the second part are word for word those of the Rego validator,
so that the harness and OPA can be compared error by error.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import lru_cache

import yaml
from jsonschema import Draft202012Validator, FormatChecker

from .paths import ROOT, SCHEMAS


def parse_document(text: str | bytes):
    """Parse JSON keeping every number exact (decimals as Decimal)."""
    return json.loads(text, parse_float=Decimal)


def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def schema_errors(document, schema: dict) -> list[dict]:
    """Every schema error as {path, message}; `required` and `additionalProperties` errors point at the
    property concerned, as the sidecar's do."""
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    found = []
    for error in validator.iter_errors(document):
        parts = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    found.append({"path": _pointer(parts + [name]), "message": f"{name} is required"})
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for name in error.instance:
                if name not in allowed:
                    found.append({"path": _pointer(parts + [name]), "message": f"additional property {name} is not allowed"})
        else:
            found.append({"path": _pointer(parts), "message": error.message})
    unique = {(e["path"], e["message"]) for e in found}
    return [{"path": p, "message": m} for p, m in sorted(unique)]


def json_type(value) -> str:
    """The JSON type name of a parsed value, as OPA's type_name gives it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, Decimal, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}[type(value)]


@lru_cache(maxsize=1)
def shipment_schema() -> dict:
    return json.loads((SCHEMAS / "shipment.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _meta() -> dict:
    return yaml.safe_load((ROOT / "data" / "meta.yaml").read_text(encoding="utf-8"))


def decimal_limits() -> dict:
    return _meta()["decimal_limits"]


@lru_cache(maxsize=1)
def iso_codes() -> dict:
    return yaml.safe_load((ROOT / "data" / "iso_codes.yaml").read_text(encoding="utf-8"))


def _is_number(value) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _exact(value) -> bool:
    """Whether the number fits the digits and exponent the engine computes with exactly."""
    limits = decimal_limits()
    sign, digits, exponent = Decimal(value).as_tuple()
    significant = len(str(int("".join(map(str, digits)))))
    return significant <= limits["max_digits"] and limits["min_exponent"] <= exponent <= limits["max_exponent"]


def _list(document, key):
    value = document.get(key) if isinstance(document, dict) else None
    return value if isinstance(value, list) else []


def _obj(value) -> dict:
    return value if isinstance(value, dict) else {}


def fx_rate(fx: dict, source: str, target: str, line_currencies: list[str]):
    """The value of one `source` in `target` (lib.fx_rate): the rate quoted in `target`, or a bare
    rate when every line is in `target`; None otherwise."""
    quoted = _obj(fx.get(source)).get(target)
    if _is_number(quoted):
        return quoted
    bare = fx.get(source)
    return bare if _is_number(bare) and line_currencies == [target] else None


def semantic_errors(document) -> list[dict]:
    """The checks a schema cannot express; each looks only at the parts that are well typed."""
    if not isinstance(document, dict):
        return []
    errors = []
    lines = _list(document, "items")
    fx = _obj(document.get("fx_rates"))
    exact_message = ("the number needs more than {max_digits} significant digits or an exponent outside "
                     "{min_exponent}..{max_exponent} to be computed exactly").format(**decimal_limits())

    seen = set()
    for i, line in enumerate(lines):
        number = _obj(line).get("line")
        if _is_number(number):
            if number in seen:
                errors.append({"path": f"/items/{i}/line", "message": f"line number {number} is used by more than one line"})
            seen.add(number)

    line_currencies = sorted({c for line in lines if isinstance(c := _obj(_obj(line).get("value")).get("currency"), str)})
    for currency, rate in fx.items():
        if _is_number(rate) and not _exact(rate):
            errors.append({"path": _pointer(["fx_rates", currency]), "message": exact_message})
        for quoted_in, quoted in _obj(rate).items():
            if _is_number(quoted) and not _exact(quoted):
                errors.append({"path": _pointer(["fx_rates", currency, quoted_in]), "message": exact_message})
        if _is_number(rate) and len(line_currencies) > 1:
            each = ", ".join(f'"{to}": <value of one {currency} in {to}>' for to in line_currencies)
            errors.append({"path": _pointer(["fx_rates", currency]), "message": (
                f"the {currency} rate does not say which currency it is quoted in, and the lines are in "
                f"{' and '.join(line_currencies)}: quote it in each, as \"fx_rates\": {{\"{currency}\": {{{each}}}}}")})

    for i, line in enumerate(lines):
        line = _obj(line)
        value = _obj(line.get("value"))
        if _is_number(value.get("amount")) and not _exact(value["amount"]):
            errors.append({"path": f"/items/{i}/value/amount", "message": exact_message})
        for name, number in _obj(line.get("parameters")).items():
            if _is_number(number) and not _exact(number):
                errors.append({"path": _pointer(["items", i, "parameters", name]), "message": exact_message})
        line_currency = value.get("currency")
        total, complete = Decimal(0), _is_number(value.get("amount")) and _exact(value["amount"])
        for j, content in enumerate(_list(line, "rare_earth_content")):
            money = _obj(_obj(content).get("value"))
            amount, currency = money.get("amount"), money.get("currency")
            if _is_number(amount) and not _exact(amount):
                errors.append({"path": f"/items/{i}/rare_earth_content/{j}/value/amount", "message": exact_message})
                complete = False
                continue
            if not (_is_number(amount) and isinstance(currency, str) and isinstance(line_currency, str)):
                complete = False
                continue
            rate = fx_rate(fx, currency, line_currency, line_currencies)
            if currency == line_currency:
                total += Decimal(amount)
            elif rate is not None:
                total += Decimal(amount) * Decimal(rate)
            else:
                errors.append({
                    "path": f"/items/{i}/rare_earth_content/{j}/value/currency",
                    "message": f"currency {currency} differs from the line's currency {line_currency} and fx_rates gives no rate "
                               f"of {currency} in {line_currency}: add \"fx_rates\": {{\"{currency}\": {{\"{line_currency}\": "
                               f"<value of one {currency} in {line_currency}>}}}}",
                })
                complete = False
        if complete and total > Decimal(value["amount"]):
            errors.append({"path": f"/items/{i}/rare_earth_content", "message": "the rare-earth content is worth more than the whole line"})

    for k, licence in enumerate(_list(document, "licences")):
        licence = _obj(licence)
        for m, number in enumerate(_list(licence, "lines")):
            if _is_number(number) and number not in seen:
                errors.append({"path": f"/licences/{k}/lines/{m}", "message": f"licence covers line {number}, which is not in the document"})
        start, end = licence.get("valid_from"), licence.get("valid_until")
        if isinstance(start, str) and isinstance(end, str) and end < start:
            errors.append({"path": f"/licences/{k}/valid_until", "message": "valid_until is before valid_from"})

    for i, party in enumerate(_list(document, "parties")):
        owners = _list(_obj(party), "owners")
        shares = [o.get("share") for o in owners if isinstance(o, dict) and _is_number(o.get("share"))]
        for j, owner in enumerate(owners):
            if isinstance(owner, dict) and _is_number(owner.get("share")) and not _exact(owner["share"]):
                errors.append({"path": f"/parties/{i}/owners/{j}/share", "message": exact_message})
        if all(_exact(s) for s in shares) and sum(Decimal(s) for s in shares) > 1:
            errors.append({"path": f"/parties/{i}/owners", "message": "owner shares add up to more than 1"})
    return errors + code_errors(document)


def _country_codes(document):
    """Every country code of the document, with its path."""
    yield "/exporter/country", _obj(document.get("exporter")).get("country")
    yield "/ship_from", document.get("ship_from")
    yield "/ship_to", document.get("ship_to")
    for i, party in enumerate(_list(document, "parties")):
        yield f"/parties/{i}/country", _obj(party).get("country")
        for j, owner in enumerate(_list(_obj(party), "owners")):
            yield f"/parties/{i}/owners/{j}/country", _obj(owner).get("country")
    for i, line in enumerate(_list(document, "items")):
        line = _obj(line)
        yield f"/items/{i}/manufactured_in", line.get("manufactured_in")
        yield f"/items/{i}/origin", line.get("origin")
        for j, content in enumerate(_list(line, "rare_earth_content")):
            yield f"/items/{i}/rare_earth_content/{j}/origin", _obj(content).get("origin")


def _currency_codes(document):
    """Every currency code of the document, with its path."""
    for i, line in enumerate(_list(document, "items")):
        line = _obj(line)
        yield f"/items/{i}/value/currency", _obj(line.get("value")).get("currency")
        for j, content in enumerate(_list(line, "rare_earth_content")):
            yield f"/items/{i}/rare_earth_content/{j}/value/currency", _obj(_obj(content).get("value")).get("currency")
    for currency, rate in _obj(document.get("fx_rates")).items():
        yield _pointer(["fx_rates", currency]), currency
        for quoted_in in _obj(rate):
            yield _pointer(["fx_rates", currency, quoted_in]), quoted_in


def code_errors(document) -> list[dict]:
    """Country and currency codes that ISO does not assign, and rare-earth content of other elements."""
    iso, errors = iso_codes(), []
    for path, code in _country_codes(document):
        if isinstance(code, str) and re.fullmatch("[A-Z]{2}", code) and code not in iso["countries"]:
            use = iso["not_codes"].get(code, {}).get("use")
            message = (f"{code} is not an ISO 3166-1 alpha-2 country code: use {use} ({iso['countries'][use]})" if use
                       else f"{code} is not an ISO 3166-1 alpha-2 country code ({iso['source']})")
            errors.append({"path": path, "message": message})
    for path, code in _currency_codes(document):
        if isinstance(code, str) and re.fullmatch("[A-Z]{3}", code) and code not in iso["currencies"]:
            errors.append({"path": path, "message": f"{code} is not an ISO 4217 currency code ({iso['source']})"})
    rare_earths = _meta()["rare_earth_elements"]
    for i, line in enumerate(_list(document, "items")):
        for j, content in enumerate(_list(_obj(line), "rare_earth_content")):
            element = _obj(content).get("element")
            if isinstance(element, str) and element not in rare_earths:
                errors.append({"path": f"/items/{i}/rare_earth_content/{j}/element",
                               "message": f"{element} is not a rare-earth element: rare_earth_content lists only the 17 "
                                          f"rare earths ({', '.join(rare_earths)})"})
    return errors


def document_errors(document) -> list[dict]:
    """Every error in a shipment document, sorted by path: schema errors and cross-field errors."""
    if not isinstance(document, dict):
        return [{"path": "", "message": f"the document must be a JSON object, not {json_type(document)}"}]
    found = schema_errors(document, shipment_schema()) + semantic_errors(document)
    return sorted(found, key=lambda e: (e["path"], e["message"]))
