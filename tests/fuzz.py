"""Generated documents through a real OPA, counted: `make fuzz` (or `python tests/fuzz.py N`).

Runs the invariants of invariants.py on N shipments (default 10,000) and N/4 screen requests,
derandomized so that a run can be repeated, and prints how many documents were generated and how
many broke each invariant, with the first few of each. Exits 1 when any invariant broke.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import screen_requests, shipments  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from invariants import INVARIANTS, Checker  # noqa: E402

from cnexport.opa import OpaServer  # noqa: E402
from cnexport.paths import sidecar_token  # noqa: E402

FAILURES = Path(__file__).resolve().parents[1] / "build" / "fuzz-failures.jsonl"


def run(checker: Checker, kind: str, strategy, count: int) -> dict:
    tally = {
        "documents": 0,
        "harness_refuses": 0,
        "opa_invalid": 0,
        "schema_invalid": 0,
        "agree": 0,
        "broken": collections.Counter(),
        "samples": collections.defaultdict(list),
        "failures": [],
    }
    check = checker.shipment if kind == "shipment" else checker.screen

    @settings(
        max_examples=count, derandomize=True, database=None, deadline=None, phases=["generate"], suppress_health_check=list(HealthCheck)
    )
    @given(text=strategy)
    def one(text):
        broken = check(text)
        tally["documents"] += 1
        last = checker.last
        for key in ("harness_refuses", "opa_invalid", "schema_invalid"):
            tally[key] += bool(last.get(key))
        # The harness's verdict: its own refusal, else OPA's answer; parity is agreement with OPA's.
        if last and (last["harness_refuses"] or last["opa_invalid"]) == last["opa_invalid"]:
            tally["agree"] += 1
        for name, message in broken.items():
            tally["broken"][name] += 1
            if len(tally["samples"][name]) < 3:
                tally["samples"][name].append((message[:300], text[:600]))
            tally["failures"].append({"kind": kind, "invariant": name, "message": message, "text": text})

    one()
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000, help="shipments to generate")
    parser.add_argument("--opa-url", help="a running sidecar instead of one started for the run")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    failed, failures = False, []
    with OpaServer() if not args.opa_url else _Running(args.opa_url) as server:
        checker = Checker(server.url, server.token)
        for kind, strategy, count in (
            ("shipment", shipments(), args.count),
            ("screen request", screen_requests(), max(1, args.count // 4)),
        ):
            started = time.monotonic()
            tally = run(checker, kind, strategy, count)
            decided = tally["documents"] - tally["opa_invalid"]
            print(
                f"{kind}s: {tally['documents']} generated in {time.monotonic() - started:.0f} s; "
                f"{tally['schema_invalid']} schema-invalid, {tally['opa_invalid']} INVALID_INPUT or refused by OPA, "
                f"{decided} decided, {tally['harness_refuses']} refused by the harness itself"
            )
            print(
                f"  parity harness vs OPA on valid/invalid: {tally['agree']} of {tally['documents']}"
                f" ({100 * tally['agree'] / max(1, tally['documents']):.2f} %)"
            )
            for name in INVARIANTS:
                if kind != "shipment" and name in ("cli_never_decides_invalid", "lines_complete"):
                    continue
                print(f"  {name:<34} violations {tally['broken'][name]}")
                for message, text in tally["samples"][name]:
                    print(f"      {message}\n        in {text}")
            failed = failed or bool(sum(tally["broken"].values()))
            failures += tally["failures"]
    if failures:
        FAILURES.parent.mkdir(exist_ok=True)
        FAILURES.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures), encoding="utf-8")
        print(f"every document that broke an invariant, in full: {FAILURES}")
    return 1 if failed else 0


class _Running:
    """A sidecar already running, called with its token (CNEXPORT_TOKEN or build/serve.token)."""

    def __init__(self, url):
        self.url = url
        self.token = sidecar_token()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


if __name__ == "__main__":
    sys.exit(main())
