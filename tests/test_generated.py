"""Generated shipments and screen requests through a real OPA: every invariant of invariants.py on
each. A bounded, derandomized run; `make fuzz` runs the same checks on 10,000 and more documents.
Every document that once broke an invariant stays here as an explicit example, and the whole set of
them goes through the CLI in one batch."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
from conftest import BASE, cli_env
from generate import respell, screen_requests, shipments
from hypothesis import HealthCheck, example, given, settings
from invariants import Checker, _schema_invalid, oracle

BOUNDED = settings(
    max_examples=300, derandomize=True, database=None, deadline=None, print_blob=True, suppress_health_check=list(HealthCheck)
)

_BASE = json.dumps(BASE)


def _base(old: str, new: str) -> str:
    assert old in _BASE, old
    return _BASE.replace(old, new, 1)


# Documents that broke an invariant once: name -> JSON text.
FOUND_SHIPMENTS = {
    "a newline in an extra key": _base(
        '"purposes": ["civil"]', '"purposes": ["civil"], "known_overseas_rare_earth_activities\\n": ["mining"]'
    ),
    "a newline in a line's extra key": _base('"kind": "goods"', '"kind": "goods", "\\nline": 1'),
    "year zero": _base('"2026-12-01"', '"0000-01-01"'),
    "the year 1": _base('"2026-12-01"', '"0001-01-01"'),
    "an exponent past OPA's decimals": _base('"amount": 200000', '"amount": 1e2000000'),
    "a magnitude OPA cannot compare in a licence": _base(
        '"items"',
        '"licences": [{"number": "L", "type": "single", "lines": [1e309], "valid_from": "2026-01-01", '
        '"valid_until": "2026-12-31", "issued_by": "MOFCOM"}], "items"',
    ),
    "5,000 digits for a schema version": _base('"schema_version": "1"', '"schema_version": ' + "9" * 5000),
    "9e999999": _base('"amount": 200000', '"amount": 9e999999'),
    "5,000 digits for a line number": _base('"line": 1', '"line": ' + "9" * 5000),
    "nested 1,000 deep": _base('"kind": "goods"', '"kind": ' + "[" * 1000 + '"goods"' + "]" * 1000),
    "a line number written 1.0": _base('"line": 1', '"line": 1.0'),
    "a country with a newline": _base('"ship_to": "US"', '"ship_to": "US\\n"'),
    "a tiny exponent beside a zero": _base('"amount": 300', '"amount": 0').replace('"amount": 200000', '"amount": 1e-2000000'),
    "a tiny exponent beside a wrong type": _base('"kind": "goods"', '"kind": 0').replace('"amount": 200000', '"amount": 1e-2000000'),
}

FOUND_SCREEN_REQUESTS = {
    "a newline in an extra key": '{"name": "Shin-Etsu Magnetic Materials KK", "date": "2025-08-23", "\\n4": []}',
    "an exponent past OPA's decimals in a share": '{"name": "Acme", "owners": [{"name": "B", "share": -1e2000000}]}',
    "year zero": '{"name": "Acme", "date": "0000-01-01"}',
    "a tiny exponent beside a zero share": '{"name": "X", "owners": [{"name": "Z", "share": 0}, {"name": "Y", "share": 1e-2000000}]}',
}


@pytest.fixture(scope="module")
def checker(opa):
    return Checker(opa.url, opa.token)


def _with_examples(found: dict):
    def decorate(test):
        for text in found.values():
            test = example(text=text)(test)
        return test

    return decorate


@BOUNDED
@given(text=shipments())
@_with_examples(FOUND_SHIPMENTS)
def test_generated_shipments(checker, text):
    assert checker.shipment(text) == {}


@settings(BOUNDED, max_examples=100)
@given(text=screen_requests())
@_with_examples(FOUND_SCREEN_REQUESTS)
def test_generated_screen_requests(checker, text):
    assert checker.screen(text) == {}


@pytest.mark.parametrize(
    "text, spellings",
    [
        ("3", {"3", "3.0", "3e0", "3E+0"}),
        ("123456789012345678901234", {"123456789012345678901234", "123456789012345678901234e0", "123456789012345678901234E+0"}),
        ("0.5", {"0.5", "0.50", "0.5e0"}),
        ("0.000000000000000001", {"0.000000000000000001", "0.000000000000000001e0"}),
    ],
)
def test_a_respelt_number_stays_within_the_limits(text, spellings):
    """Spelling 24 digits as 24.0 once made a meaning-keeping change that was not one."""
    rng = random.Random(0)
    assert {respell(text, rng) for _ in range(200)} == spellings


def test_the_found_shipments_through_the_cli_in_one_batch(opa, tmp_path):
    """Each one the schema rejects is refused by name or printed as INVALID_INPUT; no file is lost."""
    shipment_oracle = oracle("shipment.schema.json")
    names = sorted(FOUND_SHIPMENTS)
    paths = []
    for number, name in enumerate(names):
        paths.append(tmp_path / f"{number:02d}.json")
        paths[-1].write_text(FOUND_SHIPMENTS[name], encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", "--json", "--opa-url", opa.url, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        env=cli_env(opa),
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "a line number written 1.0" in names and "the harness failed" not in run.stderr
    printed = iter(json.loads(line) for line in run.stdout.splitlines())
    for path, name in zip(paths, names, strict=True):
        refused = f"{path}: no decision: " in run.stderr
        invalid = _schema_invalid(shipment_oracle, FOUND_SHIPMENTS[name])
        if not refused:
            decision = next(printed)
            assert decision["id"] == "t-base", name
            assert not invalid or decision["outcome"] == "INVALID_INPUT", name
    assert next(printed, None) is None
