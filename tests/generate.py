"""Generated inputs: shipments and screen requests made from the examples, valid and invalid.

A document is a tree of dicts, lists, strings, booleans, None and Num (a number kept as the text
it is written with, so that 1e2000000 or a 5,000-digit integer reach OPA as written). `to_text`
writes it. The strategies draw an example, then changes that keep it valid (dates, amounts, more
lines, renumbering) and, for the invalid ones, mutations: a dropped field, a wrong type, an odd
number or date, unicode and newlines in strings and keys, an extra field, deep nesting.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from hypothesis import strategies as st

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class Num(str):
    """A JSON number, as written."""


class Raw(str):
    """JSON text written as it is (a value nested deeper than is worth building as a tree)."""


def parse(text: str | bytes):
    return json.loads(text, parse_float=Num, parse_int=Num)


def to_text(value) -> str:
    if isinstance(value, (Num, Raw)):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {to_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_text(v) for v in value) + "]"
    return json.dumps(value)


def _load_examples() -> list[dict]:
    found = []
    for path in sorted(EXAMPLES.glob("*.json")):
        document = parse(path.read_bytes())
        if document.get("schema_version") == "1":
            found.append(document)
    return found


SHIPMENTS = _load_examples()
PARTIES = [p for d in SHIPMENTS for p in d["parties"]]

# ---- numbers and dates ---------------------------------------------------------------------

ODD_NUMBERS = [
    "0",
    "-0",
    "-1",
    "1",
    "1.0",
    "1e0",
    "10e-1",
    "0.1",
    "1E+2",
    "1e18",
    "1e19",
    "1e-18",
    "1e-19",
    "0e999",
    "0e-50",
    "1e42",
    "1e43",
    "1e308",
    "1e309",
    "-1e309",
    "1e400",
    "1e-400",
    "9e999999",
    "9e-999999",
    "1e1000",
    "1e1001",
    "1e2000000",
    "-1e2000000",
    "1e-2000000",
    "1e99999999999999999999",
    "0.5" + "0" * 30,
    "1." + "0" * 5000,
    "9" * 25,
    "9" * 5000,
    "123456789012345678901234",
    "0.000000000000000001",
    "1000000",
    "1000001",
    "999999.5",
]

ODD_DATES = [
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "1900-01-01",
    "1969-12-31",
    "2100-01-01",
    "2024-02-29",
    "2025-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1-01",
    "2026-01-01T00:00",
    " 2026-01-01",
    "2026-01-01\n",
    "２０２６-01-01",
    "2026/01/01",
    "",
    "20260101",
]


def _number_text(n: int) -> Num:
    return Num(str(n))


dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)).map(lambda d: d.isoformat())

# ---- walking a document ----------------------------------------------------------------------


def nodes(document, path=()):
    """Every (path, value) in the document, the root first."""
    yield path, document
    if isinstance(document, dict):
        for key, value in document.items():
            yield from nodes(value, path + (key,))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from nodes(value, path + (index,))


def get(document, path):
    for part in path:
        document = document[part]
    return document


def put(document, path, value):
    get(document, path[:-1])[path[-1]] = value


def _pick(draw, document, accept):
    found = [(p, v) for p, v in nodes(document) if accept(p, v)]
    if not found:
        return None
    return found[draw(st.integers(0, len(found) - 1))]


# ---- changes that keep a document valid -------------------------------------------------------


def line_numbers(document) -> list:
    return [item["line"] for item in document["items"]]


def renumber(document, mapping: dict) -> None:
    """Give lines new numbers, the licences' lines with them; mapping is by value (1 and 1.0 alike)."""
    for item in document["items"]:
        item["line"] = mapping[Decimal(item["line"])]
    for licence in document.get("licences", []):
        licence["lines"] = [mapping[Decimal(n)] for n in licence["lines"]]


@st.composite
def valid_shipments(draw) -> dict:
    document = copy.deepcopy(draw(st.sampled_from(SHIPMENTS)))
    document["id"] = draw(st.sampled_from([document["id"], "g-" + document["id"]]))
    if draw(st.booleans()):
        document["export_date"] = draw(dates)
    for _ in range(draw(st.integers(0, 2))):
        # Another line like one already there, with a number of its own.
        copy_of = copy.deepcopy(draw(st.sampled_from(document["items"])))
        copy_of["line"] = _number_text(max(int(n) for n in line_numbers(document)) + draw(st.integers(1, 50)))
        document["items"].append(copy_of)
    if draw(st.booleans()):
        # A line worth more: its rare-earth content stays below its value.
        item = draw(st.sampled_from(document["items"]))
        item["value"]["amount"] = Num(str(Decimal(item["value"]["amount"]) * draw(st.integers(1, 10**6))))
    if draw(st.booleans()):
        numbers = draw(st.lists(st.integers(1, 1_000_000), min_size=len(document["items"]), max_size=len(document["items"]), unique=True))
        renumber(document, {Decimal(n): _number_text(m) for n, m in zip(line_numbers(document), numbers, strict=True)})
    return document


@st.composite
def valid_screen_requests(draw) -> dict:
    party = draw(st.sampled_from(PARTIES))
    request = {"name": party["name"]}
    for key in ("name_zh", "aliases", "country", "owners"):
        if key in party and draw(st.booleans()):
            request[key] = copy.deepcopy(party[key])
    if draw(st.booleans()):
        request["date"] = draw(dates)
    if "owners" not in request and draw(st.booleans()):
        shares = draw(st.lists(st.integers(0, 100), min_size=1, max_size=3).filter(lambda s: sum(s) <= 100))
        request["owners"] = [{"name": draw(st.sampled_from(PARTIES))["name"], "share": Num(f"{s / 100:g}")} for s in shares]
    return request


# ---- mutations -------------------------------------------------------------------------------

_SIMPLE_VALUES = st.one_of(
    st.none(), st.booleans(), st.sampled_from(ODD_NUMBERS).map(Num), st.text(max_size=8), st.builds(list), st.builds(dict)
)
_KEYS = st.one_of(st.sampled_from(["line", "id", "colour", "share", "known_overseas_rare_earth_activities"]), st.text(max_size=12)).flatmap(
    lambda k: st.sampled_from([k, k + "\n", "\n" + k, k + "\u2028"])
)


@st.composite
def _drop(draw, document):
    found = _pick(draw, document, lambda p, v: p and isinstance(get(document, p[:-1]), dict))
    if found:
        del get(document, found[0][:-1])[found[0][-1]]


@st.composite
def _wrong_type(draw, document):
    found = _pick(draw, document, lambda p, v: bool(p))
    if found:
        put(document, found[0], draw(_SIMPLE_VALUES.filter(lambda new: type(new) is not type(found[1]))))


@st.composite
def _odd_number(draw, document):
    found = _pick(draw, document, lambda p, v: isinstance(v, Num))
    if found:
        put(document, found[0], Num(draw(st.sampled_from(ODD_NUMBERS))))


@st.composite
def _odd_date(draw, document):
    found = _pick(draw, document, lambda p, v: type(v) is str and len(v) == 10 and v[4:5] == "-")
    if found:
        put(document, found[0], draw(st.sampled_from(ODD_DATES)))


@st.composite
def _unicode(draw, document):
    found = _pick(draw, document, lambda p, v: type(v) is str)
    if found:
        text = draw(st.text(min_size=0, max_size=10))
        put(
            document,
            found[0],
            draw(
                st.sampled_from(
                    [text, found[1] + text, found[1] + "\n", "\n" + found[1], found[1] + "\u0000", found[1].upper(), found[1].lower()]
                )
            ),
        )


@st.composite
def _extra_field(draw, document):
    found = _pick(draw, document, lambda p, v: isinstance(v, dict))
    if found:
        found[1][draw(_KEYS)] = draw(_SIMPLE_VALUES)


@st.composite
def _deep(draw, document):
    found = _pick(draw, document, lambda p, v: bool(p))
    if found:
        depth = draw(st.sampled_from([2, 10, 60, 63, 64, 65, 100, 1000, 20000]))
        opening, closing = draw(st.sampled_from([("[", "]"), ('{"a": ', "}")]))
        put(document, found[0], Raw(opening * depth + to_text(found[1]) + closing * depth))


@st.composite
def _duplicate(draw, document):
    """A list entry twice (a line number used twice, a purpose twice)."""
    found = _pick(draw, document, lambda p, v: isinstance(v, list) and v)
    if found:
        found[1].append(copy.deepcopy(draw(st.sampled_from(found[1]))))


MUTATIONS = {
    "drop": _drop,
    "wrong_type": _wrong_type,
    "odd_number": _odd_number,
    "odd_date": _odd_date,
    "unicode": _unicode,
    "extra_field": _extra_field,
    "deep": _deep,
    "duplicate": _duplicate,
}


@st.composite
def mutated(draw, documents):
    document = copy.deepcopy(draw(documents))
    names = draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3))
    for name in names:
        draw(MUTATIONS[name](document))
    return document


def shipments():
    """Shipment documents as JSON text: about a third valid, the rest mutated."""
    return st.one_of(valid_shipments(), mutated(valid_shipments()), mutated(valid_shipments())).map(to_text)


def screen_requests():
    return st.one_of(valid_screen_requests(), mutated(valid_screen_requests())).map(to_text)


# ---- changes that keep the meaning -------------------------------------------------------------


def respell(text: str, rng: random.Random) -> str:
    """Another spelling of the same number (1, 1.0, 1e0), keeping its digits and exponent within the
    limits the engine computes with."""
    if text.lstrip("-").isdigit():
        # A 24-digit integer has no room for a ".0", which would be a 25th digit.
        return rng.choice([text, text + "e0", text + "E+0"] + ([text + ".0"] if len(text.lstrip("-")) < 24 else []))
    try:
        _, digits, exponent = Decimal(text).as_tuple()
    except InvalidOperation:
        return text
    if "e" in text.lower():
        return text
    # A trailing zero is one digit more and one place further down.
    return rng.choice([text, text + "e0"] + ([text + "0"] if "." in text and len(digits) < 24 and exponent > -18 else []))


def same_meaning(document, rng: random.Random) -> tuple[dict, dict]:
    """The document with its lines renumbered (licences too), lines and parties reordered and its
    numbers spelt otherwise; and the mapping old line number -> new."""
    variant = copy.deepcopy(document)
    old = line_numbers(variant)
    new = rng.sample(range(1, 1_000_001), len(old))
    mapping = {Decimal(n): Num(str(m)) for n, m in zip(old, new, strict=True)}
    renumber(variant, mapping)
    rng.shuffle(variant["items"])
    rng.shuffle(variant["parties"])
    for path, value in list(nodes(variant)):
        if isinstance(value, Num):
            put(variant, path, Num(respell(value, rng)))
    return variant, mapping
