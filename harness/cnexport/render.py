"""Decisions printed for people: a block per shipment, with the reasons a reader must check."""

from __future__ import annotations

import textwrap

_FIGURE_KEYS = ("ratio_percent", "threshold_percent", "due", "purposes", "technologies", "via", "share", "entries",
                "activities", "claims", "declared_control_code", "export_basis", "blocking")


def _figures(figures: dict) -> str:
    shown = [f"{k}={figures[k]}" for k in _FIGURE_KEYS if k in figures and figures[k] not in ("", None)]
    if "cn_content_value" in figures:
        c, v = figures["cn_content_value"], figures["item_value"]
        shown.insert(0, f"content {c['amount']} {c['currency']} of {v['amount']} {v['currency']}")
    return "; ".join(shown)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=110, initial_indent=indent, subsequent_indent=indent + "  ")


def _status(status: dict) -> str:
    """A listing's state on the date: in force, not yet in force, suspended until, stopped."""
    words = {"in_force": "in force", "not_yet_in_force": "not yet in force, from", "stopped": "stopped from",
             "suspended": "suspended from"}
    until = f" until {status['suspended_until']}" if "suspended_until" in status else ""
    since = "" if status["state"] == "in_force" else f" {status['from']}"
    return f"{words[status['state']]}{since}{until}"


def _match_line(match: dict) -> str:
    via = f" via {match['via']} (share {match['share']})" if "via" in match else ""
    tokens = f", shared tokens {', '.join(match['tokens'])}" if "tokens" in match else ""
    read = "".join(f", {r['token']!r} read as {r['listed_token']!r}" for r in match.get("read_as", []))
    cleared = (f"; cleared by {match['cleared']['by']} on {match['cleared']['on']}: {match['cleared']['reason']}"
               if "cleared" in match else "")
    return (f"{match['strength']} match {match['entry_id']} ({match['name']}) on the {match['list']}{via}, "
            f"{_status(match['status'])}: score {match['score']}{tokens}{read}, key {match['matched_on']!r}{cleared}")


def _note(warning: dict) -> str:
    """A warning for people: its code and English message, then its Chinese one."""
    return "\n".join([_wrap(f"note {warning['code']}: {warning['message_en']}", "  "),
                      _wrap(warning["message_zh"], "        ")])


def screen_block(answer: dict) -> str:
    """A screening answer for people: the outcome, each match and why, each warning."""
    out = [f"{answer['name']}  screened on {answer['date']}: {answer['outcome']}   reference data "
           f"{answer['reference_data']['version']}", f"  keys: {', '.join(answer['keys']) or '(none)'}"]
    out += [_wrap(_match_line(m), "  ") for m in answer["matches"]]
    out += [_note(w) for w in answer["warnings"]]
    return "\n".join(out)


def decision_block(source: str, decision: dict) -> str:
    out = [f"{decision.get('id') or '(no id)'}  [{source}]",
           f"  outcome {decision['outcome']}   clearance {decision['clearance']}   rules in force on "
           f"{decision['rules_in_force_on']}   reference data {decision['reference_data']['version']}"]
    for error in decision["errors"]:
        out.append(_wrap(f"error {error['path'] or '/'}: {error['message']}", "  "))
    for line in decision["lines"]:
        extra = f"   China-content ratio {line['cn_content_ratio']}" if "cn_content_ratio" in line else ""
        extra += f"   licence {line['licence']}" if "licence" in line else ""
        out.append(f"  line {line['line']}: {line['outcome']} / {line['clearance']}{extra}")
        for reason in line["reasons"]:
            cite = f"{reason['measure']} {reason['clause']}"
            figures = _figures(reason.get("figures", {}))
            interp = f" [{reason['interpretation']}]" if "interpretation" in reason else ""
            out.append(f"    {reason['outcome']:<17} {reason['code']}  ({cite}){interp}")
            if figures:
                out.append(_wrap(figures, "        "))
    for reason in decision["reasons"]:
        if "line" not in reason:
            out.append(f"  shipment: {reason['outcome']} {reason['code']} ({reason['measure']} {reason['clause']})")
    for party in decision["parties"]:
        if "service" in party:
            service = party["service"]
            answer = "may provide its service" if service["may_provide"] else "may not provide its service"
            cites = ", ".join(f"{r['code']} ({r['measure']} {r['clause']})" for r in service["reasons"])
            out.append(_wrap(f"party {party['name']} ({party['role']}): {answer}, {service['clearance']} - {cites}", "  "))
        for match in party["matches"]:
            out.append(_wrap(f"party {party['name']} ({party['role']}): {_match_line(match)}", "  "))
    for match in decision.get("exporter", {}).get("matches", []):
        out.append(_wrap(f"exporter {decision['exporter']['name']}: {_match_line(match)}", "  "))
    for obligation in decision["obligations"]:
        basis = obligation["basis"]
        out.append(f"  must: {obligation['type']} due {obligation['due']} (line {obligation.get('line', '-')}, "
                   f"{basis['measure']} {basis['clause']})")
    out += [_note(w) for w in decision["warnings"]]
    return "\n".join(out)


def _main_figures(decision: dict) -> str:
    """The figures a reader checks first: China-content ratios and due dates."""
    shown = [f"ratio {line['cn_content_ratio']} (line {line['line']})" for line in decision["lines"] if "cn_content_ratio" in line]
    shown += [f"{o['type'].replace('_', ' ')} due {o['due']}" for o in decision["obligations"] if o["type"] == "humanitarian_report"]
    return "; ".join(shown)


def _main_reasons(decision: dict) -> str:
    """The reasons at the decision's own outcome, cited: code (measure clause)."""
    top = [r for r in decision["reasons"] if r["outcome"] == decision["outcome"]] or decision["reasons"]
    cited = []
    for reason in top:
        text = f"{reason['code']} ({reason['measure']} {reason['clause']})"
        if text not in cited:
            cited.append(text)
    if decision["outcome"] == "INVALID_INPUT":
        first = decision["errors"][0]["path"] or "/" if decision["errors"] else "-"
        cited = [f"{len(decision['errors'])} errors, first {first}"]
    return ", ".join(cited) or "-"


def summary_row(decision: dict) -> tuple[str, ...]:
    """A decision's row in the summary table: id, outcome, clearance, main reasons, main figures."""
    return (decision.get("id") or "-", decision["outcome"], decision["clearance"], _main_reasons(decision),
            _main_figures(decision) or "-")


def summary_table(rows: list[tuple[str, ...]]) -> str:
    """One row per decision (summary_row), under a header."""
    rows = [("ID", "OUTCOME", "CLEARANCE", "MAIN REASONS", "FIGURES"), *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) if i < 4 else cell for i, cell in enumerate(row)) for row in rows]
    return "\n".join([lines[0], "-" * len(lines[0])] + lines[1:])
