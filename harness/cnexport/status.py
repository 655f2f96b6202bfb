"""The state of the law on a date, as OPA answers it (POST /v1/data/cnexport/status), for people.

`cnexport status`, `explain` and the reports only present OPA's answer: every state, date and
source here comes from the status entry point (policies/cnexport/status.rego), which reads the
reference data by the engine's own rules. The timeline picture asks it on each date where a state
may change (its `change_dates`) and draws the periods between them.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from .client import BadAnswer, Client, UndefinedResult
from .opa import OpaUnavailable
from .paths import SCHEMAS
from .timeline import day_before

# The states of a clause or a listing, in English and Chinese, as the tables and the picture name them.
STATES = {
    "not_yet_in_force": ("not yet in force", "尚未施行"),
    "in_force": ("in force", "施行中"),
    "suspended": ("suspended", "暂停实施"),
    "revived": ("revived", "恢复实施"),
    "repealed": ("repealed", "已废止"),
    "stopped": ("stopped", "已停止"),
}
# Print-safe fills, told apart in grey scale too (the picture also names each state in its legend).
FILLS = {
    "not_yet_in_force": "#ffffff",
    "in_force": "#2e7d32",
    "suspended": "#f9a825",
    "revived": "#66bb6a",
    "repealed": "#616161",
    "stopped": "#c62828",
}


class NoStatus(RuntimeError):
    """OPA gave no usable answer on the state of the law: never shown as one."""


def _validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS / "status-result.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def ask(client: Client, date: str | None, entries: list[str] | None = None) -> dict:
    """OPA's answer for `date` (today in Beijing when None), with the catalogue entries named;
    NoStatus when it is not an answer."""
    request = json.dumps({**({"date": date} if date is not None else {}), **({"entries": entries} if entries else {})}).encode()
    try:
        answer = client.query("cnexport/status", request)
    except (OpaUnavailable, UndefinedResult, BadAnswer) as error:
        raise NoStatus(str(error)) from error
    problems = [e.message for e in _validator().iter_errors(answer)]
    if problems:
        raise NoStatus(f"OPA's status answer breaks its schema: {problems[:3]}")
    if answer["errors"]:
        raise NoStatus("; ".join(f"{e['path'] or '/'}: {e['message']}" for e in answer["errors"]))
    return answer


def clause_order(clause: str) -> list:
    """`1(2)` before `2` before `10`: the announcement's own order."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", clause)]


def state_text(entry: dict, lang: str = "en") -> str:
    """A clause's or a listing's state with its dates and the instrument that set it."""
    word = STATES[entry["state"]][0 if lang == "en" else 1]
    by = f" by {entry['by']}" if "by" in entry else ""
    if entry["state"] == "suspended":
        until = f" until {entry['until']} (applies again that day)" if "until" in entry else " until further notice"
        return f"{word} from {entry['from']}{until}{by}"
    if entry["state"] == "revived":
        return f"{word} on {entry['from']}, when the suspension{by} ended"
    if entry["state"] == "not_yet_in_force":
        return f"{word}: from {entry['from']}"
    return f"{word} from {entry['from']}{by}"


@dataclass
class Row:
    """One clause on the date: what the table and the report print."""

    measure: str
    clause: str
    title: str
    state: str
    text: str
    source: str
    source_quality: str
    change_source: str
    interpretation: list[str]


def rows(answer: dict) -> list[Row]:
    found = []
    for measure_id in sorted(answer["measures"]):
        clauses = answer["measures"][measure_id]["clauses"]
        for clause in sorted(clauses, key=clause_order):
            c = clauses[clause]
            found.append(
                Row(
                    measure_id,
                    clause,
                    c["title_en"],
                    c["state"],
                    state_text(c),
                    c.get("date_source") or c["source"],
                    c["source_quality"],
                    c.get("change_source", ""),
                    [c[k] for k in ("interpretation", "change_interpretation") if c.get(k)],
                )
            )
    return found


def table(answer: dict) -> str:
    """The answer as text: each measure, then each clause with its state and sources; the listings; warnings."""
    out = [
        f"The law on {answer['date']} (reference data {answer['reference_data']['version']}, verified through "
        f"{answer['reference_data']['verified_through']})"
    ]
    for measure_id in sorted(answer["measures"]):
        m = answer["measures"][measure_id]
        out.append(
            f"\n{measure_id}  {m['title_en']} ({m['title_zh']}), issued {m['issued']} by {m['issuer']}  "
            f"[{m['source_quality']}] {m['source']}"
        )
        for row in (r for r in rows(answer) if r.measure == measure_id):
            reading = f" (reading {', '.join(row.interpretation)})" if row.interpretation else ""
            change = f"; change: {row.change_source}" if row.change_source else ""
            out.append(
                f"  {row.clause:<6} {row.text}{reading}\n         {row.title}\n         date source [{row.source_quality}] "
                f"{row.source}{change}"
            )
    out.append("\nListings on the entity lists, by announcement and state")
    for listing in answer["listings"]:
        out.append(
            f"  {listing['announcement']:<16} {listing['list']:<24} {state_text(listing)}: {len(listing['entries'])} "
            f"listing(s)  [{listing['source_quality']}] {listing['source']}"
        )
    out += [f"\nnote {w['code']}: {w['message_en']}" for w in answer["warnings"]]
    return "\n".join(out)


# ---- the timeline picture ---------------------------------------------------------------------------


@dataclass
class Band:
    """One row of the picture: clauses (or listings) of a measure that share every period."""

    label: str
    periods: list[tuple[str, str | None, dict]]  # first day, last day (None: open), state entry


def _key(entry: dict) -> tuple:
    return entry["state"], entry.get("from"), entry.get("until"), entry.get("by")


def _periods(states: list[tuple[str, dict | None]]) -> list[tuple[str, str | None, dict]]:
    """The periods of one clause or listing from its state on each change date (None: not there)."""
    found: list[tuple[str, str | None, dict]] = []
    for day, entry in states:
        if entry is None:
            continue
        if found and found[-1][1] is None and _key(found[-1][2]) == _key(entry):
            continue
        if found and found[-1][1] is None:
            found[-1] = (found[-1][0], day_before(day), found[-1][2])
        found.append((day, None, entry))
    return [p for p in found if p[2]["state"] != "not_yet_in_force"]


def bands(answers: dict[str, dict]) -> list[Band]:
    """Every measure's periods from OPA's answers on each change date (date -> answer)."""
    days = sorted(answers)
    last = answers[days[-1]]
    found = []
    for measure_id in sorted(last["measures"]):
        grouped: dict[tuple, list[str]] = {}
        periods_of = {}
        for clause in sorted(last["measures"][measure_id]["clauses"], key=clause_order):
            periods = _periods([(d, answers[d]["measures"][measure_id]["clauses"][clause]) for d in days])
            signature = tuple((a, b, _key(e)) for a, b, e in periods)
            grouped.setdefault(signature, []).append(clause)
            periods_of[signature] = periods
        for signature, clauses in grouped.items():
            label = measure_id if len(grouped) == 1 else f"{measure_id} {', '.join(clauses)}"
            found.append(Band(label, periods_of[signature]))
    listings: dict[tuple, dict[str, dict]] = {}
    for d in days:
        for listing in answers[d]["listings"]:
            for entry_id in listing["entries"]:
                listings.setdefault((listing["announcement"], entry_id), {})[d] = listing
    grouped_listings: dict[tuple, list] = {}
    for (announcement, _), by_day in sorted(listings.items()):
        periods = _periods([(d, by_day.get(d)) for d in days])
        signature = (announcement, tuple((a, b, _key(e)) for a, b, e in periods))
        grouped_listings.setdefault(signature, [periods, 0])[1] += 1
    for (announcement, _), (periods, n) in grouped_listings.items():
        found.append(Band(f"{announcement} listings ({n})", periods))
    return found


def timeline_answers(client: Client, date: str | None) -> tuple[dict, dict[str, dict]]:
    """OPA's answer on `date` and on every change date: what the table and the picture show."""
    answer = ask(client, date)
    return answer, {d: ask(client, d) for d in answer["change_dates"]}


def _x(day: str, first: str, last: str, left: int, width: int) -> float:
    a, b, d = (datetime.date.fromisoformat(x) for x in (first, last, day))
    return left + width * (d - a).days / max((b - a).days, 1)


def svg(found: list[Band], marked: str) -> str:
    """The picture: a row per band, a bar per period coloured by state, the year lines and the date marked."""
    first = min(p[0] for b in found for p in b.periods)
    last_day = max([marked] + [p[1] or p[0] for b in found for p in b.periods])
    last = f"{int(last_day[:4]) + 1}-01-01"
    left, width, row, top = 300, 760, 16, 40
    height = top + row * len(found) + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 0 {left + width + 20} {height}" '
        f'width="100%" font-family="sans-serif" font-size="10">',
        f"<title>Periods of every measure and listing, {escape(first)} to {escape(last)}; {escape(marked)} marked</title>",
    ]
    for year in range(int(first[:4]) + 1, int(last[:4]) + 1):
        x = _x(f"{year}-01-01", first, last, left, width)
        out.append(
            f'<line x1="{x:.1f}" y1="{top - 12}" x2="{x:.1f}" y2="{height - 30}" stroke="#bbbbbb"/>'
            f'<text x="{x:.1f}" y="{top - 16}" text-anchor="middle">{year}</text>'
        )
    for i, band in enumerate(found):
        y = top + i * row
        out.append(f'<text x="{left - 6}" y="{y + 11}" text-anchor="end">{escape(band.label)}</text>')
        for start, end, entry in band.periods:
            x1 = _x(start, first, last, left, width)
            x2 = _x(_day_after(end), first, last, left, width) if end else left + width
            tip = f"{band.label}: {state_text(entry)} ({start} to {end or 'open'})"
            out.append(
                f'<rect x="{x1:.1f}" y="{y + 2}" width="{max(x2 - x1, 1):.1f}" height="{row - 4}" '
                f'fill="{FILLS[entry["state"]]}" stroke="#333333" stroke-width="0.5" data-state="{entry["state"]}">'
                f"<title>{escape(tip)}</title></rect>"
            )
    x = _x(marked, first, last, left, width)
    out.append(
        f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 30}" stroke="#1565c0" stroke-width="1.5"/>'
        f'<text x="{x:.1f}" y="{top - 4}" fill="#1565c0" text-anchor="middle">{escape(marked)}</text>'
    )
    legend_y = height - 12
    for i, (state, (en, zh)) in enumerate(s for s in STATES.items() if s[0] != "not_yet_in_force"):
        lx = left + i * 130
        out.append(
            f'<rect x="{lx}" y="{legend_y - 9}" width="12" height="10" fill="{FILLS[state]}" stroke="#333333" stroke-width="0.5"/>'
            f'<text x="{lx + 16}" y="{legend_y}">{escape(en)} {escape(zh)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)


def _day_after(day: str) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


# ---- the commands ------------------------------------------------------------------------------------


def _connected(args, stack):
    from .cli import connect

    return connect(stack, args.opa_url)


def cmd_status(args) -> int:
    from contextlib import ExitStack

    with ExitStack() as stack:
        try:
            client = _connected(args, stack)
            if args.html:
                answer, answers = timeline_answers(client, args.date)
            else:
                answer = ask(client, args.date)
        except (OpaUnavailable, NoStatus) as error:
            print(f"cnexport: no status: {error}", file=sys.stderr)
            return 2
    if args.html:
        from .report import environment, now

        page = (
            environment()
            .get_template("status.html")
            .render(answer=answer, rows=rows(answer), svg=svg(bands(answers), answer["date"]), generated=now())
        )
        Path(args.html).write_text(page, encoding="utf-8")
        print(f"cnexport: wrote {args.html}", file=sys.stderr)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, sort_keys=True))
    else:
        print(table(answer))
    return 0


def _reading_lines(ids: set[str]) -> list[str]:
    from .report import readings

    known = readings()
    out = []
    for i in sorted(ids):
        r = known.get(i)
        out.append(f"  reading {i}: {r.title}\n    {r.reading}" if r else f"  reading {i}: not found in docs/interpretations.md")
    return out


def _clause_lines(answer: dict, answers: dict[str, dict], measure_id: str, clause: str) -> list[str]:
    c = answer["measures"][measure_id]["clauses"][clause]
    days = sorted(answers)
    periods = _periods([(d, answers[d]["measures"][measure_id]["clauses"][clause]) for d in days])
    shown = "; ".join(f"{STATES[e['state']][0]} {a} to {b}" if b else f"{STATES[e['state']][0]} from {a}" for a, b, e in periods)
    out = [
        f"  clause {clause}: {c['title_en']}",
        f"    in force from {c['effective_from']}; on {answer['date']}: {state_text(c)}",
        f"    periods: {shown or 'none'}",
        f"    source [{c['source_quality']}] {c['source']}",
    ]
    if c.get("date_source") and c["date_source"] != c["source"]:
        out.append(f"    date source {c['date_source']}")
    if c.get("change_source"):
        out.append(f"    source of the {STATES[c['state']][0]} state: {c['change_source']}")
    return out


def _explain_measure(answer: dict, answers: dict, measure_id: str) -> list[str]:
    m = answer["measures"][measure_id]
    out = [
        f"{measure_id}: {m['title_en']} ({m['title_zh']})",
        f"  issued {m['issued']} by {m['issuer']}; source [{m['source_quality']}] {m['source']}",
    ]
    cited = set()
    for clause in sorted(m["clauses"], key=clause_order):
        out += _clause_lines(answer, answers, measure_id, clause)
        # The readings of the clause and of every suspension that ever reaches it, whatever the date shown.
        for shown in [answer, *answers.values()]:
            c = shown["measures"][measure_id]["clauses"][clause]
            cited |= {c[k] for k in ("interpretation", "change_interpretation") if c.get(k)}
    for listing in answer["listings"]:
        if listing["announcement"] == measure_id:
            out.append(f"  listings on the {listing['list']}: {len(listing['entries'])} {state_text(listing)}")
    return out + _reading_lines(cited)


def _explain_code(answer: dict, answers: dict, code: str, rules: list[dict], blocks: dict) -> list[str]:
    """Each rule that gives the code (citations.rows: its measure from its package's METADATA; an
    item-list clause's reason from its data, citations.data_rows)."""
    out = []
    for rule in rules:
        a, custom = blocks[(rule["file"], rule["row"])]["annotations"], rule["custom"]
        outcome = f", outcome {custom['outcome']}" if "outcome" in custom else ""
        out += [
            f"{code}: {a.get('title', '')} ({rule['kind']}{outcome})",
            f"  rule {rule['file']}:{rule['row']}",
            *([f"  text: {' '.join(a['description'].split())}"] if a.get("description") else []),
            f"  message_en: {' '.join(custom.get('message_en', '').split())}",
            f"  message_zh: {' '.join(custom.get('message_zh', '').split())}",
        ]
        measure_id, clause = rule["measure"], rule["clause"]
        if measure_id in answer["measures"]:
            m = answer["measures"][measure_id]
            out.append(f"  cites {measure_id}: {m['title_en']} ({m['title_zh']}), issued {m['issued']} by {m['issuer']}")
            clauses = [str(clause)] if clause is not None else sorted(m["clauses"], key=clause_order)
            for c in clauses:
                out += _clause_lines(answer, answers, measure_id, c)
        else:
            out.append("  cites the measure and clause its data names (a listing: the announcement that made it), or none")
        out += _reading_lines({custom["interpretation"]} if custom.get("interpretation") else set())
    return out


def _explain_reading(answer: dict, reading_id: str, rules: list[dict]) -> list[str]:
    out = _reading_lines({reading_id})
    codes = sorted({r["code"] for r in rules if r["custom"].get("interpretation") == reading_id})
    out.append(f"  codes that rely on it: {', '.join(codes) or 'none'}")
    for measure_id in sorted(answer["measures"]):
        for clause, c in sorted(answer["measures"][measure_id]["clauses"].items(), key=lambda kv: clause_order(kv[0])):
            if reading_id in (c.get("interpretation"), c.get("change_interpretation")):
                out.append(f"  {measure_id} clause {clause} relies on it; on {answer['date']}: {state_text(c)}")
    return out


def cmd_explain(args) -> int:
    from contextlib import ExitStack

    from .citations import annotations, data_rows
    from .citations import rows as rule_rows
    from .paths import POLICIES
    from .report import readings

    term = args.term.strip()
    with ExitStack() as stack:
        try:
            client = _connected(args, stack)
            answer, answers = timeline_answers(client, args.date)
        except (OpaUnavailable, NoStatus) as error:
            print(f"cnexport: no explanation: {error}", file=sys.stderr)
            return 2
    try:
        found = annotations(POLICIES)
    except (OSError, RuntimeError) as error:
        print(f"cnexport: no explanation: cannot read the rules' METADATA: {error}", file=sys.stderr)
        return 2
    # The item-list clauses' reasons are data (citations.data_rows): their title and text are the clause's.
    data = data_rows()
    rules = rule_rows(found) + data
    blocks = {(a["location"]["file"], a["location"]["row"]): a for a in found} | {
        (r["file"], r["row"]): {"annotations": {"title": r["title"], "description": r["description"]}} for r in data
    }
    by_code = [r for r in rules if r["code"] == term]
    measures = {m.upper(): m for m in answer["measures"]}
    if term.upper() in measures:
        out = _explain_measure(answer, answers, measures[term.upper()])
    elif term.upper() in readings():
        out = _explain_reading(answer, term.upper(), rules)
    elif by_code:
        out = _explain_code(answer, answers, term, by_code, blocks)
    else:
        import difflib

        names = list(answer["measures"]) + list(readings()) + sorted({r["code"] for r in rules if r["code"]})
        close = difflib.get_close_matches(term, names, n=5, cutoff=0.6)
        print(
            f"cnexport: {term!r} is no reason, obligation or warning code, measure or reading"
            + (f"; did you mean {', '.join(close)}?" if close else ""),
            file=sys.stderr,
        )
        return 2
    # The notes that concern what is explained: the data's own limits, and those of its measure.
    named = {measures.get(term.upper())} | {r["measure"] for r in by_code}
    notes = [w for w in answer["warnings"] if w.get("measure") in named or "measure" not in w]
    print(
        "\n".join(
            out
            + [f"  (states on {answer['date']}; reference data {answer['reference_data']['version']})"]
            + [f"  note {w['code']}: {w['message_en']}" for w in notes]
        )
    )
    return 0


def add_parsers(sub) -> None:
    status = sub.add_parser("status", help="every measure, clause and listing with its state on a date")
    status.add_argument("--date", help="YYYY-MM-DD (default: today in Beijing)")
    status.add_argument("--json", action="store_true", help="OPA's answer as one line of JSON")
    status.add_argument("--html", metavar="FILE", help="also write a page with the table and the timeline picture of every measure")
    status.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    status.set_defaults(run=cmd_status)
    explain = sub.add_parser("explain", help="a reason code, measure or reading: its clause, dates, sources and reading")
    explain.add_argument("term", metavar="CODE|MEASURE|INTERPRETATION", help="e.g. RE61_CN_CONTENT, MOFCOM-2025-61, I-70-END-DAY")
    explain.add_argument("--date", help="the date of the states shown, YYYY-MM-DD (default: today in Beijing)")
    explain.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    explain.set_defaults(run=cmd_explain)
