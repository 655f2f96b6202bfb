"""`cnexport decide` output: every form names every document, JUnit and SARIF pass their published
schemas (tests/schemas/), messages in the language asked for, exit codes by --fail-on."""

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import JUNIT_SCHEMA, cli_env, raw, shipment
from jsonschema import Draft4Validator

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"
SARIF_SCHEMA = json.loads((HERE / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def cli(server, *args, columns=None):
    env = cli_env(server)
    if columns:
        env["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", "--opa-url", server.url, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.fixture
def documents(tmp_path):
    """One document per clearance (GO, HOLD, STOP), one invalid, and one that cannot be read."""
    files = {
        "go.json": raw(shipment(id="go", export_date="2026-03-02")),
        "hold.json": raw(shipment(id="hold")),
        "stop.json": (EXAMPLES / "cn-uel-party-prohibited.json").read_bytes(),
        "invalid.json": raw({"id": "invalid"}),
    }
    for name, text in files.items():
        (tmp_path / name).write_bytes(text)
    return [str(tmp_path / name) for name in files] + [str(tmp_path / "missing.json")]


def test_the_documents_get_the_decisions_the_tests_rely_on(opa, documents):
    run = cli(opa, "--format", "jsonl", *documents[:4])
    assert run.returncode == 0, run.stderr
    assert [(d["id"], d["outcome"], d["clearance"]) for d in map(json.loads, run.stdout.splitlines())] == [
        ("go", "NOT_CONTROLLED", "GO"),
        ("hold", "LICENCE_REQUIRED", "HOLD"),
        ("cn-uel-party-prohibited", "PROHIBITED", "STOP"),
        ("invalid", "INVALID_INPUT", "STOP"),
    ]


def test_json_holds_every_result_in_order_and_the_summary(opa, documents):
    run = cli(opa, "--format", "json", *documents)
    assert run.returncode == 2
    answer = json.loads(run.stdout)
    assert [r["source"] for r in answer["results"]] == documents
    assert [r["decision"]["clearance"] for r in answer["results"][:4]] == ["GO", "HOLD", "STOP", "STOP"]
    assert all(r["decision_id"] for r in answer["results"][:4])
    assert answer["results"][4] == {"source": documents[4], "error": f"cannot read {documents[4]}: No such file or directory"}
    summary = answer["summary"]
    assert (summary["documents"], summary["decided"], summary["resumed"]) == (5, 4, 0)
    assert summary["outcomes"] == {"INVALID_INPUT": 1, "LICENCE_REQUIRED": 1, "NOT_CONTROLLED": 1, "PROHIBITED": 1}
    assert summary["clearances"] == {"GO": 1, "HOLD": 1, "STOP": 2}
    assert summary["not_decided"] == [{"source": documents[4], "error": f"cannot read {documents[4]}: No such file or directory"}]
    assert f"cnexport: {documents[4]}: no decision: cannot read" in run.stderr


def test_csv_has_a_row_per_document(opa, documents):
    run = cli(opa, "--format", "csv", *documents)
    assert run.returncode == 2
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [(r["source"], r["outcome"], r["clearance"]) for r in rows] == [
        (documents[0], "NOT_CONTROLLED", "GO"),
        (documents[1], "LICENCE_REQUIRED", "HOLD"),
        (documents[2], "PROHIBITED", "STOP"),
        (documents[3], "INVALID_INPUT", "STOP"),
        (documents[4], "", ""),
    ]
    hold = rows[1]
    assert hold["because"] == "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD (MOFCOM-2025-61 1(1))"
    assert hold["to_do"].startswith("by 2026-09-21: Before exporting line 1, obtain a MOFCOM dual-use export licence")
    assert "SUSPENSION_EXTENSION_REPORTED" in hold["warnings"].split("; ")
    assert rows[3]["because"].endswith("errors, the first at /end_use")
    assert rows[4]["error"] == f"cannot read {documents[4]}: No such file or directory" and rows[0]["error"] == ""


@pytest.mark.parametrize("fail_on, failures", [("HOLD", 3), ("STOP", 2), (None, 0)])
def test_junit_passes_its_schema_and_fails_by_fail_on(opa, documents, fail_on, failures):
    run = cli(opa, "--format", "junit", *(["--fail-on", fail_on] if fail_on else []), *documents)
    assert run.returncode == 2  # a document without a decision outweighs failing ones
    JUNIT_SCHEMA.validate(run.stdout)
    suite = ET.fromstring(run.stdout).find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("5", str(failures), "1")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == documents
    failed = [name for name, case in cases.items() if case.find("failure") is not None]
    assert failed == {"HOLD": documents[1:4], "STOP": documents[2:4], None: []}[fail_on]
    if fail_on == "HOLD":
        assert cases[documents[1]].find("failure").get("message").startswith("HOLD LICENCE_REQUIRED: hold: do not ship")
    assert "by 2026-09-21: Before exporting line 1" in cases[documents[1]].find("system-out").text
    assert cases[documents[4]].find("error").get("message") == f"no decision: cannot read {documents[4]}: No such file or directory"


def test_sarif_passes_its_schema(opa, documents):
    run = cli(opa, "--format", "sarif", *documents)
    assert run.returncode == 2
    log = json.loads(run.stdout)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft4Validator(SARIF_SCHEMA).iter_errors(log)]
    assert not errors, errors
    sarif_run = log["runs"][0]
    decisions = [r for r in sarif_run["results"] if r["ruleId"] == "DECISION"]
    assert [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["level"]) for r in decisions] == [
        (documents[0], "note"),
        (documents[1], "warning"),
        (documents[2], "error"),
        (documents[3], "error"),
    ]
    assert decisions[1]["properties"]["obligations"][0]["due"] == "2026-09-21"
    reasons = [r for r in sarif_run["results"] if r["ruleId"] == "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]
    assert len(reasons) == 1 and reasons[0]["level"] == "warning"
    assert reasons[0]["properties"]["measure"] == "MOFCOM-2025-61" and reasons[0]["properties"]["clause"] == "1(1)"
    assert "0.1500000%" in reasons[0]["message"]["text"]
    rules = {rule["id"] for rule in sarif_run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in sarif_run["results"]} <= rules
    invocation = sarif_run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert [n["message"]["text"] for n in invocation["toolExecutionNotifications"]] == [
        f"{documents[4]}: no decision: cannot read {documents[4]}: No such file or directory"
    ]


def test_markdown_leads_with_what_to_do_and_ends_with_the_summary(opa, documents):
    run = cli(opa, "--format", "markdown", *documents)
    assert run.returncode == 2
    out = run.stdout
    hold = out.index(f"## hold: `{documents[1]}`")
    assert (
        out.index("**HOLD LICENCE_REQUIRED: hold: do not ship", hold)
        < out.index("- by 2026-09-21:", hold)
        < out.index("| 1 | LICENCE_REQUIRED | RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD | MOFCOM-2025-61 1(1) |", hold)
    )
    summary = out[out.index("## Summary") :]
    assert f"| {documents[4]} | NOT DECIDED | - | - | cannot read {documents[4]}: No such file or directory |" in summary
    assert "- by clearance: GO 1, HOLD 1, STOP 2" in summary


def test_table_fits_the_terminal(opa, documents):
    narrow, wide = cli(opa, *documents[:4], columns=60), cli(opa, *documents[:4], columns=160)
    assert narrow.returncode == wide.returncode == 0
    assert max(map(len, narrow.stdout.splitlines())) <= 60
    assert 60 < max(map(len, wide.stdout.splitlines())) <= 160
    for out in (narrow.stdout, wide.stdout):
        assert "STOP PROHIBITED: stop: do not ship" in out and "by clearance: GO 1, HOLD 1, STOP 2" in out


@pytest.mark.parametrize(
    "names, fail_on, status",
    [
        (["go.json", "hold.json"], None, 0),
        (["stop.json"], None, 0),  # without --fail-on the outcome never sets the status
        (["hold.json"], "STOP", 0),
        (["hold.json"], "HOLD", 1),
        (["go.json"], "HOLD", 0),
        (["stop.json"], "STOP", 1),
        (["invalid.json"], "STOP", 1),  # an invalid document's clearance is STOP
        (["go.json", "missing.json"], None, 2),
        (["stop.json", "missing.json"], "STOP", 2),
    ],
)
def test_exit_status_by_fail_on(opa, documents, names, fail_on, status):
    paths = [p for p in documents if Path(p).name in names]
    run = cli(opa, "--format", "csv", *(["--fail-on", fail_on] if fail_on else []), *paths)
    assert run.returncode == status, run.stderr


def test_messages_in_chinese_english_or_both(opa, documents):
    english, chinese, both = (cli(opa, "--format", "markdown", "--lang", lang, documents[1]) for lang in ("en", "zh", "both"))
    en_reason = "at or above the 0.1% threshold, so exporting it needs a MOFCOM dual-use export licence"
    zh_reason = "达到 0.1% 及以上，出口须取得商务部两用物项出口许可"
    zh_obligation = "出口第1行前，应取得商务部两用物项出口许可"
    assert en_reason in english.stdout and zh_reason not in english.stdout
    assert zh_reason in chinese.stdout and zh_obligation in chinese.stdout and en_reason not in chinese.stdout
    assert "停止：" not in chinese.stdout and "暂缓：在取得涵盖本次出口的许可" in chinese.stdout
    assert en_reason in both.stdout and zh_reason in both.stdout
    # each warning in Chinese where it has a Chinese message, else in English
    decision = json.loads(cli(opa, "--format", "jsonl", documents[1]).stdout)
    assert decision["warnings"]
    for warning in decision["warnings"]:
        assert f"**{warning['code']}**: {warning.get('message_zh') or warning['message_en']}" in chinese.stdout
