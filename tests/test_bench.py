"""make bench's table line for the live heap of the long linearity document, with and without a
garbage collection during the request."""

from __future__ import annotations

from cnexport import bench


def test_the_live_heap_line_gives_the_peak_and_the_kilobytes_a_line():
    text = bench._live_heap_text({"after_load": 23.4, "peak": 197.8, "kb_per_line": 35.7})
    assert text == f"live heap at 5000 lines 23.4 -> 197.8 MB (35.7 KB a line; GOMEMLIMIT {bench.GOMEMLIMIT})"


def test_the_live_heap_line_says_when_no_collection_ran():
    text = bench._live_heap_text({"after_load": 23.4, "peak": None, "kb_per_line": None})
    assert text == "live heap at 5000 lines: no garbage collection ran during the request"
