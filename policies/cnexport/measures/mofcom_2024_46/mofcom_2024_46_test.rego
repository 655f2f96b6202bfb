# No. 46 of 2024: dual-use items to US military users or uses (clause 1, throughout), and gallium,
# germanium, antimony, superhard-material and graphite items to the US (clause 2, suspended by No. 72
# from 2025-11-09 until 2026-11-27).
package cnexport.measures.mofcom_2024_46_test

import data.cnexport.fixtures

_graphite := fixtures.item(2, {"category": "natural_graphite", "elements": ["C"]})

test_gallium_to_the_us_is_denied_in_principle_outside_the_suspension if {
	d := data.cnexport.decision with input as fixtures.export_to_us("2025-11-08", [fixtures.gallium, _graphite], {})
	fixtures.valid(d)
	d.outcome == "DENY_IN_PRINCIPLE"
	d.clearance == "STOP"
	r := fixtures.reason_of(d, "US46_DENIED_FAMILY")
	[r.measure, r.clause, r.outcome, r.line] == ["MOFCOM-2024-46", "2", "DENY_IN_PRINCIPLE", 1]
	r.figures == {"line": 1, "families": "gallium", "entries": "mofcom-2023-23-ga-1-gallium-metal", "ship_to": "US"}
	g := fixtures.reason_of(d, "US46_GRAPHITE_REVIEW")
	[g.line, g.outcome, g.figures.families] == [2, "CASE_BY_CASE", "graphite"]
}

_us_suspended(d) if {
	d.outcome == "LICENCE_REQUIRED"
	count({m | some m in fixtures.dormant(d); contains(m, "MOFCOM-2025-72 suspends MOFCOM-2024-46")}) == 2
}

test_gallium_to_the_us_is_suspended_from_2025_11_09 if {
	_us_suspended(data.cnexport.decision) with input as fixtures.export_to_us("2025-11-09", [fixtures.gallium, _graphite], {})
}

test_gallium_to_the_us_is_suspended_on_2026_11_26 if {
	_us_suspended(data.cnexport.decision) with input as fixtures.export_to_us("2026-11-26", [fixtures.gallium, _graphite], {})
}

test_gallium_to_the_us_is_denied_again_from_2026_11_27 if {
	revived := data.cnexport.decision with input as fixtures.export_to_us("2026-11-27", [fixtures.gallium], {})
	revived.outcome == "DENY_IN_PRINCIPLE"
	"SUSPENSION_END_DAY" in fixtures.warning_codes(revived)
}

test_a_licence_on_file_clears_a_denied_line if {
	licence := {
		"number": "MOFCOM-DU-2025-001", "type": "single", "lines": [1],
		"valid_from": "2025-01-01", "valid_until": "2025-12-31", "issued_by": "MOFCOM",
	}
	d := data.cnexport.decision with input as fixtures.export_to_us("2025-11-08", [fixtures.gallium], {"licences": [licence]})
	d.outcome == "DENY_IN_PRINCIPLE"
	d.clearance == "GO"
}

_military := {"parties": [{"role": "end_user", "name": "US Army Research Laboratory", "country": "US", "military": true}]}

_us_military_prohibited(d) if {
	d.outcome == "PROHIBITED"
	d.clearance == "STOP"
	r := fixtures.reason_of(d, "US46_MILITARY_USER")
	[r.measure, r.clause, r.party] == ["MOFCOM-2024-46", "1", {"index": 0, "role": "end_user", "name": "US Army Research Laboratory"}]
}

test_no_dual_use_item_to_a_us_military_user_from_2024_12_03 if {
	_us_military_prohibited(data.cnexport.decision) with input as fixtures.export_to_us("2024-12-03", [fixtures.gallium], _military)
	before := data.cnexport.decision with input as fixtures.export_to_us("2024-12-02", [fixtures.gallium], _military)
	before.outcome == "LICENCE_REQUIRED"
}

test_no_dual_use_item_to_a_us_military_user_during_the_no_72_suspension if {
	_us_military_prohibited(data.cnexport.decision) with input as fixtures.export_to_us("2025-11-09", [fixtures.gallium], _military)
}

test_no_dual_use_item_to_a_us_military_user_after_the_no_72_suspension if {
	_us_military_prohibited(data.cnexport.decision) with input as fixtures.export_to_us("2026-11-27", [fixtures.gallium], _military)
}

test_no_dual_use_item_to_the_us_for_a_military_use if {
	d := data.cnexport.decision with input as fixtures.export_to_us("2025-12-01", [fixtures.gallium], {"end_use": {"purposes": ["military"]}})
	r := fixtures.reason_of(d, "US46_MILITARY_USE")
	[r.outcome, r.figures.purposes] == ["PROHIBITED", "military"]
	"END_USE_WITHOUT_TIER" in fixtures.warning_codes(d)
	military_use := object.union(fixtures.export_doc("2025-12-01", [fixtures.gallium]), {"end_use": {"purposes": ["military"]}})
	elsewhere := data.cnexport.decision with input as military_use
	elsewhere.outcome == "LICENCE_REQUIRED"
}

test_a_us_receiver_makes_an_export_one_to_the_us if {
	via_sg := fixtures.export_to_us("2025-11-08", [fixtures.gallium], {"ship_to": "SG"})
	d := data.cnexport.decision with input as via_sg
	d.outcome == "DENY_IN_PRINCIPLE"
}
