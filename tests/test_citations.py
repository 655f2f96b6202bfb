"""`make lint` checks the METADATA every reason, obligation and warning is built from before any rule runs."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys

import pytest

from cnexport import citations, databuild
from cnexport.paths import POLICIES, ROOT

RULE = "policies/cnexport/measures/mofcom_2025_61/licensing.rego"
SCHEMA = json.loads(citations.SCHEMA.read_text(encoding="utf-8"))
MEASURES = databuild.load_sources(ROOT)["measures"]["measures"]
INTERPRETATIONS = databuild.interpretation_ids(ROOT)


def run(policies, *extra) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cnexport.citations", str(policies), "--root", str(ROOT), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def found() -> list[dict]:
    return citations.annotations(POLICIES)


@pytest.fixture(scope="module")
def keys() -> dict:
    return citations.figure_keys(POLICIES)


def check(found, keys) -> list[str]:
    return citations.problems(found, MEASURES, INTERPRETATIONS, keys, SCHEMA)


def test_the_policies_pass_and_the_register_is_current():
    checked = run(POLICIES)
    assert checked.returncode == 0, checked.stderr
    assert "docs/reasons.md is current" in checked.stdout


def test_a_clause_typo_fails_and_names_the_file(tmp_path):
    copied = tmp_path / "policies"
    shutil.copytree(POLICIES, copied)
    rule = tmp_path / RULE
    text = rule.read_text(encoding="utf-8")
    assert '#   clause: "6"\n' in text
    rule.write_text(text.replace('#   clause: "6"\n', '#   clause: "66"\n', 1), encoding="utf-8")
    checked = run(copied)
    assert checked.returncode == 1
    assert f"{copied}/cnexport/measures/mofcom_2025_61/licensing.rego:" in checked.stderr
    assert "MOFCOM-2025-61 has no clause 66 in data/measures/" in checked.stderr


def test_a_measure_id_written_in_a_rule_fails_naming_its_file_and_line(tmp_path):
    assert citations.measure_id_literals(POLICIES, MEASURES) == []
    copied = tmp_path / "policies"
    shutil.copytree(POLICIES, copied)
    rule = copied / "cnexport" / "lib" / "dates" / "dates.rego"
    text = rule.read_text(encoding="utf-8")
    role = 'timeline.role_param("licence_decision_period", "decision_working_days")'
    assert text.count(role) == 1
    rule.write_text(text.replace(role, 'timeline.param("STATECOUNCIL-2024-792", "17", "decision_working_days")'), encoding="utf-8")
    row = (
        rule.read_text(encoding="utf-8").splitlines().index('\tn := timeline.param("STATECOUNCIL-2024-792", "17", "decision_working_days")')
    )
    assert citations.measure_id_literals(copied, MEASURES) == [
        f"{rule}:{row + 1}: measure id STATECOUNCIL-2024-792 is written in a rule: read it from the package's METADATA "
        "or give its clause a `role` in data/measures/"
    ]
    # A comment line, or a test file, is no rule.
    commented = text.replace(role, role + '\n\t# the clause of "STATECOUNCIL-2024-792" Art. 17')
    rule.write_text(commented, encoding="utf-8")
    (rule.parent / "extra_test.rego").write_text('package x_test\n\nmeasure := "STATECOUNCIL-2024-792"\n', encoding="utf-8")
    assert citations.measure_id_literals(copied, MEASURES) == []


def test_a_clause_typo_in_any_block_fails_naming_its_file(found, keys):
    """Every block that states a clause, one at a time: a typo in it is a problem at its file and line."""
    cited = [i for i, a in enumerate(found) if "clause" in (a["annotations"].get("custom") or {})]
    assert len(cited) > 40
    for i in cited:
        typo = copy.deepcopy(found)
        custom = typo[i]["annotations"]["custom"]
        custom["clause"] = f"{custom['clause']}x"
        where = f"{found[i]['location']['file']}:{found[i]['location']['row']}:"
        assert [p for p in check(typo, keys) if p.startswith(where)] != [], where


def test_a_measure_typo_on_a_package_fails(found, keys):
    typo = copy.deepcopy(found)
    package = next(a for a in typo if citations.kind_of(a) == "package" and a["location"]["file"].endswith("mofcom_2025_61.rego"))
    package["annotations"]["custom"]["measure"] = "MOFCOM-2025-81"
    where = f"{package['location']['file']}:{package['location']['row']}"
    assert f"{where}: measure MOFCOM-2025-81 is not described in data/measures/" in check(typo, keys)


def test_the_policies_state_each_measure_once_on_its_package(found):
    rules = [a for a in found if citations.kind_of(a) in ("reason", "obligation", "warning")]
    assert [a["location"] for a in rules if "measure" in a["annotations"]["custom"]] == []
    assert {r["measure"] for r in citations.rows(found) if r["file"].endswith("mofcom_2025_61/licensing.rego")} == {"MOFCOM-2025-61"}


def test_the_reasons_item_list_clauses_state_as_data_are_checked_with_the_rules(found, keys):
    data = citations.data_rows()
    assert {(r["measure"], r["clause"]) for r in data if r["code"] == "RE18_SAMARIUM_ITEM"} == {("MOFCOM-2025-18", "1")}
    assert len(data) == 27 and all(r["package"] == citations.ITEM_LISTS for r in data)
    # The clause's interpretation, unless the reason names its own (No. 39: I-51-LIST-CITATION).
    readings = {(r["measure"], r["clause"]): r["custom"].get("interpretation") for r in data}
    assert readings[("MOFCOM-2025-18", "4")] == "I-18-SECOND-HALF" and readings[("MOFCOM-2025-18", "1")] is None
    assert readings[("MOFCOM-2023-39", "1")] == "I-51-LIST-CITATION"
    assert citations.problems(found, MEASURES, INTERPRETATIONS, keys, SCHEMA, data) == []
    samarium = next(r for r in data if r["code"] == "RE18_SAMARIUM_ITEM")
    twice = {**samarium, "clause": "2", "custom": {**samarium["custom"], "clause": "2"}}
    unset = {**samarium, "custom": {**samarium["custom"], "message_en": "Line {{.line}} in {{.nowhere}}"}}
    found_problems = citations.problems(found, MEASURES, INTERPRETATIONS, keys, SCHEMA, [samarium, twice, unset])
    assert (
        f"{samarium['file']}:{samarium['row']}: code RE18_SAMARIUM_ITEM is stated twice (first at {samarium['file']}:{samarium['row']})"
        in found_problems
    )
    assert f"{samarium['file']}:{samarium['row']}: the message reads {{{{.nowhere}}}}, which no rule sets" in found_problems


def _annotation(custom, scope="rule", path=("cnexport", "measures", "m", "r")):
    return {
        "annotations": {"custom": custom, "scope": scope},
        "location": {"file": "p.rego", "row": 3},
        "path": [{"type": "var", "value": "data"}] + [{"type": "string", "value": p} for p in path],
    }


REASON = {"code": "M1_FOUND", "outcome": "PROHIBITED", "message_en": "line {{.line}}", "message_zh": "第{{.line}}行", "clause": "1"}


def test_every_kind_of_problem_is_named():
    measures = {"M-1": {"clauses": {"1": {}, "2": {}}}}
    package = _annotation({"measure": "M-1"}, scope="package", path=("cnexport", "measures", "m"))
    found = citations.problems(
        [
            package,
            _annotation(REASON),
            _annotation({**REASON, "code": "m1 found", "clause": "2"}),
            _annotation({"code": "M1_OTHER", "outcome": "PROHIBITED", "message_en": "m", "measure": "M-1"}),
            _annotation({"type": "report", "clause": "3", "message_en": "m", "message_zh": "m"}),
            _annotation({**REASON, "code": "M1_SEEN", "interpretation": "I-NOWHERE"}),
            _annotation({**REASON, "code": "M1_READS", "clause": "2", "message_en": "{{if .licence}}{{.value.amount}}{{end}}"}),
            _annotation({**REASON, "clause": "2"}),
            _annotation({**REASON, "code": "M1_ELSEWHERE"}, path=("cnexport", "measures", "n", "r")),
            _annotation({**REASON, "code": "M1_ELSEWHERE"}),
            _annotation({"measure": "M-9"}, scope="package", path=("cnexport", "measures", "o")),
            _annotation({"code": "W_1", "message_en": "m", "message_zh": "m"}),
            {"annotations": {"title": "a rule that builds nothing", "scope": "rule"}, "location": {"file": "p.rego", "row": 3}},
        ],
        measures,
        ["I-KNOWN"],
        {"cnexport.measures.m": {"line", "value"}},
        SCHEMA,
    )
    assert found == [
        "p.rego:3: the reason's METADATA custom/code: 'm1 found' does not match '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$'",
        "p.rego:3: the reason's METADATA custom: 'message_zh' is a required property",
        "p.rego:3: the reason's METADATA custom: Additional properties are not allowed ('measure' was unexpected)",
        "p.rego:3: interpretation I-NOWHERE is not described in docs/interpretations.md",
        "p.rego:3: measure M-9 is not described in data/measures/",
        "p.rego:3: M-1 has no clause 3 in data/measures/",
        "p.rego:3: the message reads {{.licence}}, which no rule sets",
        "p.rego:3: code M1_FOUND is stated twice (first at p.rego:3)",
        # a rule of a package that states no measure, and whose figures set no `line`
        "p.rego:3: clause 1 is cited without a measure in its package's METADATA",
        "p.rego:3: the message reads {{.line}}, which no rule sets",
        "p.rego:3: code M1_ELSEWHERE is stated in cnexport.measures.n too",
        "p.rego:3: code M1_ELSEWHERE is stated twice (first at p.rego:3)",
    ]


def test_a_code_stated_for_two_clauses_under_one_reading_passes():
    measures = {"M-1": {"clauses": {"1": {}, "2": {}}}}
    package = _annotation({"measure": "M-1"}, scope="package", path=("cnexport", "measures", "m"))
    shared = {**REASON, "interpretation": "I-KNOWN"}
    keys = {"cnexport.measures.m": {"line"}}
    assert (
        citations.problems([package, _annotation(shared), _annotation({**shared, "clause": "2"})], measures, ["I-KNOWN"], keys, SCHEMA)
        == []
    )
    assert citations.problems([package, _annotation(shared), _annotation({**shared})], measures, ["I-KNOWN"], keys, SCHEMA) == [
        "p.rego:3: code M1_FOUND is stated twice (first at p.rego:3)"
    ]


def test_a_clause_without_a_measure_in_its_package_fails():
    found = citations.problems([_annotation(REASON)], {}, [], {"cnexport.measures.m": {"line"}}, SCHEMA)
    assert found == ["p.rego:3: clause 1 is cited without a measure in its package's METADATA"]


def test_a_stale_register_fails_and_write_makes_it_current(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOT / "data", root / "data")
    (root / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "interpretations.md", root / "docs")
    (root / "docs" / "reasons.md").write_text("# Codes\n", encoding="utf-8")
    stale = subprocess.run(
        [sys.executable, "-m", "cnexport.citations", str(POLICIES), "--root", str(root)], capture_output=True, text=True, timeout=120
    )
    assert stale.returncode == 1
    assert f"{root}/docs/reasons.md: stale" in stale.stderr
    written = subprocess.run(
        [sys.executable, "-m", "cnexport.citations", str(POLICIES), "--root", str(root), "--write"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert written.returncode == 0, written.stderr
    assert (root / "docs" / "reasons.md").read_text(encoding="utf-8") == (ROOT / "docs" / "reasons.md").read_text(encoding="utf-8")
    row = "| RE18_SAMARIUM_ITEM | MOFCOM-2025-18 | 1 | LICENCE_REQUIRED | data/measures/mofcom-2025-18.yaml | — |"
    assert row in (root / "docs" / "reasons.md").read_text(encoding="utf-8")


def test_a_measure_package_exposes_only_the_interface_and_its_clauses(found, tmp_path):
    interface = json.loads(citations.INTERFACE.read_text(encoding="utf-8"))
    assert set(interface["properties"]) == {
        "findings",
        "controls",
        "line_figures",
        "obligations",
        "applications",
        "warnings",
        "holds",
        "service_clauses",
        "single_licence_lines",
    }
    assert citations.interface_problems(found, citations.public_rules(POLICIES), interface) == []
    package = tmp_path / "cnexport" / "measures" / "m"
    package.mkdir(parents=True)
    (package / "m.rego").write_text(
        "package cnexport.measures.m\n\nfindings := set()\n\ndefault _quiet := true\n\ncontrolled contains 1\n", encoding="utf-8"
    )
    assert citations.interface_problems(found, citations.public_rules(tmp_path), interface) == [
        f"{package / 'm.rego'}: cnexport.measures.m exposes controlled, which is neither a name of "
        "measure-package.schema.json nor a rule with METADATA custom"
    ]


def test_a_warning_without_its_chinese_message_fails_naming_its_file(found, keys):
    blocks = copy.deepcopy(found)
    warning = next(a for a in blocks if a["annotations"].get("custom", {}).get("code") == "RE61_UNKNOWN_ORIGIN_COUNTED")
    assert citations.kind_of(warning) == "warning"
    del warning["annotations"]["custom"]["message_zh"]
    problems = check(blocks, keys)
    assert problems, "a warning without message_zh passed the check"
    assert all(p.startswith(f"{warning['location']['file']}:{warning['location']['row']}") for p in problems)
    assert any("message_zh" in p for p in problems)


@pytest.mark.parametrize(
    ("message_en", "message_zh", "problem"),
    [
        ("{{if .line}}line {{.line}}", "{{end}}第{{.line}}行", "opens and closes its"),
        ("line {{.line}}\x00", "第{{.line}}行", "holds a NUL character"),
    ],
)
def test_a_template_unfit_to_render_with_its_pair_fails_naming_its_file(found, keys, message_en, message_zh, problem):
    """The two messages are rendered in one call: a block one opens and the other closes, or a NUL, is a problem."""
    blocks = copy.deepcopy(found)
    warning = next(a for a in blocks if a["annotations"].get("custom", {}).get("code") == "RE61_UNKNOWN_ORIGIN_COUNTED")
    warning["annotations"]["custom"].update({"message_en": message_en, "message_zh": message_zh})
    where = f"{warning['location']['file']}:{warning['location']['row']}:"
    assert any(p.startswith(where) and problem in p for p in check(blocks, keys))


def test_templates_with_balanced_blocks_pass():
    custom = {"message_en": "{{if .a}}A{{else}}B{{end}} {{range .x}}{{.}}{{end}}", "message_zh": "{{- with .a -}}甲{{- end}}"}
    assert citations.template_problems(custom) == []
    assert citations.template_problems({**custom, "message_zh": "{{end}}{{if .a}}"}) != []
