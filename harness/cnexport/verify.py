"""cnexport verify SUITE...: run regression suites (schemas/suite.schema.json) against OPA.

Each case, on each of its dates, is decided by OPA and compared with its expectation. A run
passes, fails (every difference is printed), or is an error: the suite is malformed, the document
cannot be read, OPA cannot be reached, or its answer cannot be trusted. An error is never a pass.
The exit status is 0 when every run passed, 1 when any failed, 2 when any was an error.
`--update` rewrites the expected values that differ, printing each change (case, field, old, new);
a pattern (reasons_include, ...) is never rewritten, so a run that fails only on one still fails.
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from contextlib import ExitStack
from dataclasses import dataclass, field

from .client import BadAnswer, Client, UndefinedResult
from .opa import OpaUnavailable
from .suite import CaseError, Difference, Run, Suite, SuiteError, check, load, show, update


@dataclass
class Result:
    run: Run | None  # None for a suite that could not be read
    status: str  # "pass", "fail" or "error"
    differences: list[Difference] = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0


def decide_run(client: Client, suite: Suite, run: Run, validator) -> dict:
    """OPA's decision for one run, or CaseError when there is none to compare."""
    from .cli import NotDecided, answer_timeout, decide_one

    try:
        raw = suite.document(run)
        decision, _ = decide_one(client, raw, validator, answer_timeout(raw))
    except (NotDecided, OpaUnavailable, UndefinedResult, BadAnswer) as error:
        raise CaseError(f"no decision: {error}") from error
    return decision


def run_suite(client: Client, suite: Suite, validator) -> list[Result]:
    results = []
    for run in suite.runs():
        started = time.monotonic()
        try:
            decision = decide_run(client, suite, run, validator)
        except CaseError as error:
            results.append(Result(run, "error", error=str(error), seconds=time.monotonic() - started))
            continue
        differences = check(run.expectation, decision, run.where)
        results.append(Result(run, "fail" if differences else "pass", differences, seconds=time.monotonic() - started))
    return results


def _text(suite_name: str, result: Result) -> str:
    label = {"pass": "PASS ", "fail": "FAIL ", "error": "ERROR"}[result.status]
    head = f"{label} {suite_name}::{result.run.name}" if result.run else f"{label} {suite_name}"
    body = [f"        {d}" for d in result.differences] + ([f"        {result.error}"] if result.error else [])
    return "\n".join([head, *body])


def junit(results_by_suite: dict[str, list[Result]]) -> str:
    """JUnit XML: a testsuite per suite file, a testcase per run."""
    root = ET.Element("testsuites", name="cnexport verify")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    total_time = 0.0
    for name, results in results_by_suite.items():
        counts = {
            "tests": len(results),
            "failures": sum(r.status == "fail" for r in results),
            "errors": sum(r.status == "error" for r in results),
        }
        seconds = sum(r.seconds for r in results)
        element = ET.SubElement(root, "testsuite", name=name, **{k: str(v) for k, v in counts.items()}, skipped="0", time=f"{seconds:.3f}")
        for result in results:
            case = ET.SubElement(
                element, "testcase", classname=name, name=result.run.name if result.run else "(suite)", time=f"{result.seconds:.3f}"
            )
            if result.status == "fail":
                failure = ET.SubElement(case, "failure", type="DecisionDiffers", message=f"{len(result.differences)} difference(s)")
                failure.text = "\n".join(str(d) for d in result.differences)
            elif result.status == "error":
                error = ET.SubElement(case, "error", type="NotDecided", message=result.error.splitlines()[0])
                error.text = result.error
        for key in totals:
            totals[key] += counts[key]
        total_time += seconds
    root.attrib.update({k: str(v) for k, v in totals.items()}, time=f"{total_time:.3f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def cmd_verify(args) -> int:
    from .cli import _decision_validator, connect

    validator = _decision_validator()
    results_by_suite: dict[str, list[Result]] = {}
    out = sys.stdout if args.format == "text" else sys.stderr
    with ExitStack() as stack:
        client = None
        for name in args.suites:
            try:
                suite = load(name)
            except SuiteError as error:
                results_by_suite[name] = [Result(None, "error", error=str(error))]
                print(_text(name, results_by_suite[name][0]), file=out, flush=True)
                continue
            if client is None:
                try:
                    client = connect(stack, args.opa_url)
                except OpaUnavailable as error:
                    print(f"cnexport: {error}", file=sys.stderr)
                    return 2
            results = run_suite(client, suite, validator)
            results_by_suite[name] = results
            for result in results:
                print(_text(name, result), file=out, flush=True)
            if args.update:
                _update(name, suite, results, out)
    everything = [r for results in results_by_suite.values() for r in results]
    counts = {status: sum(r.status == status for r in everything) for status in ("pass", "fail", "error")}
    after = " after the update" if args.update else ""
    print(
        f"{len(everything)} runs: {counts['pass']} passed, {counts['fail']} failed, {counts['error']} errors{after}", file=out, flush=True
    )
    if args.format == "junit":
        print(junit(results_by_suite), end="", flush=True)
    if counts["error"]:
        return 2
    return 1 if counts["fail"] else 0


def _update(name: str, suite: Suite, results: list[Result], out) -> None:
    differences = [d for r in results if r.status == "fail" for d in r.differences]
    runs = {id(d): r.run for r in results for d in r.differences}
    rewritten, kept = update(suite.path, differences)
    for d in rewritten:
        print(f"updated {name}::{runs[id(d)].name} {d.field}: {show(d.expected)} -> {show(d.actual)}", file=out)
    for d in kept:
        print(f"not updated {name}::{runs[id(d)].name} {d.field}: a pattern is changed by hand", file=out)
    if rewritten:
        # What was rewritten now passes; the results printed above are those before the update.
        for result in results:
            if result.status == "fail" and all(d.key is not None for d in result.differences):
                result.status, result.differences = "pass", []


def add_parser(sub) -> None:
    verify = sub.add_parser("verify", help="check regression suites: expected decisions of shipments")
    verify.add_argument("suites", nargs="+", metavar="SUITE", help="suite files (e.g. lanes.cnexport.yaml)")
    verify.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    verify.add_argument(
        "--format", choices=("text", "junit"), default="text", help="junit: JUnit XML on standard output, the text on standard error"
    )
    verify.add_argument("--update", action="store_true", help="rewrite the expected values that differ, printing every change")
    verify.set_defaults(run=cmd_verify)
