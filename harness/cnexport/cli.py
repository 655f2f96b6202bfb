"""cnexport: decide shipments with the cnexport policies in OPA.

    cnexport decide [--format F] [--lang L] [--fail-on HOLD|STOP] [--jobs N] [--out DIR [--resume]]
                    [--opa-url URL] PATH...
    cnexport screen [--json] [--opa-url URL] [--country CC] [--date D] [--name-zh NAME]
                    [--alias NAME]... [--owner NAME=SHARE]... NAME
    cnexport verify ...   (regression suites: cnexport verify --help)

A PATH is a JSON document, a JSON Lines file (.jsonl, .ndjson: a document per line), a folder (every
.json and JSON Lines file under it), or - for a document on standard input. Documents are decided
several at a time (--jobs) against one OPA and reported in input order, in the form --format names
(cnexport.formats), messages in --lang; on a terminal a progress bar runs on standard error. With
--out DIR each decision is also kept in DIR, and --resume takes from there, without asking OPA
again, every document whose text has not changed since it was decided under the reference data
OPA holds now.

Without --opa-url a local OPA is started for the run and stopped after it, locked down like the
sidecar with a random token of its own, and each document is waited for as long as it takes;
with --opa-url the token is read from CNEXPORT_TOKEN, else from build/serve.token (where make
serve writes one), and a sidecar given by --opa-url gets 30 s per document and 1 s
more per 10 kB of it. OPA's validation is the contract: the harness refuses only text it cannot
read as one JSON value (not UTF-8, a byte-order mark, NaN, nesting deeper than 64 levels), and
checks that OPA refuses a document with a number no field accepts. What is shown is always
OPA's decision, for the document's own id. Each document is decided on its own: one that gets no
decision (OPA not reachable, a file not readable or not JSON, an undefined or unreadable result, a
decision that breaks the contract or carries another document's id, a failure in the harness
itself) is named with the reason, on standard error and in the output, and the others go on.

Exit status of decide: 0 when every document was decided and none meets --fail-on; 1 when every
document was decided and some decision meets --fail-on (STOP: a STOP clearance, an invalid document
included; HOLD: a HOLD or STOP clearance); 2 when any document got no decision, or the run could
not start. Without --fail-on the outcome never sets the status.

`screen` screens one party against the entity lists (POST /v1/data/cnexport/screen) on a date,
today's Beijing date when none is given. It exits 0 with OPA's answer (MATCH, POSSIBLE_MATCH or
NO_MATCH), and 2 when it got none or the request was not valid (the errors are printed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from contextlib import ExitStack, nullcontext
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from . import datediff, formats, render, report, status, verify
from .batch import Batch, NotDecided, Store, Summary, default_jobs, sources
from .client import BadAnswer, Client, UndefinedResult
from .opa import OpaServer, OpaUnavailable
from .paths import SCHEMAS, sidecar_token
from .validation import NotJSON, document_id, parse_document, precheck


def _decision_validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS / "decision.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def answer_timeout(raw: bytes) -> float:
    """Seconds to wait for a sidecar's decision on a document: evaluation grows with the lines, and
    a 5,000-line document is about 2 MB."""
    return 30.0 + len(raw) / 10_000


def _document(raw: bytes) -> tuple[object, list]:
    """The document and the errors it has whatever OPA says (numbers no field accepts)."""
    try:
        document = parse_document(raw)
    except NotJSON as error:
        raise NotDecided(f"not JSON: {error}") from error
    return document, precheck(document)


def check_decision(document, certain: list, decision: dict, validator: Draft202012Validator) -> None:
    """What a decision must be to be shown: within the contract, for this document, and not a
    decision on the merits of a document that cannot be valid."""
    problems = [e.message for e in validator.iter_errors(decision)]
    if problems:
        raise NotDecided(f"OPA's answer breaks the decision contract: {problems[:3]}")
    if decision["id"] != document_id(document):
        raise NotDecided(f"OPA's answer is for id {decision['id']!r}, not this document's {document_id(document)!r}")
    if certain and decision["outcome"] != "INVALID_INPUT":
        # Fail closed: no field accepts these numbers, so a decision on them cannot be trusted.
        raise NotDecided(f"OPA decided a document that cannot be valid: {certain[:5]}")


def decide_one(client: Client, raw: bytes, validator: Draft202012Validator, timeout: float | None) -> tuple[dict, str | None]:
    document, certain = _document(raw)
    try:
        decision, decision_id = client.evaluate("cnexport/decision", raw, timeout)
    except (OpaUnavailable, UndefinedResult, BadAnswer) as error:
        if certain:
            raise NotDecided(f"{error}; the document is invalid in any case: {certain[:5]}") from error
        raise
    check_decision(document, certain, decision, validator)
    return decision, decision_id


def endpoint(stack: ExitStack, opa_url: str | None) -> tuple[str, str | None]:
    """The URL and token of the sidecar at opa_url, else of an OPA started for this run."""
    if opa_url:
        return opa_url, sidecar_token()
    server = stack.enter_context(OpaServer())
    return server.url, server.token


def connect(stack: ExitStack, opa_url: str | None) -> Client:
    """A client of the sidecar at opa_url with its token, else of an OPA started for this run."""
    url, token = endpoint(stack, opa_url)
    client = Client(url, token=token)
    stack.callback(client.close)
    return client


def decision_id_line(decision_id: str | None) -> str:
    return f"decision id: {decision_id or 'none (decision logging is off in this OPA)'}"


def _screen_validator() -> Draft202012Validator:
    schemas = [json.loads((SCHEMAS / name).read_text(encoding="utf-8")) for name in ("screen-result.schema.json", "decision.schema.json")]
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


def _progress(total: int):
    """A progress bar on standard error when it is a terminal; `advance()` after each document."""
    if not sys.stderr.isatty():
        return nullcontext(lambda: None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    # Standard output goes through the bar only when it is the same terminal; redirected, it stays where it was sent.
    bar = Progress(
        TextColumn("deciding"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=sys.stdout.isatty(),
    )

    class Running:
        def __enter__(self):
            bar.start()
            task = bar.add_task("deciding", total=total)
            return lambda: bar.advance(task)

        def __exit__(self, *exc):
            bar.stop()

    return Running()


def _reference_data_version(url: str, token: str | None) -> list[str]:
    """The version of the reference data the OPA at url holds, or none when it cannot say."""
    client = Client(url, token=token)
    try:
        version = status.ask(client, None)["reference_data"]["version"]
    except status.NoStatus:
        return []
    finally:
        client.close()
    return [] if version == "unknown" else [version]


def cmd_decide(args) -> int:
    if args.resume and not args.out:
        print("cnexport: --resume takes the decisions kept by --out DIR: give --out", file=sys.stderr)
        return 2
    validator = _decision_validator()

    def decide(client: Client, raw: bytes):
        return decide_one(client, raw, validator, answer_timeout(raw) if args.opa_url else None)

    # A kept decision stands only for the reference data OPA holds now: after a data change (a new
    # listing, a revived measure) every document is decided again.
    current_data: list[str] = []

    def kept(raw: bytes, decision: dict) -> None:
        if decision["reference_data"]["version"] not in current_data:
            raise NotDecided("kept under other reference data, or OPA's cannot be confirmed")
        document, certain = _document(raw)
        check_decision(document, certain, decision, validator)

    def note(text: str) -> None:
        print(f"cnexport: {text}", file=sys.stderr, flush=True)

    writer = formats.WRITERS[args.format](args.lang, args.fail_on)
    summary = Summary()
    started = time.monotonic()
    with ExitStack() as stack:
        try:
            url, token = endpoint(stack, args.opa_url)
            store = Store(args.out) if args.out else None
            if args.resume:
                current_data.extend(_reference_data_version(url, token))
        except (OpaUnavailable, OSError) as error:
            note(str(error))
            return 2
        todo = list(sources(args.files, note))
        batch = Batch(url, token, decide, kept, args.jobs, store, args.resume)
        with _progress(len(todo)) as advance:
            for result in batch.run(todo):
                _show(writer, result, summary, args.fail_on, note)
                advance()
    summary.seconds = time.monotonic() - started
    writer.finish(summary)
    if not writer.human:
        for line in summary.lines():
            note(line)
    return 2 if summary.not_decided else 1 if summary.failing else 0


def _show(writer: formats.Writer, result, summary: Summary, fail_on: str | None, note) -> None:
    """One result into the output and the summary; a decision the harness fails to show is no decision."""
    if result.decision is not None:
        try:
            writer.document(result)
            summary.add(result, formats.fails(result.decision, fail_on))
            return
        except Exception as error:  # noqa: BLE001 - a fault for one document must not stop the others
            result = type(result)(result.source, error=f"the harness failed: {type(error).__name__}: {error}")
    note(f"{result.source.label}: no decision: {result.error}")
    writer.document(result)
    summary.add(result, False)


def _paragraphs(*starts: str) -> str:
    """The paragraphs of this module's documentation that begin so: the help says what the docs say."""
    return "\n\n".join(p for p in __doc__.split("\n\n") if p.startswith(starts))


def add_decide_parser(sub) -> None:
    decide = sub.add_parser(
        "decide",
        help="decide shipment documents: files, folders, JSON Lines",
        description=_paragraphs("A PATH is", "Exit status of decide"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    decide.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="a JSON document, a JSON Lines file (.jsonl, .ndjson), a folder of them, or - for standard input",
    )
    decide.add_argument(
        "--format",
        choices=formats.FORMATS,
        default="table",
        help="table (default), markdown, json, jsonl (one decision per line), csv, junit or sarif",
    )
    decide.add_argument("--json", dest="format", action="store_const", const="jsonl", help="the same as --format jsonl")
    decide.add_argument("--lang", choices=render.LANGUAGES, default="en", help="messages in English, Chinese or both")
    decide.add_argument(
        "--fail-on", choices=formats.FAIL_ON, help="exit 1 when a decision's clearance is this or stricter (HOLD: HOLD or STOP)"
    )
    decide.add_argument("--jobs", type=int, default=default_jobs(), help="documents decided at once (default %(default)s)")
    decide.add_argument("--out", type=Path, metavar="DIR", help="also keep each decision in DIR, one file per document")
    decide.add_argument("--resume", action="store_true", help="take from --out DIR every document decided there whose text has not changed")
    decide.add_argument("--opa-url", help="a running sidecar, e.g. http://127.0.0.1:8181")
    decide.set_defaults(run=cmd_decide)


def add_screen_parser(sub) -> None:
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


# Each subcommand adds its own parser; a new one is a function added here.
# Audit reports and the views of the law over time: report, status, explain and diff.
SUBCOMMANDS = (add_decide_parser, add_screen_parser, verify.add_parser, report.add_parser, status.add_parsers, datediff.add_parser)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cnexport", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for add_parser in SUBCOMMANDS:
        add_parser(sub)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
