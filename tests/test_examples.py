"""The example shipments of `make eval`: each decided as its name says, one per reachable outcome."""

import json
from pathlib import Path

import pytest

from conftest import codes

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

EXPECTED = {
    "de-smco-owned-by-listed": ("DENY_IN_PRINCIPLE", "STOP", ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "RE61_LISTED_PARTY"]),
    "invalid-document": ("INVALID_INPUT", "STOP", []),
    "jp-magnet-cn-dy-0.15pct": ("LICENCE_REQUIRED", "HOLD", ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]),
    "jp-magnet-cn-dy-below-threshold": ("NOT_CONTROLLED", "GO", []),
    "jp-magnet-cn-dy-exactly-0.1pct": ("LICENCE_REQUIRED", "HOLD", ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]),
    "jp-magnet-during-suspension": ("NOT_CONTROLLED", "GO", []),
    "jp-magnet-humanitarian": ("REPORT_ONLY", "GO", ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "RE61_HUMANITARIAN_REPORT"]),
    "jp-magnet-licensed": ("LICENCE_REQUIRED", "GO", ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]),
    "jp-magnet-military-end-user": ("DENY_IN_PRINCIPLE", "STOP", ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "RE61_MILITARY_USER"]),
    "jp-plain-ndfeb": ("NOT_CONTROLLED", "GO", []),
    "kr-reexport-cn-gd-target-chips": ("CASE_BY_CASE", "HOLD", ["RE61_CN_ORIGIN_ITEM", "RE61_CASE_BY_CASE_END_USE"]),
}


def test_every_example_has_an_expectation():
    assert sorted(p.stem for p in EXAMPLES.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(decide, name):
    outcome, clearance, reason_codes = EXPECTED[name]
    decision = decide((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    assert (decision["outcome"], decision["clearance"]) == (outcome, clearance)
    assert codes(decision) == reason_codes
    assert decision["id"] == name


def test_the_examples_cover_every_outcome_no_61_can_give():
    assert {o for o, _, _ in EXPECTED.values()} == {
        "NOT_CONTROLLED", "REPORT_ONLY", "LICENCE_REQUIRED", "CASE_BY_CASE", "DENY_IN_PRINCIPLE", "INVALID_INPUT"}
