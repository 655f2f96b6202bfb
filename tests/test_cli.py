"""The CLI: decisions only from OPA, errors (never decisions) when it cannot decide."""

import json
import subprocess
import sys
from pathlib import Path

from cnexport.opa import free_port
from conftest import cli_env, raw, shipment

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def cli(*args, stdin=None, server=None):
    return subprocess.run([sys.executable, "-m", "cnexport.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env=cli_env(server))


def test_json_output_is_one_decision_per_line_in_input_order(opa, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(raw(shipment(id="first")))
    second.write_bytes(raw(shipment(id="second", export_date="2026-03-02")))
    run = cli("decide", "--json", "--opa-url", opa.url, str(first), str(second), server=opa)
    assert run.returncode == 0, run.stderr
    decisions = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(d["id"], d["outcome"]) for d in decisions] == [("first", "LICENCE_REQUIRED"), ("second", "NOT_CONTROLLED")]


def test_standard_input(opa):
    run = cli("decide", "--json", "--opa-url", opa.url, "-", stdin=raw(shipment(id="stdin")).decode(), server=opa)
    assert run.returncode == 0 and json.loads(run.stdout)["id"] == "stdin"


def test_unreachable_opa_is_an_error_not_a_decision(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(raw(shipment()))
    run = cli("decide", "--json", "--opa-url", f"http://127.0.0.1:{free_port()}", str(path))
    assert run.returncode == 2
    assert run.stdout == ""
    assert "cannot be reached" in run.stderr


def test_unreadable_and_non_json_files_are_errors(opa, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    good = tmp_path / "good.json"
    good.write_bytes(raw(shipment(id="good")))
    run = cli("decide", "--json", "--opa-url", opa.url, str(tmp_path / "missing.json"), str(bad), str(good), server=opa)
    assert run.returncode == 2
    assert [json.loads(l)["id"] for l in run.stdout.splitlines()] == ["good"]
    assert "missing.json: no decision: cannot read" in run.stderr
    assert "bad.json: no decision: not JSON" in run.stderr


def test_starts_its_own_opa_and_prints_a_table():
    run = cli("decide", str(EXAMPLES / "jp-magnet-cn-dy-0.15pct.json"))
    assert run.returncode == 0, run.stderr
    assert "outcome LICENCE_REQUIRED   clearance HOLD" in run.stdout
    assert "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD  (MOFCOM-2025-61 1(1))" in run.stdout
    assert "ratio_percent=0.1500000" in run.stdout
    table = run.stdout[run.stdout.index("ID "):].splitlines()
    assert table[0].split() == ["ID", "OUTCOME", "CLEARANCE", "MAIN", "REASONS", "FIGURES"]
    assert table[2].split() == ["jp-magnet-cn-dy-0.15pct", "LICENCE_REQUIRED", "HOLD", "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD",
                                "(MOFCOM-2025-61", "1(1))", "ratio", "0.0015", "(line", "1)"]
