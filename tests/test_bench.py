"""make bench's table lines (the live heap of the long linearity document, with and without a
garbage collection during the request; the parts every decision needs) and the bench-only policy
of those parts, through a locked server."""

from __future__ import annotations

import requests

from cnexport import bench
from cnexport.opa import OpaServer
from cnexport.paths import DATA_OUT, POLICIES


def test_the_live_heap_line_gives_the_peak_and_the_kilobytes_a_line():
    text = bench._live_heap_text({"after_load": 23.4, "peak": 197.8, "kb_per_line": 35.7, "gomemlimit": "250MiB"})
    assert text == "live heap at 5000 lines 23.4 -> 197.8 MB (35.7 KB a line; GOMEMLIMIT 250MiB)"


def test_the_live_heap_line_says_when_no_collection_ran():
    text = bench._live_heap_text({"after_load": 23.4, "peak": None, "kb_per_line": None, "gomemlimit": "250MiB"})
    assert text == "live heap at 5000 lines: no garbage collection ran during the request"


def test_the_parts_table_gives_each_part_and_the_decision_with_its_ratio():
    def figures(p50, ratio):
        return {"p50_us": p50, "ratio_to_floor_p50": ratio}

    report = {}
    for n in bench.LINE_COUNTS:
        report[f"parts_{n}_lines"] = {
            "validation": figures(n + 1, 1.5),
            "screening": figures(n + 2, 2.25),
            "validation_and_screening": figures(n + 3, 3.0),
        }
        report[f"decision_{n}_lines"] = figures(n + 4, 9.5)
    lines = bench.parts_table(report).splitlines()
    assert lines[1].split() == ["lines", "validation", "screening", "both", "decision"]
    assert lines[2].split() == ["1", "2", "(1.5", "x)", "3", "(2.25", "x)", "4", "(3.0", "x)", "5", "(9.5", "x)"]
    assert lines[-1].split()[:3] == ["1000", "1001", "(1.5"]
    assert len(lines) == 2 + len(bench.LINE_COUNTS)


def test_the_parts_answer_through_the_locked_server_as_make_bench_asks_them():
    """Through a server loaded as make bench loads it: a valid document has no error and its four
    parties and exporter screened; an invalid one as many errors as its decision; no token, no answer."""
    valid = bench.shipment(1)
    invalid = {**bench.shipment(1), "export_date": "2026-13-01", "ship_to": 7}
    with OpaServer(paths=[POLICIES, DATA_OUT, bench.FLOOR]) as server, bench.client(server) as session:

        def ask(path: str, document: dict):
            return bench.post(session, server.url + path, b'{"input":' + bench.raw(document) + b"}").json()["result"]

        assert [ask(bench.PARTS_PATH + part, valid) for part in bench.PARTS] == [0, 5, 5]
        errors = ask(bench.DECISION, invalid)["errors"]
        assert len(errors) >= 2
        assert ask(bench.PARTS_PATH + "validation", invalid) == len(errors)
        assert ask(bench.FLOOR_PATH, valid)["outcome"] == "NOT_CONTROLLED"
        refused = requests.post(server.url + bench.PARTS_PATH + "screening", data=b'{"input":{}}', timeout=60)
        assert refused.status_code == 401
