# No. 1 of 2026: dual-use items to Japanese military users, for military uses, or for any use that
# helps raise Japan's military strength, from 2026-01-06; and such items of Chinese origin sent
# from abroad.
package cnexport.measures.mofcom_2026_1_test

import data.cnexport.fixtures

_jp_military_user := {"parties": [
	{"role": "consignee", "name": "Osaka Magnet KK", "country": "JP"},
	{"role": "end_user", "name": "Ground Self-Defense Force Supply Depot", "country": "JP", "military": true},
]}

_jp(date, items, changes) := object.union(fixtures.export_doc(date, items), changes)

_jp_codes(d) := {r.code | some r in d.reasons}

test_no_dual_use_item_to_a_japanese_military_user_from_2026_01_06 if {
	d := data.cnexport.decision with input as _jp("2026-01-06", [fixtures.gallium], _jp_military_user)
	fixtures.valid(d)
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	r := fixtures.reason_of(d, "JP01_MILITARY_USER")
	[r.measure, r.clause, r.outcome, r.line, r.interpretation] == ["MOFCOM-2026-1", "1", "PROHIBITED", 1, "I-2026-1-JAPAN-NEXUS"]
	r.party == {"index": 1, "role": "end_user", "name": "Ground Self-Defense Force Supply Depot"}
	r.figures.entries == "mofcom-2023-23-ga-1-gallium-metal"
	r.figures.ground == "JP01_MILITARY_USER"
	contains(r.message_en, "Ground Self-Defense Force Supply Depot (end_user, JP) is a Japanese military user")
	contains(r.message_zh, "为日本军事用户")
	startswith(d.sources[r.measure][r.clause], "https://www.hk01.com/")
	not "JP01_END_USE_TO_CONFIRM" in fixtures.warning_codes(d)

	before := data.cnexport.decision with input as _jp("2026-01-05", [fixtures.gallium], _jp_military_user)
	[before.outcome, before.clearance] == ["LICENCE_REQUIRED", "HOLD"]
	not "JP01_MILITARY_USER" in _jp_codes(before)
	dormant := "line 1: JP01_MILITARY_USER (MOFCOM-2026-1 clause 1) would apply, but clause 1 of MOFCOM-2026-1 applies only from 2026-01-06"
	dormant in fixtures.dormant(before)
}

test_a_military_user_outside_japan_is_not_a_japanese_one if {
	elsewhere := {"parties": [{"role": "end_user", "name": "Seoul Arsenal", "country": "KR", "military": true}], "ship_to": "KR"}
	d := data.cnexport.decision with input as _jp("2026-03-02", [fixtures.gallium], elsewhere)
	count({c | some c in _jp_codes(d); startswith(c, "JP01_")}) == 0
	not "JP01_END_USE_TO_CONFIRM" in fixtures.warning_codes(d)
}

test_no_dual_use_item_to_japan_for_a_military_use if {
	d := data.cnexport.decision with input as _jp("2026-03-02", [fixtures.gallium], {"end_use": {"purposes": ["civil", "military"]}})
	d.outcome == "PROHIBITED"
	r := fixtures.reason_of(d, "JP01_MILITARY_USE")
	[r.clause, r.figures.purposes, r.figures.ground] == ["1", "military", "JP01_MILITARY_USE"]
	not r.party
	contains(r.message_en, "its declared use is military (military)")

	to_korea := _jp("2026-03-02", [fixtures.gallium], {
		"end_use": {"purposes": ["military"]},
		"ship_to": "KR",
		"parties": [{"role": "end_user", "name": "Korea Optics", "country": "KR"}],
	})
	not "JP01_MILITARY_USE" in _jp_codes(data.cnexport.decision) with input as to_korea
}

test_no_dual_use_item_to_japan_for_a_use_raising_its_military_strength if {
	d := data.cnexport.decision with input as _jp("2026-03-02", [fixtures.gallium], {"end_use": {"purposes": ["military_potential"]}})
	d.outcome == "PROHIBITED"
	r := fixtures.reason_of(d, "JP01_MILITARY_STRENGTH_USE")
	[r.clause, r.interpretation, r.figures.purposes] == ["1", "I-2026-1-MILITARY-STRENGTH", "military_potential"]
	contains(r.message_en, "helps raise Japan's military strength")
}

test_a_civil_dual_use_export_to_japan_needs_a_licence_and_a_confirmation if {
	d := data.cnexport.decision with input as _jp("2026-01-06", [fixtures.gallium], {})
	[d.outcome, d.clearance] == ["LICENCE_REQUIRED", "HOLD"]
	[w] := [w | some w in d.warnings; w.code == "JP01_END_USE_TO_CONFIRM"]
	[w.lines, w.measure, w.interpretation] == [[1], "MOFCOM-2026-1", "I-2026-1-MILITARY-STRENGTH"]
	contains(w.message_en, "line 1: dual-use items (mofcom-2023-23-ga-1-gallium-metal) to Japan")

	before := data.cnexport.decision with input as _jp("2026-01-05", [fixtures.gallium], {})
	not "JP01_END_USE_TO_CONFIRM" in fixtures.warning_codes(before)
}

test_an_unlisted_item_to_a_japanese_military_user_is_not_caught if {
	steel := fixtures.item(1, {"category": "other", "elements": ["Fe"]})
	d := data.cnexport.decision with input as _jp("2026-03-02", [steel], _jp_military_user)
	count({c | some c in _jp_codes(d); startswith(c, "JP01_")}) == 0
	not "JP01_END_USE_TO_CONFIRM" in fixtures.warning_codes(d)
}

# A Korean distributor passing on Chinese gallium.
_jp_from_korea(origin, changes) := object.union_n([
	fixtures.export_doc("2026-03-02", [object.union(fixtures.gallium, {"manufactured_in": origin, "origin": origin})]),
	{"exporter": {"name": "Busan Metals Co", "country": "KR"}, "ship_from": "KR"},
	changes,
])

test_chinese_dual_use_items_sent_from_abroad_to_a_japanese_military_user_are_prohibited if {
	d := data.cnexport.decision with input as _jp_from_korea("CN", _jp_military_user)
	fixtures.valid(d)
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	r := fixtures.reason_of(d, "JP01_FOREIGN_TRANSFER")
	[r.measure, r.clause, r.line, r.interpretation] == ["MOFCOM-2026-1", "2", 1, "I-2026-1-TRANSFERS"]
	[r.figures.ground, r.figures.ship_from] == ["JP01_MILITARY_USER", "KR"]
	r.party.name == "Ground Self-Defense Force Supply Depot"
	contains(r.message_en, "Line 1 is a dual-use item of Chinese origin (mofcom-2023-23-ga-1-gallium-metal) sent from KR")
}

test_a_military_use_makes_a_transfer_from_abroad_prohibited_too if {
	use := data.cnexport.decision with input as _jp_from_korea("CN", {"end_use": {"purposes": ["military"]}})
	fixtures.reason_of(use, "JP01_FOREIGN_TRANSFER").figures.ground == "JP01_MILITARY_USE"
}

test_items_not_of_chinese_origin_or_for_civil_use_are_not_transfers_in_breach if {
	korean := data.cnexport.decision with input as _jp_from_korea("KR", _jp_military_user)
	not "JP01_FOREIGN_TRANSFER" in _jp_codes(korean)

	civil := data.cnexport.decision with input as _jp_from_korea("CN", {})
	not "JP01_FOREIGN_TRANSFER" in _jp_codes(civil)
	"JP01_END_USE_TO_CONFIRM" in fixtures.warning_codes(civil)
}

# Lines of the same dual-use items share one confirmation, naming them in runs; lines of other items get
# their own.
test_lines_of_the_same_items_share_one_confirmation if {
	samarium := fixtures.item(3, {})
	items := [fixtures.gallium, object.union(fixtures.gallium, {"line": 2}), samarium, object.union(fixtures.gallium, {"line": 4})]
	d := data.cnexport.decision with input as _jp("2026-01-06", items, {})
	[[w.lines, substring(w.message_en, 0, 30)] | some w in d.warnings; w.code == "JP01_END_USE_TO_CONFIRM"] == [
		[[1, 2, 4], "lines 1-2, 4: dual-use items ("],
		[[3], "line 3: dual-use items (cn2025"],
	]
}

# Each Japanese military user is a ground of its own: two give a reason each on every dual-use line,
# never an error; before No. 1 applies they give none, and the document is still decided.
test_two_japanese_military_users_are_each_a_ground if {
	two := {"parties": [
		_jp_military_end_user("Ground Self-Defense Force Supply Depot"),
		_jp_military_end_user("Air Self-Defense Force Air Materiel Command"),
	]}
	d := data.cnexport.decision with input as _jp("2026-03-02", [fixtures.gallium], two)
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	{[r.line, r.party.index, r.party.name] | some r in d.reasons; r.code == "JP01_MILITARY_USER"} == {
		[1, 0, "Ground Self-Defense Force Supply Depot"],
		[1, 1, "Air Self-Defense Force Air Materiel Command"],
	}
	before := data.cnexport.decision with input as _jp("2024-12-01", [fixtures.gallium], two)
	[before.outcome, before.errors] == ["LICENCE_REQUIRED", []]
}

_jp_military_end_user(name) := {"role": "end_user", "name": name, "country": "JP", "military": true}
