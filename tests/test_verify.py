"""Regression suites: the format's errors, cnexport verify (text, JUnit, --update), the pytest plugin,
and a suite written only from README, outside the repository."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import JUNIT_SCHEMA, cli_env

from cnexport.opa import free_port
from cnexport.paths import SCHEMAS
from cnexport.suite import SuiteError, _fits, load

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def verify(*args, server=None, cwd=None):
    """cnexport verify, against the session's OPA when `server` is given (else one of its own)."""
    url = ["--opa-url", server.url] if server is not None else []
    return subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "verify", *url, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=cli_env(server),
        cwd=cwd,
    )


def write(folder: Path, name: str, text: str, examples=()) -> Path:
    for example in examples:
        shutil.copy(EXAMPLES / f"{example}.json", folder)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- the format ------------------------------------------------------------------------------

CASE = "cnexport_suite: 1\ncases:\n  - name: a\n    document: a.json\n"


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        (CASE + "    expect: {outcome: GO}\n", "/cases/0/expect/outcome", "'GO' is not one of"),
        (CASE + "    expect: {outcom: GO}\n", "/cases/0/expect", "unknown key outcom"),
        (CASE + "    expect: {clearance: GO}\n", "/cases/0/expect", "'outcome' is a required property"),
        (CASE + "    expct: {outcome: PROHIBITED}\n", "/cases/0", "unknown key expct"),
        (CASE + "    expect: {outcome: PROHIBITED, reasons_include: []}\n", "/cases/0/expect/reasons_include", "should be non-empty"),
        (
            CASE + "    expect: {outcome: PROHIBITED, reasons_include: [{code: A_B, claus: '1'}]}\n",
            "/cases/0/expect/reasons_include/0",
            "a reason code, or the fields a reason must have (code, measure, clause, line) "
            "(Additional properties are not allowed ('claus' was unexpected))",
        ),
        (
            CASE + "    expect: {outcome: PROHIBITED, reasons_exclude: [X]}\n",
            "/cases/0/expect/reasons_exclude/0",
            "a reason code, or the fields a reason must have (code, measure, clause, line) ('X' does not match",
        ),
        (CASE + "    expect: {outcome: PROHIBITED, reasons: [lower]}\n", "/cases/0/expect/reasons/0", "does not match"),
        (
            CASE + "    expect: {outcome: PROHIBITED, obligations: [{type: humanitarian_report}]}\n",
            "/cases/0/expect/obligations/0",
            "'due' is a required property",
        ),
        (
            CASE + "    expect: {outcome: PROHIBITED, obligations: [{type: humanitarian_report, due: 2026-02-30}]}\n",
            "/cases/0/expect/obligations/0/due",
            "is not a 'date'",
        ),
        (CASE + "    expect: {outcome: PROHIBITED, lines: [{line: 1}]}\n", "/cases/0/expect/lines/0", "does not have enough properties"),
        (
            CASE + "    expect: {outcome: PROHIBITED, parties: [{index: 0, service: MAYBE}]}\n",
            "/cases/0/expect/parties/0/service",
            "is not one of",
        ),
        (CASE + "    on: {2026-13-01: {outcome: PROHIBITED}}\n", "/cases/0/on", "'2026-13-01' is not a 'date'"),
        (CASE + "    on: {}\n", "/cases/0/on", "should be non-empty"),
        (CASE + "    shipment: {id: x}\n    expect: {outcome: PROHIBITED}\n", "/cases/0", "exactly one of document or shipment"),
        (CASE, "/cases/0", "exactly one of expect (the document's own export date) or on"),
        (CASE + "    expect: {outcome: PROHIBITED}\n    on: {2026-01-01: {outcome: PROHIBITED}}\n", "/cases/0", "exactly one of expect"),
        (
            CASE + "    expect: {outcome: PROHIBITED}\n" + CASE.split("cases:\n")[1] + "    expect: {outcome: PROHIBITED}\n",
            "/cases/1/name",
            "case 'a' is named twice",
        ),
        ("cnexport_suite: 2\ncases: []\n", "/cases", "should be non-empty"),
        ("cnexport_suite: 2\ncases: [{name: a, document: a.json, expect: {outcome: GO}}]\n", "/cnexport_suite", "1 was expected"),
        (CASE + "    expect: {outcome: PROHIBITED, outcome: GO}\n", "", "line 5 column 35: key 'outcome' is repeated"),
        (CASE + "    expect: {outcome: PROHIBITED\n", "", "not YAML: line 6"),
        (
            CASE.replace("document: a.json", "shipment: {value: .nan}") + "    expect: {outcome: PROHIBITED}\n",
            "",
            "'.nan' is not a JSON number",
        ),
        ("- a list\n", "", "['a list'] is not of type 'object'"),
    ],
)
def test_a_malformed_suite_is_an_error_with_its_path(tmp_path, text, path, message):
    suite = write(tmp_path, "s.cnexport.yaml", text)
    with pytest.raises(SuiteError) as raised:
        load(suite)
    assert any(where == path and message in problem for where, problem in raised.value.problems), raised.value.problems


def test_every_problem_of_a_suite_is_reported_at_once(tmp_path):
    suite = write(tmp_path, "s.cnexport.yaml", CASE + "    expect: {outcome: GO, clearence: GO, reasons: [x]}\n")
    with pytest.raises(SuiteError) as raised:
        load(suite)
    assert [where for where, _ in raised.value.problems] == ["/cases/0/expect", "/cases/0/expect/outcome", "/cases/0/expect/reasons/0"]


def test_dates_stay_text_and_on_is_a_key_not_a_boolean(tmp_path):
    suite = load(
        write(
            tmp_path,
            "s.cnexport.yaml",
            CASE.replace("document: a.json", "shipment: {export_date: 2026-11-10, ok: yes, n: 0.1000}")
            + "    on:\n      2026-11-09: {outcome: PROHIBITED}\n",
        )
    )
    [run] = suite.runs()
    assert (run.case, run.date, run.name) == ("a", "2026-11-09", "a[2026-11-09]")
    # The date replaces export_date; the other values keep their text (0.1000 stays exact).
    assert suite.document(run) == b'{"export_date": "2026-11-09", "ok": "yes", "n": 0.1000}'


# ---- cnexport verify -------------------------------------------------------------------------

PASSING = """\
cnexport_suite: 1
name: every kind of expectation
cases:
  - name: dy-magnet
    document: jp-magnet-cn-dy-0.15pct.json
    on:
      2026-11-09:   # the day before the suspension of No. 61 ends
        outcome: NOT_CONTROLLED
        clearance: GO
        reasons: []
      2026-11-10:
        outcome: LICENCE_REQUIRED
        clearance: HOLD
        reasons: [RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD]
        reasons_include: [{measure: MOFCOM-2025-61, clause: "1(1)", line: 1}]
        reasons_exclude: [RE61_HUMANITARIAN_REPORT, {measure: MOFCOM-2025-61, clause: "5"}]
        warnings_include: [REFERENCE_DATA_NOT_VERIFIED]
        warnings_exclude: [MEASURE_NOT_IN_FORCE]
        lines: [{line: 1, outcome: LICENCE_REQUIRED, clearance: HOLD, reasons: [RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD]}]
        obligations: [{type: licence_application, due: 2026-08-31, line: 1}, {type: compliance_notice, due: 2026-11-10}]
  - name: humanitarian
    document: jp-magnet-humanitarian.json
    expect:
      outcome: REPORT_ONLY
      clearance: GO
      reasons: [RE61_HUMANITARIAN_REPORT, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD]
      obligations:
        - {type: compliance_notice, due: 2026-11-12, line: 1}
        - {type: humanitarian_report, due: 2026-11-26}
      warnings_include: [CATALOGUE_MATCH_BY_INTERPRETATION, LOW_GRADE_SOURCE]
  - name: gallium
    document: cn-gallium-to-us-denied.json
    on:
      2025-01-01: {outcome: DENY_IN_PRINCIPLE, warnings: [MEASURE_NOT_IN_FORCE, DEADLINE_WITHOUT_CALENDAR]}
  - name: forwarder
    document: cn-forwarder-unlicensed-production-line-technology.json
    expect:
      outcome: LICENCE_REQUIRED
      parties: [{index: 0, service: null, matches: []}, {index: 1, service: HOLD}]
  - name: owned-by-listed
    document: de-smco-owned-by-listed.json
    expect:
      outcome: DENY_IN_PRINCIPLE
      parties: [{index: 0, matches: [cl-2025-01-02-02-l3-harris-technologies]}]
  - name: invalid
    document: invalid-document.json
    expect:
      outcome: INVALID_INPUT
      clearance: STOP
      errors: [/end_use, /export_date, /exporter, /items/0/category, /items/0/description, /items/0/kind,
               /items/0/line_no, /items/0/value, /parties, /schema_version, /ship_from, /ship_to]
"""
EXAMPLE_FILES = (
    "jp-magnet-cn-dy-0.15pct",
    "jp-magnet-humanitarian",
    "cn-gallium-to-us-denied",
    "cn-forwarder-unlicensed-production-line-technology",
    "de-smco-owned-by-listed",
    "invalid-document",
)

# The runs of PASSING, one per case and date, in the order verify runs them.
RUNS = ["dy-magnet[2026-11-09]", "dy-magnet[2026-11-10]", "humanitarian", "gallium[2025-01-01]", "forwarder", "owned-by-listed", "invalid"]

# Each expectation of PASSING made wrong, and the line verify prints for it.
WRONG = [
    (
        "outcome: NOT_CONTROLLED\n        clearance: GO",
        "outcome: LICENCE_REQUIRED\n        clearance: HOLD",
        "dy-magnet[2026-11-09]",
        ["outcome: expected LICENCE_REQUIRED, got NOT_CONTROLLED", "clearance: expected HOLD, got GO"],
    ),
    (
        "reasons: [RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD]\n        reasons_include",
        "reasons: [RE61_LISTED_PARTY]\n        reasons_include",
        "dy-magnet[2026-11-10]",
        [
            'reasons: expected ["RE61_LISTED_PARTY"], got ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"] '
            "(missing RE61_LISTED_PARTY; unexpected RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD)"
        ],
    ),
    (
        'clause: "1(1)", line: 1}',
        'clause: "1(2)", line: 1}',
        "dy-magnet[2026-11-10]",
        [
            'reasons_include[0]: expected {"measure": "MOFCOM-2025-61", "clause": "1(2)", "line": 1}, '
            'got ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"] (no such reason)'
        ],
    ),
    (
        "reasons_exclude: [RE61_HUMANITARIAN_REPORT,",
        "reasons_exclude: [RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD,",
        "dy-magnet[2026-11-10]",
        [
            "reasons_exclude[0]: expected RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD, "
            'got ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"] (must not appear)'
        ],
    ),
    (
        "warnings_include: [REFERENCE_DATA_NOT_VERIFIED]",
        "warnings_include: [MEASURE_NOT_IN_FORCE]",
        "dy-magnet[2026-11-10]",
        ["warnings_include[0]: expected MEASURE_NOT_IN_FORCE, got ["],
    ),
    (
        "warnings_exclude: [MEASURE_NOT_IN_FORCE]",
        "warnings_exclude: [REFERENCE_DATA_NOT_VERIFIED]",
        "dy-magnet[2026-11-10]",
        ['warnings_exclude[0]: expected REFERENCE_DATA_NOT_VERIFIED, got ["REFERENCE_DATA_NOT_VERIFIED"] (must not appear)'],
    ),
    (
        "lines: [{line: 1, outcome: LICENCE_REQUIRED, clearance: HOLD,",
        "lines: [{line: 1, outcome: REPORT_ONLY, clearance: GO,",
        "dy-magnet[2026-11-10]",
        ["lines[1].outcome: expected REPORT_ONLY, got LICENCE_REQUIRED", "lines[1].clearance: expected GO, got HOLD"],
    ),
    (
        "lines: [{line: 1,",
        "lines: [{line: 2,",
        "dy-magnet[2026-11-10]",
        ["lines[2]: expected a line, got none (the decision has lines [1])"],
    ),
    (
        "{type: licence_application, due: 2026-08-31, line: 1}, ",
        "",
        "dy-magnet[2026-11-10]",
        [
            'obligations: expected [{"type": "compliance_notice", "due": "2026-11-10"}], got [{"type": "licence_application", '
            '"due": "2026-08-31", "lines": [1]}, {"type": "compliance_notice", "due": "2026-11-10", "lines": [1]}] '
            '(unexpected [{"type": "licence_application", "due": "2026-08-31", "lines": [1]}])'
        ],
    ),
    (
        "due: 2026-11-26}",
        "due: 2026-11-25}",
        "humanitarian",
        [
            'obligations: expected [{"type": "compliance_notice", "due": "2026-11-12", "line": 1}, '
            '{"type": "humanitarian_report", "due": "2026-11-25"}], got [{"type": "humanitarian_report", "due": "2026-11-26", '
            '"lines": [1]}, {"type": "compliance_notice", "due": "2026-11-12", "lines": [1]}] '
            '(missing [{"type": "humanitarian_report", "due": "2026-11-25"}]; '
            'unexpected [{"type": "humanitarian_report", "due": "2026-11-26", "lines": [1]}])'
        ],
    ),
    (
        "warnings: [MEASURE_NOT_IN_FORCE, DEADLINE_WITHOUT_CALENDAR]",
        "warnings: [MEASURE_NOT_IN_FORCE, LOW_GRADE_SOURCE]",
        "gallium[2025-01-01]",
        [
            'warnings: expected ["MEASURE_NOT_IN_FORCE", "LOW_GRADE_SOURCE"], got ["MEASURE_NOT_IN_FORCE", '
            '"DEADLINE_WITHOUT_CALENDAR"] (missing LOW_GRADE_SOURCE; unexpected DEADLINE_WITHOUT_CALENDAR)'
        ],
    ),
    (
        "warnings: [MEASURE_NOT_IN_FORCE, DEADLINE_WITHOUT_CALENDAR]",
        "warnings: []",
        "gallium[2025-01-01]",
        [
            'warnings: expected [], got ["MEASURE_NOT_IN_FORCE", "DEADLINE_WITHOUT_CALENDAR"] '
            "(unexpected MEASURE_NOT_IN_FORCE, DEADLINE_WITHOUT_CALENDAR)"
        ],
    ),
    (
        "warnings_include: [CATALOGUE_MATCH_BY_INTERPRETATION, LOW_GRADE_SOURCE]",
        "warnings_include: [CATALOGUE_MATCH_BY_INTERPRETATION, SUSPENSION_END_DAY]",
        "humanitarian",
        ["warnings_include[1]: expected SUSPENSION_END_DAY, got ["],
    ),
    ("{index: 1, service: HOLD}", "{index: 1, service: GO}", "forwarder", ["parties[1].service: expected GO, got HOLD"]),
    (
        "{index: 0, service: null, matches: []}",
        "{index: 0, service: HOLD, matches: [uel-x]}",
        "forwarder",
        ["parties[0].service: expected HOLD, got null", 'parties[0].matches: expected ["uel-x"], got [] (missing uel-x)'],
    ),
    (
        "[{index: 0, matches: [cl-2025-01-02-02-l3-harris-technologies]}]",
        "[{index: 1, matches: []}]",
        "owned-by-listed",
        ["parties[1]: expected a party, got none (the decision has 1 parties)"],
    ),
    (
        "/items/0/line_no, /items/0/value,",
        "/items/0/value,",
        "invalid",
        [
            'errors: expected ["/end_use", "/export_date", "/exporter", "/items/0/category", "/items/0/description", '
            '"/items/0/kind", "/items/0/value", "/parties", "/schema_version", "/ship_from", "/ship_to"], got ["/end_use", '
            '"/export_date", "/exporter", "/items/0/category", "/items/0/description", "/items/0/kind", "/items/0/line_no", '
            '"/items/0/value", "/parties", "/schema_version", "/ship_from", "/ship_to"] (unexpected /items/0/line_no)'
        ],
    ),
    (
        "document: invalid-document.json\n    expect:\n      outcome: INVALID_INPUT\n      clearance: STOP",
        "document: invalid-document.json\n    expect:\n      outcome: NOT_CONTROLLED\n      clearance: STOP",
        "invalid",
        ["outcome: expected NOT_CONTROLLED, got INVALID_INPUT (/end_use: end_use is required; "],
    ),
]


def test_a_suite_that_holds_passes_with_every_run_named(opa, tmp_path):
    suite = write(tmp_path, "s.cnexport.yaml", PASSING, EXAMPLE_FILES)
    run = verify(str(suite), server=opa)
    assert run.returncode == 0, run.stdout + run.stderr
    assert [line.split()[1].split("::")[1] for line in run.stdout.splitlines()[:-1]] == RUNS
    assert all(line.startswith("PASS  ") for line in run.stdout.splitlines()[:-1])
    assert run.stdout.splitlines()[-1] == "7 runs: 7 passed, 0 failed, 0 errors"


@pytest.mark.parametrize(("old", "new", "name", "lines"), WRONG, ids=[f"{w[2]}-{i}" for i, w in enumerate(WRONG)])
def test_a_wrong_expectation_fails_with_exactly_what_differed(opa, tmp_path, old, new, name, lines):
    assert PASSING.count(old) == 1
    suite = write(tmp_path, "s.cnexport.yaml", PASSING.replace(old, new), EXAMPLE_FILES)
    run = verify(str(suite), server=opa)
    assert run.returncode == 1, run.stdout + run.stderr
    output = run.stdout.splitlines()
    failed = [i for i, line in enumerate(output) if line.startswith("FAIL")]
    assert [output[i] for i in failed] == [f"FAIL  {suite}::{name}"]
    shown = [line.strip() for line in output[failed[0] + 1 :] if line.startswith("        ")]
    assert len(shown) == len(lines)
    assert all(line.startswith(expected) for line, expected in zip(shown, lines, strict=True)), shown
    assert output[-1] == "7 runs: 6 passed, 1 failed, 0 errors"


SHIPMENT = """\
cnexport_suite: 1
cases:
  - name: dy-content
    shipment:
      schema_version: "1"
      id: inline
      export_date: 2026-12-01
      exporter: {name: Shin-Etsu Magnet Trading KK, country: JP}
      ship_from: JP
      ship_to: US
      parties:
        - {role: consignee, name: Great Lakes Motor Works Inc., country: US}
        - {role: end_user, name: Great Lakes Motor Works Inc., country: US}
      end_use: {purposes: [civil]}
      items:
        - line: 1
          description: sintered NdFeB magnet blocks, Dy diffused
          kind: goods
          category: permanent_magnet
          elements: [Nd, Pr, Dy]
          manufactured_in: JP
          origin: JP
          value: {amount: 200000, currency: USD}
          rare_earth_content:
            - {element: Dy, form: metal, origin: CN, value: {amount: CONTENT, currency: USD}}
    expect:
      outcome: OUTCOME
"""


@pytest.mark.parametrize(
    ("content", "outcome"),
    [
        # 0.1 % of 200000 is 200: a float would read both of the first two as 200.0, at the threshold.
        ("199.99999999999999999", "NOT_CONTROLLED"),
        ("200.00000000000000001", "LICENCE_REQUIRED"),
        ("200", "LICENCE_REQUIRED"),
        ("199.99", "NOT_CONTROLLED"),
    ],
)
def test_an_inline_shipment_keeps_its_numbers_exact_on_both_sides_of_the_threshold(opa, tmp_path, content, outcome):
    suite = write(tmp_path, "s.cnexport.yaml", SHIPMENT.replace("CONTENT", content).replace("OUTCOME", outcome))
    run = verify(str(suite), server=opa)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_run_without_a_decision_is_an_error_never_a_pass(opa, tmp_path):
    (tmp_path / "broken.json").write_text('{"schema_version": "1",')
    suite = write(
        tmp_path,
        "s.cnexport.yaml",
        """\
cnexport_suite: 1
cases:
  - {name: missing, document: missing.json, expect: {outcome: NOT_CONTROLLED}}
  - {name: broken, document: broken.json, expect: {outcome: NOT_CONTROLLED}}
  - {name: broken-on-a-date, document: broken.json, on: {2026-01-01: {outcome: NOT_CONTROLLED}}}
  - {name: list, shipment: {}, on: {2026-01-01: {outcome: INVALID_INPUT}}}
  - {name: fine, document: jp-plain-ndfeb.json, expect: {outcome: NOT_CONTROLLED}}
""",
        ["jp-plain-ndfeb"],
    )
    malformed = write(tmp_path, "bad.cnexport.yaml", "cnexport_suite: 1\ncases: [{name: x}]\n")
    run = verify(str(suite), str(malformed), server=opa)
    assert run.returncode == 2
    output = run.stdout.splitlines()
    assert output[0] == f"ERROR {suite}::missing"
    assert output[1].strip().startswith(f"cannot read {tmp_path / 'missing.json'}: No such file")
    assert output[2] == f"ERROR {suite}::broken"
    assert output[3].strip().startswith("no decision: not JSON")
    assert output[4] == f"ERROR {suite}::broken-on-a-date[2026-01-01]"
    assert "is not JSON" in output[5]
    assert output[6] == f"PASS  {suite}::list[2026-01-01]"
    assert output[7] == f"PASS  {suite}::fine"
    assert output[8] == f"ERROR {malformed}"
    assert f"{malformed}: /cases/0: a case names exactly one of document or shipment" in run.stdout
    assert output[-1] == "6 runs: 2 passed, 0 failed, 4 errors"


def one_case_suite(folder: Path) -> Path:
    """A suite of one plain case, which a reachable, authorised OPA passes."""
    return write(
        folder,
        "s.cnexport.yaml",
        "cnexport_suite: 1\ncases: [{name: a, document: jp-plain-ndfeb.json, expect: {outcome: NOT_CONTROLLED}}]\n",
        ["jp-plain-ndfeb"],
    )


def test_an_unreachable_opa_is_an_error(tmp_path):
    suite = one_case_suite(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "verify", "--opa-url", f"http://127.0.0.1:{free_port()}", str(suite)],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(),
    )
    assert run.returncode == 2
    assert "cannot be reached" in run.stdout
    assert run.stdout.splitlines()[-1] == "1 runs: 0 passed, 0 failed, 1 errors"


def test_a_sidecar_without_the_token_refuses_and_verify_says_so(opa, tmp_path):
    suite = one_case_suite(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "verify", "--opa-url", opa.url, str(suite)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**cli_env(), "CNEXPORT_TOKEN": "x" * 40},
    )
    assert run.returncode == 2
    assert "refused the call (401)" in run.stdout


# ---- JUnit -----------------------------------------------------------------------------------


def test_junit_output_is_a_testsuite_per_file_and_a_testcase_per_run(opa, tmp_path):
    good = write(tmp_path, "good.cnexport.yaml", PASSING, EXAMPLE_FILES)
    bad = write(
        tmp_path,
        "bad.cnexport.yaml",
        PASSING.replace("due: 2026-11-26}", "due: 2026-11-25}").replace("document: jp-magnet-cn-dy-0.15pct.json", "document: gone.json"),
    )
    run = verify("--format", "junit", str(good), str(bad), server=opa)
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == "14 runs: 11 passed, 1 failed, 2 errors"
    JUNIT_SCHEMA.validate(run.stdout)
    root = ET.fromstring(run.stdout)
    # What the JUnit schemas of Jenkins and Surefire require: testsuites > testsuite (name, tests,
    # failures, errors) > testcase (name) with at most a failure or an error (message, type).
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("14", "1", "2")
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures"), s.get("errors"), s.get("skipped")) for s in suites] == [
        (str(good), "7", "0", "0", "0"),
        (str(bad), "7", "1", "2", "0"),
    ]
    assert all(re.fullmatch(r"[0-9]+\.[0-9]{3}", e.get("time")) for e in [root, *suites, *root.iter("testcase")])
    cases = suites[1].findall("testcase")
    assert [c.get("name") for c in cases] == RUNS
    assert all(c.get("classname") == str(bad) for c in cases)
    assert [[child.tag for child in c] for c in cases] == [["error"], ["error"], ["failure"], [], [], [], []]
    failure = cases[2].find("failure")
    assert failure.get("type") == "DecisionDiffers" and failure.get("message") == "1 difference(s)"
    assert failure.text.startswith('obligations: expected [{"type": "compliance_notice"')
    assert cases[0].find("error").get("message").startswith(f"cannot read {tmp_path / 'gone.json'}")


# ---- --update --------------------------------------------------------------------------------


def test_update_rewrites_what_differs_prints_every_change_and_keeps_the_file(opa, tmp_path):
    wrong = (
        PASSING.replace("outcome: NOT_CONTROLLED\n        clearance: GO", "outcome: LICENCE_REQUIRED\n        clearance: GO")
        .replace("due: 2026-11-26}", "due: 2026-11-25}")
        .replace("{index: 1, service: HOLD}", "{index: 1, service: GO}")
    )
    suite = write(tmp_path, "s.cnexport.yaml", wrong, EXAMPLE_FILES)
    run = verify("--update", str(suite), server=opa)
    assert run.returncode == 0, run.stdout + run.stderr
    assert [line for line in run.stdout.splitlines() if line.startswith("updated")] == [
        f"updated {suite}::dy-magnet[2026-11-09] outcome: LICENCE_REQUIRED -> NOT_CONTROLLED",
        f"updated {suite}::humanitarian obligations: "
        '[{"type": "compliance_notice", "due": "2026-11-12", "line": 1}, {"type": "humanitarian_report", "due": "2026-11-25"}]'
        ' -> [{"type": "humanitarian_report", "due": "2026-11-26", "lines": [1]}, {"type": "compliance_notice", "due": "2026-11-12", "lines": [1]}]',
        f"updated {suite}::forwarder parties[1].service: GO -> HOLD",
    ]
    assert run.stdout.splitlines()[-1] == "7 runs: 7 passed, 0 failed, 0 errors after the update"
    text = suite.read_text(encoding="utf-8")
    assert "# the day before the suspension of No. 61 ends" in text
    assert load(suite).data["cases"][0]["on"]["2026-11-09"]["outcome"] == "NOT_CONTROLLED"
    again = verify(str(suite), server=opa)
    assert again.returncode == 0 and again.stdout.splitlines()[-1] == "7 runs: 7 passed, 0 failed, 0 errors"
    # Nothing differs: nothing is written.
    verify("--update", str(suite), server=opa)
    assert suite.read_text(encoding="utf-8") == text


def test_update_never_rewrites_a_pattern_and_the_run_still_fails(opa, tmp_path):
    suite = write(
        tmp_path,
        "s.cnexport.yaml",
        PASSING.replace("warnings_exclude: [MEASURE_NOT_IN_FORCE]", "warnings_exclude: [REFERENCE_DATA_NOT_VERIFIED]"),
        EXAMPLE_FILES,
    )
    before = suite.read_text(encoding="utf-8")
    run = verify("--update", str(suite), server=opa)
    assert run.returncode == 1
    assert f"not updated {suite}::dy-magnet[2026-11-10] warnings_exclude[0]: a pattern is changed by hand" in run.stdout
    assert run.stdout.splitlines()[-1] == "7 runs: 6 passed, 1 failed, 0 errors after the update"
    assert suite.read_text(encoding="utf-8") == before


# ---- the pytest plugin -----------------------------------------------------------------------


def pytest_in(folder: Path, *args, server=None):
    url = ["--cnexport-opa-url", server.url] if server is not None else []
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *url, *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        env=cli_env(server),
    )


def test_pytest_collects_a_suite_as_one_item_per_case_and_date(opa, tmp_path):
    write(tmp_path, "s.cnexport.yaml", PASSING, EXAMPLE_FILES)
    listed = pytest_in(tmp_path, "--collect-only", server=opa)
    assert [line for line in listed.stdout.splitlines() if "::" in line] == [f"s.cnexport.yaml::{name}" for name in RUNS]
    run = pytest_in(tmp_path, server=opa)
    assert run.returncode == 0, run.stdout
    assert "7 passed" in run.stdout.splitlines()[-1]


def test_pytest_shows_what_differed(opa, tmp_path):
    write(tmp_path, "s.cnexport.yaml", PASSING.replace("{index: 1, service: HOLD}", "{index: 1, service: GO}"), EXAMPLE_FILES)
    run = pytest_in(tmp_path, server=opa)
    assert run.returncode == 1
    assert "  parties[1].service: expected GO, got HOLD\n" in run.stdout
    assert "FAILED s.cnexport.yaml::forwarder" in run.stdout
    assert run.stdout.splitlines()[-1].startswith("1 failed, 6 passed")


def test_pytest_reports_a_malformed_suite_as_a_collection_error_with_its_path(tmp_path):
    write(tmp_path, "bad.cnexport.yaml", CASE + "    expect: {outcome: PROHIBITED, reasons: [lower]}\n")
    run = pytest_in(tmp_path)
    assert run.returncode == 2
    assert "bad.cnexport.yaml: /cases/0/expect/reasons/0: 'lower' does not match" in run.stdout
    assert "ERROR bad.cnexport.yaml" in run.stdout


# ---- a suite written only from README ----------------------------------------------------------


def test_a_suite_written_from_readme_alone_runs_and_fails_when_wrong(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# examples/lanes\.cnexport\.yaml\n.*?)```", readme, re.S).group(1)
    assert ROOT not in tmp_path.parents
    suite = tmp_path / "lanes.cnexport.yaml"
    suite.write_text(block, encoding="utf-8")
    # As a team runs it: its own OPA, nothing exported.
    run = verify(suite.name, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == "3 runs: 3 passed, 0 failed, 0 errors"
    tests = pytest_in(tmp_path)
    assert tests.returncode == 0, tests.stdout
    assert "3 passed" in tests.stdout.splitlines()[-1]

    after = "      2026-11-28:                 # the suspension over\n        outcome: DENY_IN_PRINCIPLE"
    assert block.count(after) == 1
    suite.write_text(block.replace(after, after.replace("DENY_IN_PRINCIPLE", "LICENCE_REQUIRED")), encoding="utf-8")
    run = verify(suite.name, cwd=tmp_path)
    assert run.returncode == 1
    assert (
        "FAIL  lanes.cnexport.yaml::gallium-to-us[2026-11-28]\n"
        "        outcome: expected LICENCE_REQUIRED, got DENY_IN_PRINCIPLE\n" in run.stdout
    )
    tests = pytest_in(tmp_path)
    assert tests.returncode == 1
    assert "outcome: expected LICENCE_REQUIRED, got DENY_IN_PRINCIPLE" in tests.stdout
    assert "1 failed, 2 passed" in tests.stdout.splitlines()[-1]


def test_the_suite_schema_is_a_valid_schema():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(json.loads((SCHEMAS / "suite.schema.json").read_text(encoding="utf-8")))


def test_an_expected_obligation_names_one_of_its_lines_or_all_of_them():
    actual = {"type": "compliance_notice", "due": "2026-11-12", "lines": [1, 2, 4]}
    assert _fits({"type": "compliance_notice", "line": 2}, actual)
    assert not _fits({"type": "compliance_notice", "line": 3}, actual)
    assert _fits({"type": "compliance_notice", "lines": [1, 2, 4]}, actual)
    assert not _fits({"type": "compliance_notice", "lines": [1, 2]}, actual)
    assert not _fits({"type": "licence_application", "line": 1}, actual)
