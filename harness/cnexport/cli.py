"""cnexport: decide shipments with the cnexport policies in OPA.

    cnexport decide [--json] [--opa-url URL] FILE...   (FILE may be - for standard input)

Without --opa-url a local OPA is started for the run and stopped after it. A document is checked
by the harness and by OPA itself; what is printed is always OPA's decision. The exit status is 0
when every document was decided (whatever the outcome), 2 when any could not be: OPA not
reachable, a file not readable or not JSON, an undefined result, or a decision that breaks the
contract. No decision is printed for those.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from . import render
from .client import Client, UndefinedResult
from .opa import OpaServer, OpaUnavailable
from .paths import SCHEMAS
from .validation import document_errors, parse_document


class NotDecided(Exception):
    """This document got no decision; the message says why."""


def _read(name: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise NotDecided(f"cannot read {name}: {error.strerror}") from error


def _decision_validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS / "decision.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def decide_one(client: Client, raw: bytes, validator: Draft202012Validator) -> dict:
    try:
        document = parse_document(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise NotDecided(f"not JSON: {error}") from error
    harness_errors = document_errors(document)
    decision = client.decide(raw.strip() or b"null")
    problems = [e.message for e in validator.iter_errors(decision)]
    if problems:
        raise NotDecided(f"OPA's answer breaks the decision contract: {problems[:3]}")
    if harness_errors and decision["outcome"] != "INVALID_INPUT":
        # Fail closed: the harness sees errors the sidecar did not; neither answer can be trusted.
        raise NotDecided(f"the harness found errors OPA did not: {harness_errors[:5]}")
    return decision


def cmd_decide(args) -> int:
    status = 0
    validator = _decision_validator()
    with ExitStack() as stack:
        try:
            url = args.opa_url or stack.enter_context(OpaServer()).url
        except OpaUnavailable as error:
            print(f"cnexport: {error}", file=sys.stderr)
            return 2
        client = Client(url)
        stack.callback(client.close)
        decided = []
        for name in args.files:
            try:
                decision = decide_one(client, _read(name), validator)
            except (NotDecided, OpaUnavailable, UndefinedResult) as error:
                print(f"cnexport: {name}: no decision: {error}", file=sys.stderr)
                status = 2
                continue
            decided.append(decision)
            if args.json:
                print(json.dumps(decision, ensure_ascii=False, sort_keys=True), flush=True)
            else:
                print(render.decision_block(name, decision) + "\n", flush=True)
        if decided and not args.json:
            print(render.summary_table(decided))
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cnexport", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    decide = sub.add_parser("decide", help="decide shipment documents")
    decide.add_argument("--json", action="store_true", help="one decision per line, as JSON, in input order")
    decide.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    decide.add_argument("files", nargs="+", metavar="FILE")
    decide.set_defaults(run=cmd_decide)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
