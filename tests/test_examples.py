"""The example shipments of `make eval`: each decided as tests/expected/<name>.json says."""

import json
from pathlib import Path

import pytest

from conftest import codes

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p.stem for p in (ROOT / "examples").glob("*.json"))
EXPECTED = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "tests" / "expected").glob("*.json")}


def test_every_example_has_an_expectation():
    assert EXAMPLES == sorted(EXPECTED)


@pytest.mark.parametrize("name", EXAMPLES)
def test_example(decide, name):
    expected = EXPECTED[name]
    decision = decide((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
    assert (decision["outcome"], decision["clearance"]) == (expected["outcome"], expected["clearance"])
    assert codes(decision) == expected["reason_codes"]
    assert decision["id"] == name
    # "services": {party index: the clearance of its parties[].service answer, or null for none}
    for index, clearance in expected.get("services", {}).items():
        assert decision["parties"][int(index)].get("service", {}).get("clearance") == clearance, index


def test_the_examples_cover_every_outcome():
    assert {e["outcome"] for e in EXPECTED.values()} >= {
        "NOT_CONTROLLED", "REPORT_ONLY", "LICENCE_REQUIRED", "CASE_BY_CASE", "DENY_IN_PRINCIPLE", "PROHIBITED", "INVALID_INPUT"}
