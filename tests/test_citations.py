"""`make lint` checks the METADATA every reason, obligation and warning is built from before any rule runs."""

from __future__ import annotations

import shutil
import subprocess
import sys

from cnexport import citations
from cnexport.paths import POLICIES, ROOT

RULE = "policies/cnexport/measures/mofcom_2025_61/licensing.rego"
WARNINGS = "policies/cnexport/measures/mofcom_2025_61/warnings.rego"


def run(policies) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cnexport.citations", str(policies), "--root", str(ROOT)],
                          capture_output=True, text=True, timeout=120)


def test_the_policies_cite_only_clauses_the_data_describes():
    checked = run(POLICIES)
    assert checked.returncode == 0, checked.stderr
    assert "every rule's METADATA cites" in checked.stdout


def test_a_clause_typo_fails_and_names_the_file(tmp_path):
    copy = tmp_path / "policies"
    shutil.copytree(POLICIES, copy)
    rule = tmp_path / RULE
    text = rule.read_text(encoding="utf-8")
    assert '#   measure: MOFCOM-2025-61\n#   clause: "6"\n' in text
    rule.write_text(text.replace('#   measure: MOFCOM-2025-61\n#   clause: "6"\n', '#   measure: MOFCOM-2025-61\n#   clause: "66"\n', 1),
                    encoding="utf-8")
    checked = run(copy)
    assert checked.returncode == 1
    assert f"{copy}/cnexport/measures/mofcom_2025_61/licensing.rego:" in checked.stderr
    assert "MOFCOM-2025-61 has no clause 66 in data/measures/" in checked.stderr


def test_a_warning_without_its_chinese_message_fails_and_names_the_file(tmp_path):
    copy = tmp_path / "policies"
    shutil.copytree(POLICIES, copy)
    rule = tmp_path / WARNINGS
    text = rule.read_text(encoding="utf-8")
    line = '#   message_zh: "第{{.line}}行：{{.entries}}项原产地不明的稀土含量已按原产于中国计入。"\n'
    assert line in text
    rule.write_text(text.replace(line, "", 1), encoding="utf-8")
    checked = run(copy)
    assert checked.returncode == 1
    assert f"{copy}/cnexport/measures/mofcom_2025_61/warnings.rego:" in checked.stderr
    assert "the warning's METADATA has no message_zh" in checked.stderr


def test_every_kind_of_problem_is_named():
    measures = {"M-1": {"clauses": {"1": {}}}}

    def annotation(custom, rule="clause_1"):
        return {"annotations": {"custom": custom}, "location": {"file": "p.rego", "row": 3},
                "path": [{"type": "var", "value": "data"}, {"type": "string", "value": rule}]}
    found = citations.problems([
        annotation({"code": "X", "outcome": "PROHIBITED", "message_en": "m", "message_zh": "m", "measure": "M-1", "clause": "1"}),
        annotation({"code": "X", "outcome": "PROHIBITED", "message_en": "m"}),
        annotation({"type": "report", "measure": "M-2", "clause": "1", "message_en": "m"}),
        annotation({"code": "X", "outcome": "PROHIBITED", "message_en": "m", "message_zh": "m", "clause": "1"}),
        annotation({"title": "a rule that builds nothing"}),
        annotation({"code": "W", "message_en": "m", "message_zh": ""}, "warnings"),
        annotation({"code": "W", "outcome": "PROHIBITED", "message_en": "m", "message_zh": "m"}, "holds"),
        annotation({"code": "W", "message_zh": "m"}, "possible_hold"),
    ], measures)
    assert found == [
        "p.rego:3: the reason's METADATA has no message_zh",
        "p.rego:3: the obligation's METADATA has no message_zh",
        "p.rego:3: measure M-2 is not described in data/measures/",
        "p.rego:3: clause 1 is cited without its measure",
        "p.rego:3: the warning's METADATA has no message_zh",
        "p.rego:3: a warning changes no outcome, but its METADATA gives one",
        "p.rego:3: the warning's METADATA has no message_en",
    ]
