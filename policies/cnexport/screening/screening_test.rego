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
	{w.code | some w in u.warnings} == {
		"LISTING_DATA_INFERRED", "LISTING_NOT_IN_FORCE", "REFERENCE_DATA_NOT_VERIFIED", "LISTINGS_NOT_VERIFIED",
		"LISTING_SUSPENSION_END_DAY", "LISTING_EXTENSION_REPORTED",
	}
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

# ---- the listing warnings a decision carries for the same dates ------------------------------------

_screen_codes(s) := {w.code | some w in s.warnings}

_screen_warning(s, code) := [w | some w in s.warnings; w.code == code]

_screened(name, date) := {"name": name, "date": date}

test_screen_warns_of_listings_not_verified_from_the_day_after_the_newest_listing_source if {
	last := screening.screen with input as _screened("Epirus Inc", "2026-08-22")
	not "LISTINGS_NOT_VERIFIED" in _screen_codes(last)
	after := screening.screen with input as _screened("Epirus Inc", "2026-08-23")
	_screen_warning(after, "LISTINGS_NOT_VERIFIED") == [{
		"code": "LISTINGS_NOT_VERIFIED",
		"message_en": concat(" ", [
			"the date 2026-08-23 is after 2026-08-22, the date of the newest source that lists designations:",
			"the party may be on a later listing the reference data does not hold",
		]),
		"message_zh": "日期2026-08-23晚于所收录最新列名来源的日期2026-08-22：该当事方可能已被其后的公告列入名单，而参考数据未收录。",
	}]
}

# UEL 〔2025〕7号 (Skydio) is suspended to an inferred 2026-11-10; the readout of 2026-09-28 reported
# the arrangement extended to 2027-01-10: from the recorded end to the day before, the answer says so.
test_screen_warns_of_the_last_day_of_a_listings_suspension_on_that_day_only if {
	before := screening.screen with input as _screened("Skydio Inc", "2026-11-09")
	not "LISTING_SUSPENSION_END_DAY" in _screen_codes(before)
	"LISTING_NOT_IN_FORCE" in _screen_codes(before)
	end := screening.screen with input as _screened("Skydio Inc", "2026-11-10")
	[w] := _screen_warning(end, "LISTING_SUSPENSION_END_DAY")
	[w.measure, w.interpretation] == ["UEL-2025-04-04", "I-LISTING-DATES"]
	w.message_en == concat(" ", [
		"Skydio Inc. (uel-2025-04-04-01-skydio-inc) on the unreliable entity list: the suspension of its measures is",
		"recorded as lasting until 2026-11-10; this answer treats them as in force on that day",
	])
	w.message_zh == concat("", [
		"不可靠实体清单工作机制公告〔2025〕7号列入不可靠实体清单的Skydio Inc.（uel-2025-04-04-01-skydio-inc）：",
		"其措施的暂停实施期限记载至2026-11-10；本答复视其措施在当日有效。",
	])
	after := screening.screen with input as _screened("Skydio Inc", "2026-11-11")
	not "LISTING_SUSPENSION_END_DAY" in _screen_codes(after)
}

test_screen_warns_of_the_reported_extension_from_the_suspensions_end_to_the_day_before_2027_01_10 if {
	before := screening.screen with input as _screened("Skydio Inc", "2026-11-09")
	not "LISTING_EXTENSION_REPORTED" in _screen_codes(before)
	end := screening.screen with input as _screened("Skydio Inc", "2026-11-10")
	[w] := _screen_warning(end, "LISTING_EXTENSION_REPORTED")
	[w.measure, w.interpretation] == ["UEL-2025-04-04", "I-EXTENSION-REPORTED"]
	startswith(w.message_en, concat(" ", [
		"Skydio Inc. (uel-2025-04-04-01-skydio-inc) on the unreliable entity list: its measures apply again from",
		"2026-11-10, when their suspension ends as recorded (that end date is inferred). An extension was reported:",
	]))
	contains(w.message_en, "extend the Kuala Lumpur joint arrangement to 2027-01-10")
	contains(w.message_zh, "双方同意将吉隆坡经贸磋商联合安排延期至2027年1月10日")
	contains(w.message_zh, "未见商务部、海关总署落实该延期")
	every date in ["2026-11-26", "2026-11-27", "2027-01-09"] {
		inside := screening.screen with input as _screened("Skydio Inc", date)
		count(_screen_warning(inside, "LISTING_EXTENSION_REPORTED")) == 1
	}
	after := screening.screen with input as _screened("Skydio Inc", "2027-01-10")
	not "LISTING_EXTENSION_REPORTED" in _screen_codes(after)
}

test_screen_warns_of_the_reported_extension_for_control_list_21 if {
	name := "Source Intelligence, Inc."
	before := screening.screen with input as _screened(name, "2026-11-09")
	not "LISTING_EXTENSION_REPORTED" in _screen_codes(before)
	inside := screening.screen with input as _screened(name, "2026-11-27")
	[w] := _screen_warning(inside, "LISTING_EXTENSION_REPORTED")
	w.measure == "MOFCOM-2025-21"
	contains(w.message_en, "cl-2025-04-04-03-source-intelligence-inc")
	contains(w.message_en, "extend the Kuala Lumpur joint arrangement to 2027-01-10")
	after := screening.screen with input as _screened(name, "2027-01-10")
	not "LISTING_EXTENSION_REPORTED" in _screen_codes(after)
}

test_screen_warns_of_a_listing_that_takes_effect_at_a_time_of_day_on_that_day_only if {
	on := screening.screen with input as _screened("Shield AI, Inc.", "2025-04-10")
	[w] := _screen_warning(on, "LISTING_EFFECTIVE_TIME")
	w.message_en == concat(" ", [
		"Shield AI, Inc. (uel-2025-04-09-01-shield-ai-inc) on the unreliable entity list: the listing takes effect at",
		"12:01 Beijing time on 2025-04-10; this answer treats it as in force the whole day",
	])
	next := screening.screen with input as _screened("Shield AI, Inc.", "2025-04-11")
	not "LISTING_EFFECTIVE_TIME" in _screen_codes(next)
}
