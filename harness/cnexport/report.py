"""Audit reports: a printable HTML page and a Markdown file of OPA's decisions, with what they rest on.

    cnexport report [--out BASE] [--opa-url URL] PATH...    writes BASE.html and BASE.md

One report per run: one decision, or a batch of them with a summary. For each decision it shows
what OPA decided (outcome, clearance, every reason in English and Chinese with its measure,
clause, figures and source, obligations, warnings, errors), the reference-data entries it used with
their source quality (the clauses its reasons cite and their state on the export date, as OPA's
status entry point gives them; the catalogue entries of its lines; the listings its parties
match), the readings of docs/interpretations.md it relies on, and where it came from: the decision
id of OPA's decision log, the revision of each bundle OPA serves, the reference-data version and
the date. A document that got no decision is listed with the reason, never left out.
"""

from __future__ import annotations

import datetime
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from . import status
from .databuild import INTERPRETATION_HEADING
from .paths import INTERPRETATIONS


@dataclass
class Reading:
    id: str
    title: str
    reading: str


def readings(path: Path = INTERPRETATIONS) -> dict[str, Reading]:
    """Every entry of docs/interpretations.md: its title and the reading taken."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    found = {}
    heads = list(INTERPRETATION_HEADING.finditer(text))
    for head, following in zip(heads, heads[1:] + [None], strict=True):
        section = text[head.start() : following.start() if following else len(text)]
        title = section.splitlines()[0].split("—", 1)[-1].strip()
        taken = re.search(r"^- \*\*Reading taken\.?\*\*\.?\s*(.*?)(?=^- \*\*|\Z)", section, re.M | re.S)
        found[head.group(1)] = Reading(head.group(1), title, " ".join((taken.group(1) if taken else section).split()))
    return found


@dataclass
class Entry:
    """A reference-data entry a decision used, with where it comes from and how good that source is."""

    kind: str
    id: str
    what: str
    state: str
    source: str
    source_quality: str


@dataclass
class Item:
    """One document of the report: its decision, or why it got none."""

    name: str
    decision: dict | None = None
    decision_id: str | None = None
    problem: str = ""
    entries: list[Entry] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)


def _interpretations_cited(decision: dict, on_date: dict) -> set[str]:
    cited = {r["interpretation"] for r in decision["reasons"] if r.get("interpretation")}
    cited |= {w["interpretation"] for w in decision["warnings"] if w.get("interpretation")}
    for r in decision["reasons"]:
        clause = on_date["measures"].get(r["measure"], {}).get("clauses", {}).get(r["clause"], {})
        cited |= {clause[k] for k in ("interpretation", "change_interpretation") if clause.get(k)}
    return cited


def entries_used(decision: dict, on_date: dict) -> list[Entry]:
    """The clauses cited, the catalogue entries of the lines and the listings matched, as the status
    answer for the decision's date describes them."""
    found: dict[tuple, Entry] = {}
    for r in decision["reasons"]:
        measure = on_date["measures"].get(r["measure"])
        clause = measure["clauses"].get(r["clause"]) if measure else None
        if clause is None:
            found[("clause", r["measure"], r["clause"])] = Entry(
                "clause", f"{r['measure']} clause {r['clause']}", "not in the reference data OPA serves", "", "", ""
            )
            continue
        found[("clause", r["measure"], r["clause"])] = Entry(
            "clause",
            f"{r['measure']} clause {r['clause']}",
            clause["title_en"],
            status.state_text(clause),
            clause.get("date_source") or clause["source"],
            clause["source_quality"],
        )
    for line in decision["lines"]:
        for control in line.get("controls", []):
            entry = on_date.get("catalogue", {}).get(control["entry_id"], {})
            found[("catalogue", control["entry_id"])] = Entry(
                "catalogue entry",
                control["entry_id"],
                f"{control.get('name_en', '')} ({control.get('control_code', '')}; {control['measure']} clause {control['clause']})",
                f"applies from {entry['effective_from']}"
                if entry.get("applies")
                else f"does not apply on the date (from {entry['effective_from']})"
                if entry
                else "not in the reference data OPA serves",
                entry.get("source", ""),
                entry.get("source_quality") or control.get("source_quality", ""),
            )
    listings = {e: listing for listing in on_date["listings"] for e in listing["entries"]}
    for party in [decision.get("exporter") or {"matches": []}, *decision["parties"]]:
        for match in party["matches"]:
            listing = listings.get(match["entry_id"])
            found[("listing", match["entry_id"])] = Entry(
                "listing",
                match["entry_id"],
                f"{match['name']} on the {match['list']}" + (f" ({listing['announcement']})" if listing else ""),
                status.state_text(match["status"]),
                listing["source"] if listing else "",
                listing["source_quality"] if listing else "",
            )
    return list(found.values())


def build_item(item: Item, on_date: dict, known: dict[str, Reading]) -> Item:
    if item.decision is not None:
        item.entries = entries_used(item.decision, on_date)
        item.readings = [
            known.get(i) or Reading(i, "", "not found in docs/interpretations.md")
            for i in sorted(_interpretations_cited(item.decision, on_date))
        ]
    return item


def _figure(value) -> str:
    if isinstance(value, dict) and {"amount", "currency"} <= value.keys():
        return f"{value['amount']} {value['currency']}"
    if isinstance(value, list):
        return ", ".join(_figure(v) for v in value)
    return str(value)


def _md(value) -> str:
    """A Markdown table cell: pipes escaped, one line, and no HTML the viewer would run."""
    return (
        str(value if value is not None else "")
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ")
    )


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("cnexport", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["figure"] = _figure
    env.filters["md"] = _md
    env.filters["state"] = status.state_text
    return env


def render(items: list[Item], served: dict, svg: str, generated: str) -> tuple[str, str]:
    """The HTML page and the Markdown file of a report."""
    env = environment()
    context = {
        "items": items,
        "served": served,
        "svg": svg,
        "generated": generated,
        "decided": [i for i in items if i.decision is not None],
    }
    return env.get_template("report.html").render(context), env.get_template("report.md").render(context)


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def used_entries(items: list[Item], date: str) -> list[str]:
    """The catalogue entries the lines of the decisions for `date` matched."""
    return sorted(
        {
            c["entry_id"]
            for i in items
            if i.decision and i.decision["rules_in_force_on"] == date
            for line in i.decision["lines"]
            for c in line.get("controls", [])
        }
    )


def cited_bands(bands: list[status.Band], items: list[Item]) -> list[status.Band]:
    """The rows of the timeline picture for the measures the decisions cite."""
    cited = {r["measure"] for i in items if i.decision for r in i.decision["reasons"]}
    cited |= {w["measure"] for i in items if i.decision for w in i.decision["warnings"] if w.get("measure")}
    return [b for b in bands if b.label.split(" ")[0] in cited]


# ---- the command ------------------------------------------------------------------------------------


def served_by(client, opa_url: str | None) -> dict:
    """Where the decisions come from: the bundles OPA serves, or the files it loaded."""
    from .bundle import git_commit
    from .paths import DATA_OUT, POLICIES

    today = status.ask(client, None)
    return {
        "opa": opa_url or f"started for this run from {POLICIES} and {DATA_OUT}",
        "bundle_revisions": today["bundle_revisions"],
        "reference_data": today["reference_data"],
        "no_bundle": f"OPA loaded the policies and reference data as files (git commit {git_commit()})",
    }


def cmd_report(args) -> int:
    from contextlib import ExitStack

    from .batch import NotDecided, read, sources
    from .cli import _decision_validator, answer_timeout, connect, decide_one
    from .client import BadAnswer, UndefinedResult
    from .opa import OpaUnavailable

    items: list[Item] = []
    with ExitStack() as stack:
        try:
            client = connect(stack, args.opa_url)
            validator = _decision_validator()
            for source in sources(args.files, lambda note: print(f"cnexport: {note}", file=sys.stderr)):
                try:
                    raw = read(source)
                    decision, decision_id = decide_one(client, raw, validator, answer_timeout(raw) if args.opa_url else None)
                    items.append(Item(source.label, decision, decision_id))
                except (NotDecided, UndefinedResult, BadAnswer) as error:
                    items.append(Item(source.label, problem=str(error)))
            dates = sorted({i.decision["rules_in_force_on"] for i in items if i.decision and i.decision["rules_in_force_on"]})
            on_date = {d: status.ask(client, d, used_entries(items, d)) for d in dates}
            served = served_by(client, args.opa_url)
            picture = ""
            if dates:
                _, answers = status.timeline_answers(client, dates[-1])
                shown = cited_bands(status.bands(answers), items)
                picture = status.svg(shown, dates[-1]) if shown else ""
        except (OpaUnavailable, status.NoStatus) as error:
            print(f"cnexport: no report: {error}", file=sys.stderr)
            return 2
    known = readings()
    empty = {"measures": {}, "listings": []}
    for item in items:
        build_item(item, on_date.get(item.decision["rules_in_force_on"], empty) if item.decision else empty, known)
    html, markdown = render(items, served, picture, now())
    base = Path(args.out)
    base.parent.mkdir(parents=True, exist_ok=True)
    for suffix, text in ((".html", html), (".md", markdown)):
        path = base.with_name(base.name + suffix)
        path.write_text(text, encoding="utf-8")
        print(f"cnexport: wrote {path}", file=sys.stderr)
    missing = [i for i in items if i.decision is None]
    for item in missing:
        print(f"cnexport: {item.name}: no decision: {item.problem}", file=sys.stderr)
    return 2 if missing else 0


def add_parser(sub) -> None:
    report = sub.add_parser("report", help="write an audit report (HTML page and Markdown) of decisions")
    report.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="shipment documents, folders of them or JSON Lines files (- for standard input); more than one document makes a batch",
    )
    report.add_argument("--out", default="cnexport-report", metavar="BASE", help="write BASE.html and BASE.md (default: cnexport-report)")
    report.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    report.set_defaults(run=cmd_report)
