# The 2026 listings decided whole: the watch list (Nos. 12 and 28: a single licence with the
# documents the announcement names; No. 61 clause 2 once it applies again) and the control-list
# additions (Nos. 20, 23, 27, 30), each on its first day and the day before.
package cnexport.measures.entity_lists_test

import data.cnexport.fixtures

_wl_subaru(date) := fixtures.gallium_to(date, {"name": "SUBARU Corporation"}, {})

_wl_documents := concat("; ", [
	"risk-assessment report on the listed entity",
	"written undertaking not to use the items for anything that raises Japan's military strength",
])

_wl_codes(d) := {r.code | some r in d.reasons}

_wl_obligations(d) := [o | some o in d.obligations; o.basis.measure in {"MOFCOM-2026-12", "MOFCOM-2026-28"}]

_wl_licence(kind) := {
	"number": sprintf("MOFCOM-%s-1", [kind]), "type": kind, "lines": [1],
	"valid_from": "2026-01-01", "valid_until": "2026-12-31", "issued_by": "MOFCOM",
}

test_a_dual_use_item_to_a_watch_list_party_needs_a_single_licence_with_its_documents if {
	d := data.cnexport.decision with input as _wl_subaru("2026-02-24")
	fixtures.valid(d)
	[d.outcome, d.clearance] == ["LICENCE_REQUIRED", "HOLD"]
	r := fixtures.reason_of(d, "WATCH_LIST_SINGLE_LICENCE")
	[r.measure, r.clause, r.outcome, r.line, r.interpretation] == ["MOFCOM-2026-12", "licensing", "LICENCE_REQUIRED", 1, "I-WATCH-LIST"]
	r.party == {"index": 0, "role": "end_user", "name": "SUBARU Corporation"}
	[r.figures.entry_id, r.figures.entries] == ["wl-2026-02-24-01-subaru-corporation", "mofcom-2023-23-ga-1-gallium-metal"]
	r.figures.documents == _wl_documents
	d.sources[r.measure][r.clause] == "https://www.ettoday.net/news/20260224/3122152.htm"
	contains(r.message_en, "needs a single licence - no general licence and no registration route - applied for with risk-assessment report")
	contains(r.message_zh, "对列入关注名单实体的风险评估报告；不将两用物项用于一切有助于提升日本军事实力用途的书面承诺")
	[o] := _wl_obligations(d)
	[o.type, o.due, o.lines, o.basis] == ["licence_application", "2026-02-24", [1], {"measure": "MOFCOM-2026-12", "clause": "licensing"}]
	o.figures.documents == _wl_documents
	contains(o.message_en, "a general licence or the registration route cannot be used")
	contains(o.message_zh, "不得申请通用许可或以登记填报信息方式获得出口凭证，申请时应提交对列入关注名单实体的风险评估报告")

	before := data.cnexport.decision with input as _wl_subaru("2026-02-23")
	not "WATCH_LIST_SINGLE_LICENCE" in _wl_codes(before)
	_wl_obligations(before) == []
	"LISTING_NOT_IN_FORCE" in fixtures.warning_codes(before)
}

# No licence can cover a line a reason in force prohibits: the watch list words no application for it.
test_no_single_licence_application_for_a_prohibited_line if {
	doc := _wl_subaru("2026-02-24")
	count(data.cnexport.measures.entity_lists.applications) == 1 with input as doc
	prohibited := {
		"code": "TEST_PROHIBITED", "measure": "STATECOUNCIL-2024-792", "clause": "14", "line": 1,
		"outcome": "PROHIBITED", "message_en": "m", "message_zh": "m",
	}
	count(data.cnexport.measures.entity_lists.applications) == 0 with input as doc
		with data.cnexport.measures.mofcom_2025_62.findings as {prohibited}
}

test_a_general_licence_does_not_cover_a_line_to_a_watch_list_party if {
	general := object.union(_wl_subaru("2026-03-02"), {"licences": [_wl_licence("general")]})
	d := data.cnexport.decision with input as general
	[d.outcome, d.clearance] == ["LICENCE_REQUIRED", "HOLD"]
	not fixtures.line_of(d, 1).licence
	count(_wl_obligations(d)) == 1
	[w] := [w | some w in d.warnings; w.code == "GENERAL_LICENCE_NOT_ACCEPTED"]
	[w.lines, w.interpretation] == [[1], "I-WATCH-LIST"]

	single := object.union(_wl_subaru("2026-03-02"), {"licences": [_wl_licence("single")]})
	s := data.cnexport.decision with input as single
	[s.outcome, s.clearance] == ["LICENCE_REQUIRED", "GO"]
	fixtures.line_of(s, 1).licence == "MOFCOM-single-1"
	_wl_obligations(s) == []

	# Elsewhere a general licence still covers the line.
	unlisted := object.union(fixtures.export_doc("2026-03-02", [fixtures.gallium]), {"licences": [_wl_licence("general")]})
	u := data.cnexport.decision with input as unlisted
	[u.outcome, u.clearance] == ["LICENCE_REQUIRED", "GO"]
	not "GENERAL_LICENCE_NOT_ACCEPTED" in fixtures.warning_codes(u)
}

_wl_owned(share) := fixtures.gallium_to(
	"2026-03-02",
	{"name": "Gunma Aero Parts KK", "owners": [{"name": "SUBARU Corporation", "share": share}]},
	{},
)

test_a_party_held_half_by_a_watch_list_entity_is_reached if {
	d := data.cnexport.decision with input as _wl_owned(0.5)
	r := fixtures.reason_of(d, "WATCH_LIST_SINGLE_LICENCE")
	[r.interpretation, r.figures.via, r.figures.share] == ["I-OWNERSHIP-50", "SUBARU Corporation", 0.5]
	below := data.cnexport.decision with input as _wl_owned(0.4999)
	not "WATCH_LIST_SINGLE_LICENCE" in _wl_codes(below)
	"LISTED_OWNER_BELOW_THRESHOLD" in fixtures.warning_codes(below)
}

_wl_mitsui(date) := fixtures.gallium_to(date, {"name": "MITSUI E&S Co., Ltd."}, {})

test_the_second_watch_list_announcement_from_its_day if {
	d := data.cnexport.decision with input as _wl_mitsui("2026-06-29")
	r := fixtures.reason_of(d, "WATCH_LIST_SINGLE_LICENCE")
	[r.measure, r.clause, r.figures.entry_id] == ["MOFCOM-2026-28", "licensing", "wl-2026-06-29-01-mitsui-e-s-co-ltd"]
	"LISTING_DATA_INFERRED" in fixtures.warning_codes(d)
	before := data.cnexport.decision with input as _wl_mitsui("2026-06-28")
	not "WATCH_LIST_SINGLE_LICENCE" in _wl_codes(before)
}

test_an_unidentified_item_to_a_watch_list_party_is_warned if {
	steel := object.union(_wl_subaru("2026-03-02"), {"items": [fixtures.item(1, {"category": "other", "elements": ["Fe"]})]})
	d := data.cnexport.decision with input as steel
	[d.outcome, d.clearance] == ["NOT_CONTROLLED", "GO"]
	[w] := [w | some w in d.warnings; w.code == "WATCH_LIST_ITEM_NOT_IDENTIFIED"]
	[w.lines, w.measure] == [[1], "MOFCOM-2026-12"]
}

test_a_possible_watch_list_match_holds if {
	d := data.cnexport.decision with input as fixtures.gallium_to("2026-03-02", {"name": "Subaru Holdings"}, {})
	d.clearance == "HOLD"
	some w in d.warnings
	w.code == "POSSIBLE_LISTED_PARTY"
	contains(w.message_en, "WATCH_LIST_SINGLE_LICENCE applies")
}

test_a_military_use_for_a_watch_list_party_is_prohibited_by_no_1 if {
	d := data.cnexport.decision with input as fixtures.gallium_to("2026-03-02", {"name": "SUBARU Corporation", "military": true}, {})
	d.outcome == "PROHIBITED"
	{"JP01_MILITARY_USER", "WATCH_LIST_SINGLE_LICENCE"} - _wl_codes(d) == set()
}

# No. 61 clause 2: a foreign-made magnet to a watch-list end user, or to one held half by it.
_wl_magnet(date, party) := json.patch(
	fixtures.export_doc(date, [fixtures.item(1, {
		"category": "permanent_magnet", "elements": ["Nd", "Dy"], "manufactured_in": "KR", "origin": "KR",
		"value": {"amount": 200000, "currency": "USD"},
		"rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}],
	})]),
	[
		{"op": "replace", "path": "/ship_from", "value": "KR"},
		{"op": "replace", "path": "/exporter", "value": {"name": "Busan Magnet Co", "country": "KR"}},
		{"op": "replace", "path": "/parties", "value": [object.union({"role": "end_user", "country": "JP"}, party)]},
	],
)

test_no_61_denies_a_watch_list_end_user_once_it_applies_again if {
	d := data.cnexport.decision with input as _wl_magnet("2026-11-10", {"name": "TDK Corporation"})
	[d.outcome, d.clearance] == ["DENY_IN_PRINCIPLE", "STOP"]
	r := fixtures.reason_of(d, "RE61_LISTED_PARTY")
	[r.measure, r.clause, r.figures.list, r.figures.entry_id] == ["MOFCOM-2025-61", "2", "watch_list", "wl-2026-02-24-12-tdk-corporation"]

	subsidiary := _wl_magnet("2026-11-10", {"name": "Akita Ferrite KK", "owners": [{"name": "TDK Corporation", "share": 0.5}]})
	fixtures.reason_of(data.cnexport.decision, "RE61_LISTED_PARTY").figures.via == "TDK Corporation" with input as subsidiary

	suspended := data.cnexport.decision with input as _wl_magnet("2026-11-09", {"name": "TDK Corporation"})
	not "RE61_LISTED_PARTY" in _wl_codes(suspended)
}

# The 2026 control-list additions: one entity of each, on the announcement's day and the day before.
_wl_listed(date, name, country) := fixtures.gallium_to(date, {"name": name, "country": country}, {"ship_to": country})

_wl_banned(d, announcement, name) if {
	d.outcome == "PROHIBITED"
	r := fixtures.reason_of(d, "CONTROL_LIST_DUAL_USE_BAN")
	[r.measure, r.clause, r.figures.listed_name] == [announcement, "1", name]
}

test_no_20_of_2026_from_its_day if {
	d := data.cnexport.decision with input as _wl_listed("2026-04-24", "HENSOLDT AG", "DE")
	_wl_banned(d, "MOFCOM-2026-20", "HENSOLDT AG")
	earlier := data.cnexport.decision with input as _wl_listed("2026-04-23", "HENSOLDT AG", "DE")
	earlier.outcome == "LICENCE_REQUIRED"
}

test_no_23_of_2026_from_its_day if {
	d := data.cnexport.decision with input as _wl_listed("2026-06-22", "MP Materials Corp.", "US")
	_wl_banned(d, "MOFCOM-2026-23", "MP Materials Corp.")
	earlier := data.cnexport.decision with input as _wl_listed("2026-06-21", "MP Materials Corp.", "US")
	earlier.outcome == "LICENCE_REQUIRED"
}

test_no_27_of_2026_from_its_day if {
	d := data.cnexport.decision with input as _wl_listed("2026-06-29", "NIKKO TOKKI Co., Ltd.", "JP")
	_wl_banned(d, "MOFCOM-2026-27", "NIKKO TOKKI Co., Ltd.")
	earlier := data.cnexport.decision with input as _wl_listed("2026-06-28", "NIKKO TOKKI Co., Ltd.", "JP")
	earlier.outcome == "LICENCE_REQUIRED"
}

test_no_30_of_2026_from_its_day if {
	d := data.cnexport.decision with input as _wl_listed("2026-07-24", "Rheinmetall AG", "DE")
	_wl_banned(d, "MOFCOM-2026-30", "Rheinmetall AG")
	earlier := data.cnexport.decision with input as _wl_listed("2026-07-23", "Rheinmetall AG", "DE")
	earlier.outcome == "LICENCE_REQUIRED"
}

# Unidentified lines of one category to the same listed party share one warning, naming them in runs;
# lines of another category get their own.
test_unidentified_lines_to_a_watch_list_party_share_one_warning if {
	items := [
		fixtures.item(1, {"category": "other", "elements": ["Fe"]}),
		fixtures.item(2, {"category": "other", "elements": ["Fe"], "description": "another lot"}),
		fixtures.item(3, {"category": "production_equipment", "elements": null, "hs_code": "8401100000"}),
	]
	d := data.cnexport.decision with input as object.union(_wl_subaru("2026-03-02"), {"items": items})
	[[w.lines, w.measure] | some w in d.warnings; w.code == "WATCH_LIST_ITEM_NOT_IDENTIFIED"] == [
		[[1, 2], "MOFCOM-2026-12"],
		[[3], "MOFCOM-2026-12"],
	]
}

# Lines a general licence cannot cover are named once for the licence.
test_lines_a_general_licence_cannot_cover_are_named_once_for_it if {
	general := object.union(_wl_licence("general"), {"lines": [1, 2]})
	other := object.union(_wl_licence("general"), {"number": "MOFCOM-general-2", "lines": [3]})
	items := [fixtures.gallium, object.union(fixtures.gallium, {"line": 2}), object.union(fixtures.gallium, {"line": 3})]
	d := data.cnexport.decision with input as object.union(_wl_subaru("2026-03-02"), {"items": items, "licences": [general, other]})
	[[w.lines, w.message_en] | some w in d.warnings; w.code == "GENERAL_LICENCE_NOT_ACCEPTED"] == [
		[[1, 2], "licence MOFCOM-general-1 is a general licence: lines 1-2, to a watch-list party, can be covered only by a single licence"],
		[[3], "licence MOFCOM-general-2 is a general licence: line 3, to a watch-list party, can be covered only by a single licence"],
	]
}
