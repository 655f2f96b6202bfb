"""docs/architecture.md, "How to add an announcement", followed step by step on a copy of the project.

The made-up announcement MOFCOM-2099-1 (tests/fixtures/announcement/) lists tungsten metal from
2099-02-01. Added to a copy as the guide says (measure data with the reason its clause gives,
catalogue data, no Rego: the register and timeline regenerated), the copy's data build and `make lint`'s
METADATA check pass and
its decision gives the clause's reason (and the framework's, which reach every listed item) from the
effective date on, and MEASURE_NOT_IN_FORCE the day before; the project as it is does not know the item.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cnexport import opa
from cnexport.paths import ROOT, opa_binary

FIXTURE = ROOT / "tests" / "fixtures" / "announcement"
GUIDE = ROOT / "docs" / "architecture.md"
COPIED = ("harness", "data", "docs", "schemas", "policies")


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess:
    """A module of the copy's harness, so that it reads the copy's data, docs and policies."""
    env = {**os.environ, "PYTHONPATH": str(copy / "harness"), "CNEXPORT_OPA": opa_binary()}
    return subprocess.run([sys.executable, "-m", *args], cwd=copy, env=env, capture_output=True, text=True, timeout=600, check=False)


def _decide(policies: Path, data: Path, shipment: dict) -> dict:
    return opa.evaluate("x := data.cnexport.decision", [policies, data], shipment)["x"]


@pytest.fixture(scope="module")
def added(tmp_path_factory) -> Path:
    """A copy of the project with the made-up announcement added as docs/architecture.md says."""
    copy = tmp_path_factory.mktemp("project")
    for name in COPIED:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    # 1-2: the measure with the reason its clause gives, and its items, as data; no Rego.
    for path in (FIXTURE / "data").rglob("*.yaml"):
        shutil.copy(path, copy / path.relative_to(FIXTURE))
    # 4: the generated register and timeline.
    for step in (("cnexport.citations", "--write"), ("cnexport.timeline",)):
        run = _run(copy, *step)
        assert run.returncode == 0, run.stderr
    built = _run(copy, "cnexport.databuild", "--out", str(copy / "build" / "data"))
    assert built.returncode == 0, built.stderr
    return copy


def test_the_guide_names_every_step_the_test_takes():
    guide = GUIDE.read_text(encoding="utf-8")
    for step in (
        "data/measures/",
        "data/catalogue/",
        "reason:",
        "code:",
        "listed_by",
        "measures/item_lists",
        "policies/cnexport/measures/",
        "custom:",
        "measure:",
        "python -m cnexport.citations --write",
        "python -m cnexport.timeline",
        "docs/interpretations.md",
        "schemas/policy/measure-package.schema.json",
        "make lint",
        "make expectations",
    ):
        assert step in guide, step


def test_the_added_announcement_passes_the_checks(added):
    checked = _run(added, "cnexport.citations", "policies")
    assert checked.returncode == 0, checked.stderr
    register = (added / "docs" / "reasons.md").read_text(encoding="utf-8")
    assert ("| W99_LISTED_ITEM | MOFCOM-2099-1 | 1 | LICENCE_REQUIRED | data/measures/mofcom-2099-1.yaml | — |") in register
    assert not (added / "policies" / "cnexport" / "measures" / "mofcom_2099_1").exists()
    assert _run(added, "cnexport.timeline", "--check").returncode == 0
    assert "MOFCOM-2099-1" in (added / "docs" / "timeline.md").read_text(encoding="utf-8")


def test_the_added_announcement_decides_from_its_effective_date(added):
    shipment = json.loads((FIXTURE / "shipment.json").read_text(encoding="utf-8"))
    assert shipment["export_date"] == "2099-02-01"
    decision = _decide(added / "policies", added / "build" / "data", shipment)
    assert [decision["outcome"], decision["clearance"]] == ["LICENCE_REQUIRED", "HOLD"]
    # The framework's articles reach every listed dual-use item, the new one too.
    assert sorted((r["code"], r["measure"], r["clause"]) for r in decision["reasons"]) == [
        ("DUR14_LISTED_ITEM_LICENCE", "STATECOUNCIL-2024-792", "14"),
        ("ECL12_LISTED_ITEM_LICENCE", "NPCSC-2020-58", "12"),
        ("W99_LISTED_ITEM", "MOFCOM-2099-1", "1"),
    ]
    [reason] = [r for r in decision["reasons"] if r["code"] == "W99_LISTED_ITEM"]
    assert {k: reason[k] for k in ("code", "measure", "clause", "outcome", "line")} == {
        "code": "W99_LISTED_ITEM",
        "measure": "MOFCOM-2099-1",
        "clause": "1",
        "outcome": "LICENCE_REQUIRED",
        "line": 1,
    }
    assert decision["sources"]["MOFCOM-2099-1"] == {"1": "https://cnexport.invalid/tests/fixtures/announcement#1"}
    assert reason["message_en"].startswith("Line 1 is a tungsten item of the made-up No. 1 of 2099 (Tungsten metal")
    assert [(c["entry_id"], c["measure"], c["clause"], c["name_en"]) for c in decision["lines"][0]["controls"]] == [
        ("mofcom-2099-1-1-tungsten-metal", "MOFCOM-2099-1", "1", "Tungsten metal")
    ]

    day_before = _decide(added / "policies", added / "build" / "data", {**shipment, "export_date": "2099-01-31"})
    assert [day_before["outcome"], day_before["reasons"], day_before["lines"][0]["controls"]] == ["NOT_CONTROLLED", [], []]
    [dormant] = [w for w in day_before["warnings"] if w["code"] == "MEASURE_NOT_IN_FORCE"]
    assert dormant["message_en"].startswith("line 1: W99_LISTED_ITEM (MOFCOM-2099-1 clause 1) would apply, but ")
    assert "2099-02-01" in dormant["message_en"]


def test_the_project_as_it_is_does_not_know_the_item():
    shipment = json.loads((FIXTURE / "shipment.json").read_text(encoding="utf-8"))
    decision = _decide(ROOT / "policies", ROOT / "build" / "data", shipment)
    assert [decision["outcome"], decision["reasons"], decision["lines"][0]["controls"]] == ["NOT_CONTROLLED", [], []]
