package cnexport.screening_test

import data.cnexport.screening

test_screen_exact_match if {
	s := screening.screen with input as {"name": "Ｅｐｉｒｕｓ　Ｉｎｃ．", "date": "2025-12-01", "country": "US"}
	[s.outcome, s.name, s.date, s.keys, s.errors, s.warnings] == ["MATCH", "Ｅｐｉｒｕｓ　Ｉｎｃ．", "2025-12-01", ["epirus"], [], []]
	s.matches == [{
		"list": "unreliable_entity_list", "entry_id": "uel-2025-10-09-04-epirus-inc", "name": "Epirus, Inc.",
		"score": 1, "strength": "exact", "matched_on": "epirus", "status": {"state": "in_force", "from": "2025-10-09"},
	}]
}

test_screen_possible_match if {
	s := screening.screen with input as {"name": "Huntington Ingalls Shipbuilding", "date": "2025-12-01"}
	s.outcome == "POSSIBLE_MATCH"
	[[m.entry_id, m.score, m.tokens, m.status.state] | some m in s.matches] == [
		["cl-2025-09-25-01-huntington-ingalls-industries-inc", 0.5, ["huntington", "ingalls"], "in_force"],
		["uel-2025-03-04-04-huntington-ingalls-industries-inc", 0.5, ["huntington", "ingalls"], "stopped"],
	]
}

test_screen_no_match if {
	s := screening.screen with input as {"name": "General Motors", "name_zh": "通用汽车", "aliases": ["GM"], "date": "2025-12-01"}
	[s.outcome, s.matches, s.keys] == ["NO_MATCH", [], ["general motors", "gm", "通用汽车"]]
}

test_screen_warns_of_listings_not_in_force_owners_below_half_and_unstated_measures if {
	s := screening.screen with input as {"name": "PVH Corp.", "date": "2025-06-01", "owners": [{"name": "Leidos", "share": 0.3}]}
	s.outcome == "MATCH"
	{w.code | some w in s.warnings} == {"LISTED_OWNER_BELOW_THRESHOLD", "UEL_LISTED_WITHOUT_MEASURE"}
	t := screening.screen with input as {"name": "Skydio Inc", "date": "2025-12-01"}
	{w.code | some w in t.warnings} == {"LISTING_NOT_IN_FORCE"}
	u := screening.screen with input as {"name": "Skydio Inc", "date": "2026-11-10"}
	{w.code | some w in u.warnings} == {"LISTING_DATA_INFERRED", "LISTING_NOT_IN_FORCE", "REFERENCE_DATA_NOT_VERIFIED"}
}

test_screen_through_an_owner if {
	s := screening.screen with input as {"name": "Acme Optics", "date": "2025-12-01", "owners": [{"name": "Epirus", "share": 0.5}]}
	[[m.entry_id, m.via, m.share] | some m in s.matches] == [["uel-2025-10-09-04-epirus-inc", "Epirus", 0.5]]
}

test_screen_without_a_date_uses_today_in_beijing if {
	s := screening.screen with input as {"name": "Epirus"} with time.now_ns as time.parse_rfc3339_ns("2025-12-01T17:00:00Z")
	s.date == "2025-12-02"
}

test_screen_that_the_engine_cannot_complete_says_so if {
	# the completeness check is bypassed: the engine itself must still say it could not screen
	s := screening.screen with input as {"name": "Epirus"}
		with data.cnexport_reference.index.names as {}
		with data.cnexport.validate.data_errors as set()
	[s.outcome, s.matches] == ["INVALID_INPUT", []]
	contains(s.errors[0].message, "the engine could not screen this request")
}

test_screen_refuses_what_is_not_a_request if {
	every request in ["Epirus", [], null, {}, {"name": ""}, {"name": 7}] {
		s := screening.screen with input as request
		s.outcome == "INVALID_INPUT"
		count(s.errors) > 0
		s.matches == []
	}
}

test_screen_reports_every_error if {
	s := screening.screen with input as {
		"name": "X", "date": "2025-02-30", "extra": 1, "country": "usa",
		"owners": [{"name": "A", "share": 0.7}, {"name": "B", "share": 0.6}],
	}
	{e.path | some e in s.errors} == {"/date", "/extra", "/country", "/owners"}
	s.name == "X"
}
