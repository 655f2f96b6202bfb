# The Export Control Law and the Dual-Use Regulations on every export from China, and the warnings
# on the exporter's own classification (Regulations, Art. 14).
package cnexport.measures.npcsc_2020_58_test

import data.cnexport.fixtures

test_the_law_and_the_regulations_on_a_listed_item if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [fixtures.item(1, {})])
	law := fixtures.reason_of(d, "ECL12_LISTED_ITEM_LICENCE")
	[law.measure, law.clause, law.outcome, law.figures.listed_by] == ["NPCSC-2020-58", "12", "LICENCE_REQUIRED", "MOFCOM-2025-18 clause 1"]
	regulations := fixtures.reason_of(d, "DUR14_LISTED_ITEM_LICENCE")
	[regulations.measure, regulations.clause, regulations.outcome] == ["STATECOUNCIL-2024-792", "14", "LICENCE_REQUIRED"]
}

test_nothing_is_an_export_from_china_inside_china if {
	inside := {"ship_to": "CN", "parties": [{"role": "consignee", "name": "Baotou Co", "country": "CN"}]}
	doc := object.union(fixtures.export_doc("2025-06-01", [fixtures.item(1, {})]), inside)
	d := data.cnexport.decision with input as doc
	d.outcome == "NOT_CONTROLLED"
	d.reasons == []
}

test_a_chinese_person_exports_from_abroad if {
	doc := object.union(fixtures.export_doc("2025-06-01", [fixtures.item(1, {})]), {"ship_from": "VN"})
	d := data.cnexport.decision with input as doc
	fixtures.line_codes(d, 1)[0] == "RE18_SAMARIUM_ITEM"
	"EXPORT_BY_CHINESE_PERSON" in fixtures.warning_codes(d)
	foreign := json.patch(doc, [{"op": "replace", "path": "/exporter", "value": {"name": "Hanoi Metals JSC", "country": "VN"}}])
	nothing := data.cnexport.decision with input as foreign
	nothing.outcome == "NOT_CONTROLLED"
}

test_the_catch_all_for_an_unlisted_item_the_exporter_knows_will_serve_wmd if {
	steel := fixtures.item(1, {"category": "other", "elements": ["Fe"]})
	doc := object.union(fixtures.export_doc("2025-06-01", [steel]), {"end_use": {"purposes": ["wmd"]}})
	d := data.cnexport.decision with input as doc
	fixtures.line_codes(d, 1) == ["ECL12_CATCH_ALL"]
	r := fixtures.reason_of(d, "ECL12_CATCH_ALL")
	[r.outcome, r.interpretation, r.figures.purposes] == ["LICENCE_REQUIRED", "I-FRAMEWORK-NO-TIER", "wmd"]
	"END_USE_WITHOUT_TIER" in fixtures.warning_codes(d)
	civil := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [steel])
	civil.outcome == "NOT_CONTROLLED"
}

test_a_declared_code_on_no_list_is_the_exporters_word_that_the_item_is_dual_use if {
	line := fixtures.item(1, {"category": "other", "elements": null, "control_code": "1C999.a"})
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [line])
	r := fixtures.reason_of(d, "ECL12_DECLARED_DUAL_USE_ITEM")
	[r.control_code, r.outcome, r.interpretation] == ["1C999.a", "LICENCE_REQUIRED", "I-DECLARED-CODE"]
	"CONTROL_CODE_NOT_IN_CATALOGUE" in fixtures.warning_codes(d)
}

# A line's listings are those in force on the export date, each once, in order.
test_the_listings_of_a_line_are_those_in_force if {
	found := [
		{"entry": {"listed_by": [{"measure": "MOFCOM-2025-18", "clause": "2"}, {"measure": "MOFCOM-2025-55", "clause": "1"}]}},
		{"entry": {"listed_by": [{"measure": "MOFCOM-2025-18", "clause": "1"}, {"measure": "MOFCOM-2025-18", "clause": "2"}]}},
	]
	listed_by := "MOFCOM-2025-18 clause 1, MOFCOM-2025-18 clause 2"
	data.cnexport.measures.npcsc_2020_58._listed_by(found) == listed_by with input as {"export_date": "2025-06-01"}
	data.cnexport.measures.npcsc_2020_58._listed_by(found) == "" with input as {"export_date": "2025-01-01"}
}
