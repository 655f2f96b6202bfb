# The warnings on the exporter's own classification (Regulations, Art. 14), decided whole.
package cnexport.measures.statecouncil_2024_792_test

import data.cnexport.fixtures

test_a_missing_parameter_is_taken_as_met_and_named if {
	battery := fixtures.item(1, {"category": "lithium_battery", "elements": null})
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [battery])
	d.outcome == "LICENCE_REQUIRED"
	fixtures.warning_of(d, "PARAMETERS_NOT_DECLARED") == {
		"code": "PARAMETERS_NOT_DECLARED",
		"message_en": concat("", [
			"line 1: taken as mofcom-2025-58-3a001-li-ion-battery (3A001) although gravimetric_energy_density_wh_per_kg ",
			"is not declared: a threshold whose parameter is missing counts as met; declare it to have it checked",
		]),
		"message_zh": concat("", [
			"第1行虽未申报gravimetric_energy_density_wh_per_kg，仍被认定为mofcom-2025-58-3a001-li-ion-battery（3A001）：",
			"缺少参数的指标视为达到；请申报该参数以便核查。",
		]),
		"lines": [1],
		"measure": "MOFCOM-2025-58",
		"interpretation": "I-CLASSIFICATION-FAIL-CLOSED",
	}
	fixtures.reason_of(d, "LB58_BATTERY_ITEM").interpretation == "I-CLASSIFICATION-FAIL-CLOSED"
}

test_missing_elements_and_unchecked_conditions_are_named if {
	lines := [
		fixtures.item(1, {"category": "crystal_material", "elements": null}),
		fixtures.item(2, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	count([w | some w in d.warnings; w.code == "ELEMENTS_NOT_DECLARED"; w.lines == [1]]) > 0
	some w in d.warnings
	w.code == "CONDITIONS_NOT_CHECKED"
	w.lines == [2]
	contains(w.message_en, "mofcom-2024-33-sh-1-cubic-press")
}

# Lines taken as the same item for the same want of facts share one warning, naming them in runs;
# lines taken as another item, or missing other parameters, get their own.
test_lines_taken_alike_share_one_warning if {
	battery := {"category": "lithium_battery", "elements": null}
	lines := [
		fixtures.item(1, battery),
		fixtures.item(2, object.union(battery, {"description": "another lot of the same cells"})),
		fixtures.item(3, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"}),
		fixtures.item(4, battery),
		fixtures.item(5, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	[[w.lines, w.message_en] | some w in d.warnings; w.code == "PARAMETERS_NOT_DECLARED"] == [
		[[1, 2, 4], concat("", [
			"lines 1-2, 4: taken as mofcom-2025-58-3a001-li-ion-battery (3A001) although gravimetric_energy_density_wh_per_kg ",
			"is not declared: a threshold whose parameter is missing counts as met; declare it to have it checked",
		])],
		[[3, 5], concat("", [
			"lines 3, 5: taken as mofcom-2024-33-sh-1-cubic-press (control code not known) although cylinder_bore_mm, ",
			"design_working_pressure_gpa is not declared: a threshold whose parameter is missing counts as met; declare it ",
			"to have it checked",
		])],
	]
	[[w.lines, w.message_zh] | some w in d.warnings; w.code == "CONDITIONS_NOT_CHECKED"; contains(w.message_en, "cubic-press")] == [[
		[3, 5],
		concat("", [
			"第3、5行被认定为mofcom-2024-33-sh-1-cubic-press（管制编码不详）；本系统无法核查该物项的以下条件（按目录数据原文）：",
			concat("; ", data.cnexport_reference.index.catalogue["mofcom-2024-33-sh-1-cubic-press"].conditions),
		]),
	]]

	# no two warnings of these codes say the same thing
	grouped := [w | some w in d.warnings; w.code in {"ELEMENTS_NOT_DECLARED", "PARAMETERS_NOT_DECLARED", "CONDITIONS_NOT_CHECKED"}]
	count(grouped) == count({[w.code, w.message_en] | some w in grouped})
}

# The lines of each warning of a code that names an entry.
_lines_warned(d, code, entry) := [w.lines | some w in d.warnings; w.code == code; contains(w.message_en, entry)]

test_each_want_of_facts_is_told_once_for_the_lines_it_concerns if {
	press := {"category": "production_equipment", "elements": null, "hs_code": "8479899956"}
	furnace := {"category": "production_equipment", "elements": null, "control_code": "2B902.h"}
	lines := [
		fixtures.item(2, press),
		fixtures.item(4, object.union(furnace, {"parameters": {"operating_temperature_c": 1500}})),
		fixtures.item(5, object.union(furnace, {"parameters": {"operating_temperature_c": 1600}})),
		fixtures.item(6, furnace), # declares no temperature: no word on its threshold
		fixtures.item(7, {"category": "crystal_material", "elements": null}),
		fixtures.item(8, {"category": "crystal_material", "elements": null, "description": "another crystal"}),
		fixtures.item(9, {"category": "metal", "elements": null, "description": "a metal"}),
		fixtures.item(10, object.union(press, {"parameters": {"operating_temperature_c": 1500}})), # another item
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	_lines_warned(d, "PARAMETERS_NOT_DECLARED", "cubic-press") == [[2, 10]] # lines of other facts, alike in what they miss
	_lines_warned(d, "PARAMETERS_NOT_DECLARED", "indium-antimonide") == [[7, 8]]
	_lines_warned(d, "LOW_GRADE_THRESHOLD", "2b902h-resistance-furnace") == [[4, 5]]
	_lines_warned(d, "ELEMENTS_NOT_DECLARED", "gallium-oxide") == [[7, 8]]
	_lines_warned(d, "ELEMENTS_NOT_DECLARED", "gallium-metal") == [[9]]
}

test_lines_declaring_the_same_unknown_code_share_one_warning if {
	lines := [
		fixtures.item(1, {"category": "other", "elements": null, "control_code": "1C999.a"}),
		fixtures.item(2, {"category": "other", "elements": null, "control_code": "1C999.a", "description": "another lot"}),
		fixtures.item(3, {"category": "other", "elements": null, "control_code": "1C999.b"}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	{[w.lines, w.message_en] | some w in d.warnings; w.code == "CONTROL_CODE_NOT_IN_CATALOGUE"} == {
		[[1, 2], concat("", [
			"lines 1-2: declared control code 1C999.a names no item of the lists the engine holds (the codes of the ",
			"2023-2024 items are not known): check the code",
		])],
		[[3], concat("", [
			"line 3: declared control code 1C999.b names no item of the lists the engine holds (the codes of the ",
			"2023-2024 items are not known): check the code",
		])],
	}
}

test_a_declared_code_the_description_contradicts_is_applied_with_a_warning if {
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [fixtures.item(1, {
		"category": "production_equipment", "elements": null, "control_code": "3B901.c.1.a",
		"parameters": {"granulation_volume_m3": 4.99},
	})])
	fixtures.line_codes(d, 1)[0] == "LB58_GRAPHITE_ANODE_ITEM"

	# 3B901.c.1.a is a sub-item of 3B901.c.1, the code both kettle entries carry.
	{w.message_en | some w in d.warnings; w.code == "CONTROL_CODE_CONTRADICTED"} == {sprintf(
		concat("", [
			"line 1: declared control code 3B901.c.1.a names %s (3B901.c.1), ",
			"but its parameters fall outside: granulation_volume_m3 4.99 (needs >= 5 m3): the declared code is applied",
		]),
		[id],
	) |
		some id in ["mofcom-2025-58-3b901c1a-vertical-granulation-kettle", "mofcom-2025-58-3b901c1b-continuous-granulation-kettle"]
	}
}

test_a_granulation_kettle_by_its_volume_on_both_sides_of_5_m3 if {
	at := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [fixtures.item(1, {
		"category": "production_equipment", "elements": null, "parameters": {"granulation_volume_m3": 5},
	})])
	fixtures.line_codes(at, 1)[0] == "LB58_GRAPHITE_ANODE_ITEM"
	not "CONTROL_CODE_CONTRADICTED" in fixtures.warning_codes(at)
	below := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [fixtures.item(1, {
		"category": "production_equipment", "elements": null, "parameters": {"granulation_volume_m3": 4.99},
	})])
	below.reasons == []
}

test_a_declared_code_naming_another_item_adds_to_what_the_description_names if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [fixtures.item(1, {"control_code": "1C903.a.1"})])
	{c.entry_id | some c in fixtures.line_of(d, 1).controls} == {"cn2025-18-1c902a1-sm-metal", "cn2025-18-1c903a1-gd-metal"}
	"CONTROL_CODE_DIFFERS" in fixtures.warning_codes(d)
	"CONTROL_CODE_CONTRADICTED" in fixtures.warning_codes(d)
}

test_a_reference_code_of_a_listed_item_on_a_line_described_otherwise if {
	neodymium := fixtures.item(1, {"elements": ["Nd"], "hs_code": "2805301910"})
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [neodymium])
	d.outcome == "NOT_CONTROLLED"
	contains(fixtures.warning_of(d, "TARIFF_CODE_OF_LISTED_ITEM").message_en, "cn2025-18-1c902a1-sm-metal (1C902.a.1)")
}

test_equipment_without_a_code_gets_the_entries_to_check if {
	equipment := fixtures.item(1, {"category": "production_equipment", "elements": null})
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [equipment])
	d.outcome == "NOT_CONTROLLED"
	w := fixtures.warning_of(d, "CLASSIFICATION_CANDIDATES")
	contains(w.message_en, "Cubic (six-anvil) press")
	not contains(w.message_en, "2B902")
}

# An entry the line is already classified as is no longer a candidate to check; the others still are.
test_the_entry_a_line_is_classified_as_is_not_among_its_candidates if {
	press := fixtures.item(1, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"})
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [press])
	[c.entry_id | some c in fixtures.line_of(d, 1).controls] == ["mofcom-2024-33-sh-1-cubic-press"]
	w := fixtures.warning_of(d, "CLASSIFICATION_CANDIDATES")
	not contains(w.message_en, "Cubic (six-anvil) press")
	contains(w.message_en, "Microwave plasma CVD (MPCVD) equipment")
	not contains(w.message_zh, "六面顶压机")
	contains(w.message_zh, "MPCVD")
}

test_readings_and_low_grade_sources_are_named if {
	lines := [
		fixtures.item(1, {"category": "rare_earth_metal", "elements": ["Yb"]}),
		fixtures.item(2, {"category": "equipment_part", "elements": null, "control_code": "2B902.g.3", "parameters": {"output_power_kw": 10}}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	expected := {"CATALOGUE_ENTRY_INFERRED", "CATALOGUE_ENTRY_LOW_GRADE_SOURCE", "CATALOGUE_MATCH_BY_INTERPRETATION", "LOW_GRADE_THRESHOLD"}
	expected & fixtures.warning_codes(d) == expected
}

# A reading is told once for the entry it places lines as, naming them in runs.
test_a_reading_is_told_once_for_its_lines if {
	ytterbium := fixtures.item(1, {"category": "rare_earth_metal", "elements": ["Yb"]})
	lines := [ytterbium, object.union(ytterbium, {"line": 2}), object.union(ytterbium, {"line": 4})]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	[w] := [w | some w in d.warnings; w.code == "CATALOGUE_MATCH_BY_INTERPRETATION"]
	w.lines == [1, 2, 4]
	startswith(w.message_en, "lines 1-2, 4: taken to be ")
	startswith(w.message_zh, "第1-2、4行依解释")
}

# A line whose category may be a listed machine and whose customs code lies in the machines' reference
# tariff line fits only listed items: taken as them, with what to declare to narrow it; a 10-digit
# commodity number names its item without that warning.
test_a_reference_tariff_line_takes_fitting_equipment_as_listed if {
	machine := fixtures.item(1, {"category": "production_equipment", "elements": null, "hs_code": "8479899990"})
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [machine])
	d.outcome == "LICENCE_REQUIRED"
	[w] := [w | some w in d.warnings; w.code == "TAKEN_AS_LISTED_BY_TARIFF_LINE"]
	[w.lines, w.interpretation] == [[1], "I-CLASSIFICATION-FAIL-CLOSED"]
	contains(w.message_en, "mofcom-2025-58-3b901a1-winding-machine (3B901.a)")

	press := fixtures.item(1, {"category": "production_equipment", "elements": null, "hs_code": "8479899956"})
	p := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [press])
	p.outcome == "LICENCE_REQUIRED"
	not "TAKEN_AS_LISTED_BY_TARIFF_LINE" in fixtures.warning_codes(p)
}

# Lines alike in what they are share their classification and their warnings: a warning is told once
# for the lines it says the same thing of, naming them; lines of other facts get their own.
test_alike_lines_share_their_warnings if {
	machine := fixtures.item(1, {"category": "production_equipment", "elements": null, "hs_code": "8479899990"})
	coded := fixtures.item(3, {"control_code": "1C903.a.1"})
	neodymium := fixtures.item(5, {"elements": ["Nd"], "hs_code": "2805301910"})
	lines := [
		machine, object.union(machine, {"line": 2}),
		coded, object.union(coded, {"line": 4}),
		neodymium, object.union(neodymium, {"line": 6}),
		object.union(machine, {"line": 7, "hs_code": "8479899910"}),
		object.union(coded, {"line": 8, "control_code": "1C903.a.2"}),
		object.union(neodymium, {"line": 9, "hs_code": "2805301990"}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	codes := {
		"TAKEN_AS_LISTED_BY_TARIFF_LINE", "CLASSIFICATION_CANDIDATES", "CONTROL_CODE_DIFFERS", "CONTROL_CODE_CONTRADICTED",
		"TARIFF_CODE_OF_LISTED_ITEM",
	}
	{[w.code, object.get(w, "line", object.get(w, "lines", null))] | some w in d.warnings; w.code in codes} == {
		["TAKEN_AS_LISTED_BY_TARIFF_LINE", [1, 2]], ["TAKEN_AS_LISTED_BY_TARIFF_LINE", [7]],
		["CLASSIFICATION_CANDIDATES", [1, 2, 7]],
		["CONTROL_CODE_DIFFERS", [3, 4]], ["CONTROL_CODE_DIFFERS", [8]],
		["CONTROL_CODE_CONTRADICTED", [3, 4]], ["CONTROL_CODE_CONTRADICTED", [8]],
		["TARIFF_CODE_OF_LISTED_ITEM", [5, 6]], ["TARIFF_CODE_OF_LISTED_ITEM", [9]],
	}
}
