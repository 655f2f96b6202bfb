"""cnexport diff --dates D1,D2 FILE: what changes in a document's decision between two export dates.

The document is decided by OPA twice, once with each date as its `export_date` (every other byte of
it as written, numbers in their own decimal text), and the two decisions are compared: outcome,
clearance, reasons added and removed, obligations and warnings. Nothing is inferred: both sides are
OPA's decisions, each with its decision id.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal

from .validation import NotJSON, parse_document

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _dump(value) -> str:
    """JSON text of a parsed document, each number in the decimal text it was read from."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {_dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_dump(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def on_date(raw: bytes, date: str) -> bytes:
    """The document with `date` as its export date."""
    document = parse_document(raw)
    if not isinstance(document, dict):
        raise NotJSON("the document is not a JSON object: it has no export date to change")
    return _dump({**document, "export_date": date}).encode()


def _reason_key(r: dict) -> tuple:
    return r["code"], r["measure"], r["clause"], r.get("line"), (r.get("party") or {}).get("index")


def _warning_key(w: dict) -> tuple:
    return w["code"], w.get("measure"), w.get("line"), w["message_en"]


def _obligation_key(o: dict) -> tuple:
    return tuple(sorted((k, json.dumps(v, sort_keys=True)) for k, v in o.items()))


def _compare(before: list[dict], after: list[dict], key) -> dict:
    a, b = {key(x): x for x in before}, {key(x): x for x in after}
    return {"added": [b[k] for k in b if k not in a], "removed": [a[k] for k in a if k not in b],
            "unchanged": len([k for k in a if k in b])}


def compare(first: dict, second: dict) -> dict:
    """What changes from the first decision to the second."""
    return {
        "outcome": [first["outcome"], second["outcome"]],
        "clearance": [first["clearance"], second["clearance"]],
        "reasons": _compare(first["reasons"], second["reasons"], _reason_key),
        "obligations": _compare(first["obligations"], second["obligations"], _obligation_key),
        "warnings": _compare(first["warnings"], second["warnings"], _warning_key),
        "errors": _compare(first["errors"], second["errors"], lambda e: (e["path"], e["message"])),
    }


def text(name: str, dates: list[str], decisions: list[dict], ids: list, change: dict) -> str:
    d1, d2 = dates
    out = [f"{name}: {decisions[0]['id']} exported on {d1} and on {d2}"]
    for d, decision, decision_id in zip(dates, decisions, ids):
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
            out.append(f"  {sign} obligation {o['type']} due {o.get('due', '')}: {o.get('message_en', o.get('basis', ''))}")
        for w in change["warnings"][side]:
            out.append(f"  {sign} warning {w['code']}{where(w)}: {w['message_en']}")
        for e in change["errors"][side]:
            out.append(f"  {sign} error {e['path'] or '/'}: {e['message']}")
    out.append(f"  ('+' only on {d2}, '-' only on {d1}; {change['reasons']['unchanged']} reason(s) on both)")
    return "\n".join(out)


def cmd_diff(args) -> int:
    from contextlib import ExitStack

    from .cli import NotDecided, _decision_validator, _read, answer_timeout, connect, decide_one
    from .client import BadAnswer, UndefinedResult
    from .opa import OpaUnavailable
    dates = [d.strip() for d in args.dates.split(",")]
    if len(dates) != 2 or not all(_DATE.match(d) for d in dates):
        print(f"cnexport: --dates {args.dates!r}: write two dates, D1,D2, e.g. 2026-11-09,2026-11-10", file=sys.stderr)
        return 2
    with ExitStack() as stack:
        try:
            raw = _read(args.file)
            documents = [on_date(raw, d) for d in dates]
            client = connect(stack, args.opa_url)
            validator = _decision_validator()
            answers = [decide_one(client, doc, validator, answer_timeout(doc) if args.opa_url else None) for doc in documents]
        except (NotJSON, NotDecided, OpaUnavailable, UndefinedResult, BadAnswer) as error:
            print(f"cnexport: {args.file}: no comparison: {error}", file=sys.stderr)
            return 2
    decisions, ids = [a[0] for a in answers], [a[1] for a in answers]
    change = compare(*decisions)
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
