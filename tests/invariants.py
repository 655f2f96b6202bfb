"""The invariants every generated document must keep, checked against a real OPA.

Each check returns the invariants a document breaks, name -> what happened; an empty dict when it
keeps them all. The oracle for "certainly invalid" is the request's JSON Schema (Draft 2020-12,
formats checked) and nothing else: it misses the checks only OPA makes (a line number used twice,
a licence for a missing line), so "schema-invalid => INVALID_INPUT" holds one way only.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal, InvalidOperation

import requests
from generate import parse, same_meaning, to_text
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.validators import extend

from cnexport.cli import NotDecided, _decision_validator, _screen_validator, decide_one
from cnexport.client import Answer, BadAnswer, UndefinedResult
from cnexport.opa import OpaUnavailable
from cnexport.paths import SCHEMAS
from cnexport.validation import NotJSON, parse_document, precheck

INVARIANTS = (
    "answered",
    "schema_invalid_is_invalid_input",
    "cli_never_decides_invalid",
    "parity",
    "lines_complete",
    "answer_schema",
    "same_meaning",
)


def _is_integer(checker, instance) -> bool:
    """JSON Schema's integer: any number with a zero fractional part, 1.0 included."""
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    return isinstance(instance, Decimal) and instance.is_finite() and instance == instance.to_integral_value()


_Oracle = extend(Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer))


def oracle(name: str) -> Draft202012Validator:
    return _Oracle(json.loads((SCHEMAS / name).read_text(encoding="utf-8")), format_checker=FormatChecker())


def _oracle_parse(text: str):
    """The document for the oracle, numbers as Decimal; None when a number is past even Decimal."""
    try:
        return json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except (InvalidOperation, ValueError, RecursionError):
        return None


def _schema_invalid(validator, text: str) -> str:
    """The oracle's first error, as 'path: message'; '' when the schema accepts the document."""
    document = _oracle_parse(text)
    if document is None:
        return "a number past even Decimal's limits"
    try:
        error = next(validator.iter_errors(document), None)
    except RecursionError:
        return "nested too deep for the oracle"
    return "" if error is None else f"/{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"


class _Replay:
    """A client that gives the CLI's per-document step the answer OPA already gave, so that the CLI
    is checked on the very answer the raw request got."""

    def __init__(self, answer):
        self.answer = answer

    def evaluate(self, path, raw, timeout=None):
        if isinstance(self.answer, Exception):
            raise self.answer
        return Answer(self.answer, None)


class Checker:
    def __init__(self, url: str, token: str | None = None):
        self.url = url.rstrip("/")
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.shipment_oracle = oracle("shipment.schema.json")
        self.screen_oracle = oracle("screen.schema.json")
        self.decision_validator = _decision_validator()
        self.screen_validator = _screen_validator()
        self.rng = random.Random(0)

    def post(self, path: str, text: str):
        """OPA's answer to the raw text: (status, result or None), or (None, why) with no answer."""
        try:
            response = self.session.post(
                f"{self.url}/v1/data/cnexport/{path}", data=b'{"input":' + text.encode("utf-8") + b"}", timeout=300
            )
        except requests.RequestException as error:
            return None, f"no answer: {type(error).__name__}"
        if response.status_code != 200:
            return response.status_code, None
        try:
            return 200, response.json()["result"]
        except (ValueError, KeyError, TypeError):
            return 200, None

    def _harness_refuses(self, text: str) -> list | str:
        try:
            return precheck(parse_document(text.encode("utf-8")))
        except NotJSON as error:
            return str(error)

    def _common(self, text, status, answer, schema_invalid, answer_validator) -> dict:
        broken = {}
        self.last = {}
        refused = self._harness_refuses(text)
        if (
            status is None
            or (status != 200 and status != 400)
            or (status == 400 and not refused)
            or (status == 200 and not isinstance(answer, dict))
        ):
            broken["answered"] = f"status {status}: {answer if status is None else 'no result'}"
            return broken
        opa_invalid = status == 400 or answer.get("outcome") == "INVALID_INPUT"
        self.last = {"harness_refuses": bool(refused), "opa_invalid": opa_invalid, "schema_invalid": bool(schema_invalid)}
        if schema_invalid and not opa_invalid:
            broken["schema_invalid_is_invalid_input"] = (
                f"OPA answered {answer.get('outcome')} / {answer.get('clearance')} where the schema says {schema_invalid!r}"
            )
        if refused and not opa_invalid:
            broken["parity"] = f"the harness refuses ({refused}), OPA decides {answer.get('outcome')}"
        if status == 200:
            problems = [f"{list(e.absolute_path)}: {e.message}" for e in answer_validator.iter_errors(answer)]
            if problems:
                broken["answer_schema"] = "; ".join(problems[:3])
        return broken

    def shipment(self, text: str) -> dict:
        status, answer = self.post("decision", text)
        schema_invalid = _schema_invalid(self.shipment_oracle, text)
        broken = self._common(text, status, answer, schema_invalid, self.decision_validator)
        if "answered" in broken:
            return broken
        # The CLI's step for one document, on the same answer.
        replay = _Replay(answer if status == 200 else OpaUnavailable(f"OPA answered {status}"))
        try:
            printed, _ = decide_one(replay, text.encode("utf-8"), self.decision_validator, None)
        except (NotDecided, OpaUnavailable, UndefinedResult, BadAnswer):
            printed = None
        except Exception as error:  # noqa: BLE001 - a crash is what this looks for
            broken["cli_never_decides_invalid"] = f"the harness crashed: {type(error).__name__}: {error}"
            return broken
        if printed is not None and printed is not answer:
            broken["cli_never_decides_invalid"] = "the CLI printed something other than OPA's answer"
        if printed is not None and schema_invalid and printed["outcome"] != "INVALID_INPUT":
            broken["cli_never_decides_invalid"] = f"the CLI printed {printed['outcome']} where the schema says {schema_invalid!r}"
        if status == 200 and answer.get("outcome") != "INVALID_INPUT" and "answer_schema" not in broken:
            document = parse(text)
            wanted = sorted(Decimal(n) for n in (item["line"] for item in document["items"]))
            got = sorted(Decimal(str(line["line"])) for line in answer["lines"])
            if wanted != got:
                broken["lines_complete"] = f"lines {wanted} in the document, {got} in the answer"
            broken.update(self._same_meaning(document, answer))
        return broken

    def _same_meaning(self, document, answer) -> dict:
        variant, _ = same_meaning(document, self.rng)
        status, other = self.post("decision", to_text(variant))
        if status != 200 or not isinstance(other, dict):
            return {"same_meaning": f"the renumbered document got status {status}"}
        if (other["outcome"], other["clearance"]) != (answer["outcome"], answer["clearance"]):
            return {
                "same_meaning": f"{answer['outcome']} / {answer['clearance']} became {other['outcome']} / "
                f"{other['clearance']} {other['errors'][:3]} for {to_text(variant)}"
            }
        return {}

    def screen(self, text: str) -> dict:
        status, answer = self.post("screen", text)
        schema_invalid = _schema_invalid(self.screen_oracle, text)
        broken = self._common(text, status, answer, schema_invalid, self.screen_validator)
        if not broken and status == 200 and answer["outcome"] != "INVALID_INPUT":
            request = parse(text)
            for key in ("aliases", "owners"):
                if isinstance(request.get(key), list):
                    self.rng.shuffle(request[key])
            again_status, again = self.post("screen", to_text(request))
            if again_status != 200 or not isinstance(again, dict) or again["outcome"] != answer["outcome"]:
                broken["same_meaning"] = f"{answer['outcome']} became {again_status} {again and again.get('outcome')}"
        return broken
