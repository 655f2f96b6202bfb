"""docs/timeline.md is what data/ gives, shows a changed date in its diff, and says what the engine does."""

import json
import shutil
import subprocess

from cnexport import timeline
from cnexport.paths import DATA_OUT, POLICIES, SCHEMAS, opa_binary

LOADED = timeline.load()
MEASURES = LOADED["measures"]


def test_the_kept_table_is_what_the_data_gives():
    problem = timeline.stale()
    assert not problem, problem


def _with_one_date_changed(tmp_path, file, old, new):
    data = tmp_path / "data"
    shutil.copytree(timeline.DATA, data)
    path = data / "measures" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return data


def test_a_suspension_end_typed_2036_instead_of_2026_shows_in_the_diff(tmp_path):
    data = _with_one_date_changed(tmp_path, "mofcom-2025-61.yaml", "until: '2026-11-10'", "until: '2036-11-10'")
    assert timeline.stale(data).startswith(
        "docs/timeline.md is not what data/ gives: regenerate it with `.venv/bin/python -m cnexport.timeline`"
    )
    removed = [line for line in timeline.diff(data) if line.startswith("-|")]
    added = [line for line in timeline.diff(data) if line.startswith("+|")]
    # The suspension's own row, and every clause of No. 61 with the day it applies again (and its catalogue entries).
    assert (
        "+| suspended | all | 2025-11-07 | 2036-11-10 | MOFCOM-2025-70 | I-70-END-DAY | https://udn.com/news/story/7333/9125818 |" in added
    )
    assert (
        "-| suspended | all | 2025-11-07 | 2026-11-10 | MOFCOM-2025-70 | I-70-END-DAY | https://udn.com/news/story/7333/9125818 |"
        in removed
    )
    assert "+| 1(1) | 2025-12-01 | https://www.chemradar.com/en/news/detail/f1la2toi5p1c | from 2036-11-10 |" in added
    assert "-| 1(1) | 2025-12-01 | https://www.chemradar.com/en/news/detail/f1la2toi5p1c | from 2026-11-10 |" in removed
    # Nothing else changed: put the date back and the rows are the kept ones.
    assert len(added) > 10
    assert sorted(line[1:].replace("2036-11-10", "2026-11-10") for line in added) == sorted(line[1:] for line in removed)


def test_a_changed_effective_date_shows_in_the_diff(tmp_path):
    data = _with_one_date_changed(tmp_path, "mofcom-2024-46.yaml", "from: '2025-11-09'", "from: '2025-11-19'")
    assert (
        "+| 2 | 2024-12-03 | https://www.shine.cn/news/nation/2412036081/ | 2024-12-03 to 2025-11-18; from 2026-11-27 |"
        in timeline.diff(data)
    )


def _date_fields(node, definition=""):
    """`definition.property` for every property of a schema that is a date (by reference or inline)."""
    if isinstance(node, dict):
        for name, value in node.get("$defs", {}).items():
            yield from _date_fields(value, name)
        for key, value in node.items():
            if key == "properties":
                yield from (
                    f"{definition}.{name}"
                    for name, prop in value.items()
                    if "date" in prop.get("$ref", "").rsplit("/", 1)[-1] or prop.get("format") == "date"
                )
            if key != "$defs":
                yield from _date_fields(value, definition)
    elif isinstance(node, list):
        for value in node:
            yield from _date_fields(value, definition)


def test_every_date_field_of_the_schemas_is_in_the_table():
    for name, shown in timeline.SHOWN_DATES.items():
        schema = json.loads((SCHEMAS / "data" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert set(_date_fields(schema)) == shown, f"schemas/data/{name}.schema.json: show its dates in cnexport.timeline"


def test_a_missing_table_is_stale(tmp_path):
    assert "regenerate it with" in timeline.stale(table=tmp_path / "timeline.md")


def test_periods_on_both_sides_of_every_date():
    suspended = {
        "clauses": {"1": {"effective_from": "2025-10-09"}},
        "suspensions": [{"clauses": "all", "from": "2025-11-07", "until": "2026-11-10"}],
    }
    assert (
        timeline.describe(timeline.periods(lambda d: timeline.clause_in_force(suspended, "1", d), timeline.clause_dates(suspended, "1")))
        == "2025-10-09 to 2025-11-06; from 2026-11-10"
    )
    repealed = {"clauses": {"1": {"effective_from": "2023-08-01"}}, "suspensions": [], "repealed": {"on": "2024-12-01"}}
    assert (
        timeline.describe(timeline.periods(lambda d: timeline.clause_in_force(repealed, "1", d), timeline.clause_dates(repealed, "1")))
        == "2023-08-01 to 2024-11-30"
    )
    late = {
        "clauses": {"1": {"effective_from": "2025-12-01"}},
        "suspensions": [{"clauses": ["1"], "from": "2025-11-07", "until": "2026-11-10"}],
    }
    assert (
        timeline.describe(timeline.periods(lambda d: timeline.clause_in_force(late, "1", d), timeline.clause_dates(late, "1")))
        == "from 2026-11-10"
    )
    never = {"effective_from": "2025-04-10", "suspended_from": "2025-04-10"}
    assert timeline.describe(timeline.periods(lambda d: timeline.listing_in_force(never, d), timeline.listing_dates(never))) == "never"
    stopped = {
        "effective_from": "2025-04-10",
        "suspended_from": "2025-05-14",
        "suspended_until": "2025-08-12",
        "measures_stopped_from": "2025-08-12",
    }
    assert (
        timeline.describe(timeline.periods(lambda d: timeline.listing_in_force(stopped, d), timeline.listing_dates(stopped)))
        == "2025-04-10 to 2025-05-13"
    )


# ---- "applies" is what the engine decides, on each side of every date ------------------------------


def _around(dates):
    return sorted({d for day in dates for d in (timeline.day_before(day), day)})


def _opa_set(query: str, input_document) -> set:
    """What `opa eval` gives for a set comprehension over the project's policies and built data."""
    run = subprocess.run(
        [
            opa_binary(),
            "eval",
            "--format",
            "json",
            "--stdin-input",
            "--ignore",
            "*_test.rego",
            "--data",
            str(POLICIES),
            "--data",
            str(DATA_OUT),
            query,
        ],
        input=json.dumps(input_document),
        capture_output=True,
        text=True,
        check=True,
    )
    return {tuple(case) for case in json.loads(run.stdout)["result"][0]["expressions"][0]["value"]}


def test_clauses_apply_when_the_engine_says_they_are_in_force():
    cases = [[m, c, d] for m, measure in MEASURES.items() for c in measure["clauses"] for d in _around(timeline.clause_dates(measure, c))]
    assert len(cases) > 300
    rego = _opa_set("{[m, c, d] | some [m, c, d] in input.cases; data.cnexport.lib.timeline.in_force(m, c, d)}", {"cases": cases})
    assert rego == {(m, c, d) for m, c, d in cases if timeline.clause_in_force(MEASURES[m], c, d)}


def test_listings_apply_when_the_engine_says_they_are_in_force():
    # Empty dates are left out, as the data build leaves them out of what the rules read.
    listings = {e["id"]: {k: v for k, v in e.items() if v is not None} for e in LOADED["listings"]}
    cases = [[i, d] for i, e in listings.items() for d in _around(timeline.listing_dates(e))]
    assert len(cases) > 500
    rego = _opa_set(
        "{[i, d] | some [i, d] in input.cases; data.cnexport.parties.listing_in_force(input.listings[i], d)}",
        {"cases": cases, "listings": listings},
    )
    assert rego == {(i, d) for i, d in cases if timeline.listing_in_force(listings[i], d)}


def test_catalogue_entries_apply_when_the_engine_says_they_are_in_force():
    entries = {e["id"]: e for e in LOADED["entries"]}
    cases = [[i, d] for i, e in entries.items() for d in _around(timeline.entry_dates(e, MEASURES))]
    assert len(cases) > 500
    rego = _opa_set(
        "{[i, d] | some [i, d] in input.cases; data.cnexport.lib.catalogue_entry_in_force(input.entries[i], d)}",
        {"cases": cases, "entries": entries},
    )
    assert rego == {(i, d) for i, d in cases if timeline.entry_in_force(entries[i], MEASURES, d)}
