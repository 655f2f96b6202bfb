"""cnexport diff --dates D1,D2 FILE: what changes in a document's decision between two export dates.

The document is decided by OPA twice, once with each date as its `export_date` (every other field
as written, numbers in their own decimal text), and the two decisions are compared: outcome,
clearance, reasons added and removed, obligations and warnings. Nothing is inferred: both sides are
OPA's decisions, each with its decision id.
"""

from __future__ import annotations

import json
import re
import sys

from .suite import json_text
from .validation import NotJSON, parse_document

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def on_date(raw: bytes, date: str) -> bytes:
    """The document with `date` as its export date."""
    document = parse_document(raw)
    if not isinstance(document, dict):
        raise NotJSON("the document is not a JSON object: it has no export date to change")
    return json_text({**document, "export_date": date}).encode()


def _as_on(text: str, date: str) -> str:
    """A message with its own export date put aside, so that a warning that only names the date is the same on both."""
    return text.replace(date, "{export date}")


def _reason_key(r: dict, date: str) -> tuple:
    return r["code"], r["measure"], r["clause"], r.get("line"), (r.get("party") or {}).get("index"), _as_on(r["message_en"], date)


def _warning_key(w: dict, date: str) -> tuple:
    return w["code"], w.get("measure"), tuple(w.get("lines", ())), _as_on(w["message_en"], date)


def _obligation_key(o: dict, _date: str) -> str:
    return json.dumps(o, sort_keys=True, ensure_ascii=False)


def _error_key(e: dict, date: str) -> tuple:
    return e["path"], _as_on(e["message"], date)


def _compare(before: list[dict], after: list[dict], key, dates: list[str]) -> dict:
    """Added and removed entries; every entry counts, also two that read the same."""
    a, b = [key(x, dates[0]) for x in before], [key(x, dates[1]) for x in after]
    added, removed, left = [], [], list(a)
    for k, x in zip(b, after, strict=True):
        if k in left:
            left.remove(k)
        else:
            added.append(x)
    right = list(b)
    for k, x in zip(a, before, strict=True):
        if k in right:
            right.remove(k)
        else:
            removed.append(x)
    return {"added": added, "removed": removed, "unchanged": len(before) - len(removed)}


def compare(first: dict, second: dict, dates: list[str]) -> dict:
    """What changes from the first decision (on dates[0]) to the second (on dates[1])."""
    return {
        "outcome": [first["outcome"], second["outcome"]],
        "clearance": [first["clearance"], second["clearance"]],
        "reasons": _compare(first["reasons"], second["reasons"], _reason_key, dates),
        "obligations": _compare(first["obligations"], second["obligations"], _obligation_key, dates),
        "warnings": _compare(first["warnings"], second["warnings"], _warning_key, dates),
        "errors": _compare(first["errors"], second["errors"], _error_key, dates),
    }


def text(name: str, dates: list[str], decisions: list[dict], ids: list, change: dict) -> str:
    d1, d2 = dates
    out = [f"{name}: {decisions[0]['id']} exported on {d1} and on {d2}"]
    for d, decision, decision_id in zip(dates, decisions, ids, strict=True):
        out.append(f"  {d}: {decision['outcome']} / {decision['clearance']}   decision id {decision_id or 'none'}")
    same = all(not change[k]["added"] and not change[k]["removed"] for k in ("reasons", "obligations", "warnings", "errors"))
    if change["outcome"][0] == change["outcome"][1] and change["clearance"][0] == change["clearance"][1] and same:
        return "\n".join(out + ["  nothing changes"])
    if change["outcome"][0] != change["outcome"][1]:
        out.append(f"  outcome {change['outcome'][0]} -> {change['outcome'][1]}")
    if change["clearance"][0] != change["clearance"][1]:
        out.append(f"  clearance {change['clearance'][0]} -> {change['clearance'][1]}")

    def where(x):
        return f" line {x['line']}" if x.get("line") else ""

    for sign, side in (("+", "added"), ("-", "removed")):
        for r in change["reasons"][side]:
            out.append(f"  {sign} reason {r['code']} ({r['measure']} clause {r['clause']}{where(r)}, {r['outcome']}): {r['message_en']}")
        for o in change["obligations"][side]:
            out.append(
                f"  {sign} obligation {o['type']} ({o['basis']['measure']} clause {o['basis']['clause']}{where(o)}) due "
                f"{o.get('due', '(no date)')}: {o.get('message_en', '')}"
            )
        for w in change["warnings"][side]:
            out.append(f"  {sign} warning {w['code']}{where(w)}: {w['message_en']}")
        for e in change["errors"][side]:
            out.append(f"  {sign} error {e['path'] or '/'}: {e['message']}")
    out.append(f"  ('+' only on {d2}, '-' only on {d1}; {change['reasons']['unchanged']} reason(s) on both)")
    return "\n".join(out)


def cmd_diff(args) -> int:
    from contextlib import ExitStack

    from .batch import NotDecided, Source, read
    from .cli import _decision_validator, answer_timeout, connect, decide_one
    from .client import BadAnswer, UndefinedResult
    from .opa import OpaUnavailable

    dates = [d.strip() for d in args.dates.split(",")]
    if len(dates) != 2 or not all(_DATE.match(d) for d in dates):
        print(f"cnexport: --dates {args.dates!r}: write two dates, D1,D2, e.g. 2026-11-09,2026-11-10", file=sys.stderr)
        return 2
    with ExitStack() as stack:
        try:
            raw = sys.stdin.buffer.read() if args.file == "-" else read(Source(args.file, args.file))
            documents = [on_date(raw, d) for d in dates]
            client = connect(stack, args.opa_url)
            validator = _decision_validator()
            answers = [decide_one(client, doc, validator, answer_timeout(doc) if args.opa_url else None) for doc in documents]
        except (NotJSON, NotDecided, OpaUnavailable, UndefinedResult, BadAnswer) as error:
            print(f"cnexport: {args.file}: no comparison: {error}", file=sys.stderr)
            return 2
    decisions, ids = [a[0] for a in answers], [a[1] for a in answers]
    change = compare(*decisions, dates)
    if args.json:
        print(json.dumps({"file": args.file, "dates": dates, "decision_ids": ids, **change}, ensure_ascii=False, sort_keys=True))
    else:
        print(text(args.file, dates, decisions, ids, change))
    return 0


def add_parser(sub) -> None:
    diff = sub.add_parser("diff", help="what changes in a document's decision between two export dates")
    diff.add_argument("--dates", required=True, metavar="D1,D2", help="the two export dates, e.g. 2026-11-09,2026-11-10")
    diff.add_argument("file", metavar="FILE", help="a shipment document (- for standard input)")
    diff.add_argument("--json", action="store_true", help="the comparison as one line of JSON")
    diff.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    diff.set_defaults(run=cmd_diff)
