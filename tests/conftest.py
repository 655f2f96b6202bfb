"""End-to-end fixtures: one real OPA server for the session, and shipment builders."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import xmlschema
from jsonschema import Draft202012Validator, FormatChecker

from cnexport import render
from cnexport.client import Client
from cnexport.paths import SCHEMAS
from cnexport.pytest_plugin import session_opa

# Jenkins' JUnit schema (tests/schemas/README.md says where it comes from): every JUnit output is held to it.
JUNIT_SCHEMA = xmlschema.XMLSchema(str(Path(__file__).resolve().parent / "schemas" / "junit-10.xsd"))

DECISION_VALIDATOR = Draft202012Validator(
    json.loads((SCHEMAS / "decision.schema.json").read_text(encoding="utf-8")), format_checker=FormatChecker()
)

# A foreign-made dysprosium NdFeB magnet with 0.15 % China-origin Dy content, shipped from Japan to
# the United States: the shape every No. 61 test starts from.
BASE = {
    "schema_version": "1",
    "id": "t-base",
    "export_date": "2026-12-01",
    "exporter": {"name": "Shin-Etsu Magnet Trading KK", "country": "JP"},
    "ship_from": "JP",
    "ship_to": "US",
    "parties": [
        {"role": "consignee", "name": "Great Lakes Motor Works Inc.", "country": "US"},
        {"role": "end_user", "name": "Great Lakes Motor Works Inc.", "country": "US"},
    ],
    "end_use": {"purposes": ["civil"]},
    "items": [
        {
            "line": 1,
            "description": "sintered NdFeB magnet blocks, Dy diffused",
            "kind": "goods",
            "category": "permanent_magnet",
            "elements": ["Nd", "Pr", "Dy"],
            "manufactured_in": "JP",
            "origin": "JP",
            "value": {"amount": 200000, "currency": "USD"},
            "rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}],
        }
    ],
}


def shipment(**changes) -> dict:
    """BASE with top-level fields replaced; `line` updates fields of the first line."""
    document = copy.deepcopy(BASE)
    line_changes = changes.pop("line", {})
    document.update(changes)
    document["items"][0].update(line_changes)
    return document


def raw(document) -> bytes:
    """A document as JSON text; strings given as such are sent verbatim (exact decimal text)."""
    return document.encode() if isinstance(document, str) else json.dumps(document).encode()


@pytest.fixture(scope="session")
def opa(pytestconfig):
    """The session's OPA, locked down like the sidecar: calls need `auth(opa)` (the client sends it).
    It is the one the cnexport pytest plugin starts for the suites, so that a session has one."""
    return session_opa(pytestconfig)


def cli_env(server=None) -> dict:
    """The environment of a CLI run: the caller's, with the token of `server` (none without one), so
    that a token in the developer's shell never reaches a test."""
    env = {k: v for k, v in os.environ.items() if k != "CNEXPORT_TOKEN"}
    if server is not None:
        env["CNEXPORT_TOKEN"] = server.token
    return env


def run_cli(*args, server=None, url=None, env=None, timeout=600) -> subprocess.CompletedProcess:
    """The CLI in a process of its own, against `server` (an OPA the harness started, with its token)
    or the sidecar at `url`, in the environment `env` (else cli_env(server))."""
    target = ["--opa-url", server.url] if server is not None else ["--opa-url", url] if url else []
    return subprocess.run(
        [sys.executable, "-m", "cnexport.cli", *args, *target], capture_output=True, text=True, timeout=timeout, env=env or cli_env(server)
    )


def auth(server) -> dict:
    """The header that authenticates a call to a locked-down OPA the harness started."""
    return {"Authorization": f"Bearer {server.token}"}


@pytest.fixture(scope="session")
def client(opa):
    c = Client(opa.url, token=opa.token)
    yield c
    c.close()


@pytest.fixture(scope="session")
def decide(client):
    """Decide a document through the real server; every decision is checked against its schema."""

    def run(document) -> dict:
        decision = client.decide(raw(document))
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in DECISION_VALIDATOR.iter_errors(decision)]
        assert not problems, problems
        assert_lines_refer_to_their_reasons(decision)
        assert_sources_are_those_cited(decision)
        return decision

    return run


def assert_lines_refer_to_their_reasons(decision) -> None:
    """Each line gives its reasons by their places in the decision's reasons: exactly the reasons on
    that line, in the decision's order, so that every reason on a line is on it once."""
    for line in decision["lines"]:
        assert line["reasons"] == [i for i, r in enumerate(decision["reasons"]) if r.get("line") == line["line"]], line


def assert_sources_are_those_cited(decision) -> None:
    """`sources` gives the clause of every reason (the parties' service answers' too) and obligation,
    and no other."""
    service_reasons = [r for p in decision["parties"] for r in p.get("service", {}).get("reasons", [])]
    cited = {(r["measure"], r["clause"]) for r in decision["reasons"] + service_reasons}
    cited |= {(o["basis"]["measure"], o["basis"]["clause"]) for o in decision["obligations"]}
    assert {(m, c) for m, clauses in decision["sources"].items() for c in clauses} == cited


def codes(decision, line=None) -> list[str]:
    """The reason codes of a decision (or of one line), in order."""
    if line is None:
        return [r["code"] for r in decision["reasons"]]
    return [r["code"] for r in render.line_reasons(decision, next(of_line for of_line in decision["lines"] if of_line["line"] == line))]


def warning_codes(decision) -> set[str]:
    return {w["code"] for w in decision["warnings"]}


def reason(decision, code) -> dict:
    found = [r for r in decision["reasons"] if r["code"] == code]
    assert len(found) == 1, (code, codes(decision))
    return found[0]
