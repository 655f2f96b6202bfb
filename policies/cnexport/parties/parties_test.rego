package cnexport.parties_test

import data.cnexport.lib.names
import data.cnexport.parties

# ---- the listing index ----------------------------------------------------------------------------

test_a_listing_is_its_group_s_fields_and_its_name if {
	parties.listing("cl-2025-01-02-01-general-dynamics") == {
		"list": "control_list", "name": "General Dynamics", "announcement": "MOFCOM-2025-1",
		"document_no": "商务部公告2025年第1号", "effective_from": "2025-01-02",
		"effects": {"dual_use_export_ban": "1", "special_case_route": "2"},
	}
	not parties.listing("cl-2025-01-02-99-no-such-listing")
}

_index_of_two := {
	"groups": [{"list": "watch_list", "announcement": "X-1", "effective_from": "2025-01-01"}],
	"rows": {"0": ["wl-a", "Alpha Rotors", 0, "alpha rotor\t"], "1": ["wl-b", "Alpha Rotor Works", 0, "alpha rotor\t\nworks\t"]},
	"numbers": {"wl-a": "0", "wl-b": "1"},
	"keys": {"alpha rotor": ["0", "1"], "alpharotor": ["0", "1"], "works": "1"},
	"tokens": {"alpha": ["0", "1"], "rotor": ["0", "1"], "works": ["1"]},
	"typos": {},
}

test_a_key_finds_its_one_listing_or_each_of_those_that_share_it if {
	ids := {f.id: f.strength | some f in parties.found(["Alpha Rotor"])} with data.cnexport_reference.index.listings as _index_of_two
	ids == {"wl-a": "exact", "wl-b": "exact"}
	works := {f.id: f.strength | some f in parties.found(["Works"])} with data.cnexport_reference.index.listings as _index_of_two
	works == {"wl-b": "exact"}
}

# ---- dates of a listing ---------------------------------------------------------------------------

_suspended := {"effective_from": "2025-04-04", "suspended_from": "2025-05-14", "suspended_until": "2026-11-10"}

test_a_listing_applies_from_its_effective_date if {
	not parties.listing_in_force(_suspended, "2025-04-03")
	parties.listing_in_force(_suspended, "2025-04-04")
}

test_a_suspension_covers_from_its_first_day_to_the_day_before_its_end if {
	parties.listing_in_force(_suspended, "2025-05-13")
	not parties.listing_in_force(_suspended, "2025-05-14")
	not parties.listing_in_force(_suspended, "2026-11-09")
	parties.listing_in_force(_suspended, "2026-11-10")
}

test_a_suspension_without_an_end_lasts if {
	open_ended := {"effective_from": "2025-04-10", "suspended_from": "2025-05-14"}
	not parties.listing_in_force(open_ended, "2030-01-01")
}

test_stopped_measures_do_not_apply_from_the_stop_date if {
	stopped := {"effective_from": "2025-03-04", "measures_stopped_from": "2025-11-10"}
	parties.listing_in_force(stopped, "2025-11-09")
	not parties.listing_in_force(stopped, "2025-11-10")
}

test_why_a_listing_is_not_in_force if {
	parties.not_in_force_because(_suspended, "2025-04-03") == {
		"because": "its measures apply only from 2025-04-04",
		"because_zh": "其措施自2025-04-04起施行",
	}
	parties.not_in_force_because(_suspended, "2025-06-01") == {
		"because": "its measures are suspended from 2025-05-14 until 2026-11-10",
		"because_zh": "其措施自2025-05-14起暂停实施至2026-11-10",
	}
	open_ended := {"effective_from": "2025-04-10", "suspended_from": "2025-05-14"}
	parties.not_in_force_because(open_ended, "2025-06-01") == {
		"because": "its measures are suspended from 2025-05-14 until further notice",
		"because_zh": "其措施自2025-05-14起暂停实施至另行通知",
	}
	stopped := object.union(open_ended, {"suspended_until": "2025-08-12", "measures_stopped_from": "2025-08-12"})
	parties.not_in_force_because(stopped, "2025-09-01") == {
		"because": "its measures are stopped from 2025-08-12",
		"because_zh": "其措施自2025-08-12起停止实施",
	}
}

# ---- finding listings ------------------------------------------------------------------------------

_ids(found) := {f.id | some f in found}

test_exact_match_by_any_spelling if {
	some f in parties.found(["ＥＰＩＲＵＳ　ＩＮＣＯＲＰＯＲＡＴＥＤ"])
	f == {"id": "uel-2025-10-09-04-epirus-inc", "strength": "exact", "score": 1, "matched_on": "epirus"}
}

test_exact_match_by_the_chinese_name_alone_in_traditional_characters if {
	_ids(parties.found(["特勵達菲力爾公司"])) == {"uel-2025-10-09-09-teledyne-flir-llc"}
}

test_exact_match_by_the_joined_key if {
	some f in parties.found(["L3Harris Technologies"])
	f == {"id": "cl-2025-01-02-02-l3-harris-technologies", "strength": "exact", "score": 1, "matched_on": "l3harristechnology"}
}

test_possible_match_with_score_and_shared_tokens if {
	found := parties.found(["Huntington Ingalls Shipbuilding"])
	_ids(found) == {"uel-2025-03-04-04-huntington-ingalls-industries-inc", "cl-2025-09-25-01-huntington-ingalls-industries-inc"}
	every f in found {
		f.strength == "possible"
		f.score == 0.5
		f.tokens == ["huntington", "ingalls"]
		f.matched_on == "huntington industry ingalls"
	}
}

test_possible_match_by_chinese_bigrams if {
	some f in parties.found(["國家中山科學研究院"])
	f.id == "cl-2025-07-09-03-national-chung-shan-institute-of-science-technol"
	f.strength == "possible"
	f.score == 0.75
	count(f.tokens) == 6
}

test_a_listed_name_whole_in_a_longer_name_is_a_possible_match if {
	found := parties.found(["Skydio Robotics"])
	_ids(found) == {"uel-2025-04-04-01-skydio-inc", "cl-2025-03-04-05-skydio-inc"}
	every f in found {
		f.score == 0.5
	}
}

test_each_listing_names_its_own_key if {
	found := parties.found(["General Dynamics Systems"])
	{[f.id, f.strength, f.matched_on] | some f in found; startswith(f.id, "cl-2025-01-02-1")} == {
		["cl-2025-01-02-12-general-dynamics-ordnance-and-tactical-systems", "possible", "and dynamics general ordnance system tactical"],
		["cl-2025-01-02-14-general-dynamics-mission-systems", "possible", "dynamics general mission system"],
	}
	some exact in parties.found(["General Dynamics", "Lockheed Martin Corporation"])
	exact == {"id": "cl-2025-01-02-01-general-dynamics", "strength": "exact", "score": 1, "matched_on": "dynamics general"}
}

test_without_the_possible_search_only_the_exact_matches_are_found if {
	names := ["General Dynamics Systems", "General Dynamics"]
	{f.strength | some f in parties.found(names)} == {"exact", "possible"}
	exact := parties._found(parties._parts(names), false)
	exact == {f | some f in parties.found(names); f.strength == "exact"}
	count(exact) > 0
}

test_an_owner_below_the_threshold_shows_its_exact_matches_only if {
	owners := [{"name": "General Dynamics Systems", "share": 0.2}, {"name": "Leidos, Inc.", "share": 0.2}]
	screen := parties.screen(["Acme Components"], owners, "2025-06-01")
	{[m.entry_id, m.via] | some m in screen.owners_below_threshold} == {["cl-2025-03-04-01-leidos", "Leidos, Inc."]}
	screen.matches == set()
}

test_an_exact_match_is_not_also_reported_as_possible if {
	found := parties.found(["Lockheed Martin Aeronautics", "Lockheed Martin Aeronautic Company"])
	{f.strength | some f in found; f.id == "cl-2025-01-02-09-lockheed-martin-aeronautics"} == {"exact"}
}

test_names_that_must_not_match if {
	every name in [
		"Systems", "Technologies Inc", "Global", "Sierra", "Group", "Inc.", "国际", "系统公司",
		"General Motors", "Sierra Club", "Teledyne Technologies", "Boeing Commercial Airplanes", "Cubic Zirconia Jewellery Trading Co",
	] {
		count(parties.found([name])) == 0
	}
}

# ---- screening a party and its owners --------------------------------------------------------------

_leidos_owner(share) := [{"name": "Leidos, Inc.", "share": share}]

test_an_owner_at_half_reaches_the_party if {
	screen := parties.screen(["Acme Components"], _leidos_owner(0.5), "2025-06-01")
	screen.matches == {{
		"list": "control_list", "entry_id": "cl-2025-03-04-01-leidos", "name": "Leidos", "score": 1,
		"strength": "exact", "matched_on": "leidos", "via": "Leidos, Inc.", "share": 0.5,
		"status": {"state": "in_force", "from": "2025-03-04"},
	}}
	screen.owners_below_threshold == set()
}

test_an_owner_just_below_half_does_not if {
	screen := parties.screen(["Acme Components"], _leidos_owner(0.4999), "2025-06-01")
	screen.matches == set()
	{[m.entry_id, m.via, m.share] | some m in screen.owners_below_threshold} == {["cl-2025-03-04-01-leidos", "Leidos, Inc.", 0.4999]}
}

# The share is compared with the threshold exactly, however many digits it has.
test_an_owner_a_hair_from_half_is_on_the_side_its_digits_put_it if {
	below := parties.screen(["Acme Components"], _leidos_owner(0.49999999999999999999), "2025-06-01")
	below.matches == set()
	count(below.owners_below_threshold) == 1
	above := parties.screen(["Acme Components"], _leidos_owner(0.50000000000000000001), "2025-06-01")
	count(above.matches) == 1
	above.owners_below_threshold == set()
}

test_a_listing_not_in_force_is_reported_apart if {
	screen := parties.screen(["Skydio, Inc."], [], "2025-06-01")
	{m.entry_id | some m in screen.matches} == {"cl-2025-03-04-05-skydio-inc"}
	{[m.entry_id, m.because] | some m in screen.not_in_force} == {[
		"uel-2025-04-04-01-skydio-inc",
		"its measures are suspended from 2025-05-14 until 2026-11-10",
	]}
}

test_the_parties_of_a_shipment_are_screened_on_its_date if {
	shipment := {"export_date": "2025-06-01", "parties": [
		{"role": "consignee", "name": "Plain Trading Co", "country": "US"},
		{"role": "end_user", "name": "Plain Trading Co", "name_zh": "斯凯迪奥公司", "aliases": ["SD"], "country": "US"},
	]}
	parties.screened[0].matches == set() with input as shipment
	{m.entry_id | some m in parties.screened[1].matches} == {"cl-2025-03-04-05-skydio-inc"} with input as shipment
}

test_an_owner_whose_name_cannot_be_read_leaves_the_screening_undefined if {
	not parties.screen(["Acme"], [{"name": "Leidos", "share": 0.6}], "2025-06-01") with names.name_parts as _broken_on_leidos
}

_broken_on_leidos("Acme") := {"words": ["acme"], "unspaced": ""}

# ---- how matches are told -------------------------------------------------------------------------

test_listing_texts_name_the_owner if {
	party := {"name": "Acme", "role": "end_user"}
	m := {"name": "Leidos", "entry_id": "cl-x", "list": "control_list", "via": "Leidos, Inc.", "share": 0.6}
	parties.listing_texts(party, m, {"announcement": "MOFCOM-2025-13", "document_no": "商务部公告2025年第13号"}) == {
		"listing": concat("", [
			"Acme (end_user) is Leidos (cl-x) through its owner Leidos, Inc. (share 0.6) ",
			"on the export-control control list by MOFCOM-2025-13",
		]),
		"listing_zh": "Acme（end_user）为商务部公告2025年第13号列入出口管制管控名单的Leidos（cl-x）（通过持股0.6的股东Leidos, Inc.）",
	}
	parties.via_texts(m).via_text_zh == "（通过持股0.6的股东Leidos, Inc.）"
	parties.via_texts(object.remove(m, ["via"])) == {"via_text": "", "via_text_zh": ""}
}

test_possible_hold_says_what_would_apply if {
	party := {"name": "Huntington Ingalls Shipbuilding", "role": "end_user"}
	m := {
		"name": "Huntington Ingalls Industries, Inc.", "entry_id": "cl-y", "list": "control_list",
		"score": 0.5, "tokens": ["huntington", "ingalls"],
	}
	hold := parties.possible_hold(party, m, {"announcement": "MOFCOM-2025-51"}, "CONTROL_LIST_DUAL_USE_BAN")
	hold.code == "POSSIBLE_LISTED_PARTY"
	hold.measure == "MOFCOM-2025-51"
	hold.interpretation == "I-NAME-MATCHING"
	contains(hold.message_en, "possible match (score 0.5, shared tokens: huntington, ingalls)")
	contains(hold.message_en, "CONTROL_LIST_DUAL_USE_BAN applies")
}

# ---- one typo inside a word ------------------------------------------------------------------------

test_a_word_is_read_as_a_listed_token_one_typo_away if {
	parties.typo_readings("skydeo") == {"skydio"}
	parties.typo_readings("skydo") == {"skydio"}
	parties.typo_readings("skyddio") == {"skydio"}
	parties.typo_readings("skdyio") == {"skydio"}
	parties.typo_readings("skydeoo") == set()
}

test_short_words_and_words_with_digits_are_not_read_through_a_typo if {
	not parties.typo_eligible("tcam")
	parties.typo_eligible("tcamx")
	not parties.typo_eligible("skyd10")
	not parties.typo_readings("tcam")
}

test_typo_readings_are_for_the_eligible_words_only if {
	words := ["tcam", "tcamx", "skyd10", "skydeo", "skydio", "abcd9", "abcde"]
	{w | some w in words; parties.typo_readings(w)} == {w | some w in words; parties.typo_eligible(w)}
}

test_a_word_is_looked_up_as_itself_when_listed_else_as_its_typo_readings if {
	parties._readings("skydio") == [["skydio", "skydio"]]
	parties._readings("skydeo") == [["skydeo", "skydio"]]
	parties._readings("tcam") == []
	parties._readings("zzzzzzz") == []
}

test_the_deletions_of_a_word if {
	parties.deletions("abc") == {"bc", "ac", "ab"}
	parties.deletions("aab") == {"ab", "aa"}
	parties.deletions("öäü") == {"äü", "öü", "öä"}
}

# The data build gives deletions up to one character more than the longest listed token: a word that
# long is still read as the token; one more character, and no token is one typo away.
test_a_word_one_character_longer_than_the_longest_token_is_read_and_a_longer_one_has_no_deletions if {
	tokens := data.cnexport_reference.index.listings.tokens
	longest := max({count(t) | some t, _ in tokens})
	some token, _ in tokens
	count(token) == longest
	parties.typo_eligible(token)
	token in parties.typo_readings(concat("", [token, "x"]))
	count(parties.deletions(concat("", [token, "x"]))) > 0
	not parties.deletions(concat("", [token, "xy"]))
	parties.typo_readings(concat("", [token, "xy"])) == set()
}

test_a_typo_match_is_possible_and_says_how_it_was_read if {
	[m] := [m | some m in parties.found(["Skydeo Inc."]); m.id == "cl-2025-03-04-05-skydio-inc"]
	m == {
		"id": "cl-2025-03-04-05-skydio-inc", "strength": "possible", "score": 1, "matched_on": "skydio",
		"tokens": ["skydio"], "read_as": [{"token": "skydeo", "listed_token": "skydio"}],
	}
}

test_a_listing_status_on_each_side_of_its_dates if {
	parties.listing_status(_suspended, "2025-04-03") == {"state": "not_yet_in_force", "from": "2025-04-04"}
	parties.listing_status(_suspended, "2025-04-04") == {"state": "in_force", "from": "2025-04-04"}
	parties.listing_status(_suspended, "2025-05-13") == {"state": "in_force", "from": "2025-04-04"}
	parties.listing_status(_suspended, "2025-05-14") == {"state": "suspended", "from": "2025-05-14", "suspended_until": "2026-11-10"}
	parties.listing_status(_suspended, "2026-11-09") == {"state": "suspended", "from": "2025-05-14", "suspended_until": "2026-11-10"}
	parties.listing_status(_suspended, "2026-11-10") == {"state": "in_force", "from": "2025-04-04"}
	open_ended := {"effective_from": "2025-04-09", "suspended_from": "2025-05-14", "measures_stopped_from": "2025-08-12"}
	parties.listing_status(open_ended, "2025-08-11") == {"state": "suspended", "from": "2025-05-14"}
	parties.listing_status(open_ended, "2025-08-12") == {"state": "stopped", "from": "2025-08-12"}
}

# Matching data the engine cannot read leaves the screening undefined (the decision fails closed),
# never a screening without its possible matches.
test_a_missing_matching_threshold_leaves_the_screening_undefined if {
	parties.screen(["Acme Components"], [], "2025-12-01")
	index := json.remove(data.cnexport_reference.index, ["names/matching/possible_threshold_fraction"])
	not parties.screen(["Acme Components"], [], "2025-12-01") with data.cnexport_reference.index as index
}
