"""docs/timeline.md: every dated state of the reference data, generated, so that a changed date shows in a diff.

    python -m cnexport.timeline           write docs/timeline.md from data/
    python -m cnexport.timeline --check   exit 1 when docs/timeline.md is not what data/ gives

For each clause of each measure: its effective date, the suspensions and repeal that reach it (by which
announcement, from and until when, from which source) and the days it applies as the engine computes
them; the same for every listing of the entity lists and every catalogue entry. "Applies" follows the
rules of the engine exactly (`timeline.in_force`, `parties.listing_in_force`, `lib.catalogue_entry_in_force`);
tests/test_timeline.py checks it against OPA on each side of every date.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from .paths import ROOT

DATA = ROOT / "data"
# Every date field of the data schemas of measures, catalogue entries and listings, each shown in the
# table (tests/test_timeline.py fails when a schema gains one that is not).
SHOWN_DATES = {
    "measures": {"measure.issued", "clause.effective_from", "repeal.on", "suspension.from", "suspension.until"},
    "catalogue": {"entry.effective_from"},
    "entities": {
        "entity.decided",
        "entity.effective_from",
        "entity.suspended_from",
        "entity.suspended_until",
        "entity.measures_stopped_from",
    },
}
TABLE = ROOT / "docs" / "timeline.md"
REGENERATE = ".venv/bin/python -m cnexport.timeline"


def _text(value) -> str:
    return "" if value is None else str(value)


def load(data: Path = DATA) -> dict:
    """The measures, listings and catalogue entries of a data folder, as the YAML has them."""
    measures: dict = {}
    for path in sorted((data / "measures").glob("*.yaml")):
        measures.update(yaml.safe_load(path.read_text(encoding="utf-8"))["measures"])
    entries = [
        e for path in sorted((data / "catalogue").glob("*.yaml")) for e in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    ]
    listings = yaml.safe_load((data / "entities.yaml").read_text(encoding="utf-8"))["entities"]
    return {"measures": measures, "entries": entries, "listings": listings}


# ---- when a clause, listing or entry applies: the engine's rules, on ISO date strings ------------


def _suspends(suspension: dict, clause: str) -> bool:
    return suspension["clauses"] == "all" or clause in suspension["clauses"]


def suspensions_on(measure: dict, clause: str, day: str) -> list[dict]:
    return [s for s in measure.get("suspensions") or [] if _suspends(s, clause) and _text(s["from"]) <= day < _text(s["until"])]


def clause_in_force(measure: dict, clause: str, day: str) -> bool:
    """timeline.in_force: from the clause's effective date, outside every suspension, before the repeal."""
    repeal = measure.get("repealed")
    return (
        _text(measure["clauses"][clause]["effective_from"]) <= day
        and not suspensions_on(measure, clause, day)
        and not (repeal and _text(repeal["on"]) <= day)
    )


def listing_in_force(listing: dict, day: str) -> bool:
    """parties.listing_in_force: from its effective date, outside its suspension, before a stop."""
    suspended_from, until = _text(listing.get("suspended_from")), _text(listing.get("suspended_until"))
    suspended = bool(suspended_from) and suspended_from <= day and (not until or day < until)
    stopped = bool(listing.get("measures_stopped_from")) and _text(listing["measures_stopped_from"]) <= day
    return _text(listing["effective_from"]) <= day and not suspended and not stopped


def entry_in_force(entry: dict, measures: dict, day: str) -> bool:
    """lib.catalogue_entry_in_force: from its effective date, outside the suspensions of its clause."""
    return _text(entry["effective_from"]) <= day and not suspensions_on(measures[entry["measure"]], entry["clause"], day)


def clause_dates(measure: dict, clause: str) -> set[str]:
    dates = {_text(measure["clauses"][clause]["effective_from"])}
    for s in measure.get("suspensions") or []:
        if _suspends(s, clause):
            dates |= {_text(s["from"]), _text(s["until"])}
    if measure.get("repealed"):
        dates.add(_text(measure["repealed"]["on"]))
    return dates


def listing_dates(listing: dict) -> set[str]:
    fields = ("effective_from", "suspended_from", "suspended_until", "measures_stopped_from")
    return {_text(listing.get(f)) for f in fields if listing.get(f)}


def entry_dates(entry: dict, measures: dict) -> set[str]:
    measure = measures[entry["measure"]]
    return {_text(entry["effective_from"])} | {
        d for s in measure.get("suspensions") or [] if _suspends(s, entry["clause"]) for d in (_text(s["from"]), _text(s["until"]))
    }


def day_before(day: str) -> str:
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


def periods(in_force: Callable[[str], bool], dates: Iterable[str]) -> list[tuple[str, str | None]]:
    """The periods [first day, last day or None] in which `in_force` holds. Its answer changes only on
    the given dates, so it is asked on each of them; before the first it does not hold."""
    found: list[tuple[str, str | None]] = []
    start = None
    for day in sorted(set(dates)):
        if in_force(day) and start is None:
            start = day
        elif not in_force(day) and start is not None:
            found.append((start, day_before(day)))
            start = None
    if start is not None:
        found.append((start, None))
    return found


def describe(found: list[tuple[str, str | None]]) -> str:
    if not found:
        return "never"
    return "; ".join(f"{a} to {b}" if b else f"from {a}" for a, b in found)


# ---- the table -------------------------------------------------------------------------------------


def _cell(value) -> str:
    return _text(value).replace("|", "\\|").replace("\n", " ")


def _row(*cells) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _clauses(value) -> str:
    return "all" if value == "all" else ", ".join(value)


def _measure_block(measure_id: str, measure: dict) -> list[str]:
    lines = [
        f"### {measure_id}",
        "",
        f"{measure['title_en']} ({measure['title_zh']}). Issued {measure['issued']} by {measure['issuer']}: <{measure['source']}>",
        "",
        _row("clause", "in force from", "date source", "applies"),
        "|---|---|---|---|",
    ]
    for clause_id, clause in measure["clauses"].items():
        applies = periods(lambda d, clause_id=clause_id: clause_in_force(measure, clause_id, d), clause_dates(measure, clause_id))
        lines.append(_row(clause_id, clause["effective_from"], clause.get("date_source") or clause["source"], describe(applies)))
    changes = [
        _row("suspended", _clauses(s["clauses"]), s["from"], s["until"], s["by"], s.get("interpretation", ""), s["source"])
        for s in measure.get("suspensions") or []
    ]
    if measure.get("repealed"):
        r = measure["repealed"]
        changes.append(_row("repealed", "all", r["on"], "", r["by"], "", r["source"]))
    if changes:
        lines += [
            "",
            _row("state", "clauses", "from", "until (applies again that day)", "by", "reading", "source"),
            "|---|---|---|---|---|---|---|",
            *changes,
        ]
    return lines + [""]


def render(data: Path = DATA) -> str:
    loaded = load(data)
    measures, listings, entries = loaded["measures"], loaded["listings"], loaded["entries"]
    lines = [
        "# Timeline of the reference data",
        "",
        "Generated from `data/` by `python -m cnexport.timeline`; do not edit. `make lint` and `make test` fail",
        "when it is not what the data gives, so that every changed date shows here in a diff.",
        "",
        'Dates are Beijing calendar dates. "Applies" is computed by the engine\'s own rules (`data/README.md`):',
        "a clause from its effective date, outside its suspensions (from `from` up to the day before `until`:",
        "it applies again on the `until` day, I-70-END-DAY) and before its measure's repeal; a listing from its",
        "effective date, outside its suspension and before its measures are stopped; a catalogue entry from its",
        "effective date, outside the suspensions of its clause. Days are inclusive.",
        "",
        "## Measures and their clauses",
        "",
    ]
    for measure_id in sorted(measures):
        lines += _measure_block(measure_id, measures[measure_id])
    lines += [
        "## Listings on the entity lists",
        "",
        _row(
            "announcement",
            "list",
            "entity",
            "decided",
            "in force from",
            "suspended from",
            "suspended until",
            "stopped from",
            "applies",
            "sources",
        ),
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for e in sorted(listings, key=lambda e: (e["announcement"], e["id"])):
        applies = periods(lambda d, e=e: listing_in_force(e, d), listing_dates(e))
        lines.append(
            _row(
                e["announcement"],
                e["list"],
                e["name_en"],
                e["decided"],
                e["effective_from"],
                e.get("suspended_from"),
                e.get("suspended_until"),
                e.get("measures_stopped_from"),
                describe(applies),
                " ".join(f"<{s}>" for s in e["source"]),
            )
        )
    lines += [
        "",
        "## Catalogue entries",
        "",
        _row("entry", "measure", "clause", "in force from", "applies", "source"),
        "|---|---|---|---|---|---|",
    ]
    for entry in sorted(entries, key=lambda e: (e["measure"], e["id"])):
        applies = periods(lambda d, e=entry: entry_in_force(e, measures, d), entry_dates(entry, measures))
        lines.append(_row(entry["id"], entry["measure"], entry["clause"], entry["effective_from"], describe(applies), entry["source"]))
    return "\n".join(lines) + "\n"


def diff(data: Path = DATA, table: Path = TABLE) -> list[str]:
    """The kept table against the one the data gives, as a unified diff (empty when they are the same)."""
    have = table.read_text(encoding="utf-8").splitlines() if table.exists() else []
    return list(
        difflib.unified_diff(have, render(data).splitlines(), f"{table.name} (kept)", f"{table.name} (from data)", n=0, lineterm="")
    )


def stale(data: Path = DATA, table: Path = TABLE, shown: int = 60) -> str:
    """Empty when the table is what the data gives; otherwise how to regenerate it and what differs."""
    lines = diff(data, table)
    if not lines:
        return ""
    more = [f"... and {len(lines) - shown} more lines"] if len(lines) > shown else []
    name = table.relative_to(ROOT) if table.is_relative_to(ROOT) else table
    return "\n".join([f"{name} is not what data/ gives: regenerate it with `{REGENERATE}` and review the diff", *lines[:shown], *more])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cnexport.timeline", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that docs/timeline.md is up to date")
    args = parser.parse_args(argv)
    if args.check:
        problem = stale()
        if problem:
            print(problem, file=sys.stderr)
            return 1
        print(f"timeline: {TABLE.relative_to(ROOT)} is up to date with data/")
        return 0
    TABLE.write_text(render(), encoding="utf-8")
    print(f"timeline: wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
