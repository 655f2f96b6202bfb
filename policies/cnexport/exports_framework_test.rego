# The Export Control Law and the Dual-Use Regulations on every export from China, and the warnings
# on the exporter's own classification (Regulations, Art. 14).
package cnexport_test

import data.cnexport

test_the_law_and_the_regulations_on_a_listed_item if {
	d := cnexport.decision with input as _exp_doc("2025-06-01", [_exp_item(1, {})])
	law := _exp_reason(d, "ECL12_LISTED_ITEM_LICENCE")
	[law.measure, law.clause, law.outcome, law.figures.listed_by] == ["NPCSC-2020-58", "12", "LICENCE_REQUIRED", "MOFCOM-2025-18 clause 1"]
	regulations := _exp_reason(d, "DUR14_LISTED_ITEM_LICENCE")
	[regulations.measure, regulations.clause, regulations.outcome] == ["STATECOUNCIL-2024-792", "14", "LICENCE_REQUIRED"]
}

test_nothing_is_an_export_from_china_inside_china if {
	inside := {"ship_to": "CN", "parties": [{"role": "consignee", "name": "Baotou Co", "country": "CN"}]}
	doc := object.union(_exp_doc("2025-06-01", [_exp_item(1, {})]), inside)
	d := cnexport.decision with input as doc
	d.outcome == "NOT_CONTROLLED"
	d.reasons == []
}

test_a_chinese_person_exports_from_abroad if {
	doc := object.union(_exp_doc("2025-06-01", [_exp_item(1, {})]), {"ship_from": "VN"})
	d := cnexport.decision with input as doc
	_exp_codes(d, 1)[0] == "RE18_SAMARIUM_ITEM"
	"EXPORT_BY_CHINESE_PERSON" in _exp_warnings(d)
	foreign := json.patch(doc, [{"op": "replace", "path": "/exporter", "value": {"name": "Hanoi Metals JSC", "country": "VN"}}])
	nothing := cnexport.decision with input as foreign
	nothing.outcome == "NOT_CONTROLLED"
}

test_the_catch_all_for_an_unlisted_item_the_exporter_knows_will_serve_wmd if {
	doc := object.union(_exp_doc("2025-06-01", [_exp_item(1, {"category": "other", "elements": ["Fe"]})]), {"end_use": {"purposes": ["wmd"]}})
	d := cnexport.decision with input as doc
	_exp_codes(d, 1) == ["ECL12_CATCH_ALL"]
	r := _exp_reason(d, "ECL12_CATCH_ALL")
	[r.outcome, r.interpretation, r.figures.purposes] == ["LICENCE_REQUIRED", "I-FRAMEWORK-NO-TIER", "wmd"]
	"END_USE_WITHOUT_TIER" in _exp_warnings(d)
	civil := cnexport.decision with input as _exp_doc("2025-06-01", [_exp_item(1, {"category": "other", "elements": ["Fe"]})])
	civil.outcome == "NOT_CONTROLLED"
}

test_a_declared_code_on_no_list_is_the_exporters_word_that_the_item_is_dual_use if {
	line := _exp_item(1, {"category": "other", "elements": null, "control_code": "1C999.a"})
	d := cnexport.decision with input as _exp_doc("2025-06-01", [line])
	r := _exp_reason(d, "ECL12_DECLARED_DUAL_USE_ITEM")
	[r.control_code, r.outcome, r.interpretation] == ["1C999.a", "LICENCE_REQUIRED", "I-DECLARED-CODE"]
	"CONTROL_CODE_NOT_IN_CATALOGUE" in _exp_warnings(d)
}

_exp_warning(d, code) := w if {
	some w in d.warnings
	w.code == code
}

test_a_missing_parameter_is_taken_as_met_and_named if {
	d := cnexport.decision with input as _exp_doc("2026-11-10", [_exp_item(1, {"category": "lithium_battery", "elements": null})])
	d.outcome == "LICENCE_REQUIRED"
	_exp_warning(d, "PARAMETERS_NOT_DECLARED") == {
		"code": "PARAMETERS_NOT_DECLARED",
		"message_en": concat("", [
			"line 1 is taken as mofcom-2025-58-3a001-li-ion-battery (3A001) although gravimetric_energy_density_wh_per_kg ",
			"is not declared: a threshold whose parameter is missing counts as met; declare it to have it checked",
		]),
		"message_zh": concat("", [
			"第1行虽未申报gravimetric_energy_density_wh_per_kg，仍被认定为mofcom-2025-58-3a001-li-ion-battery（3A001）：",
			"缺少参数的指标视为达到；请申报该参数以便核查。",
		]),
		"line": 1,
		"measure": "MOFCOM-2025-58",
		"interpretation": "I-CLASSIFICATION-FAIL-CLOSED",
	}
	_exp_reason(d, "LB58_BATTERY_ITEM").interpretation == "I-CLASSIFICATION-FAIL-CLOSED"
}

test_missing_elements_and_unchecked_conditions_are_named if {
	lines := [
		_exp_item(1, {"category": "crystal_material", "elements": null}),
		_exp_item(2, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"}),
	]
	d := cnexport.decision with input as _exp_doc("2026-11-10", lines)
	count([w | some w in d.warnings; w.code == "ELEMENTS_NOT_DECLARED"; w.line == 1]) > 0
	some w in d.warnings
	w.code == "CONDITIONS_NOT_CHECKED"
	w.line == 2
	contains(w.message_en, "mofcom-2024-33-sh-1-cubic-press")
}

test_a_declared_code_the_description_contradicts_is_applied_with_a_warning if {
	d := cnexport.decision with input as _exp_doc("2026-11-10", [_exp_item(1, {
		"category": "production_equipment", "elements": null, "control_code": "3B901.c.1.a",
		"parameters": {"granulation_volume_m3": 4.99},
	})])
	_exp_codes(d, 1)[0] == "LB58_GRAPHITE_ANODE_ITEM"

	# 3B901.c.1.a is a sub-item of 3B901.c.1, the code both kettle entries carry.
	{w.message_en | some w in d.warnings; w.code == "CONTROL_CODE_CONTRADICTED"} == {sprintf(
		concat("", [
			"line 1 declares control code 3B901.c.1.a, which names %s (3B901.c.1), ",
			"but its parameters fall outside: granulation_volume_m3 4.99 (needs >= 5 m3): the declared code is applied",
		]),
		[id],
	) |
		some id in ["mofcom-2025-58-3b901c1a-vertical-granulation-kettle", "mofcom-2025-58-3b901c1b-continuous-granulation-kettle"]
	}
}

test_a_granulation_kettle_by_its_volume_on_both_sides_of_5_m3 if {
	at := cnexport.decision with input as _exp_doc("2026-11-10", [_exp_item(1, {
		"category": "production_equipment", "elements": null, "parameters": {"granulation_volume_m3": 5},
	})])
	_exp_codes(at, 1)[0] == "LB58_GRAPHITE_ANODE_ITEM"
	not "CONTROL_CODE_CONTRADICTED" in _exp_warnings(at)
	below := cnexport.decision with input as _exp_doc("2026-11-10", [_exp_item(1, {
		"category": "production_equipment", "elements": null, "parameters": {"granulation_volume_m3": 4.99},
	})])
	below.reasons == []
}

test_a_declared_code_naming_another_item_adds_to_what_the_description_names if {
	d := cnexport.decision with input as _exp_doc("2025-06-01", [_exp_item(1, {"control_code": "1C903.a.1"})])
	{c.entry_id | some c in _exp_line(d, 1).controls} == {"cn2025-18-1c902a1-sm-metal", "cn2025-18-1c903a1-gd-metal"}
	"CONTROL_CODE_DIFFERS" in _exp_warnings(d)
	"CONTROL_CODE_CONTRADICTED" in _exp_warnings(d)
}

test_a_reference_code_of_a_listed_item_on_a_line_described_otherwise if {
	d := cnexport.decision with input as _exp_doc("2025-06-01", [_exp_item(1, {"elements": ["Nd"], "hs_code": "2805301910"})])
	d.outcome == "NOT_CONTROLLED"
	contains(_exp_warning(d, "TARIFF_CODE_OF_LISTED_ITEM").message_en, "cn2025-18-1c902a1-sm-metal (1C902.a.1)")
}

test_equipment_without_a_code_gets_the_entries_to_check if {
	d := cnexport.decision with input as _exp_doc("2025-06-01", [_exp_item(1, {"category": "production_equipment", "elements": null})])
	d.outcome == "NOT_CONTROLLED"
	w := _exp_warning(d, "CLASSIFICATION_CANDIDATES")
	contains(w.message_en, "Cubic (six-anvil) press")
	not contains(w.message_en, "2B902")
}

test_readings_and_low_grade_sources_are_named if {
	lines := [
		_exp_item(1, {"category": "rare_earth_metal", "elements": ["Yb"]}),
		_exp_item(2, {"category": "equipment_part", "elements": null, "control_code": "2B902.g.3", "parameters": {"output_power_kw": 10}}),
	]
	d := cnexport.decision with input as _exp_doc("2026-11-10", lines)
	expected := {"CATALOGUE_ENTRY_INFERRED", "CATALOGUE_ENTRY_LOW_GRADE_SOURCE", "CATALOGUE_MATCH_BY_INTERPRETATION", "LOW_GRADE_THRESHOLD"}
	expected & _exp_warnings(d) == expected
}

# A line whose category may be a listed machine and whose customs code lies in the machines' reference
# tariff line fits only listed items: taken as them, with what to declare to narrow it; a 10-digit
# commodity number names its item without that warning.
test_a_reference_tariff_line_takes_fitting_equipment_as_listed if {
	machine := _exp_item(1, {"category": "production_equipment", "elements": null, "hs_code": "8479899990"})
	d := cnexport.decision with input as _exp_doc("2026-11-10", [machine])
	d.outcome == "LICENCE_REQUIRED"
	[w] := [w | some w in d.warnings; w.code == "TAKEN_AS_LISTED_BY_TARIFF_LINE"]
	[w.line, w.interpretation] == [1, "I-CLASSIFICATION-FAIL-CLOSED"]
	contains(w.message_en, "mofcom-2025-58-3b901a1-winding-machine (3B901.a)")

	press := _exp_item(1, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"})
	p := cnexport.decision with input as _exp_doc("2025-06-01", [press])
	p.outcome == "LICENCE_REQUIRED"
	not "TAKEN_AS_LISTED_BY_TARIFF_LINE" in _exp_warnings(p)
}
