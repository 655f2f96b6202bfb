"""Screening one party through POST /v1/data/cnexport/screen: spellings that must meet, names that
must not, possible matches, every listing's dates, ownership at the threshold, invalid requests,
and the `cnexport screen` command."""

import datetime
import json
import subprocess
import sys

import pytest
import requests
import yaml
from conftest import auth, cli_env
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from cnexport.opa import free_port
from cnexport.paths import ROOT, SCHEMAS

ENTITIES = yaml.safe_load((ROOT / "data" / "entities.yaml").read_text(encoding="utf-8"))["entities"]

_SCHEMAS = [json.loads((SCHEMAS / n).read_text(encoding="utf-8")) for n in ("screen-result.schema.json", "decision.schema.json")]
ANSWER = Draft202012Validator(
    _SCHEMAS[0],
    format_checker=FormatChecker(),
    registry=Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in _SCHEMAS]),
)


@pytest.fixture(scope="session")
def screen(client):
    """Screen a request (a dict, or JSON text sent as is); every answer is checked against its schema."""

    def run(request) -> dict:
        raw = request.encode() if isinstance(request, str) else json.dumps(request, ensure_ascii=False).encode()
        answer = client.screen(raw)
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in ANSWER.iter_errors(answer)]
        assert not problems, problems
        return answer

    return run


def strength_of(answer, entry_id):
    return next((m["strength"] for m in answer["matches"] if m["entry_id"] == entry_id), None)


# ---- spelling variants ----------------------------------------------------------------------------

EPIRUS, AERONAUTICS = "uel-2025-10-09-04-epirus-inc", "uel-2025-01-02-02-lockheed-martin-aeronautics"
MATCH, POSSIBLE, NONE = "exact", "possible", None

# (name the party is given, listing expected, strength expected, date); a row with NONE expects no
# match at all.
VARIANTS = [
    ("EPIRUS INC", EPIRUS, MATCH, "2025-10-15"),  # case
    ("epirus, incorporated", EPIRUS, MATCH, "2025-10-15"),  # Incorporated
    ("Epirus Inc.", EPIRUS, MATCH, "2025-10-15"),  # Inc.
    ("Epirus Inc", EPIRUS, MATCH, "2025-10-15"),  # Inc
    ("Epirus LLC", EPIRUS, MATCH, "2025-10-15"),  # another legal form
    ("ＥＰＩＲＵＳ，ＩＮＣ．", EPIRUS, MATCH, "2025-10-15"),  # full-width
    ("Martin Lockheed Aeronautics", AERONAUTICS, MATCH, "2025-10-15"),  # word order
    ("Lockheed-Martin  Aeronautics!", AERONAUTICS, MATCH, "2025-10-15"),  # punctuation and spacing
    ("洛克希德·馬丁航空公司", AERONAUTICS, MATCH, "2025-10-15"),  # Traditional characters
    ("洛克希德马丁航空", AERONAUTICS, MATCH, "2025-10-15"),  # no dot, no company form
    ("漢翔航空工業股份有限公司", "cl-2025-07-09-01-aerospace-industrial-development-corp", MATCH, "2025-10-15"),
    ("伊比鲁斯公司", EPIRUS, MATCH, "2025-10-15"),  # the Chinese name alone
    ("特勵達菲力爾", "uel-2025-10-09-09-teledyne-flir-llc", MATCH, "2025-10-15"),
    ("Gibbs and Cox Incorporated", "cl-2025-03-04-02-gibbs-cox-inc", MATCH, "2025-10-15"),
    ("L3Harris Technologies", "cl-2025-01-02-02-l3-harris-technologies", MATCH, "2025-10-15"),
    ("TechInsights Europe Sp. z o.o.", "uel-2025-10-09b-02-techinsights-europe-sp-zo-o", MATCH, "2025-10-15"),
    ("Aero Vironment, Inc.", "uel-2025-10-09-05-aerovironment-inc", MATCH, "2025-10-15"),
    ("IHI Aerospace Company Limited", "cl-2026-02-24-12-ihi-aerospace-co-ltd", MATCH, "2026-03-02"),
    ("三菱造船", "cl-2026-02-24-01-mitsubishi-heavy-industries-shipbuilding-co", MATCH, "2026-03-02"),
    ("Neros Technology", "cl-2025-03-04-10-neros-technologies", MATCH, "2025-10-15"),
    ("Pacific Rim Defence", "cl-2025-01-02-25-pacific-rim-defense", MATCH, "2025-10-15"),
    ("Huntington Ingalls Shipbuilding", "cl-2025-09-25-01-huntington-ingalls-industries-inc", POSSIBLE, "2025-10-15"),
    ("國家中山科學研究院", "cl-2025-07-09-03-national-chung-shan-institute-of-science-technol", POSSIBLE, "2025-10-15"),
    ("台灣國際造船股份有限公司", "cl-2025-07-09-05-csbc-corporation-taiwan", POSSIBLE, "2025-10-15"),
    ("Skydio Robotics", "cl-2025-03-04-05-skydio-inc", POSSIBLE, "2025-10-15"),
    ("Lockheed Martin Space", "cl-2025-01-02-06-lockheed-martin-corporation", POSSIBLE, "2025-10-15"),
    ("Teledyne FLIR Systems", "uel-2025-10-09-09-teledyne-flir-llc", POSSIBLE, "2025-10-15"),
    ("Echodyne Labs", "cl-2025-04-09-03-echodyne", POSSIBLE, "2025-04-15"),
    ("Cubic Defense Systems", "uel-2025-10-09-11-cubic-global-defense", POSSIBLE, "2025-10-15"),
    ("Systems", None, NONE, "2025-10-15"),  # a short common word
    ("Global", None, NONE, "2025-10-15"),
    ("Technologies Inc", None, NONE, "2025-10-15"),
    ("Sierra", None, NONE, "2025-10-15"),  # one word of a two-word name
    ("系统公司", None, NONE, "2025-10-15"),
    ("General Motors", None, NONE, "2025-10-15"),  # a different company sharing one word
    ("Sierra Club", None, NONE, "2025-10-15"),
    ("Boeing Commercial Airplanes", None, NONE, "2025-10-15"),
    ("Teledyne Technologies", None, NONE, "2025-10-15"),
    ("通用汽车公司", None, NONE, "2025-10-15"),  # shares 通用 with General Dynamics
]
EXPECTED_COUNTS = {MATCH: 21, POSSIBLE: 8, NONE: 10}


@pytest.mark.parametrize("name,entry_id,strength,date", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_spelling_variant(screen, name, entry_id, strength, date):
    answer = screen({"name": name, "date": date})
    if strength is NONE:
        assert (answer["outcome"], answer["matches"]) == ("NO_MATCH", [])
    else:
        assert strength_of(answer, entry_id) == strength, answer["matches"]
        assert answer["outcome"] == ("MATCH" if strength == MATCH else "POSSIBLE_MATCH")


def test_variant_counts():
    counts = {s: sum(1 for v in VARIANTS if v[2] is s) for s in (MATCH, POSSIBLE, NONE)}
    assert counts == EXPECTED_COUNTS


def test_a_possible_match_gives_its_score_and_shared_tokens(screen):
    answer = screen({"name": "Huntington Ingalls Shipbuilding", "date": "2025-10-15"})
    assert [(m["entry_id"], m["score"], m["tokens"], m["matched_on"], m["status"]["state"]) for m in answer["matches"]] == [
        ("cl-2025-09-25-01-huntington-ingalls-industries-inc", 0.5, ["huntington", "ingalls"], "huntington industry ingalls", "in_force"),
        ("uel-2025-03-04-04-huntington-ingalls-industries-inc", 0.5, ["huntington", "ingalls"], "huntington industry ingalls", "in_force"),
    ]


# ---- every listing's dates ------------------------------------------------------------------------


def _day(date: str, delta: int) -> str:
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=delta)).isoformat()


def _status(entity, date) -> dict:
    """Half-open: [effective_from, ...), suspensions [from, until), stops from their day (I-LISTING-DATES)."""
    if date < entity["effective_from"]:
        return {"state": "not_yet_in_force", "from": entity["effective_from"]}
    if entity.get("measures_stopped_from") and entity["measures_stopped_from"] <= date:
        return {"state": "stopped", "from": entity["measures_stopped_from"]}
    if (
        entity["suspended_from"]
        and entity["suspended_from"] <= date
        and (not entity["suspended_until"] or date < entity["suspended_until"])
    ):
        return {
            "state": "suspended",
            "from": entity["suspended_from"],
            **({"suspended_until": entity["suspended_until"]} if entity["suspended_until"] else {}),
        }
    return {"state": "in_force", "from": entity["effective_from"]}


def _boundaries(entity) -> list[str]:
    dates = [entity[k] for k in ("effective_from", "suspended_from", "suspended_until", "measures_stopped_from") if entity.get(k)]
    return sorted({d for date in dates for d in (_day(date, -1), date)})


@pytest.mark.parametrize("entity", ENTITIES, ids=[e["id"] for e in ENTITIES])
def test_both_sides_of_every_date_of_every_listing(screen, entity):
    """A listing is a match on every date, with its status on that date: in force on one side of a
    date and not on the other."""
    seen = {}
    for date in _boundaries(entity):
        answer = screen({"name": entity["name_en"], "date": date})
        found = [m for m in answer["matches"] if m["entry_id"] == entity["id"]]
        assert [m["strength"] for m in found] == [MATCH] and answer["outcome"] == "MATCH"
        seen[date] = found[0]["status"]
    assert seen == {date: _status(entity, date) for date in seen}
    assert len(seen) >= 2 and "in_force" in {s["state"] for s in seen.values()} and len({s["state"] for s in seen.values()}) >= 2


def test_the_dates_sweep_reaches_every_kind_of_date():
    kinds = {k for e in ENTITIES for k in ("suspended_from", "suspended_until", "measures_stopped_from") if e.get(k)}
    assert kinds == {"suspended_from", "suspended_until", "measures_stopped_from"}


def test_a_suspended_listing_is_a_match_said_to_be_suspended(screen):
    answer = screen({"name": "Insitu, Inc.", "date": "2025-06-01"})
    assert answer["outcome"] == "MATCH"
    assert [(m["entry_id"], m["strength"], m["status"]) for m in answer["matches"]] == [
        ("cl-2025-04-09-12-insitu-inc", "exact", {"state": "suspended", "from": "2025-05-14", "suspended_until": "2025-08-12"}),
        ("uel-2025-04-04-11-insitu-inc", "exact", {"state": "suspended", "from": "2025-05-14", "suspended_until": "2026-11-10"}),
    ]
    assert {(w["code"], w["measure"]) for w in answer["warnings"]} == {
        ("LISTING_NOT_IN_FORCE", "UEL-2025-04-04"),
        ("LISTING_NOT_IN_FORCE", "MOFCOM-2025-22"),
    }


# ---- ownership ------------------------------------------------------------------------------------


@pytest.mark.parametrize("share,reaches", [("0.4999", False), ("0.49999999999999999999", False), ("0.5", True), ("0.6", True)])
def test_an_owner_reaches_the_party_from_half(screen, share, reaches):
    answer = screen(
        '{"name": "Acme Optics", "date": "2025-10-15", "owners": [{"name": "Leidos Inc.", "share": SHARE}]}'.replace("SHARE", share)
    )
    if reaches:
        assert [(m["entry_id"], m["via"]) for m in answer["matches"]] == [("cl-2025-03-04-01-leidos", "Leidos Inc.")]
        assert answer["outcome"] == "MATCH"
    else:
        assert answer["matches"] == [] and answer["outcome"] == "NO_MATCH"
        assert [w["code"] for w in answer["warnings"]] == ["LISTED_OWNER_BELOW_THRESHOLD"]


# ---- what is not a request ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        '"Epirus"',
        "[]",
        "null",
        "{}",
        '{"name": ""}',
        '{"name": 5}',
        '{"name": "Epirus", "date": "2025-13-01"}',
        '{"name": "Epirus", "owners": "all"}',
        '{"name": "Epirus", "extra": true}',
    ],
)
def test_garbage_gets_invalid_input_never_no_match(screen, request_text):
    answer = screen(request_text)
    assert answer["outcome"] == "INVALID_INPUT" and answer["errors"] and answer["matches"] == []


def test_no_input_at_all_is_invalid(opa):
    answer = requests.post(f"{opa.url}/v1/data/cnexport/screen", json={}, headers=auth(opa), timeout=30).json()["result"]
    assert answer["outcome"] == "INVALID_INPUT"
    assert answer["errors"] == [{"path": "", "message": "the request must be a JSON object, not null"}]


def _beijing_today() -> str:
    return (datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=8)).date().isoformat()


def test_without_a_date_the_party_is_screened_today_in_beijing(screen):
    # Read before and after: the day may turn while OPA answers.
    before = _beijing_today()
    answer = screen({"name": "Epirus"})
    assert answer["date"] in {before, _beijing_today()}


# ---- the command line -----------------------------------------------------------------------------


def cli(*args, server=None):
    return subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "screen", *args], capture_output=True, text=True, timeout=120, env=cli_env(server)
    )


def test_cli_screens_and_prints_the_match(opa):
    run = cli("Epirus Incorporated", "--date", "2025-10-15", "--country", "US", "--opa-url", opa.url, server=opa)
    assert run.returncode == 0, run.stderr
    assert "screened on 2025-10-15: MATCH" in run.stdout
    assert "exact match uel-2025-10-09-04-epirus-inc (Epirus, Inc.) on the unreliable_entity_list, in force:" in run.stdout


def test_cli_prints_a_suspended_listing_with_its_status_and_a_typo_with_its_reading(opa):
    run = cli("Skydeo Inc.", "--date", "2025-10-15", "--opa-url", opa.url, server=opa)
    assert run.returncode == 0, run.stderr
    assert "screened on 2025-10-15: POSSIBLE_MATCH" in run.stdout
    text = " ".join(run.stdout.split())
    assert "(Skydio Inc.) on the unreliable_entity_list, suspended from 2025-05-14 until 2026-11-10" in text
    assert "'skydeo' read as 'skydio'" in text


def test_cli_json_with_aliases_and_owners_keeps_the_share_exact(opa):
    run = cli(
        "Acme Optics",
        "--alias",
        "Acme",
        "--name-zh",
        "阿克米光学",
        "--owner",
        "Leidos Inc.=0.49999999999999999999",
        "--date",
        "2025-10-15",
        "--json",
        "--opa-url",
        opa.url,
        server=opa,
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert (answer["outcome"], answer["keys"]) == ("NO_MATCH", ["acme", "acme optics", "阿克米光学"])
    assert [w["code"] for w in answer["warnings"]] == ["LISTED_OWNER_BELOW_THRESHOLD"]


def test_cli_refuses_an_invalid_request_and_a_bad_owner(opa):
    run = cli("Epirus", "--date", "2025-02-30", "--opa-url", opa.url, server=opa)
    assert run.returncode == 2 and run.stdout == "" and "/date" in run.stderr
    run = cli("Epirus", "--owner", "Leidos=1.5", "--opa-url", opa.url, server=opa)
    assert run.returncode == 2 and "NAME=SHARE" in run.stderr


def test_cli_without_opa_is_an_error_not_an_answer():
    run = cli("Epirus", "--opa-url", f"http://127.0.0.1:{free_port()}")
    assert run.returncode == 2 and run.stdout == "" and "cannot be reached" in run.stderr


# ---- one typo inside a word -------------------------------------------------------------------------

SKYDIO_CL = "cl-2025-03-04-05-skydio-inc"


@pytest.mark.parametrize(
    "name,token",
    [
        ("Skydeo Inc.", "skydeo"),  # a letter replaced
        ("Skydo Inc.", "skydo"),  # a letter missing
        ("Skyddio Inc.", "skyddio"),  # a letter too many
        ("Skdyio Inc.", "skdyio"),  # two neighbours swapped
    ],
)
def test_one_typo_in_a_word_is_a_possible_match_that_says_how_it_was_read(screen, name, token):
    answer = screen({"name": name, "date": "2025-10-15"})
    [match] = [m for m in answer["matches"] if m["entry_id"] == SKYDIO_CL]
    assert (answer["outcome"], match["strength"], match["read_as"], match["tokens"], match["score"]) == (
        "POSSIBLE_MATCH",
        "possible",
        [{"token": token, "listed_token": "skydio"}],
        ["skydio"],
        1,
    )
    assert answer["keys"] == [token]


@pytest.mark.parametrize(
    "name",
    [
        "Skydeoo Inc.",  # two typos
        "Sxydeo Inc.",  # two letters replaced
        "TCAM Limited Partnership",  # one letter of a four-letter word (TCOM): too short to be read through a typo
    ],
)
def test_more_than_one_typo_or_a_short_word_is_no_match(screen, name):
    answer = screen({"name": name, "date": "2025-10-15"})
    assert (answer["outcome"], answer["matches"]) == ("NO_MATCH", [])


def test_a_short_word_still_matches_exactly(screen):
    answer = screen({"name": "TCOM Limited Partnership", "date": "2025-10-15"})
    assert answer["outcome"] == "MATCH"
    assert {m["entry_id"] for m in answer["matches"]} == {
        "cl-2025-04-04-14-tcom-limited-partnership",
        "uel-2025-03-04-01-tcom-limited-partnership",
    }


def test_a_typo_reading_counts_in_the_score_of_a_longer_name(screen):
    # Huntington Ingals: one typo in "ingalls"; two of the three listed words, read or shared.
    answer = screen({"name": "Huntington Ingals Shipbuilding", "date": "2025-10-15"})
    match = next(m for m in answer["matches"] if m["entry_id"] == "cl-2025-09-25-01-huntington-ingalls-industries-inc")
    assert (match["strength"], match["score"], match["tokens"], match["read_as"]) == (
        "possible",
        0.5,
        ["huntington", "ingalls"],
        [{"token": "ingals", "listed_token": "ingalls"}],
    )


def test_the_typo_index_is_built_from_the_listed_tokens_only():
    data = json.loads((ROOT / "build" / "data" / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))
    typos, tokens = data["index"]["listings"]["typos"], data["index"]["listings"]["tokens"]
    assert typos["skydo"] == ["skydio"]
    assert all(t in tokens and len(t) >= 5 and not any(c.isdigit() for c in t) for ts in typos.values() for t in ts)
    assert "tco" not in typos and "tcm" not in typos
