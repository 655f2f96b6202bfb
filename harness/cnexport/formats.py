"""The forms `cnexport decide` writes its results in, on standard output, in input order:

  table     for a terminal (rich, as wide as the terminal): each decision, what to do first, then a
            summary table and the counts by outcome and clearance
  markdown  the same as a Markdown document
  json      one JSON object: every result (a decision, or the reason a document has none) and the summary
  jsonl     one decision per line (the decision ids on standard error)
  csv       one row per document, a header first
  junit     JUnit XML: a test case per document, failed when it meets --fail-on, in error when undecided
  sarif     SARIF 2.1.0: a result per decision (its level from the clearance) and per reason (its
            level from the reason's outcome); undecided documents as tool execution errors

A document that got no decision is in every form (and on standard error), never left out.
"""

from __future__ import annotations

import csv
import json
import socket
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

from rich import box
from rich.console import Console
from rich.table import Table

from . import render
from .batch import Result, Summary

FORMATS = ("table", "markdown", "json", "jsonl", "csv", "junit", "sarif")
FAIL_ON = ("HOLD", "STOP")


def fails(decision: dict, fail_on: str | None) -> bool:
    """Whether a decision fails the run under --fail-on: STOP fails on STOP, HOLD on HOLD and STOP."""
    failing = {"STOP": ("STOP",), "HOLD": ("HOLD", "STOP")}.get(fail_on, ())
    return decision["clearance"] in failing


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


class Writer:
    """Receives each result in input order, then the summary. `human` writers print the summary
    themselves; for the others the CLI prints it on standard error."""

    human = False

    def __init__(self, lang: str, fail_on: str | None):
        self.lang, self.fail_on = lang, fail_on

    def document(self, result: Result) -> None:
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        pass


def _summary_row(result: Result, lang: str) -> list[str]:
    """document (id and source), outcome, clearance, what to do first, because."""
    decision = result.decision
    if decision is None:
        return [result.source.label, "NOT DECIDED", "-", "-", result.error or ""]
    first = render.to_do(decision, lang)[:1]
    more = f" (+{len(decision['obligations']) - 1})" if len(decision["obligations"]) > 1 else ""
    return [
        f"{decision.get('id') or '-'}\n{result.source.label}",
        decision["outcome"],
        decision["clearance"],
        (first[0].split(":", 1)[0] + more) if first else "-",
        ", ".join(render.main_reasons(decision)),
    ]


_SUMMARY_HEADER = ["document", "outcome", "clearance", "to do", "because"]


class TableWriter(Writer):
    human = True

    def __init__(self, lang, fail_on):
        super().__init__(lang, fail_on)
        self.console = Console(highlight=False)  # sys.stdout when printing, as wide as its terminal
        self.rows = []

    def document(self, result):
        if result.decision is not None:
            self.console.print(render.decision_block(result.source.label, result.decision, result.decision_id, self.lang))
            self.console.print()
        self.rows.append(_summary_row(result, self.lang))

    def finish(self, summary):
        if self.rows:
            table = Table(*_SUMMARY_HEADER, box=box.SIMPLE_HEAD, title="Summary", title_justify="left", expand=True)
            for column in table.columns:
                column.overflow = "fold"
            for row in self.rows:
                table.add_row(*row)
            self.console.print(table)
        for line in summary.lines():
            self.console.print(line)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


class MarkdownWriter(Writer):
    human = True

    def __init__(self, lang, fail_on):
        super().__init__(lang, fail_on)
        self.rows = []
        _out("# cnexport decisions\n\n")

    def document(self, result):
        self.rows.append(_summary_row(result, self.lang))
        decision = result.decision
        if decision is None:
            return
        out = [f"## {decision.get('id') or '(no id)'}: `{result.source.label}`", "", f"**{render.verdict(decision, self.lang)}**", ""]
        todo = render.to_do(decision, self.lang)
        if todo:
            out += ["To do:", ""] + [f"- {_cell(line)}" for line in todo] + [""]
        out += [f"Because: {', '.join(render.main_reasons(decision))}", ""]
        if decision["errors"]:
            out += ["| path | error |", "|---|---|"]
            out += [f"| `{_cell(e['path'] or '/')}` | {_cell(e['message'])} |" for e in decision["errors"]] + [""]
        shown = render.reasons(decision)
        if shown:
            out += ["| line | outcome | code | measure, clause | reading | why |", "|---|---|---|---|---|---|"]
            out += [
                f"| {r.get('line', '-')} | {r['outcome']} | {r['code']} | {_cell(render.cite(r))} | "
                f"{r.get('interpretation', '-')} | {_cell(render.message(r, self.lang))} |"
                for r in shown
            ] + [""]
        parties = render.party_lines(decision, self.lang)
        if parties:
            out += ["Parties:", ""] + [f"- {_cell(line)}" for line in parties] + [""]
        notes = render.warnings(decision)
        if notes:
            out += ["Notes:", ""] + [f"- **{w['code']}**: {_cell(render.message(w, self.lang))}" for w in notes] + [""]
        out += [f"_{line}_  " for line in render.footer(decision, result.decision_id)] + ["", ""]
        _out("\n".join(out))

    def finish(self, summary):
        out = ["## Summary", "", "| " + " | ".join(_SUMMARY_HEADER) + " |", "|" + "---|" * len(_SUMMARY_HEADER)]
        out += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in self.rows]
        out += [""] + [f"- {_cell(line)}" for line in summary.lines()]
        _out("\n".join(out) + "\n")


class JsonWriter(Writer):
    def __init__(self, lang, fail_on):
        super().__init__(lang, fail_on)
        self.results = []

    def document(self, result):
        if result.decision is None:
            self.results.append({"source": result.source.label, "error": result.error})
        else:
            self.results.append({"source": result.source.label, "decision_id": result.decision_id, "decision": result.decision})

    def finish(self, summary):
        _out(json.dumps({"results": self.results, "summary": summary.as_dict()}, ensure_ascii=False, indent=1) + "\n")


class JsonLinesWriter(Writer):
    def document(self, result):
        if result.decision is not None:
            _out(json.dumps(result.decision, ensure_ascii=False, sort_keys=True) + "\n")
            print(
                f"cnexport: {result.source.label}: decision id: {result.decision_id or 'none (decision logging is off in this OPA)'}",
                file=sys.stderr,
                flush=True,
            )


class CsvWriter(Writer):
    HEADER = [
        "source",
        "id",
        "outcome",
        "clearance",
        "to_do",
        "because",
        "reasons",
        "warnings",
        "rules_in_force_on",
        "reference_data",
        "decision_id",
        "error",
    ]

    def __init__(self, lang, fail_on):
        super().__init__(lang, fail_on)
        self.writer = csv.writer(sys.stdout, lineterminator="\n")
        self.writer.writerow(self.HEADER)

    def document(self, result):
        decision = result.decision
        if decision is None:
            row = [result.source.label] + [""] * 10 + [result.error]
        else:
            row = [
                result.source.label,
                decision.get("id") or "",
                decision["outcome"],
                decision["clearance"],
                "\n".join(render.to_do(decision, self.lang)),
                "; ".join(render.main_reasons(decision)),
                "; ".join(f"{r['code']} ({render.cite(r)})" for r in render.reasons(decision)),
                "; ".join(w["code"] for w in render.warnings(decision)),
                decision["rules_in_force_on"] or "",
                decision["reference_data"]["version"],
                result.decision_id or "",
                "",
            ]
        self.writer.writerow(row)
        sys.stdout.flush()


class JUnitWriter(Writer):
    def __init__(self, lang, fail_on):
        super().__init__(lang, fail_on)
        self.cases = []
        self.failures = self.errors = 0

    def document(self, result):
        case = ET.Element("testcase", name=result.source.label, classname="cnexport.decide")
        decision = result.decision
        if decision is None:
            self.errors += 1
            error = ET.SubElement(case, "error", type="NotDecided", message=f"no decision: {result.error}")
            error.text = result.error
        else:
            text = render.plain(decision, self.lang)
            if fails(decision, self.fail_on):
                self.failures += 1
                failure = ET.SubElement(case, "failure", type=decision["clearance"], message=render.verdict(decision, self.lang))
                failure.text = text
            ET.SubElement(case, "system-out").text = "\n".join([text, *render.footer(decision, result.decision_id)])
        self.cases.append(case)

    def finish(self, summary):
        counts = {"tests": str(len(self.cases)), "failures": str(self.failures), "errors": str(self.errors)}
        suites = ET.Element("testsuites", name="cnexport decide", time=f"{summary.seconds:.3f}", **counts)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name="cnexport decide",
            skipped="0",
            time=f"{summary.seconds:.3f}",
            timestamp=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            hostname=socket.gethostname(),
            **counts,
        )
        suite.extend(self.cases)
        ET.indent(suites)
        _out(ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n")


_REASON_LEVEL = {
    "PROHIBITED": "error",
    "DENY_IN_PRINCIPLE": "error",
    "CASE_BY_CASE": "warning",
    "LICENCE_REQUIRED": "warning",
    "REPORT_ONLY": "note",
    "NOT_CONTROLLED": "note",
}
_CLEARANCE_LEVEL = {"STOP": "error", "HOLD": "warning", "GO": "note"}


def _location(result: Result) -> list[dict]:
    if result.source.path is None:
        return []
    physical = {"artifactLocation": {"uri": quote(Path(result.source.path).as_posix())}}
    if result.source.line is not None:
        physical["region"] = {"startLine": result.source.line}
    return [{"physicalLocation": physical}]


class SarifWriter(Writer):
    def __init__(self, lang, fail_on):
        super().__init__(lang, fail_on)
        self.rules: dict[str, dict] = {
            "DECISION": {
                "id": "DECISION",
                "name": "Decision",
                "shortDescription": {"text": "the decision on a shipment: its clearance, outcome and what to do"},
            }
        }
        self.results, self.notifications = [], []

    def document(self, result):
        decision = result.decision
        if decision is None:
            self.notifications.append(
                {
                    "level": "error",
                    "locations": _location(result),
                    "message": {"text": f"{result.source.label}: no decision: {result.error}"},
                }
            )
            return
        self.results.append(
            {
                "ruleId": "DECISION",
                "level": _CLEARANCE_LEVEL[decision["clearance"]],
                "locations": _location(result),
                "message": {"text": render.plain(decision, self.lang)},
                "properties": {
                    "id": decision.get("id"),
                    "outcome": decision["outcome"],
                    "clearance": decision["clearance"],
                    "decision_id": result.decision_id,
                    "obligations": decision["obligations"],
                },
            }
        )
        for reason in render.reasons(decision):
            rule = {"id": reason["code"], "shortDescription": {"text": f"{reason['code']} ({render.cite(reason)})"}}
            if reason.get("source", "").startswith(("http://", "https://")):
                rule["helpUri"] = reason["source"]
            self.rules.setdefault(reason["code"], rule)
            self.results.append(
                {
                    "ruleId": reason["code"],
                    "level": _REASON_LEVEL[reason["outcome"]],
                    "locations": _location(result),
                    "message": {"text": f"{render.message(reason, self.lang)} ({render.cite(reason)})"},
                    "properties": {
                        key: reason[key]
                        for key in ("measure", "clause", "outcome", "line", "interpretation", "figures", "source")
                        if key in reason
                    },
                }
            )

    def finish(self, summary):
        try:
            version = metadata.version("cnexport")
        except metadata.PackageNotFoundError:
            version = "unknown"
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": {"name": "cnexport", "version": version, "rules": list(self.rules.values())}},
                    "invocations": [{"executionSuccessful": not summary.not_decided, "toolExecutionNotifications": self.notifications}],
                    "results": self.results,
                }
            ],
        }
        _out(json.dumps(log, ensure_ascii=False, indent=1) + "\n")


WRITERS = {
    "table": TableWriter,
    "markdown": MarkdownWriter,
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "csv": CsvWriter,
    "junit": JUnitWriter,
    "sarif": SarifWriter,
}
