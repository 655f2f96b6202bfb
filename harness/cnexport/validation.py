"""What the harness checks before OPA sees a document: only what makes it certainly invalid.

OPA's validation (cnexport.validate) is the contract; a second schema validator in the harness
would disagree with it at the edges (regular expressions, integers written 1.0, calendar rules).
So the harness checks only that the text is one JSON value it can read safely, and flags numbers
no field of any document accepts, which OPA must then refuse as well. Everything else is OPA's.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

# Deeper than any document the schemas describe (a shipment nests 6 levels, a screen request 4),
# and far below the depth at which a recursive parser gives up.
MAX_DEPTH = 64

# No field takes a non-zero number outside 1e-18 ... 1e42 (lines are 1 to 1,000,000; amounts,
# rates, shares and parameters have at most 24 digits and an exponent in -18..18), nor a zero
# written with an exponent beyond -18..18. The bound is kept far wider than that, so the harness
# never refuses what OPA would accept, yet every number it lets through is cheap to handle.
MAX_EXPONENT = 1000


class NotJSON(ValueError):
    """The text is not one JSON value the harness can read: it gets no decision."""


def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class _Unreadable(str):
    """A number whose exponent is too large even for Decimal; kept as its text, refused by precheck."""


def _number(text: str):
    try:
        return Decimal(text)
    except InvalidOperation:
        return _Unreadable(text)


def _no_constant(name: str):
    raise NotJSON(f"{name} is not a JSON number")


def _depth_error(text: str) -> str | None:
    """Where the text nests deeper than MAX_DEPTH, by its brackets outside strings, without parsing."""
    depth, in_string, escaped = 0, False, False
    for offset, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep (at character {offset})"
        elif char in "]}":
            depth -= 1
    return None


def parse_document(raw: bytes | str):
    """Parse one JSON value, numbers exact (as Decimal, never float or unbounded int).

    Raises NotJSON for text that is not UTF-8, starts with a byte-order mark, is not JSON (NaN and
    Infinity included), holds more than one value, or nests deeper than MAX_DEPTH."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise NotJSON(f"not UTF-8 text: {error}") from error
    else:
        text = raw
    if text.startswith("\ufeff"):
        raise NotJSON("starts with a byte-order mark")
    # The bracket scan is only needed when there are enough brackets to go too deep.
    if text.count("[") + text.count("{") > MAX_DEPTH:
        too_deep = _depth_error(text)
        if too_deep:
            raise NotJSON(too_deep)
    try:
        return json.loads(text, parse_float=_number, parse_int=_number, parse_constant=_no_constant)
    except NotJSON:
        raise
    except (ValueError, RecursionError) as error:
        raise NotJSON(str(error)) from error


def _beyond_limits(number) -> bool:
    if isinstance(number, _Unreadable):
        return True
    exponent = number.as_tuple().exponent if number.is_zero() else number.adjusted()
    return not -MAX_EXPONENT <= exponent <= MAX_EXPONENT


def precheck(document) -> list[dict]:
    """The errors that make a parsed document invalid whatever OPA's validation says in detail, as
    {path, message}: numbers past the limits any field accepts. Never raises."""
    errors = []
    stack = [((), document)]
    while stack:
        parts, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((parts + (k,), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((parts + (i,), v) for i, v in enumerate(value))
        elif isinstance(value, (Decimal, _Unreadable)) and _beyond_limits(value):
            errors.append(
                {
                    "path": _pointer(parts),
                    "message": f"the number's exponent is beyond -{MAX_EXPONENT}..{MAX_EXPONENT}, which no field accepts",
                }
            )
    return sorted(errors, key=lambda e: e["path"])


def document_id(document) -> str | None:
    """The id a decision on this document must carry (OPA's answer gives null for a missing id)."""
    if isinstance(document, dict) and isinstance(document.get("id"), str):
        return document["id"]
    return None
