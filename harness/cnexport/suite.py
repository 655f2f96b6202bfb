"""Regression suites: shipments with the decisions a team expects of them (schemas/suite.schema.json).

A suite is read strictly: YAML without implicit dates (dates stay text, as in JSON), numbers kept
exact, a repeated key refused, and the whole file checked against the schema, every error with
its path. A case is run once for its document's own export date, or once per date of `on`.
`check` compares a decision with an expectation and returns every difference; `update` rewrites
the expected values that differ (only those fields that hold a whole value) and returns them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from referencing import Registry, Resource

from . import render
from .paths import SCHEMAS
from .validation import parse_document

SUITE_SUFFIX = ".cnexport.yaml"


class SuiteError(Exception):
    """The suite file cannot be read or breaks the format: every problem, each with its path."""

    def __init__(self, path: Path, problems: list[tuple[str, str]]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {where or '/'}: {message}" for where, message in problems))


class CaseError(Exception):
    """A run that got no decision to compare: never a pass."""


# ---- reading ---------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """YAML as JSON sees it: no implicit dates, exact decimals, no repeated keys."""


# YAML 1.1 reads 2026-11-10 as a date and on, off, yes, no as booleans; here they are text.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _exact_float(loader: _Loader, node: yaml.ScalarNode) -> Decimal:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise yaml.constructor.ConstructorError(None, None, f"{text!r} is not a JSON number", node.start_mark)
    return value


def _unique_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} is repeated", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor("tag:yaml.org,2002:float", _exact_float)
_Loader.add_constructor("tag:yaml.org,2002:map", _unique_mapping)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    # The suite's outcomes, clearances, codes and dates are the decision schema's own.
    schemas = [json.loads((SCHEMAS / name).read_text(encoding="utf-8")) for name in ("suite.schema.json", "decision.schema.json")]
    registry = Registry().with_resources([(schema["$id"], Resource.from_contents(schema)) for schema in schemas])
    return Draft202012Validator(schemas[0], registry=registry, format_checker=FormatChecker())


def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _message(error) -> str:
    # A oneOf or anyOf says what it wants in its description; jsonschema's own text would print the whole case.
    if error.validator in ("oneOf", "anyOf") and "description" in error.schema:
        # What the alternative of the value's own type wants, if one does.
        within = [e for e in error.context if e.validator not in ("type", "required")]
        return error.schema["description"] + (f" ({best_match(within).message})" if within else "")
    if error.validator == "additionalProperties":
        extra = sorted(str(k) for k in set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown key{'s' if len(extra) > 1 else ''} {', '.join(extra)}"
    return error.message


def _schema_problems(suite) -> list[tuple[str, str]]:
    problems = set()
    for error in _validator().iter_errors(suite):
        problems.add((_pointer(error.absolute_path), _message(error)))
    if not problems:
        names = [case["name"] for case in suite["cases"]]
        for index, name in enumerate(names):
            if name in names[:index]:
                problems.add((f"/cases/{index}/name", f"case {name!r} is named twice"))
    return sorted(problems)


@dataclass(frozen=True)
class Run:
    """One case on one date: what a test item or a line of verify's output stands for."""

    suite: Path
    index: int  # the case's position in the suite
    case: str
    date: str | None  # the date of `on`, None for the document's own date
    expectation: dict
    where: tuple  # the expectation's keys in the suite, for update

    @property
    def name(self) -> str:
        return f"{self.case}[{self.date}]" if self.date else self.case


@dataclass
class Suite:
    path: Path
    data: dict

    def runs(self) -> list[Run]:
        found = []
        for index, case in enumerate(self.data["cases"]):
            if "expect" in case:
                found.append(Run(self.path, index, case["name"], None, case["expect"], ("cases", index, "expect")))
            for date, expectation in case.get("on", {}).items():
                found.append(Run(self.path, index, case["name"], date, expectation, ("cases", index, "on", date)))
        return found

    def document(self, run: Run) -> bytes:
        """The JSON text OPA decides for a run: the file as it is, or with its export_date replaced."""
        case = self.data["cases"][run.index]
        if "shipment" in case:
            document = case["shipment"]
        else:
            path = self.path.parent / case["document"]
            try:
                raw = path.read_bytes()
            except OSError as error:
                raise CaseError(f"cannot read {path}: {error.strerror}") from error
            if run.date is None:
                return raw
            try:
                document = parse_document(raw)
            except (ValueError, UnicodeDecodeError) as error:
                raise CaseError(f"{path} is not JSON: {error}") from error
        if run.date is not None:
            if not isinstance(document, dict):
                raise CaseError("the document is not a JSON object, so it has no export_date to replace")
            document = {**document, "export_date": run.date}
        return json_text(document).encode()


def load(path: str | Path) -> Suite:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SuiteError(path, [("", f"cannot read: {getattr(error, 'strerror', None) or error}")]) from error
    try:
        data = yaml.load(text, Loader=_Loader)  # a SafeLoader: no arbitrary objects
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}: " if mark else ""
        raise SuiteError(path, [("", f"not YAML: {where}{getattr(error, 'problem', None) or error}")]) from error
    problems = _schema_problems(data)
    if problems:
        raise SuiteError(path, problems)
    return Suite(path, data)


def json_text(value) -> str:
    """JSON text with every number written exactly as it was read."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {json_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(json_text(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


# ---- comparing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    field: str  # where in the expectation, e.g. "outcome", "lines[1].reasons", "reasons_include[0]"
    expected: object
    actual: object
    key: tuple | None  # the expectation's keys holding the value, None when update cannot rewrite it
    note: str = ""

    def __str__(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return f"{self.field}: expected {show(self.expected)}, got {show(self.actual)}{note}"


def show(value) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def _codes(items) -> list[str]:
    return [item["code"] for item in items]


def _exact_codes(field: str, expected: list, actual: list, key: tuple) -> list[Difference]:
    if sorted(expected) == sorted(actual):
        return []
    missing = [c for c in expected if expected.count(c) > actual.count(c)]
    unexpected = [c for c in actual if actual.count(c) > expected.count(c)]
    note = "; ".join(
        part
        for part in (
            f"missing {', '.join(dict.fromkeys(missing))}" if missing else "",
            f"unexpected {', '.join(dict.fromkeys(unexpected))}" if unexpected else "",
        )
        if part
    )
    return [Difference(field, expected, actual, key, note)]


def _matches(pattern, reason: dict) -> bool:
    fields = {"code": pattern} if isinstance(pattern, str) else pattern
    return all(reason.get(name) == value for name, value in fields.items())


def _reason_patterns(field: str, expectation: dict, reasons: list[dict]) -> list[Difference]:
    found = []
    for i, pattern in enumerate(expectation.get(f"{field}_include", [])):
        if not any(_matches(pattern, r) for r in reasons):
            found.append(Difference(f"{field}_include[{i}]", pattern, _codes(reasons), None, "no such reason"))
    for i, pattern in enumerate(expectation.get(f"{field}_exclude", [])):
        hits = [r["code"] for r in reasons if _matches(pattern, r)]
        if hits:
            found.append(Difference(f"{field}_exclude[{i}]", pattern, hits, None, "must not appear"))
    return found


def _obligation(actual: dict) -> dict:
    return {"type": actual["type"], "due": actual["due"], "lines": actual["lines"]}


def _fits(wanted: dict, actual: dict) -> bool:
    """An expected obligation fits one of the decision's: `line` names one of the lines it is due for,
    `lines` all of them; every other field is equal."""
    return all(v in actual["lines"] if k == "line" else actual.get(k) == v for k, v in wanted.items())


def _obligations(expected: list[dict], actual: list[dict], key: tuple) -> list[Difference]:
    left = [_obligation(a) for a in actual]
    missing = []
    for wanted in expected:
        hit = next((a for a in left if _fits(wanted, a)), None)
        if hit is None:
            missing.append(wanted)
        else:
            left.remove(hit)
    if not missing and not left:
        return []
    note = "; ".join(part for part in (f"missing {show(missing)}" if missing else "", f"unexpected {show(left)}" if left else "") if part)
    return [Difference("obligations", expected, [_obligation(a) for a in actual], key, note)]


def _scalar(field: str, expected, actual, key: tuple) -> list[Difference]:
    return [] if expected == actual else [Difference(field, expected, actual, key)]


def check(expectation: dict, decision: dict, where: tuple = ()) -> list[Difference]:
    """Every way the decision differs from the expectation."""
    found = _scalar("outcome", expectation["outcome"], decision["outcome"], (*where, "outcome"))
    if decision["outcome"] == "INVALID_INPUT" and expectation["outcome"] != "INVALID_INPUT":
        errors = "; ".join(f"{e['path'] or '/'}: {e['message']}" for e in decision["errors"])
        found = [Difference("outcome", expectation["outcome"], "INVALID_INPUT", (*where, "outcome"), errors)]
    if "clearance" in expectation:
        found += _scalar("clearance", expectation["clearance"], decision["clearance"], (*where, "clearance"))
    if "reasons" in expectation:
        found += _exact_codes("reasons", expectation["reasons"], _codes(decision["reasons"]), (*where, "reasons"))
    found += _reason_patterns("reasons", expectation, decision["reasons"])
    if "warnings" in expectation:
        found += _exact_codes("warnings", expectation["warnings"], _codes(decision["warnings"]), (*where, "warnings"))
    warning_codes = _codes(decision["warnings"])
    for i, code in enumerate(expectation.get("warnings_include", [])):
        if code not in warning_codes:
            found.append(Difference(f"warnings_include[{i}]", code, warning_codes, None, "no such warning"))
    for i, code in enumerate(expectation.get("warnings_exclude", [])):
        if code in warning_codes:
            found.append(Difference(f"warnings_exclude[{i}]", code, [c for c in warning_codes if c == code], None, "must not appear"))
    if "obligations" in expectation:
        found += _obligations(expectation["obligations"], decision["obligations"], (*where, "obligations"))
    if "errors" in expectation:
        found += _exact_codes("errors", expectation["errors"], [e["path"] for e in decision["errors"]], (*where, "errors"))
    for i, wanted in enumerate(expectation.get("lines", [])):
        found += _line(wanted, decision, (*where, "lines", i))
    for i, wanted in enumerate(expectation.get("parties", [])):
        found += _party(wanted, decision["parties"], (*where, "parties", i))
    return found


def _line(wanted: dict, decision: dict, key: tuple) -> list[Difference]:
    number, lines = wanted["line"], decision["lines"]
    line = next((candidate for candidate in lines if candidate["line"] == number), None)
    if line is None:
        return [
            Difference(f"lines[{number}]", "a line", "none", None, f"the decision has lines {[candidate['line'] for candidate in lines]}")
        ]
    found = []
    for name in ("outcome", "clearance"):
        if name in wanted:
            found += _scalar(f"lines[{number}].{name}", wanted[name], line[name], (*key, name))
    reasons = render.line_reasons(decision, line)
    if "reasons" in wanted:
        found += _exact_codes(f"lines[{number}].reasons", wanted["reasons"], _codes(reasons), (*key, "reasons"))
    return found + [
        Difference(f"lines[{number}].{d.field}", d.expected, d.actual, None, d.note) for d in _reason_patterns("reasons", wanted, reasons)
    ]


def _party(wanted: dict, parties: list[dict], key: tuple) -> list[Difference]:
    index = wanted["index"]
    if index >= len(parties):
        return [Difference(f"parties[{index}]", "a party", "none", None, f"the decision has {len(parties)} parties")]
    party, found = parties[index], []
    if "service" in wanted:
        actual = party["service"]["clearance"] if "service" in party else None
        found += _scalar(f"parties[{index}].service", wanted["service"], actual, (*key, "service"))
    if "matches" in wanted:
        found += _exact_codes(f"parties[{index}].matches", wanted["matches"], [m["entry_id"] for m in party["matches"]], (*key, "matches"))
    return found


# ---- updating --------------------------------------------------------------------------------


def yaml_writer():
    """ruamel.yaml's round trip, which keeps a file's comments and layout, writing null as null."""
    from ruamel.yaml import YAML

    writer = YAML()
    writer.preserve_quotes = True
    writer.width = 4096
    writer.indent(mapping=2, sequence=4, offset=2)
    writer.representer.add_representer(type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return writer


def update(path: Path, differences: list[Difference]) -> tuple[list[Difference], list[Difference]]:
    """Rewrite the expected values of `differences` in the suite file, keeping its comments and layout.
    Returns (rewritten, left alone): a pattern (_include, _exclude) is never rewritten, only reported."""
    rewritable = [d for d in differences if d.key is not None]
    kept = [d for d in differences if d.key is None]
    if not rewritable:
        return [], kept
    yaml_rt = yaml_writer()
    document = yaml_rt.load(path.read_text(encoding="utf-8"))
    for difference in rewritable:
        node = document
        for part in difference.key[:-1]:
            node = node[_key(node, part)]
        node[_key(node, difference.key[-1])] = difference.actual
    with path.open("w", encoding="utf-8") as out:
        yaml_rt.dump(document, out)
    return rewritable, kept


def _key(node, part):
    """The key of `node` that is `part`: ruamel reads an unquoted date key as a date, this format as text."""
    if isinstance(node, list):
        return part
    return next((k for k in node if k == part or str(k) == part), part)
