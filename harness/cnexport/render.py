"""Decisions shown to people: first what to do (the clearance, the obligations by their due dates),
then why (each reason once, cited), in English, Chinese or both.

Everything shown is read from OPA's decision: the words for a clearance say what the decision
contract means by it, and nothing about the law is worked out here."""

from __future__ import annotations

import textwrap

from rich import box
from rich.console import Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

LANGUAGES = ("en", "zh", "both")

# What each clearance asks of the reader (schemas/decision.schema.json, README "What a decision says").
_CLEARANCE = {
    "GO": ("go: it may be shipped on the terms below", "放行：可按下列条件发运"),
    "HOLD": (
        "hold: do not ship until a licence covers it or a person has reviewed what is below",
        "暂缓：在取得涵盖本次出口的许可或经人工复核下列事项之前，不得发运",
    ),
    "STOP": ("stop: do not ship", "停止：不得发运"),
}
_INVALID = ("stop: the document is not valid; correct the errors below and decide it again", "停止：单据无效，请更正下列错误后重新判定")
_STYLE = {"GO": "bold green", "HOLD": "bold yellow", "STOP": "bold red"}


def words(pair: tuple[str, str], lang: str) -> str:
    english, chinese = pair
    return {"en": english, "zh": chinese}.get(lang, f"{english} / {chinese}")


def message(item: dict, lang: str) -> str:
    """A reason's, obligation's or warning's message in the language asked for; English where an
    item has no Chinese message."""
    english, chinese = item["message_en"], item.get("message_zh")
    if lang == "en" or not chinese:
        return english
    return chinese if lang == "zh" else f"{english}\n{chinese}"


def cite(item: dict) -> str:
    return f"{item['measure']} {item['clause']}"


def verdict(decision: dict, lang: str) -> str:
    """The first line a reader sees: the clearance, the outcome, and what the clearance asks."""
    said = _INVALID if decision["outcome"] == "INVALID_INPUT" else _CLEARANCE[decision["clearance"]]
    return f"{decision['clearance']} {decision['outcome']}: {words(said, lang)}"


def to_do(decision: dict, lang: str) -> list[str]:
    """Each obligation, earliest first: its due date, its message and where it comes from."""
    out = []
    for obligation in sorted(decision["obligations"], key=lambda o: (o["due"], o["lines"], o["type"])):
        out.append(f"by {obligation['due']}: {message(obligation, lang)} ({cite(obligation['basis'])})")
    return out


def main_reasons(decision: dict) -> list[str]:
    """The reasons at the decision's own outcome, each once: code (measure clause)."""
    if decision["outcome"] == "INVALID_INPUT":
        errors = decision["errors"]
        return [f"{len(errors)} errors, the first at {errors[0]['path'] or '/'}" if errors else "no errors given"]
    top = [r for r in decision["reasons"] if r["outcome"] == decision["outcome"]] or decision["reasons"]
    if not top:  # nothing applies, or only a note holds it (a possible match): the notes say which
        notes = list(dict.fromkeys(w["code"] for w in decision["warnings"]))
        return [f"no reason applies; notes: {', '.join(notes)}" if notes else "no reason applies"]
    return list(dict.fromkeys(f"{r['code']} ({cite(r)})" for r in top))


def line_reasons(decision: dict, line: dict) -> list[dict]:
    """A line's reasons: the line gives them by their places in the decision's `reasons`."""
    return [decision["reasons"][i] for i in line["reasons"]]


def reasons(decision: dict) -> list[dict]:
    """Every reason once: a line's reasons are also the decision's, so only the decision's are read."""
    seen, out = set(), []
    for reason in decision["reasons"]:
        key = (reason["code"], reason["measure"], reason["clause"], reason.get("line"), reason["message_en"])
        if key not in seen:
            seen.add(key)
            out.append(reason)
    return out


def warnings(decision: dict) -> list[dict]:
    """Every warning once (the same note is given for each line it concerns, with the same text)."""
    return list({(w["code"], w["message_en"]): w for w in decision["warnings"]}.values())


def _status(status: dict) -> str:
    """A listing's state on the date: in force, not yet in force, suspended until, stopped."""
    words = {"in_force": "in force", "not_yet_in_force": "not yet in force, from", "stopped": "stopped from", "suspended": "suspended from"}
    until = f" until {status['suspended_until']}" if "suspended_until" in status else ""
    since = "" if status["state"] == "in_force" else f" {status['from']}"
    return f"{words[status['state']]}{since}{until}"


def _match_line(match: dict) -> str:
    via = f" via {match['via']} (share {match['share']})" if "via" in match else ""
    tokens = f", shared tokens {', '.join(match['tokens'])}" if "tokens" in match else ""
    read = "".join(f", {r['token']!r} read as {r['listed_token']!r}" for r in match.get("read_as", []))
    cleared = (
        f"; cleared by {match['cleared']['by']} on {match['cleared']['on']}: {match['cleared']['reason']}" if "cleared" in match else ""
    )
    return (
        f"{match['strength']} match {match['entry_id']} ({match['name']}) on the {match['list']}{via}, "
        f"{_status(match['status'])}: score {match['score']}{tokens}{read}, key {match['matched_on']!r}{cleared}"
    )


def party_lines(decision: dict, lang: str) -> list[str]:
    """Each party's service answer and screening matches, and the exporter's matches."""
    out = []
    for party in decision["parties"]:
        if "service" in party:
            service = party["service"]
            for reason in service["reasons"]:
                out.append(
                    f"{party['name']} ({party['role']}): {service['clearance']}, {message(reason, lang)} ({reason['code']}, {cite(reason)})"
                )
        out += [f"{party['name']} ({party['role']}): {_match_line(m)}" for m in party["matches"]]
    exporter = decision.get("exporter", {})
    out += [f"exporter {exporter['name']}: {_match_line(m)}" for m in exporter.get("matches", [])]
    return out


def footer(decision: dict, decision_id: str | None) -> list[str]:
    """The date the rules were read for, the reference data, and the id of the decision in OPA's log."""
    data = decision["reference_data"]
    through = f" verified through {data['verified_through']}" if data.get("verified_through") else ""
    return [
        f"rules in force on {decision['rules_in_force_on'] or '-'}; reference data {data['version']}{through}",
        f"decision id: {decision_id or 'none (decision logging is off in this OPA)'}",
    ]


def plain(decision: dict, lang: str) -> str:
    """The decision as plain text, what to do first: for JUnit, SARIF and other tools' viewers."""
    out = [verdict(decision, lang)]
    out += [f"  {line}" for line in to_do(decision, lang)]
    out += [f"  because: {', '.join(main_reasons(decision))}"]
    out += [f"  error {e['path'] or '/'}: {e['message']}" for e in decision["errors"]]
    return "\n".join(out)


def _grid(rows: list[tuple[str, str]]) -> Table:
    """Two columns, the second wrapped under itself: a date or code beside its text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for left, right in rows:
        grid.add_row(left, right)
    return grid


def decision_block(source: str, decision: dict, decision_id: str | None, lang: str) -> Group:
    """One decision for a terminal: what to do, why, the parties, the notes; rich wraps it to the width."""
    clearance = decision["clearance"]
    parts = [
        Rule(Text(f"{decision.get('id') or '(no id)'}  [{source}]", style="bold"), align="left"),
        Text(verdict(decision, lang), style=_STYLE[clearance]),
    ]
    todo = to_do(decision, lang)
    if todo:
        parts.append(Text("To do" if lang == "en" else "To do / 应办事项", style="bold"))
        parts.append(_grid([("  •", line) for line in todo]))
    parts.append(_grid([("Because:", ", ".join(main_reasons(decision)))]))
    if decision["errors"]:
        errors = Table("path", "error", box=box.SIMPLE_HEAD, expand=True)
        for error in decision["errors"]:
            errors.add_row(error["path"] or "/", error["message"])
        parts.append(errors)
    shown = reasons(decision)
    if shown:
        table = Table("line", "reason", "why", box=box.SIMPLE_HEAD, expand=True)
        table.columns[0].no_wrap = True
        table.columns[1].overflow = table.columns[2].overflow = "fold"
        table.columns[1].ratio, table.columns[2].ratio = 1, 2
        for reason in shown:
            reading = f"\n{reason['interpretation']}" if "interpretation" in reason else ""
            table.add_row(
                str(reason.get("line", "-")), f"{reason['outcome']}\n{reason['code']}\n{cite(reason)}{reading}", message(reason, lang)
            )
        parts.append(table)
    facts = []
    for line in decision["lines"]:
        if "cn_content_ratio" in line or "licence" in line:
            ratio = f" China-content ratio {line['cn_content_ratio']}" if "cn_content_ratio" in line else ""
            licence = f" licence {line['licence']}" if "licence" in line else ""
            facts.append((f"line {line['line']}:", f"{line['outcome']} / {line['clearance']}{ratio}{licence}"))
    facts += [("party", line) for line in party_lines(decision, lang)]
    if facts:
        parts.append(_grid(facts))
    notes = warnings(decision)
    if notes:
        parts.append(Text("Notes" if lang == "en" else "Notes / 提示", style="bold"))
        parts.append(_grid([(f"  {w['code']}", message(w, lang)) for w in notes]))
    parts += [Text(line, style="dim") for line in footer(decision, decision_id)]
    return Group(*parts)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=110, initial_indent=indent, subsequent_indent=indent + "  ")


def screen_block(answer: dict) -> str:
    """A screening answer for people: the outcome, each match and why, each warning."""
    out = [
        f"{answer['name']}  screened on {answer['date']}: {answer['outcome']}   reference data {answer['reference_data']['version']}",
        f"  keys: {', '.join(answer['keys']) or '(none)'}",
    ]
    out += [_wrap(_match_line(m), "  ") for m in answer["matches"]]
    out += [_note(w) for w in answer["warnings"]]
    return "\n".join(out)


def _note(warning: dict) -> str:
    """A screening warning for people: its code and English message, then its Chinese one."""
    return "\n".join([_wrap(f"note {warning['code']}: {warning['message_en']}", "  "), _wrap(warning["message_zh"], "        ")])
