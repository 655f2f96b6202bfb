"""Shipments from China built from the catalogue: a line that is each entry's item, and the dates
on which each listing applies. Shared by the end-to-end tests of the export rules."""

from __future__ import annotations

import copy
from decimal import Decimal

from cnexport import databuild
from cnexport.paths import ROOT

SOURCES = databuild.load_sources()
MEASURES = SOURCES["measures"]["measures"]
LISTED = [e for e in SOURCES["catalogue"]["entries"] if e.get("listed_by")]

# A date on which each listing clause applies (the Dual-Use List for the 2023-2024 items).
IN_FORCE_ON = {
    "MOFCOM-2025-18": "2025-06-01",
    "MOFCOM-2025-55": "2026-11-10",
    "MOFCOM-2025-56": "2026-11-10",
    "MOFCOM-2025-57": "2026-11-10",
    "MOFCOM-2025-58": "2026-11-10",
    "MOFCOM-2024-51": "2025-06-01",
}

# The reason code of each listing clause, as its rule's METADATA gives it: read from the register
# make lint keeps current (docs/reasons.md), for the clauses that list catalogue entries.
REGISTER = [
    [cell.strip() for cell in line.strip("|").split("|")]
    for line in (ROOT / "docs" / "reasons.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("| ") and not line.startswith("| code |")
]
_LISTING_CLAUSES = {(c["measure"], c["clause"]) for e in LISTED for c in e["listed_by"]}
_LISTING_CODES = [((measure, clause), code) for code, measure, clause, *_ in REGISTER if (measure, clause) in _LISTING_CLAUSES]
LISTING_CODE = dict(_LISTING_CODES)
assert len(LISTING_CODE) == len(_LISTING_CODES), "a listing clause with more than one code"

BASE = {
    "schema_version": "1",
    "id": "t-export",
    "export_date": "2025-06-01",
    "exporter": {"name": "Ganzhou Rare Earth Trading Co", "country": "CN", "cn_person": True},
    "ship_from": "CN",
    "ship_to": "JP",
    "parties": [
        {"role": "consignee", "name": "Osaka Magnet KK", "country": "JP"},
        {"role": "end_user", "name": "Osaka Magnet KK", "country": "JP"},
    ],
    "end_use": {"purposes": ["civil"]},
    "items": [],
}


def export(date: str, *lines: dict, **changes) -> dict:
    """A shipment from China to Japan on `date` with the given lines (numbered 1, 2, ...)."""
    document = copy.deepcopy(BASE)
    document["export_date"] = date
    document["items"] = [dict(line, line=n) for n, line in enumerate(lines, start=1)]
    document.update(changes)
    return document


def goods(**fields) -> dict:
    line = {
        "description": "test line",
        "kind": "goods",
        "manufactured_in": "CN",
        "origin": "CN",
        "value": {"amount": 1000, "currency": "USD"},
    }
    line.update({k: v for k, v in fields.items() if v is not None})
    if line.get("category") == "technology":
        line["kind"] = "technology"
    return line


def listing_date(entry: dict) -> str:
    """A date on which the entry's listing applies: its own measure's, or the Dual-Use List's."""
    for cited in entry["listed_by"]:
        if cited["measure"] in IN_FORCE_ON:
            return IN_FORCE_ON[cited["measure"]]
    raise AssertionError(entry["id"])


def listing_in_force_code(entry: dict) -> str:
    """The code of the listing reason on listing_date: the List's for the 2023-2024 items."""
    cited = next(c for c in entry["listed_by"] if c["measure"] in IN_FORCE_ON)
    return LISTING_CODE[(cited["measure"], cited["clause"])]


def inside(p: dict) -> Decimal:
    """A value that meets one threshold, exactly at it where the operator allows."""
    value = Decimal(str(p["value"][0] if p["operator"] == "in" else p["value"]))
    return {"<": value - Decimal("0.001"), ">": value + Decimal("0.001")}.get(p["operator"], value)


def meeting(entry: dict) -> dict:
    """Declared parameters that meet every threshold of the entry (both ends of a range)."""
    found: dict[str, Decimal] = {}
    for p in entry["parameters"]:
        candidate = inside(p)
        if p["name"] in found:
            others = [q for q in entry["parameters"] if q["name"] == p["name"]]
            if all(meets(q, found[p["name"]]) for q in others):
                continue
            candidate = next(inside(q) for q in others if all(meets(r, inside(q)) for r in others))
        found[p["name"]] = candidate
    return {name: number(v) for name, v in found.items()}


def meets(p: dict, v: Decimal) -> bool:
    if p["operator"] == "in":
        return v in {Decimal(str(x)) for x in p["value"]}
    t = Decimal(str(p["value"]))
    return {"<": v < t, "<=": v <= t, ">": v > t, ">=": v >= t, "==": v == t}[p["operator"]]


def number(v: Decimal):
    """A JSON number for a decimal, checked to keep its exact text."""
    as_float = float(v)
    assert Decimal(repr(as_float)) == v, v
    return int(v) if v == v.to_integral_value() else as_float


def item_line(entry: dict) -> dict | None:
    """A line that is the entry's item, described as the contract lets an exporter describe it; None
    when nothing in the contract can name it (a technology whose List code is not known)."""
    m = entry["match"]["line"]
    elements = m.get("elements_all") or m.get("elements_any", [])[:1] or None
    line = goods(category=m["categories"][0], elements=elements)
    if entry["parameters"]:
        line["parameters"] = meeting(entry)
    if m.get("category_identifies", True) or entry["parameters"] or (elements and "elements_all" in m):
        return line
    if entry["control_code"]:
        return dict(line, control_code=entry["control_code"])
    ten_digit = [c for c in entry["hs_codes"] if len(c) == 10]
    if ten_digit:
        return dict(line, hs_code=ten_digit[0])
    return None
