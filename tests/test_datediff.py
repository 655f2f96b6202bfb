"""cnexport diff: what changes in a decision between two export dates, both sides OPA's decisions."""

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import raw, run_cli, shipment

from cnexport import datediff
from cnexport.validation import NotJSON

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def cli(opa, *args):
    return run_cli("diff", *args, server=opa)


def test_the_revival_of_no_61_on_2026_11_10(opa):
    run = cli(opa, "--dates", "2026-11-09,2026-11-10", "--json", str(EXAMPLES / "jp-magnet-cn-dy-0.15pct.json"))
    assert run.returncode == 0, run.stderr
    change = json.loads(run.stdout)
    assert change["dates"] == ["2026-11-09", "2026-11-10"] and all(change["decision_ids"])
    assert change["outcome"] == ["NOT_CONTROLLED", "LICENCE_REQUIRED"] and change["clearance"] == ["GO", "HOLD"]
    assert [(r["code"], r["measure"], r["clause"]) for r in change["reasons"]["added"]] == [
        ("RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "MOFCOM-2025-61", "1(1)")
    ]
    assert change["reasons"]["added"][0]["figures"]["ratio_percent"] == "0.1500000"
    assert change["reasons"]["removed"] == []
    assert [(o["type"], o["due"]) for o in change["obligations"]["added"]] == [
        ("licence_application", "2026-08-31"),
        ("compliance_notice", "2026-11-10"),
    ]
    # The reading by which the line is an Annex 1 item rests on clause 1(1): named in MEASURE_NOT_IN_FORCE
    # while the clause is suspended, given on its own once it applies.
    assert {w["code"] for w in change["warnings"]["added"]} == {
        "SUSPENSION_END_DAY",
        "SUSPENSION_EXTENSION_REPORTED",
        "LOW_GRADE_SOURCE",
        "CATALOGUE_MATCH_BY_INTERPRETATION",
    }
    assert [w["code"] for w in change["warnings"]["removed"]] == ["MEASURE_NOT_IN_FORCE"]
    # LISTINGS_NOT_VERIFIED and REFERENCE_DATA_NOT_VERIFIED name each date, and are there on both: not a
    # change.
    assert change["warnings"]["unchanged"] == 2


def test_text_names_every_change_and_the_days_before_a_suspension(opa):
    run = cli(opa, "--dates", "2025-11-06,2025-11-07", str(EXAMPLES / "cn-diamond-powder-no55-revived.json"))
    assert run.returncode == 0, run.stderr
    # No. 55 applies only from 2025-11-08, and No. 70 suspends it from 2025-11-07: nothing changes.
    assert run.stdout.splitlines()[-1] == "  nothing changes"
    assert "2025-11-06: NOT_CONTROLLED / GO" in run.stdout and "2025-11-07: NOT_CONTROLLED / GO" in run.stdout
    run = cli(opa, "--dates", "2026-11-10,2026-11-09", str(EXAMPLES / "cn-diamond-powder-no55-revived.json"))
    assert "  outcome LICENCE_REQUIRED -> NOT_CONTROLLED" in run.stdout
    assert "  - reason SH55_DIAMOND_MICROPOWDER (MOFCOM-2025-55 clause 1 line 1, LICENCE_REQUIRED)" in run.stdout
    assert "  + warning MEASURE_NOT_IN_FORCE: line 1: SH55_DIAMOND_MICROPOWDER (MOFCOM-2025-55 clause 1) would apply" in run.stdout


def test_the_document_keeps_every_number_as_written():
    document = raw('{"export_date": "2026-01-01", "a": 0.10, "b": 1e-7, "c": [200000, 0.0010], "d": "x"}')
    changed = datediff.on_date(document, "2026-11-10")
    assert changed == b'{"export_date": "2026-11-10", "a": 0.10, "b": 1E-7, "c": [200000, 0.0010], "d": "x"}'
    assert json.loads(changed, parse_float=Decimal)["b"] == Decimal("1e-7")
    with pytest.raises(NotJSON):
        datediff.on_date(b'["not", "an", "object"]', "2026-11-10")


def test_two_warnings_that_read_the_same_both_count():
    warning = {"code": "POSSIBLE_LISTED_PARTY", "measure": "UEL-2025-01-02", "message_en": "same words"}
    first = {"outcome": "PROHIBITED", "clearance": "STOP", "reasons": [], "obligations": [], "errors": [], "warnings": [warning, warning]}
    second = dict(first, warnings=[warning])
    change = datediff.compare(first, second, ["2026-01-01", "2026-01-02"])
    assert change["warnings"] == {"added": [], "removed": [warning], "unchanged": 1}


@pytest.mark.parametrize("dates", ["2026-11-10", "2026-11-09,2026-11-10,2026-11-11", "2026-11-09,tomorrow"])
def test_bad_dates_are_an_error(opa, dates):
    run = cli(opa, "--dates", dates, str(EXAMPLES / "jp-magnet-cn-dy-0.15pct.json"))
    assert run.returncode == 2 and run.stdout == ""
    assert "write two dates, D1,D2" in run.stderr


def test_a_document_that_is_not_an_object_or_not_json_is_an_error(opa, tmp_path):
    for text, message in (("[1, 2]", "not a JSON object"), ("{not json", "Expecting property name")):
        path = tmp_path / "doc.json"
        path.write_text(text)
        run = cli(opa, "--dates", "2026-11-09,2026-11-10", str(path))
        assert run.returncode == 2 and run.stdout == ""
        assert message in run.stderr


def test_an_invalid_document_is_compared_as_opa_refuses_it(opa, tmp_path):
    path = tmp_path / "doc.json"
    path.write_bytes(raw(shipment(ship_to="XX")))
    run = cli(opa, "--dates", "2026-11-09,2026-11-10", "--json", str(path))
    assert run.returncode == 0, run.stderr
    change = json.loads(run.stdout)
    assert change["outcome"] == ["INVALID_INPUT", "INVALID_INPUT"]
    assert change["errors"]["added"] == change["errors"]["removed"] == [] and change["errors"]["unchanged"] == 1
