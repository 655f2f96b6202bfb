package cnexport.measures.item_lists_test

import data.cnexport.fixtures
import data.cnexport.measures.item_lists

_samarium := fixtures.item(1, {"elements": ["Sm"]})

_measures := data.cnexport_reference.measures.measures

# No. 18 with its clause 1 giving another reason, as a data change would.
_reworded := object.union(_measures, {"MOFCOM-2025-18": {"clauses": {"1": {"reason": {
	"code": "RE18_REWORDED_ITEM",
	"outcome": "CASE_BY_CASE",
	"interpretation": "I-CLASSIFICATION",
	"message_en": "line {{.line}}: {{.entries}}",
	"message_zh": "第{{.line}}行：{{.entries}}",
}}}}})

test_a_listed_line_is_one_reason_citing_its_clause_from_the_clauses_data if {
	found := item_lists.findings with input as fixtures.export_doc("2025-06-01", [_samarium])
	[[r.code, r.measure, r.clause, r.outcome, r.line] | some r in found] == [[
		"RE18_SAMARIUM_ITEM", "MOFCOM-2025-18", "1",
		"LICENCE_REQUIRED", 1,
	]]
	some r in found
	startswith(r.message_en, "Line 1 is a samarium-related item of No. 18 (")
}

test_the_reason_is_what_the_clauses_data_says if {
	found := item_lists.findings with input as fixtures.export_doc("2025-06-01", [_samarium])
		with data.cnexport_reference.measures.measures as _reworded
	[[r.code, r.outcome, r.interpretation, r.message_en, r.message_zh] | some r in found] == [[
		"RE18_REWORDED_ITEM", "CASE_BY_CASE", "I-CLASSIFICATION",
		"line 1: cn2025-18-1c902a1-sm-metal", "第1行：cn2025-18-1c902a1-sm-metal",
	]]
}

test_the_interpretation_is_the_clauses_unless_the_reason_names_its_own if {
	# No. 18 clause 4 names I-18-SECOND-HALF and its reason none; No. 39's reason names its own.
	dy := item_lists.findings with input as fixtures.export_doc("2025-06-01", [fixtures.item(1, {"elements": ["Dy"]})])
	{r.interpretation | some r in dy; r.clause == "4"} == {"I-18-SECOND-HALF"}
	natural_graphite := fixtures.item(1, {"category": "natural_graphite", "elements": ["C"]})
	graphite := item_lists.findings with input as fixtures.export_doc("2023-12-01", [natural_graphite])
	{[r.measure, r.interpretation] | some r in graphite} == {
		["MOFCOM-2023-39", "I-51-LIST-CITATION"],
		["MOFCOM-2024-51", "I-51-LIST-CITATION"],
	}
	_measures["MOFCOM-2023-39"].clauses["1"].interpretation == "I-39-ALL-THRESHOLDS"
}

test_a_line_of_two_clauses_is_a_reason_under_each if {
	found := item_lists.findings with input as fixtures.export_doc("2025-06-01", [_samarium, fixtures.item(2, {"elements": ["Gd"]})])
	{[r.line, r.code] | some r in found} == {[1, "RE18_SAMARIUM_ITEM"], [2, "RE18_GADOLINIUM_ITEM"]}
}

test_controls_name_the_items_of_clauses_in_force_only if {
	ore := object.union(fixtures.item(1, {"category": "rare_earth_ore", "elements": ["Ce", "La", "Nd"]}), {"hs_code": "2530902000"})

	# No. 56 is suspended from 2025-11-07 until 2026-11-10: its reason and control are found, citing the
	# clause that lists the item, and the decision keeps neither until the clause applies again.
	suspended := fixtures.export_doc("2026-11-09", [ore])
	{r.code | some r in item_lists.findings} == {"RE56_MATERIAL_ITEM"} with input as suspended
	found := item_lists.controls with input as suspended
	{[c.line, c.measure, c.clause, c.control.measure] | some c in found} == {[1, "MOFCOM-2025-56", "2", "MOFCOM-2025-56"]}
	d := data.cnexport.decision with input as suspended
	d.lines[0].controls == []
	revived := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [ore])
	{[l.line, c.measure] | some l in revived.lines; some c in l.controls} == {[1, "MOFCOM-2025-56"]}
}

test_nothing_is_found_on_a_shipment_that_is_no_export_from_china if {
	foreign := json.patch(fixtures.export_doc("2025-06-01", [_samarium]), [
		{"op": "replace", "path": "/ship_from", "value": "JP"},
		{"op": "replace", "path": "/exporter", "value": {"name": "Osaka Trading KK", "country": "JP"}},
	])
	item_lists.findings == set() with input as foreign
	item_lists.controls == set() with input as foreign
}

test_a_listing_clause_without_its_reason_is_an_unbuilt_reason_not_a_dropped_one if {
	without := json.remove(_measures, ["MOFCOM-2025-18/clauses/1/reason"])
	found := item_lists.findings with input as fixtures.export_doc("2025-06-01", [_samarium])
		with data.cnexport_reference.measures.measures as without
	[[r.unbuilt, r.measure, r.clause] | some r in found] == [[true, "MOFCOM-2025-18", "1"]]
}

test_a_listing_clause_the_data_lacks_is_an_unbuilt_reason_not_a_dropped_one if {
	without := json.remove(_measures, ["MOFCOM-2025-18/clauses/1"])
	found := item_lists.findings with input as fixtures.export_doc("2025-06-01", [_samarium])
		with data.cnexport_reference.measures.measures as without
	[[r.unbuilt, r.measure, r.clause] | some r in found] == [[true, "MOFCOM-2025-18", "1"]]
}

test_a_listing_clause_the_data_lacks_makes_the_decision_an_engine_error if {
	without := json.remove(_measures, ["MOFCOM-2025-18/clauses/1"])
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [_samarium])
		with data.cnexport_reference.measures.measures as without
	d.outcome == "INVALID_INPUT"
	d.clearance == "STOP"
	contains(d.errors[0].message, "could not build a reason (null, MOFCOM-2025-18 clause 1)")
}

test_lines_classified_alike_are_a_reason_each if {
	doc := fixtures.export_doc("2025-06-01", [_samarium, fixtures.item(2, {"elements": ["Sm"]}), fixtures.item(3, {"elements": ["Gd"]})])
	found := item_lists.findings with input as doc
	{[r.line, r.code, r.figures.line] | some r in found} == {
		[1, "RE18_SAMARIUM_ITEM", 1],
		[2, "RE18_SAMARIUM_ITEM", 2],
		[3, "RE18_GADOLINIUM_ITEM", 3],
	}
}
