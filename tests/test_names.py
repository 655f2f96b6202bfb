"""One normaliser: lib/names/names.rego keys the names OPA screens, and the data build keys every listed
name with it too (cnexport.names.rego_parts, through opa eval); a listing is found only if both give
the same key. These tests read the index the data build wrote and ask OPA what its normaliser gives."""

import json

import pytest
import requests
import yaml

from cnexport import databuild, names
from cnexport.opa import OpaServer
from cnexport.paths import DATA_OUT, ROOT

ENTITIES = yaml.safe_load((ROOT / "data" / "entities.yaml").read_text(encoding="utf-8"))["entities"]
LISTED = sorted({n for e in ENTITIES for n in databuild.entity_names(e)})
REFERENCE = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))
TABLES = REFERENCE["index"]["names"]
# Spellings a shipment document may use, beside the listed ones.
VARIANTS = [
    "ＥＰＩＲＵＳ，ＩＮＣ．",
    "Société Générale S.A.",
    "洛克希德 · 马丁 公司",
    "株式会社三菱造船",
    "İstanbul Straße",
    "Gibbs&Cox",
    "特勵達菲力爾公司",
    "TechInsights Europe Sp. z o.o.",
    "",
    "...",
    "Ａ\u3000Ｂ",
]


@pytest.fixture(scope="module")
def opa():
    """An OPA of these tests' own, open to /v1/query (which the sidecar refuses) to call Rego functions."""
    with OpaServer(locked=False) as server:
        yield server


def opa_query(opa, query: str, input_document) -> dict:
    response = requests.post(f"{opa.url}/v1/query", json={"query": query, "input": input_document}, timeout=60)
    response.raise_for_status()
    return response.json()["result"][0]


def _opa_parts(opa, names_list) -> dict:
    return opa_query(
        opa,
        'x := {n: [data.cnexport.lib.names.parts_key(p), [k | k := data.cnexport.lib.names.parts_joined_key(p); k != ""], '
        "p.words, p.unspaced, sort(data.cnexport.lib.names.parts_tokens(p))] | "
        "some n in input.names; p := data.cnexport.lib.names.name_parts(n)}",
        {"names": names_list},
    )["x"]


def test_every_listed_name_and_alias_stands_in_the_index_under_the_keys_opa_gives_it(opa):
    assert len(LISTED) > 250
    parted = _opa_parts(opa, LISTED)
    listings = REFERENCE["index"]["listings"]
    keys = {k: [n] if isinstance(n, str) else n for k, n in listings["keys"].items()}
    assert all(len(n) > 1 for n in listings["keys"].values() if isinstance(n, list))
    for entity in ENTITIES:
        number = listings["numbers"][entity["id"]]
        for name in databuild.entity_names(entity):
            key, joined, _, _, _ = parted[name]
            assert key and number in keys[key], name
            assert all(number in keys[k] for k in joined), name
    listed_keys = {k for key, joined, _, _, _ in parted.values() for k in [key, *joined]}
    assert set(keys) == listed_keys


def test_the_build_keys_names_with_the_rego_normaliser(opa):
    """cnexport.names.rego_parts runs lib/names/names.rego itself: what it gives is what OPA's server gives."""
    parted = _opa_parts(opa, LISTED + VARIANTS)
    built = names.rego_parts(LISTED + VARIANTS, TABLES)
    assert {
        n: [p.key, [p.joined_key] if p.joined_key else [], list(p.words), p.unspaced, sorted(p.tokens)] for n, p in built.items()
    } == parted
    assert built["ＥＰＩＲＵＳ，ＩＮＣ．"].key == "epirus" and built["特勵達菲力爾公司"].unspaced == "特励达菲力尔"
    assert [built["Gibbs&Cox"].words, built["Gibbs&Cox"].joined_key] == [("gibbs", "and", "cox"), "gibbsandcox"]
    assert built[""].key == "" and built["..."].key == ""


def test_the_index_scores_every_listed_name_with_the_tokens_of_its_key(opa):
    rows = REFERENCE["index"]["listings"]["rows"]
    stored = [name.split("\t") for row in rows.values() for name in row[3].split("\n")]
    rego = opa_query(opa, "x := [sort(data.cnexport.lib.names.listed_tokens(n)) | some n in input.stored]", {"stored": stored})["x"]
    parted = _opa_parts(opa, LISTED)
    expected = {(" ".join(sorted(set(words))), unspaced): tokens for _, _, words, unspaced, tokens in parted.values()}
    assert rego == [expected[tuple(n)] for n in stored]


def test_the_typo_index_holds_every_deletion_opa_reads_a_listed_token_through(opa):
    """Every listed token screening may read through a typo stands in the typo index under each of its
    one-deletion variants; a token it may not (short, with a digit) stands under none."""
    tokens = sorted(REFERENCE["index"]["listings"]["tokens"])
    rego = opa_query(
        opa,
        "x := {w: sort(data.cnexport.parties.deletions(w)) | some w in input.words; data.cnexport.parties.typo_eligible(w)}",
        {"words": tokens},
    )["x"]
    typos = REFERENCE["index"]["listings"]["typos"]
    assert len(rego) > 100
    for token, variants in rego.items():
        assert all(token in typos[v] for v in variants), token
    assert {t for listed in typos.values() for t in listed} == set(rego)
    formats = REFERENCE["index"]["listings"]["deletion_formats"]
    assert names.typo_variants(["tcam", "skyd10", "epirus"], TABLES, formats) == {
        "epirus": ["eirus", "epirs", "epiru", "epius", "eprus", "pirus"]
    }


def test_the_deletion_formats_leave_out_each_character_in_turn_up_to_one_more_than_the_longest_token():
    assert names.deletion_formats(3) == {"2": "%[2]s\t%[1]s", "3": "%[2]s%[3]s\t%[1]s%[3]s\t%[1]s%[2]s"}
    listings = REFERENCE["index"]["listings"]
    longest = max(len(t) for t in listings["tokens"])
    assert sorted(map(int, listings["deletion_formats"])) == list(range(2, longest + 2))


def test_every_listing_has_one_row_found_by_its_number():
    listings = REFERENCE["index"]["listings"]
    rows = [listings["rows"][str(n)] for n in range(len(ENTITIES))]
    assert len(listings["rows"]) == len(ENTITIES)
    assert [(row[0], row[1]) for row in rows] == [(e["id"], e["name_en"]) for e in ENTITIES]
    assert all(listings["rows"][n][0] == i for i, n in listings["numbers"].items())


def test_the_fields_listings_share_are_held_once_per_combination():
    listings = REFERENCE["index"]["listings"]
    groups = listings["groups"]
    assert len(groups) < len(listings["rows"]) / 5
    assert len({json.dumps(g, sort_keys=True) for g in groups}) == len(groups)
    for n, entity in enumerate(ENTITIES):
        row = listings["rows"][str(n)]
        group = groups[row[2]]
        assert (group["list"], group["announcement"], group["effective_from"]) == (
            entity["list"],
            entity["announcement"],
            entity["effective_from"],
        )
        assert group.get("suspended_until") == entity.get("suspended_until")
        assert group.get("no_measure", False) == (not entity["measures"])


def test_the_character_map_holds_the_full_width_forms_and_every_changed_character_of_the_listed_names():
    config = yaml.safe_load((ROOT / "data" / "names.yaml").read_text(encoding="utf-8"))
    t2s = yaml.safe_load((ROOT / "data" / "traditional_simplified.yaml").read_text(encoding="utf-8"))["characters"]
    char_map = TABLES["char_map"]
    for char in [chr(c) for c in range(0xFF01, 0xFF5F)] + ["\u3000"]:
        assert char_map[char] == names.map_character(char, config, t2s), hex(ord(char))
    assert (char_map["Ａ"], char_map["，"], char_map["．"], char_map["\u3000"]) == ("a", " ", "", " ")
    for char in {c for n in LISTED for c in n}:
        mapped = names.map_character(char, config, t2s)
        assert char_map.get(char, char) == mapped, repr(char)


@pytest.mark.parametrize("traditional,simplified", [("國", "国"), ("際", "际"), ("勵", "励"), ("爾", "尔"), ("衞", "卫")])
def test_traditional_characters_map_to_simplified(traditional, simplified):
    assert TABLES["char_map"][traditional] == simplified


def test_the_traditional_simplified_table_says_where_it_comes_from():
    table = yaml.safe_load((ROOT / "data" / "traditional_simplified.yaml").read_text(encoding="utf-8"))
    assert table["source"] == "https://github.com/BYVoid/OpenCC" and table["licence"] == "Apache-2.0"
    assert len(table["characters"]) > 3000
    assert not set(table["characters"].values()) & set(table["characters"]), "one step must reach the final form"


def test_a_listed_name_the_normaliser_gives_no_key_stops_the_data_build():
    sources = databuild.load_sources()
    entity = {**ENTITIES[0], "id": "keyless", "name_en": "...", "name_zh": None, "aliases": []}
    with pytest.raises(databuild.DataError, match=r"entity keyless: the name '\.\.\.' has no screening key"):
        databuild.screening_index(sources, [ENTITIES[0], entity])
