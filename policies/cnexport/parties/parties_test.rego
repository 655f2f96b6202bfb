package cnexport.parties_test

import data.cnexport.parties

# Screening of parties against the entity lists (parties/parties.rego), with the real listings:
# L3 Harris Technologies (control list, in force from 2025-01-02, never suspended), High Point
# Aerotechnologies (control list, suspended 2025-05-14 until 2026-11-10), American Photonics
# (measures stopped from 2025-08-12), ACT1 Federal (on both lists) and BAE Systems, Inc.
# (unreliable-entity list only).

_l3 := "cl-2025-01-02-02-l3-harris-technologies"

_entity(id) := data.cnexport.reference.index.entities[id]

_l3_match := {
	"list": "control_list",
	"entry_id": _l3,
	"name": "L3 Harris Technologies",
	"score": 1,
	"strength": "exact",
	"matched_on": "l3 harris technologies",
}

_base := {
	"export_date": "2026-12-01",
	"parties": [
		{"role": "consignee", "name": "Great Lakes Motor Works Inc.", "country": "US"},
		{
			"role": "end_user",
			"name": "Hudson Precision Components LLC",
			"country": "US",
			"owners": [{"name": "L3 Harris Technologies", "share": 0.5, "country": "US"}],
		},
	],
}

_with_share(share) := json.patch(_base, [{"op": "replace", "path": "/parties/1/owners/0/share", "value": share}])

# ---- when a listing counts -------------------------------------------------------------------

test_listing_in_force_from_its_effective_date if {
	not parties.listing_in_force(_entity(_l3), "2025-01-01")
	parties.listing_in_force(_entity(_l3), "2025-01-02")
	parties.listing_in_force(_entity(_l3), "2026-12-01")
}

test_suspended_listing_counts_before_and_from_the_end_of_its_suspension if {
	high_point := _entity("cl-2025-04-04-01-high-point-aerotechnologies")
	parties.listing_in_force(high_point, "2025-05-13")
	not parties.listing_in_force(high_point, "2025-05-14")
	not parties.listing_in_force(high_point, "2026-11-09")
	parties.listing_in_force(high_point, "2026-11-10")
}

test_listing_whose_measures_stopped_no_longer_counts if {
	photonics := _entity("cl-2025-04-09-01-american-photonics")
	not parties.listing_in_force(photonics, "2025-04-09")
	parties.listing_in_force(photonics, "2025-04-10")
	not parties.listing_in_force(photonics, "2025-05-14")
	not parties.listing_in_force(photonics, "2025-08-12")
	not parties.listing_in_force(photonics, "2026-12-01")
}

test_suspension_without_an_end_lasts if {
	entity := {"effective_from": "2025-01-02", "suspended_from": "2025-06-01", "suspended_until": null}
	parties.listing_in_force(entity, "2025-05-31")
	not parties.listing_in_force(entity, "2030-01-01")
	not parties.listing_in_force(object.remove(entity, ["suspended_until"]), "2030-01-01")
}

# ---- names and keys --------------------------------------------------------------------------

test_keys_of_drops_empty_keys if {
	parties.keys_of(["L3 Harris Technologies", "--", "L3-Harris  technologies"]) == {"l3 harris technologies"}
}

test_party_names_include_chinese_name_and_aliases if {
	party := {"role": "end_user", "name": "A Co.", "name_zh": "甲公司", "aliases": ["A Company", "AC"], "country": "US"}
	parties.party_names(party) == ["A Co.", "甲公司", "A Company", "AC"]
	parties.party_names({"role": "end_user", "name": "A Co.", "country": "US"}) == ["A Co."]
}

test_exact_match_by_english_name if {
	parties.exact_matches(["L3 Harris Technologies"], "2026-12-01") == {_l3_match}
}

test_exact_match_by_chinese_name if {
	parties.exact_matches(["L3哈里斯公司"], "2026-12-01") == {object.union(_l3_match, {"matched_on": "l3哈里斯公司"})}
}

test_exact_match_ignores_punctuation_and_case if {
	parties.exact_matches(["l3-harris, technologies"], "2026-12-01") == {_l3_match}
}

test_exact_match_by_alias if {
	{m.entry_id | some m in parties.exact_matches(["Gibbs&Cox, Inc."], "2025-10-09")} == {"cl-2025-03-04-02-gibbs-cox-inc"}
	parties.exact_matches(["Gibbs&Cox, Inc."], "2025-11-10") == set()
}

test_exact_match_on_both_lists if {
	{[m.list, m.entry_id] | some m in parties.exact_matches(["ACT1 Federal"], "2025-04-10")} == {
		["control_list", "cl-2025-04-04-16-act1-federal"],
		["unreliable_entity_list", "uel-2025-03-04-08-act1-federal"],
	}
}

test_no_match_for_a_similar_but_different_name if {
	parties.exact_matches(["L3 Harris Technologies Japan"], "2026-12-01") == set()
	parties.exact_matches(["Harris Technologies"], "2026-12-01") == set()
}

test_no_match_while_the_listing_is_suspended if {
	parties.exact_matches(["High Point Aerotechnologies"], "2026-03-02") == set()
	count(parties.exact_matches(["High Point Aerotechnologies"], "2026-11-10")) == 1
}

# ---- matches of a party, through owners ------------------------------------------------------

test_ownership_threshold_is_50_percent if {
	parties.ownership_threshold == 0.5
}

test_owner_at_exactly_50_percent_is_a_match_via_the_owner if {
	parties.matches(1, "2026-12-01", 0.5) == {object.union(_l3_match, {"via": "L3 Harris Technologies", "share": 0.5})} with input as _base
}

test_owner_at_49_99_percent_is_no_match if {
	parties.matches(1, "2026-12-01", 0.5) == set() with input as _with_share(0.4999)
}

test_owner_at_100_percent_is_a_match if {
	m := parties.matches(1, "2026-12-01", 0.5) with input as _with_share(1)
	{[x.via, x.share] | some x in m} == {["L3 Harris Technologies", 1]}
}

test_owner_share_is_compared_exactly_in_decimal if {
	parties.matches(1, "2026-12-01", 0.5) == set() with input as _with_share(0.49999999999999999999)
	count(parties.matches(1, "2026-12-01", 0.5)) == 1 with input as _with_share(0.50000000000000000000)
}

test_party_without_listed_names_or_owners_has_no_match if {
	parties.matches(0, "2026-12-01", 0.5) == set() with input as _base
}

test_party_listed_itself_and_through_an_owner_has_both_matches if {
	doc := json.patch(_base, [{"op": "replace", "path": "/parties/1/name", "value": "BAE Systems, Inc."}])
	{[m.list, m.entry_id, object.get(m, "via", "")] | some m in parties.matches(1, "2026-12-01", 0.5)} == {
		["unreliable_entity_list", "uel-2025-10-09-08-bae-systems-inc", ""],
		["control_list", _l3, "L3 Harris Technologies"],
	} with input as doc
}

test_owner_listing_not_in_force_gives_no_match if {
	doc := json.patch(_base, [{"op": "replace", "path": "/parties/1/owners/0/name", "value": "High Point Aerotechnologies"}])
	parties.matches(1, "2026-03-02", 0.5) == set() with input as doc
}
