# The Art. 17 licence application: one for each line that needs a dual-use licence (lines the same
# reasons ask it for share one), due on the latest day to apply, on both sides of the calendar's
# limits (I-LATEST-DAY-TO-APPLY).
package cnexport.measures.statecouncil_2024_792_test

import data.cnexport.fixtures

_app_samarium := fixtures.item(1, {})

_app_graphite := fixtures.item(1, {"category": "natural_graphite", "elements": ["C"]})

_app_general := {"measure": "STATECOUNCIL-2024-792", "clause": "17"}

_app_obligations(d) := [[o.type, o.due, o.basis, o.lines] | some o in d.obligations]

_app_calendar_warnings(d) := [w.message_en | some w in d.warnings; w.code == "DEADLINE_WITHOUT_CALENDAR"]

test_a_no_18_line_gets_the_application_by_the_latest_day_to_apply if {
	d := data.cnexport.decision with input as fixtures.export_doc("2026-12-31", [_app_samarium])
	fixtures.valid(d)
	[o] := d.obligations
	[o.type, o.due, o.basis, o.lines] == ["licence_application", "2026-10-29", _app_general, [1]]
	o.figures == {
		"latest_day_to_apply": "2026-10-29", "decision_working_days": 45, "calendar_complete": true,
		"asked_by": concat("; ", [
			"DUR14_LISTED_ITEM_LICENCE, STATECOUNCIL-2024-792 clause 14",
			"ECL12_LISTED_ITEM_LICENCE, NPCSC-2020-58 clause 12",
			"RE18_SAMARIUM_ITEM, MOFCOM-2025-18 clause 1",
		]),
	}
	o.message_en == concat(" ", [
		"Before exporting line 1, apply to MOFCOM for a dual-use export licence (DUR14_LISTED_ITEM_LICENCE,",
		"STATECOUNCIL-2024-792 clause 14; ECL12_LISTED_ITEM_LICENCE, NPCSC-2020-58 clause 12; RE18_SAMARIUM_ITEM,",
		"MOFCOM-2025-18 clause 1) with the documents of Art. 16 of the Dual-Use Regulations. Apply by 2026-10-29 at",
		"the latest: MOFCOM decides within 45 working days of accepting an application (Dual-Use Regulations Art. 17),",
		"not counting identification, expert consultation or checks.",
	])
	o.message_zh == concat("", [
		"出口第1行前，应按两用物项出口管制条例第十六条提交申请材料，向商务部申请两用物项出口许可（DUR14_LISTED_ITEM_LICENCE, ",
		"STATECOUNCIL-2024-792 clause 14; ECL12_LISTED_ITEM_LICENCE, NPCSC-2020-58 clause 12; RE18_SAMARIUM_ITEM, ",
		"MOFCOM-2025-18 clause 1）。最迟应于2026-10-29申请：商务部自受理之日起45个工作日内作出决定（条例第十七条），",
		"物项鉴别、专家咨询和核查时间不计入。",
	])
	_app_calendar_warnings(d) == []
}

# The calendar holds 2025 and 2026: a latest day counted into 2027 or back into 2024 may be too late.
test_the_latest_day_to_apply_is_warned_beyond_the_calendars_upper_limit if {
	inside := data.cnexport.decision with input as fixtures.export_doc("2026-12-31", [_app_samarium])
	_app_calendar_warnings(inside) == []
	beyond := data.cnexport.decision with input as fixtures.export_doc("2027-01-04", [_app_samarium])
	_app_obligations(beyond) == [["licence_application", "2026-11-02", _app_general, [1]]]
	_app_calendar_warnings(beyond) == [concat("", [
		"line 1: the latest day to apply, 2026-11-02, counts every weekday of a year without holiday data as a ",
		"working day; the real one may be earlier: apply sooner",
	])]
}

test_the_latest_day_to_apply_is_warned_beyond_the_calendars_lower_limit if {
	inside := data.cnexport.decision with input as fixtures.export_doc("2025-03-14", [_app_graphite])
	_app_obligations(inside) == [["licence_application", "2025-01-02", _app_general, [1]]]
	_app_calendar_warnings(inside) == []
	beyond := data.cnexport.decision with input as fixtures.export_doc("2025-03-13", [_app_graphite])
	_app_obligations(beyond) == [["licence_application", "2024-12-31", _app_general, [1]]]
	count(_app_calendar_warnings(beyond)) == 1
}

test_there_is_no_art_17_application_before_the_regulations if {
	before := data.cnexport.decision with input as fixtures.export_doc("2024-11-30", [_app_graphite])
	before.outcome == "LICENCE_REQUIRED"
	before.obligations == []
	on := data.cnexport.decision with input as fixtures.export_doc("2024-12-01", [_app_graphite])
	_app_obligations(on) == [["licence_application", "2024-09-30", _app_general, [1]]]
}

test_a_licence_on_file_needs_no_application if {
	licence := {
		"number": "MOFCOM-LIC-9", "issued_by": "MOFCOM", "type": "single",
		"valid_from": "2026-01-01", "valid_until": "2027-12-31", "lines": [1],
	}
	d := data.cnexport.decision with input as object.union(fixtures.export_doc("2026-12-31", [_app_samarium]), {"licences": [licence]})
	d.clearance == "GO"
	d.obligations == []
}

# One application for the lines the same reasons ask it for, naming them in runs; lines other reasons
# ask it for get their own.
test_lines_asked_alike_share_one_application if {
	lines := [_app_samarium, object.union(_app_graphite, {"line": 2}), object.union(_app_samarium, {"line": 3})]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-12-31", lines)
	[[o.lines, o.basis] | some o in d.obligations] == [[[1, 3], _app_general], [[2], _app_general]]
	[samarium, graphite] := d.obligations
	startswith(samarium.message_en, "Before exporting lines 1, 3, apply to MOFCOM for a dual-use export licence (DUR14_LISTED_ITEM_LICENCE")
	startswith(samarium.message_zh, "出口第1、3行前，")
	contains(samarium.figures.asked_by, "RE18_SAMARIUM_ITEM, MOFCOM-2025-18 clause 1")
	contains(graphite.figures.asked_by, "DUL51_LISTED_ITEM, MOFCOM-2024-51 clause 1")
}

# Only a line a valid licence on file names is covered: an expired licence covers none.
test_only_the_lines_a_valid_licence_names_are_covered if {
	licence := {
		"number": "MOFCOM-LIC-9", "issued_by": "MOFCOM", "type": "single",
		"valid_from": "2026-01-01", "valid_until": "2027-12-31", "lines": [1],
	}
	expired := object.union(licence, {"number": "MOFCOM-LIC-8", "valid_until": "2026-06-30", "lines": [2]})
	second := object.union(_app_samarium, {"line": 2})
	doc := object.union(fixtures.export_doc("2026-12-31", [_app_samarium, second]), {"licences": [licence, expired]})
	data.cnexport.measures.statecouncil_2024_792._covered_lines == {1} with input as doc
	[o.lines | some o in data.cnexport.measures.statecouncil_2024_792.obligations] == [[2]] with input as doc
}

test_a_line_denied_in_principle_under_no_46_gets_the_application if {
	d := data.cnexport.decision with input as fixtures.export_to_us("2025-11-08", [fixtures.gallium], {})
	d.outcome == "DENY_IN_PRINCIPLE"
	[o] := d.obligations
	[o.type, o.due, o.basis] == ["licence_application", "2025-08-29", _app_general]
	contains(o.figures.asked_by, "US46_DENIED_FAMILY, MOFCOM-2024-46 clause 2")
}

test_a_prohibited_line_gets_no_application if {
	army := {"role": "end_user", "name": "US Army Research Laboratory", "country": "US", "military": true}
	d := data.cnexport.decision with input as fixtures.export_to_us("2025-06-01", [fixtures.gallium], {"parties": [army]})
	d.outcome == "PROHIBITED"
	d.obligations == []

	# The package builds none either, rather than one the decision drops; a party's ban is no line's.
	package_obligations := data.cnexport.measures.statecouncil_2024_792.obligations with input as fixtures.export_to_us(
		"2025-06-01",
		[fixtures.gallium],
		{"parties": [army]},
	)
	count(package_obligations) == 0
}

_subaru(date) := fixtures.gallium_to(date, {"name": "SUBARU Corporation"}, {})

# The watch list words its own application (a single licence with its documents, whose review the
# 45 days do not bind): it stands for the general one on its line, and says why it has no latest day.
test_a_measures_own_application_stands_for_the_general_one if {
	d := data.cnexport.decision with input as _subaru("2026-02-24")
	[o] := d.obligations
	[o.type, o.due, o.basis] == ["licence_application", "2026-02-24", {"measure": "MOFCOM-2026-12", "clause": "licensing"}]
	endswith(o.message_en, concat(" ", [
		"No latest day to apply can be counted: the review of this application is not bound by the 45 working",
		"days of Art. 17 of the Dual-Use Regulations; apply as early as possible.",
	]))
	endswith(o.message_zh, "许可审查期限不受两用物项出口管制条例第十七条规定的45个工作日限制，无法推算最迟申请日，请尽早申请。")

	# The package builds none for that line, rather than one the decision drops.
	count(data.cnexport.measures.statecouncil_2024_792.obligations) == 0 with input as _subaru("2026-02-24")

	# The day before the listing, the line is an ordinary listed item: the general application.
	before := data.cnexport.decision with input as _subaru("2026-02-23")
	_app_obligations(before) == [["licence_application", "2025-12-11", _app_general, [1]]]
}

# A measure's own application stands for the general one only while the clause it rests on is in
# force (No. 61 is suspended on the day); one for another licence than a dual-use one (a technology
# export licence, in force) stands for none.
test_an_application_stands_for_the_general_one_only_in_force_and_dual_use if {
	doc := _subaru("2026-02-24")
	own := {o | some o in data.cnexport.measures.entity_lists.applications} with input as doc
	count(own) == 1
	count(data.cnexport.measures.statecouncil_2024_792.obligations) == 0 with input as doc

	dormant := {object.union(o, {"basis": {"measure": "MOFCOM-2025-61", "clause": "6"}}) | some o in own}
	count(data.cnexport.measures.statecouncil_2024_792.obligations) == 1 with input as doc
		with data.cnexport.measures.entity_lists.applications as dormant

	technology := {object.union(o, {"basis": {"measure": "MOFCOM-MOST-2023-57", "clause": "restricted"}}) | some o in own}
	count(data.cnexport.measures.statecouncil_2024_792.obligations) == 1 with input as doc
		with data.cnexport.measures.entity_lists.applications as technology
}

# A reason whose clause is suspended on the export date asks for no licence: the line it alone would
# make listed gets no application until the suspension ends.
test_a_suspended_clause_asks_for_no_application if {
	powder := fixtures.item(2, {
		"category": "synthetic_diamond_powder", "elements": ["C"], "hs_code": "7105102000",
		"parameters": {"average_particle_size_um": 3},
	})
	suspended := data.cnexport.decision with input as fixtures.export_doc("2026-11-09", [_app_samarium, powder])
	[o.lines | some o in suspended.obligations] == [[1]]
	revived := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [_app_samarium, powder])
	[o.figures.asked_by | some o in revived.obligations; o.lines == [2]] == [concat("; ", [
		"DUR14_LISTED_ITEM_LICENCE, STATECOUNCIL-2024-792 clause 14",
		"ECL12_LISTED_ITEM_LICENCE, NPCSC-2020-58 clause 12",
		"SH55_DIAMOND_MICROPOWDER, MOFCOM-2025-55 clause 1",
	])]
}
