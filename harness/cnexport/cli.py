"""cnexport: decide shipments with the cnexport policies in OPA.

    cnexport decide [--json] [--opa-url URL] FILE...   (FILE may be - for standard input)
    cnexport screen [--json] [--opa-url URL] [--country CC] [--date D] [--name-zh NAME]
                    [--alias NAME]... [--owner NAME=SHARE]... NAME

Without --opa-url a local OPA is started for the run and stopped after it, locked down like the
sidecar with a random token of its own, and each document is waited for as long as it takes;
with --opa-url the token is read from CNEXPORT_TOKEN, else from build/serve.token (where make
serve writes one), and a sidecar given by --opa-url gets 30 s per document and 1 s
more per 10 kB of it. OPA's validation is the contract: the harness refuses only text it cannot
read as one JSON value (not UTF-8, a byte-order mark, NaN, nesting deeper than 64 levels), and
checks that OPA refuses a document with a number no field accepts. What is printed is always
OPA's decision, for the document's own id. Each document is decided on its own: one that gets no
decision is named with the reason and the others go on. The exit status is 0 when every document
was decided (whatever the outcome), 2 when any could not be: OPA not reachable, a file not
readable or not JSON, an undefined or unreadable result, a decision that breaks the contract or
carries another document's id, or a failure in the harness itself. No decision is printed for
those. Each decision's id in OPA's decision log is printed with it (on standard error with --json,
so that standard output stays one decision per line).

`screen` screens one party against the entity lists (POST /v1/data/cnexport/screen) on a date,
today's Beijing date when none is given. It exits 0 with OPA's answer (MATCH, POSSIBLE_MATCH or
NO_MATCH), and 2 when it got none or the request was not valid (the errors are printed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from contextlib import ExitStack
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from . import datediff, render, report, status, verify
from .client import BadAnswer, Client, UndefinedResult
from .opa import OpaServer, OpaUnavailable
from .paths import SCHEMAS, sidecar_token
from .validation import NotJSON, document_id, parse_document, precheck


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


def answer_timeout(raw: bytes) -> float:
    """Seconds to wait for a sidecar's decision on a document: evaluation grows with the lines, and
    a 5,000-line document is about 2 MB."""
    return 30.0 + len(raw) / 10_000


def decide_one(client: Client, raw: bytes, validator: Draft202012Validator, timeout: float | None) -> tuple[dict, str | None]:
    try:
        document = parse_document(raw)
    except NotJSON as error:
        raise NotDecided(f"not JSON: {error}") from error
    certain = precheck(document)
    try:
        decision, decision_id = client.evaluate("cnexport/decision", raw, timeout)
    except (OpaUnavailable, UndefinedResult, BadAnswer) as error:
        if certain:
            raise NotDecided(f"{error}; the document is invalid in any case: {certain[:5]}") from error
        raise
    problems = [e.message for e in validator.iter_errors(decision)]
    if problems:
        raise NotDecided(f"OPA's answer breaks the decision contract: {problems[:3]}")
    if decision["id"] != document_id(document):
        raise NotDecided(f"OPA's answer is for id {decision['id']!r}, not this document's {document_id(document)!r}")
    if certain and decision["outcome"] != "INVALID_INPUT":
        # Fail closed: no field accepts these numbers, so a decision on them cannot be trusted.
        raise NotDecided(f"OPA decided a document that cannot be valid: {certain[:5]}")
    return decision, decision_id


def connect(stack: ExitStack, opa_url: str | None) -> Client:
    """A client of the sidecar at opa_url with its token, else of an OPA started for this run."""
    if opa_url:
        client = Client(opa_url, token=sidecar_token())
    else:
        server = stack.enter_context(OpaServer())
        client = Client(server.url, token=server.token)
    stack.callback(client.close)
    return client


def decision_id_line(decision_id: str | None) -> str:
    return f"decision id: {decision_id or 'none (decision logging is off in this OPA)'}"


def _screen_validator() -> Draft202012Validator:
    schemas = [json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
               for name in ("screen-result.schema.json", "decision.schema.json")]
    registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in schemas])
    return Draft202012Validator(schemas[0], registry=registry, format_checker=FormatChecker())


_SHARE = re.compile(r"^(0(\.[0-9]+)?|1(\.0+)?|\.[0-9]+)$")


def screen_request(args) -> bytes:
    """The request as JSON text; owner shares go in as typed, so that 0.4999 stays below 0.5."""
    fields = [f'"name": {json.dumps(args.name, ensure_ascii=False)}']
    for key, value in (("name_zh", args.name_zh), ("country", args.country), ("date", args.date)):
        if value is not None:
            fields.append(f'"{key}": {json.dumps(value, ensure_ascii=False)}')
    if args.alias:
        fields.append(f'"aliases": {json.dumps(args.alias, ensure_ascii=False)}')
    owners = []
    for owner in args.owner or []:
        name, _, share = owner.rpartition("=")
        if not name or not _SHARE.match(share):
            raise NotDecided(f"--owner {owner!r}: write NAME=SHARE with a share between 0 and 1, e.g. 'Acme Holdings=0.6'")
        owners.append(f'{{"name": {json.dumps(name, ensure_ascii=False)}, "share": {share if not share.startswith(".") else "0" + share}}}')
    if owners:
        fields.append(f'"owners": [{", ".join(owners)}]')
    return ("{" + ", ".join(fields) + "}").encode()


def cmd_screen(args) -> int:
    validator = _screen_validator()
    with ExitStack() as stack:
        try:
            request = screen_request(args)
            client = connect(stack, args.opa_url)
            answer, decision_id = client.evaluate("cnexport/screen", request)
        except (NotDecided, OpaUnavailable, UndefinedResult, BadAnswer) as error:
            print(f"cnexport: no screening: {error}", file=sys.stderr)
            return 2
    problems = [e.message for e in validator.iter_errors(answer)]
    if problems:
        print(f"cnexport: no screening: OPA's answer breaks its schema: {problems[:3]}", file=sys.stderr)
        return 2
    if answer["outcome"] == "INVALID_INPUT":
        for error in answer["errors"]:
            print(f"cnexport: {error['path'] or '/'}: {error['message']}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, sort_keys=True), flush=True)
        print(f"cnexport: {decision_id_line(decision_id)}", file=sys.stderr, flush=True)
    else:
        print(render.screen_block(answer) + "\n" + decision_id_line(decision_id), flush=True)
    return 0


def cmd_decide(args) -> int:
    status = 0
    validator = _decision_validator()
    with ExitStack() as stack:
        try:
            client = connect(stack, args.opa_url)
        except OpaUnavailable as error:
            print(f"cnexport: {error}", file=sys.stderr)
            return 2
        rows = []
        for name in args.files:
            try:
                raw = _read(name)
                decision, decision_id = decide_one(client, raw, validator, answer_timeout(raw) if args.opa_url else None)
                shown = json.dumps(decision, ensure_ascii=False, sort_keys=True) if args.json else \
                    render.decision_block(name, decision) + "\n" + decision_id_line(decision_id) + "\n"
                row = render.summary_row(decision)
            except (NotDecided, OpaUnavailable, UndefinedResult, BadAnswer) as error:
                print(f"cnexport: {name}: no decision: {error}", file=sys.stderr)
                status = 2
                continue
            except Exception as error:  # noqa: BLE001 - a fault for one document must not stop the others
                print(f"cnexport: {name}: no decision: the harness failed: {type(error).__name__}: {error}", file=sys.stderr)
                status = 2
                continue
            print(shown, flush=True)
            if args.json:
                print(f"cnexport: {name}: {decision_id_line(decision_id)}", file=sys.stderr, flush=True)
            rows.append(row)
        if rows and not args.json:
            print(render.summary_table(rows))
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cnexport", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    decide = sub.add_parser("decide", help="decide shipment documents")
    decide.add_argument("--json", action="store_true", help="one decision per line, as JSON, in input order")
    decide.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    decide.add_argument("files", nargs="+", metavar="FILE")
    decide.set_defaults(run=cmd_decide)
    screen = sub.add_parser("screen", help="screen one party against the entity lists")
    screen.add_argument("name", metavar="NAME")
    screen.add_argument("--name-zh", help="the party's Chinese name")
    screen.add_argument("--alias", action="append", help="another name of the party (repeatable)")
    screen.add_argument("--owner", action="append", metavar="NAME=SHARE", help="an owner and its share, 0 to 1 (repeatable)")
    screen.add_argument("--country", help="the party's country, ISO 3166-1 alpha-2")
    screen.add_argument("--date", help="the date to screen on, YYYY-MM-DD (default: today in Beijing)")
    screen.add_argument("--json", action="store_true", help="OPA's answer as one line of JSON")
    screen.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    screen.set_defaults(run=cmd_screen)
    verify.add_parser(sub)
    # Audit reports and the views of the law over time.
    report.add_parser(sub)
    status.add_parsers(sub)
    datediff.add_parser(sub)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
