"""The example shipments of `make eval`: tests/expected/examples.cnexport.yaml holds the decision each
must get, and pytest runs it through the cnexport plugin. These check that it covers them all."""

from pathlib import Path

from cnexport.suite import load

ROOT = Path(__file__).resolve().parents[1]
SUITE = load(ROOT / "tests" / "expected" / "examples.cnexport.yaml")
CASES = SUITE.data["cases"]


def test_every_example_has_exactly_one_case_named_after_it():
    examples = sorted(p.name for p in (ROOT / "examples").glob("*.json"))
    assert sorted(Path(case["document"]).name for case in CASES) == examples
    assert all(case["document"] == f"../../examples/{case['name']}.json" for case in CASES)


def test_every_case_states_outcome_clearance_and_reasons():
    assert all({"outcome", "clearance", "reasons"} <= set(case["expect"]) for case in CASES)


def test_the_examples_cover_every_outcome():
    assert {case["expect"]["outcome"] for case in CASES} == {
        "NOT_CONTROLLED", "REPORT_ONLY", "LICENCE_REQUIRED", "CASE_BY_CASE", "DENY_IN_PRINCIPLE", "PROHIBITED", "INVALID_INPUT"}
