"""The two normalisers agree: the data build's (cnexport.names) keys every listed name, OPA's
(lib.name_parts) keys the names it screens; a listing is found only if both give the same key."""

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
VARIANTS = ["ＥＰＩＲＵＳ，ＩＮＣ．", "Société Générale S.A.", "洛克希德 · 马丁 公司", "株式会社三菱造船", "İstanbul Straße",
            "Gibbs&Cox", "特勵達菲力爾公司", "TechInsights Europe Sp. z o.o.", "", "...", "Ａ\u3000Ｂ"]


@pytest.fixture(scope="module")
def opa():
    """An OPA of these tests' own, open to /v1/query (which the sidecar refuses) to call Rego functions."""
    with OpaServer(locked=False) as server:
        yield server


def opa_query(opa, query: str, input_document) -> dict:
    response = requests.post(f"{opa.url}/v1/query", json={"query": query, "input": input_document}, timeout=60)
    response.raise_for_status()
    return response.json()["result"][0]


def test_every_listed_name_and_alias_has_the_same_key_and_tokens_in_python_and_in_opa(opa):
    assert len(LISTED) > 250
    rego = opa_query(opa, "x := {n: [data.cnexport.lib.parts_key(p), data.cnexport.lib.parts_joined_key(p), sort(data.cnexport.lib.parts_tokens(p))] | "
                          "some n in input.names; p := data.cnexport.lib.name_parts(n)}",
                     {"names": LISTED + VARIANTS})["x"]
    for name in LISTED + VARIANTS:
        parts = names.parts(name, TABLES)
        assert rego[name] == [parts.key(), parts.joined_key(), sorted(parts.tokens())], name


def test_the_index_scores_every_listed_name_with_the_tokens_of_its_key(opa):
    records = REFERENCE["index"]["entities"]
    stored = [name for record in records.values() for name in record["names"]]
    rego = opa_query(opa, "x := [sort(data.cnexport.lib.listed_tokens(n)) | some n in input.stored]", {"stored": stored})["x"]
    expected = {}
    for entity in ENTITIES:
        for name in databuild.entity_names(entity):
            parts = names.parts(name, TABLES)
            if parts.key():
                expected[(" ".join(sorted(set(parts.words))), parts.unspaced)] = sorted(parts.tokens())
    assert rego == [expected[tuple(n)] for n in stored]


def test_the_typo_index_and_opa_agree_on_which_words_are_read_and_their_deletions(opa):
    """Every listed token, and a few that must not be read (short, with a digit, non-Latin), gets the
    same eligibility and the same one-deletion variants in Python (the data build) and in OPA."""
    matching = TABLES["matching"]
    words = sorted(REFERENCE["index"]["entity_tokens"]) + ["tcam", "skyd10", "straße", "三菱造船重工", "épirus"]
    rego = opa_query(opa, "x := {w: [data.cnexport.parties.typo_eligible(w), sort(data.cnexport.parties.deletions(w))] | "
                          "some w in input.words; data.cnexport.parties.typo_eligible(w)} ", {"words": words})["x"]
    assert rego == {w: [True, sorted(names.deletions(w))] for w in words if names.typo_eligible(w, matching)}
    assert not names.typo_eligible("tcam", matching) and not names.typo_eligible("skyd10", matching)


def test_every_listed_name_has_a_key_and_every_listing_a_record():
    assert all(names.name_key(n, TABLES) for n in LISTED)
    assert set(REFERENCE["index"]["entities"]) == {e["id"] for e in ENTITIES}


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
