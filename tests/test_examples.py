"""The example shipments of `make eval`: tests/expected/examples.cnexport.yaml holds the decision each
must get, and pytest runs it through the cnexport plugin. These check that it covers them all and is
exactly what `make expectations` generates."""

from pathlib import Path

from cnexport.expectations import changes, expectation, render, service_roles
from cnexport.suite import load

ROOT = Path(__file__).resolve().parents[1]
SUITE_PATH = ROOT / "tests" / "expected" / "examples.cnexport.yaml"
CASES = load(SUITE_PATH).data["cases"]


def test_every_example_has_exactly_one_case_named_after_it():
    examples = sorted(p.name for p in (ROOT / "examples").glob("*.json"))
    assert sorted(Path(case["document"]).name for case in CASES) == examples
    assert all(case["document"] == f"../../examples/{case['name']}.json" for case in CASES)


def test_every_case_states_outcome_clearance_and_reasons():
    assert all({"outcome", "clearance", "reasons"} <= set(case["expect"]) for case in CASES)


def test_the_examples_cover_every_outcome():
    assert {case["expect"]["outcome"] for case in CASES} == {
        "NOT_CONTROLLED",
        "REPORT_ONLY",
        "LICENCE_REQUIRED",
        "CASE_BY_CASE",
        "DENY_IN_PRINCIPLE",
        "PROHIBITED",
        "INVALID_INPUT",
    }


def test_the_suite_is_exactly_what_make_expectations_writes(decide):
    roles = service_roles()
    generated = {p.stem: expectation(decide(p.read_text(encoding="utf-8")), roles) for p in sorted((ROOT / "examples").glob("*.json"))}
    assert render(generated) == SUITE_PATH.read_text(encoding="utf-8")


def test_a_service_role_records_its_answer_and_none_without_one():
    # Export Control Law Art. 20 answers every service provider, No. 62 suspended or not.
    [case] = [c for c in CASES if c["name"] == "cn-ndfeb-magnet-technology-prohibited"]
    assert case["expect"]["parties"] == [{"index": 1, "service": "STOP"}]
    [case] = [c for c in CASES if c["name"] == "cn-forwarder-unlicensed-production-line-technology"]
    assert case["expect"]["parties"] == [{"index": 1, "service": "HOLD"}, {"index": 2, "service": "HOLD"}]
    unanswered = {
        "outcome": "NOT_CONTROLLED",
        "clearance": "GO",
        "reasons": [],
        "errors": [],
        "parties": [{"role": "consignee"}, {"role": "broker"}],
    }
    assert expectation(unanswered, {"broker"})["parties"] == [{"index": 1, "service": None}]


def test_every_change_of_a_regeneration_is_named():
    old = {"a": {"outcome": "GO", "reasons": []}, "b": {"outcome": "X"}}
    new = {"a": {"outcome": "STOP", "reasons": ["R"]}, "c": {"outcome": "Y", "reasons": ["Q"]}}
    assert changes(old, new) == [
        "changed a outcome: GO -> STOP",
        'changed a reasons: [] -> ["R"]',
        "removed b",
        'added c: outcome Y, reasons ["Q"]',
    ]


def test_without_an_opa_make_expectations_writes_nothing():
    import subprocess
    import sys

    from conftest import cli_env

    before = SUITE_PATH.read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.expectations"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**cli_env(), "CNEXPORT_OPA": str(ROOT / "no-such-opa")},
    )
    assert run.returncode == 2
    assert "no decision, nothing written: cannot run" in run.stderr
    assert SUITE_PATH.read_bytes() == before
