"""Check the METADATA of every rule before it runs, and write the register of codes it states.

A rule that builds a reason, an obligation or a warning (result.reason, result.obligation, result.warning)
takes its code, outcome, messages and citation from the `custom` blocks of its METADATA chain: the
measure from its package's block, the clause from its own. If the clause does not exist, or a field
is missing, the decision fails closed at run time; this check finds it before: it reads every
METADATA block with `opa inspect -a` and names the file and line of each problem:

- a `custom` block outside schemas/policy/metadata-custom.schema.json (code pattern, outcome, both
  messages, and no field the builders do not read);
- a measure data/measures/ does not describe, a clause the measure does not have, a clause with no
  measure in its package, an interpretation docs/interpretations.md does not describe;
- a reason's code stated twice (again only for another clause under the same measure and
  interpretation), or by rules of two packages;
- a public rule of a measure package that is neither a name schemas/policy/measure-package.schema.json
  lists (what the decision reads) nor a rule with a `custom` block (a clause);
- a measure id written as a string in a rule (test files aside): a rule reads its own measure from
  its package's METADATA and a clause shared by several measures by the `role` the data gives it;
- a message variable ({{.name}}) that no rule sets: the name must stand as a key ("name") in the
  rule's own package or in the packages that build figures for every measure (the library packages
  cnexport.lib.*, classification, parties and the decision).

A clause that only lists items states its reason as data (`reason` in data/measures/, checked
against schemas/data/measures.schema.json by the data build) and the one rule of
cnexport.measures.item_lists gives it: those reasons are checked here with the others (each code
once, every message variable set) and stand in the register with their data file.

It then writes the register of codes, docs/reasons.md (code -> measure, clause, outcome, file,
interpretation), and fails when the committed one is stale.

    python -m cnexport.citations [POLICIES]     exit 1 and one line per problem, else exit 0
    python -m cnexport.citations --write        write docs/reasons.md from the policies
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import jsonschema
import yaml

from . import databuild
from .paths import POLICIES, ROOT, opa_binary

SCHEMA = ROOT / "schemas" / "policy" / "metadata-custom.schema.json"
# What a measure package may expose to the decision, and what each name holds.
INTERFACE = ROOT / "schemas" / "policy" / "measure-package.schema.json"
MEASURES_PACKAGE = "cnexport.measures."
REGISTER = ROOT / "docs" / "reasons.md"
# Where figures are built for every measure: a message variable set there may stand in any package.
SHARED_FIGURES = ("cnexport", "cnexport.lib", "cnexport.classification", "cnexport.parties", "cnexport.services")
LIBRARY_PACKAGES = "cnexport.lib."
TEMPLATE_ACTION = re.compile(r"\{\{(.*?)\}\}", re.S)
TEMPLATE_FIELD = re.compile(r"(?<![\w.])\.(\w+)")
# The template actions that open a block an {{end}} closes.
BLOCK_OPENERS = {"if", "range", "with", "define", "block"}
REGO_KEY = re.compile(r'"(\w+)"\s*:')
STRING = re.compile(r'"([^"\\]*)"')
RULE_HEAD = re.compile(r"^(?:default\s+)?([A-Za-z_]\w*)", re.M)
# The package whose one rule gives the reasons item-list clauses state as data.
ITEM_LISTS = "cnexport.measures.item_lists"


def annotations(policies: Path) -> list[dict]:
    """Every METADATA block of the policies, as `opa inspect -a` reads it (test files left out)."""
    run = subprocess.run([opa_binary(), "inspect", "-a", "-f", "json", str(policies)], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"opa inspect failed: {run.stderr.strip() or run.stdout.strip()}")
    found = json.loads(run.stdout).get("annotations") or []
    return [a for a in found if not a["location"]["file"].endswith("_test.rego")]


def _path(annotation: dict) -> tuple[str, ...]:
    return tuple(str(term["value"]) for term in annotation.get("path", [])[1:])


def package_of(annotation: dict) -> str:
    """The package a block belongs to, dotted: its own path for a package block, else its rule's."""
    path = _path(annotation)
    return ".".join(path if annotation["annotations"].get("scope") == "package" else path[:-1])


def kind_of(annotation: dict) -> str | None:
    """What a `custom` block builds: package, reason, obligation or warning; None without one."""
    custom = annotation["annotations"].get("custom")
    if custom is None:
        return None
    if annotation["annotations"].get("scope") in ("package", "subpackages"):
        return "package"
    return "obligation" if "type" in custom else "reason" if "outcome" in custom else "warning"


def rows(found: list[dict]) -> list[dict]:
    """A row per rule with a `custom` block: its kind, code, citation (the measure from its package)."""
    measures = {package_of(a): a["annotations"]["custom"].get("measure") for a in found if kind_of(a) == "package"}
    out = []
    for a in found:
        kind = kind_of(a)
        if kind in (None, "package"):
            continue
        custom = a["annotations"]["custom"]
        out.append(
            {
                "kind": kind,
                "custom": custom,
                "package": package_of(a),
                "code": custom.get("code", custom.get("type")),
                "measure": measures.get(package_of(a)),
                "clause": custom.get("clause"),
                "file": a["location"]["file"],
                "row": a["location"]["row"],
            }
        )
    return out


def data_rows(root: Path = ROOT) -> list[dict]:
    """A row per clause of data/measures/ that states its reason as data, as rows() gives a rule:
    the reason, cited as its clause, with the clause's interpretation unless it names its own."""
    out = []
    for path in sorted((root / "data" / "measures").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for measure_id, measure in (yaml.safe_load(text) or {}).get("measures", {}).items():
            for clause_id, clause in measure.get("clauses", {}).items():
                reason = clause.get("reason")
                if not isinstance(reason, dict):
                    continue
                reading = {"interpretation": clause["interpretation"]} if clause.get("interpretation") else {}
                code_at = text.find(f"code: {reason.get('code')}\n")
                out.append(
                    {
                        "kind": "reason",
                        "custom": {**reading, **reason, "clause": clause_id},
                        "package": ITEM_LISTS,
                        "code": reason.get("code"),
                        "measure": measure_id,
                        "clause": clause_id,
                        "file": str(path.relative_to(root)),
                        # What a rule's METADATA title and description say, for `cnexport explain`.
                        "title": clause.get("title_en"),
                        "description": clause.get("heading_zh"),
                        "row": text.count("\n", 0, code_at) + 1,
                    }
                )
    return out


def message_fields(custom: dict) -> set[str]:
    """The figures a block's messages read: {{.line}}, {{if .licences}}, {{.value.amount}} -> line, licences, value."""
    return {
        field
        for key in ("message_en", "message_zh")
        for action in TEMPLATE_ACTION.findall(str(custom.get(key, "")))
        for field in TEMPLATE_FIELD.findall(action)
    }


def template_problems(custom: dict) -> list[str]:
    """What makes a message template unfit to be rendered with its pair in one call (result.rego joins
    them with a NUL character): a NUL of its own, or a block ({{if}}, {{range}}, {{with}}) it opens and
    does not close, or closes and did not open, which would pair with the other language's."""
    out = []
    for key in ("message_en", "message_zh"):
        template = custom.get(key)
        if not isinstance(template, str):
            continue
        if "\x00" in template:
            out.append(f"{key} holds a NUL character")
        depth = 0
        for action in TEMPLATE_ACTION.findall(template):
            word = (action.strip().lstrip("-").split() or [""])[0]
            depth += word in BLOCK_OPENERS
            depth -= word == "end"
            if depth < 0:
                break
        if depth != 0:
            out.append(f"{key} opens and closes its {{{{if}}}}, {{{{range}}}} and {{{{with}}}} blocks unevenly")
    return out


def figure_keys(policies: Path) -> dict[str, set[str]]:
    """The object keys written in each package's Rego (test files left out), by package."""
    keys: dict[str, set[str]] = defaultdict(set)
    for path in policies.rglob("*.rego"):
        if path.name.endswith("_test.rego"):
            continue
        text = path.read_text(encoding="utf-8")
        package = re.search(r"^package\s+([\w.]+)", text, re.M)
        if package:
            keys[package.group(1)] |= set(REGO_KEY.findall(text))
    return keys


def measure_id_literals(policies: Path, measures: dict) -> list[str]:
    """One line per measure id written as a string on a code line of a rule file (test files left out)."""
    lines = []
    for path in sorted(policies.rglob("*.rego")):
        if path.name.endswith("_test.rego"):
            continue
        for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            lines += [
                f"{path}:{row}: measure id {found} is written in a rule: read it from the package's METADATA "
                "or give its clause a `role` in data/measures/"
                for found in STRING.findall(line)
                if found in measures
            ]
    return lines


def public_rules(policies: Path) -> dict[str, dict[str, str]]:
    """The public rules (no leading _) of each measure package: name -> the file that defines it."""
    rules: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted(policies.rglob("*.rego")):
        if path.name.endswith("_test.rego"):
            continue
        text = path.read_text(encoding="utf-8")
        package = re.search(r"^package\s+([\w.]+)", text, re.M)
        if package and package.group(1).startswith(MEASURES_PACKAGE):
            for name in RULE_HEAD.findall(text):
                if not name.startswith("_") and name not in ("package", "import"):
                    rules[package.group(1)].setdefault(name, str(path))
    return rules


def interface_problems(found: list[dict], rules: dict[str, dict[str, str]], interface: dict) -> list[str]:
    """A public name of a measure package that is neither in the interface nor a clause rule (with METADATA)."""
    clause_rules = {(package_of(a), _path(a)[-1]) for a in found if kind_of(a) not in (None, "package")}
    return [
        f"{file}: {package} exposes {name}, which is neither a name of {INTERFACE.name} nor a rule with METADATA custom"
        for package, names in sorted(rules.items())
        for name, file in sorted(names.items())
        if name not in interface["properties"] and (package, name) not in clause_rules
    ]


def problems(
    found: list[dict], measures: dict, interpretations: list[str], keys: dict[str, set[str]], schema: dict, data: list[dict] = ()
) -> list[str]:
    """One line per problem: file:row: what is wrong; `data` adds the reasons data/measures/ states (data_rows)."""
    lines = []
    validator = jsonschema.Draft202012Validator(schema)
    for a in found:
        kind = kind_of(a)
        if kind is None:
            continue
        where = f"{a['location']['file']}:{a['location']['row']}"
        custom = a["annotations"]["custom"]
        for error in sorted(
            validator.evolve(schema={**schema["$defs"][kind], "$defs": schema["$defs"]}).iter_errors(custom),
            key=lambda e: (list(map(str, e.absolute_path)), e.message),
        ):
            at = "/".join(str(p) for p in error.absolute_path)
            lines.append(f"{where}: the {kind}'s METADATA custom{'/' + at if at else ''}: {error.message}")
        if kind == "package" and isinstance(custom.get("measure"), str) and custom["measure"] not in measures:
            lines.append(f"{where}: measure {custom['measure']} is not described in data/measures/")
        interpretation = custom.get("interpretation")
        if isinstance(interpretation, str) and interpretation not in interpretations:
            lines.append(f"{where}: interpretation {interpretation} is not described in docs/interpretations.md")
    seen: dict[str, tuple] = {}
    packages: dict[str, str] = {}
    for r in rows(found) + list(data):
        where = f"{r['file']}:{r['row']}"
        clause, measure = r["clause"], r["measure"]
        if clause is not None and measure is None:
            lines.append(f"{where}: clause {clause} is cited without a measure in its package's METADATA")
        elif clause is not None and measure in measures and str(clause) not in measures[measure]["clauses"]:
            lines.append(f"{where}: {measure} has no clause {clause} in data/measures/")
        set_by = keys.get(r["package"], set()).union(*(k for p, k in keys.items() if p in SHARED_FIGURES or p.startswith(LIBRARY_PACKAGES)))
        lines += [
            f"{where}: the message reads {{{{.{field}}}}}, which no rule sets" for field in sorted(message_fields(r["custom"]) - set_by)
        ]
        lines += [f"{where}: {problem}" for problem in template_problems(r["custom"])]
        # An obligation's type and a warning's code name a kind of thing several rules state: the
        # decision and the screen answer, or several measures, warn of the same kind of fact.
        if r["kind"] in ("obligation", "warning"):
            continue
        first = packages.setdefault(r["code"], r["package"])
        if first != r["package"]:
            lines.append(f"{where}: code {r['code']} is stated in {first} too")
        # One finding may span clauses under one reading (a declared control code, I-62-DECLARED-CODE):
        # a code is stated again only with the same measure and interpretation, for another clause.
        if r["kind"] == "reason":
            reading = (r["measure"], r["custom"].get("interpretation"))
            if r["code"] in seen:
                first, first_reading, clauses = seen[r["code"]]
                if reading != first_reading or reading[1] is None or clause in clauses:
                    lines.append(f"{where}: code {r['code']} is stated twice (first at {first})")
                clauses.add(clause)
            else:
                seen[r["code"]] = (where, reading, {clause})
    return lines


def _cell(value) -> str:
    return "—" if value in (None, "") else str(value).replace("|", "\\|")


def register(found: list[dict], policies: Path = POLICIES, data: list[dict] = ()) -> str:
    """docs/reasons.md: every code the policies and the data state, with its citation and where it is written."""
    sections = {"reason": "Reasons", "obligation": "Obligations", "warning": "Warnings"}
    text = [
        "# Codes",
        "",
        "Generated by `python -m cnexport.citations --write` from the METADATA of the rules and the reasons",
        "item-list clauses state in data/measures/ (`make lint` fails when it is stale). A measure or clause",
        "shown as — is named by the data the rule reads: a listing cites the announcement that made it.",
        "Interpretations: docs/interpretations.md.",
    ]
    for kind, title in sections.items():
        of_kind = sorted(
            (r for r in rows(found) + list(data) if r["kind"] == kind),
            key=lambda r: (r["code"], str(r["measure"]), str(r["clause"]), r["file"], r["row"]),
        )
        if not of_kind:
            continue
        text += [
            "",
            f"## {title}",
            "",
            "| code | measure | clause | outcome | file | interpretation |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for r in of_kind:
            shown = (
                r["file"] if r["package"] == ITEM_LISTS else Path("policies") / Path(r["file"]).resolve().relative_to(policies.resolve())
            )
            text.append(
                f"| {_cell(r['code'])} | {_cell(r['measure'])} | {_cell(r['clause'])} | "
                f"{_cell(r['custom'].get('outcome'))} | {shown} | {_cell(r['custom'].get('interpretation'))} |"
            )
    return "\n".join(text) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("policies", nargs="?", type=Path, default=POLICIES)
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository whose data/ and docs/ are cited")
    parser.add_argument("--write", action="store_true", help="write docs/reasons.md instead of checking it")
    args = parser.parse_args(argv)
    measures = databuild.load_sources(args.root)["measures"]["measures"]
    found = annotations(args.policies)
    data = data_rows(args.root)
    wrong = problems(
        found,
        measures,
        databuild.interpretation_ids(args.root),
        figure_keys(args.policies),
        json.loads(SCHEMA.read_text(encoding="utf-8")),
        data,
    )
    wrong += interface_problems(found, public_rules(args.policies), json.loads(INTERFACE.read_text(encoding="utf-8")))
    wrong += measure_id_literals(args.policies, measures)
    register_path = args.root / "docs" / "reasons.md"
    written = register(found, args.policies, data)
    if args.write:
        register_path.write_text(written, encoding="utf-8")
        print(f"citations: wrote {register_path}")
    elif not register_path.is_file() or register_path.read_text(encoding="utf-8") != written:
        wrong.append(f"{register_path}: stale; run `python -m cnexport.citations --write` and commit it")
    for line in wrong:
        print(line, file=sys.stderr)
    if wrong:
        print(f"citations: {len(wrong)} problem(s) in the METADATA of the rules", file=sys.stderr)
        return 1
    print(
        "citations: every rule's METADATA is in its schema and cites a measure, clause and interpretation "
        "the data describes; docs/reasons.md is current"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
