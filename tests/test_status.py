"""cnexport status and explain: the state of every measure, clause and listing on a date, as OPA's
status entry point answers it, on both sides of every date that changes it."""

import json

import pytest
from conftest import run_cli

from cnexport import status, timeline
from cnexport.opa import free_port


def cli(opa, *args):
    return run_cli(*args, server=opa)


@pytest.fixture(scope="module")
def answers(client):
    """OPA's answers on every change date, and on the days around the suspensions and revivals."""
    found = {d: status.ask(client, d) for d in status.ask(client, "2025-12-01")["change_dates"]}
    for d in ("2025-11-06", "2025-11-08", "2026-11-09", "2026-11-26"):
        found[d] = status.ask(client, d)
    return found


def clause(answers, day, measure, number):
    return answers[day]["measures"][measure]["clauses"][number]


@pytest.mark.parametrize(
    "day, measure, number, expected",
    [
        # No. 72 suspends clause 2 of No. 46 from 2025-11-09; it applies again on 2026-11-27.
        ("2025-11-08", "MOFCOM-2024-46", "2", "in force from 2024-12-03"),
        ("2025-11-09", "MOFCOM-2024-46", "2", "suspended from 2025-11-09 until 2026-11-27 (applies again that day) by MOFCOM-2025-72"),
        ("2026-11-26", "MOFCOM-2024-46", "2", "suspended from 2025-11-09 until 2026-11-27 (applies again that day) by MOFCOM-2025-72"),
        ("2026-11-27", "MOFCOM-2024-46", "2", "revived on 2026-11-27, when the suspension by MOFCOM-2025-72 ended"),
        # No. 70 suspends No. 61 from 2025-11-07 until 2026-11-10 (I-70-END-DAY).
        ("2025-11-06", "MOFCOM-2025-61", "3", "in force from 2025-10-09"),
        ("2025-11-07", "MOFCOM-2025-61", "3", "suspended from 2025-11-07 until 2026-11-10 (applies again that day) by MOFCOM-2025-70"),
        ("2026-11-09", "MOFCOM-2025-61", "1(1)", "suspended from 2025-11-07 until 2026-11-10 (applies again that day) by MOFCOM-2025-70"),
        ("2026-11-10", "MOFCOM-2025-61", "1(1)", "revived on 2026-11-10, when the suspension by MOFCOM-2025-70 ended"),
        ("2025-10-09", "MOFCOM-2025-61", "1(1)", "not yet in force: from 2025-12-01"),
        # No. 51 repeals the gallium and germanium announcement on 2024-12-01.
        ("2024-09-15", "MOFCOM-2023-23", "1", "in force from 2023-08-01"),
        ("2024-12-01", "MOFCOM-2023-23", "1", "repealed from 2024-12-01 by MOFCOM-2024-51"),
    ],
)
def test_a_clause_state_on_each_side_of_its_dates(answers, day, measure, number, expected):
    assert status.state_text(clause(answers, day, measure, number)) == expected


@pytest.mark.parametrize(
    "day, announcement, expected",
    [
        ("2025-11-09", "UEL-2025-03-04", [("in_force", "2025-03-04", None, 11)]),
        ("2025-11-10", "UEL-2025-03-04", [("stopped", "2025-11-10", None, 11)]),
        ("2026-11-09", "UEL-2025-04-04", [("suspended", "2025-05-14", "2026-11-10", 11)]),
        ("2026-11-10", "UEL-2025-04-04", [("in_force", "2025-04-04", None, 11)]),
    ],
)
def test_listings_by_announcement_and_state(answers, day, announcement, expected):
    found = [
        (listing["state"], listing["from"], listing.get("until"), len(listing["entries"]))
        for listing in answers[day]["listings"]
        if listing["announcement"] == announcement
    ]
    assert found == expected


def test_the_picture_periods_are_the_days_each_clause_applies_in_docs_timeline(answers):
    """The periods drawn from OPA's answers, in force or revived, are those timeline.py computes by the
    engine's rules for docs/timeline.md, for every clause of every measure."""
    loaded = timeline.load()
    change_dates = {d: a for d, a in answers.items() if d in answers["2025-12-01"]["change_dates"]}
    for measure_id, measure in loaded["measures"].items():
        for number in measure["clauses"]:
            drawn = status._periods([(d, change_dates[d]["measures"][measure_id]["clauses"][number]) for d in sorted(change_dates)])
            applies = [(a, b) for a, b, e in drawn if e["state"] in ("in_force", "revived")]
            merged = []
            for a, b in applies:  # in force up to a suspension's end, then revived, is one period of applying
                if merged and merged[-1][1] is not None and timeline.day_before(a) == merged[-1][1]:
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
            expected = timeline.periods(
                lambda d, m=measure, n=number: timeline.clause_in_force(m, n, d), timeline.clause_dates(measure, number)
            )
            assert merged == expected, (measure_id, number)


def test_bands_group_the_clauses_that_share_their_periods(answers):
    dates = {d: a for d, a in answers.items() if d in answers["2025-12-01"]["change_dates"]}
    found = {b.label: [(a, z, e["state"]) for a, z, e in b.periods] for b in status.bands(dates)}
    assert found["MOFCOM-2025-61 1(1), 1(2)"] == [("2025-12-01", "2026-11-09", "suspended"), ("2026-11-10", None, "revived")]
    assert found["MOFCOM-2025-61 1(3), 2, 3, 4, 5, 6, 7"] == [
        ("2025-10-09", "2025-11-06", "in_force"),
        ("2025-11-07", "2026-11-09", "suspended"),
        ("2026-11-10", None, "revived"),
    ]
    assert found["MOFCOM-2023-23"] == [("2023-08-01", "2024-11-30", "in_force"), ("2024-12-01", None, "repealed")]
    assert found["UEL-2025-03-04 listings (11)"] == [("2025-03-04", "2025-11-09", "in_force"), ("2025-11-10", None, "stopped")]


def test_status_command_table_on_both_sides_of_the_revival(opa):
    before, after = cli(opa, "status", "--date", "2026-11-09"), cli(opa, "status", "--date", "2026-11-10")
    assert before.returncode == after.returncode == 0, before.stderr + after.stderr
    assert "The law on 2026-11-09" in before.stdout
    assert "  1(1)   suspended from 2025-11-07 until 2026-11-10 (applies again that day) by MOFCOM-2025-70" in before.stdout
    assert "  1(1)   revived on 2026-11-10, when the suspension by MOFCOM-2025-70 ended (reading I-70-END-DAY)" in after.stdout
    assert "note SUSPENSION_EXTENSION_REPORTED: MOFCOM-2025-61 applies again from 2026-11-10" in after.stdout
    assert "SUSPENSION_EXTENSION_REPORTED" not in before.stdout
    assert "UEL-2025-04-04   unreliable_entity_list   in force from 2025-04-04: 11 listing(s)" in after.stdout


def test_status_json_is_opas_answer(opa):
    run = cli(opa, "status", "--date", "2025-11-09", "--json")
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert answer["date"] == "2025-11-09" and answer["errors"] == []
    assert answer["measures"]["MOFCOM-2024-46"]["clauses"]["2"]["state"] == "suspended"
    assert answer["bundle_revisions"] == {}  # the session's OPA loads files, not bundles


def test_status_without_a_date_is_today_in_beijing(opa, client):
    import datetime

    def beijing():
        return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date().isoformat()

    # Read before and after the request: at Beijing midnight (16:00 UTC) either day is right.
    before = beijing()
    answered = status.ask(client, None)["date"]
    assert answered in {before, beijing()}


@pytest.mark.parametrize("date, message", [("2025-02-30", "/date:"), ("tomorrow", "/date:")])
def test_a_bad_date_is_an_error_not_a_status(opa, date, message):
    run = cli(opa, "status", "--date", date)
    assert run.returncode == 2 and run.stdout == ""
    assert f"cnexport: no status: {message}" in run.stderr


def test_unreachable_opa_is_an_error_not_a_status():
    run = run_cli("status", url=f"http://127.0.0.1:{free_port()}")
    assert run.returncode == 2 and run.stdout == ""
    assert "cannot be reached" in run.stderr


def test_an_answer_that_breaks_the_schema_is_refused():
    class Fixed:
        def query(self, path, raw):
            return {
                "date": "2025-12-01",
                "measures": {},
                "listings": [],
                "warnings": [],
                "errors": [],
                "reference_data": {"version": "x", "verified_through": "2026-10-09"},
                "bundle_revisions": {},
                "change_dates": [],
            }

    with pytest.raises(status.NoStatus, match="breaks its schema"):
        status.ask(Fixed(), "2025-12-01")


# ---- explain -------------------------------------------------------------------------------------


def test_explain_a_reason_code(opa):
    run = cli(opa, "explain", "SH55_DIAMOND_MICROPOWDER", "--date", "2026-11-10")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert out.startswith(
        "SH55_DIAMOND_MICROPOWDER: synthetic diamond micro-powder of average particle size 50 um or less (2C902.a)"
        " (reason, outcome LICENCE_REQUIRED)"
    )
    assert "  rule data/measures/mofcom-2025-55.yaml:" in out
    assert "  text: 一、平均粒径小于等于50μm的人造金刚石微粉" in out
    assert "  clause 1: synthetic diamond micro-powder of average particle size 50 um or less (2C902.a)" in out
    assert "    in force from 2025-11-08; on 2026-11-10: revived on 2026-11-10, when the suspension by MOFCOM-2025-70 ended" in out
    assert "    periods: suspended 2025-11-08 to 2026-11-09; revived from 2026-11-10" in out
    assert "    source of the revived state: https://udn.com/news/story/7333/9125818" in out
    assert "note SUSPENSION_EXTENSION_REPORTED: MOFCOM-2025-55 applies again" in out
    assert "MOFCOM-2025-61 applies again" not in out  # only the notes of what is explained


def test_explain_a_measure_on_a_date(opa):
    run = cli(opa, "explain", "mofcom-2025-61", "--date", "2025-11-06")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert out.startswith("MOFCOM-2025-61: Decision to implement export controls on relevant overseas rare-earth items")
    assert "    in force from 2025-12-01; on 2025-11-06: not yet in force: from 2025-12-01" in out
    assert "    in force from 2025-10-09; on 2025-11-06: in force from 2025-10-09" in out
    assert "    periods: in force 2025-10-09 to 2025-11-06; suspended 2025-11-07 to 2026-11-09; revived from 2026-11-10" in out
    assert "  reading I-70-END-DAY: the last day of the No. 70 suspension" in out
    assert "  reading I-61-TIERS-FROM-PUBLICATION: when clauses 2 to 7 apply" in out


def test_explain_a_reading(opa):
    run = cli(opa, "explain", "I-72-END-DAY", "--date", "2026-11-27")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("  reading I-72-END-DAY: ")
    assert (
        "  MOFCOM-2024-46 clause 2 relies on it; on 2026-11-27: revived on 2026-11-27, when the suspension by MOFCOM-2025-72 ended"
        in run.stdout
    )


def test_explain_something_unknown_is_an_error_with_suggestions(opa):
    run = cli(opa, "explain", "SH55_DIAMOND_MICROPOWDR")
    assert run.returncode == 2 and run.stdout == ""
    assert (
        "'SH55_DIAMOND_MICROPOWDR' is no reason, obligation or warning code, measure or reading; did you mean SH55_DIAMOND_MICROPOWDER"
        in run.stderr
    )


def test_the_decision_log_keeps_a_status_answer_without_its_states(opa, client):
    import time

    answer = client.evaluate("cnexport/status", b'{"date": "2026-11-10"}')
    for _ in range(100):
        entries = [json.loads(line) for line in opa.output().splitlines() if answer.decision_id in line]
        if entries:
            break
        time.sleep(0.1)
    assert entries, "no decision log entry"
    entry = entries[0]
    assert entry["path"] == "cnexport/status" and entry["input"] == {"date": "2026-11-10"}
    assert sorted(entry["erased"]) == ["/result/change_dates", "/result/listings", "/result/measures"]
    assert entry["result"]["date"] == "2026-11-10" and entry["result"]["reference_data"] == answer.result["reference_data"]


def test_explain_a_warning_code(opa):
    run = cli(opa, "explain", "SUSPENSION_END_DAY", "--date", "2026-11-10")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("SUSPENSION_END_DAY: The export date is the printed last day of a suspension (warning)")
    assert "policies/cnexport/decision_warnings.rego:" in run.stdout
    assert "  message_zh: {{.by}}对{{.measure}}的暂停实施期限载明至{{.until}}；本决定在当日即适用该措施。" in run.stdout
