# Nos. 18, 56 and 57 of 2025 and MOFCOM's FAQ on No. 18, decided whole.
package cnexport.measures.item_lists_test

import data.cnexport.fixtures

_metals := [
	["Sm", "RE18_SAMARIUM_ITEM", "1"], ["Gd", "RE18_GADOLINIUM_ITEM", "2"], ["Tb", "RE18_TERBIUM_ITEM", "3"],
	["Dy", "RE18_DYSPROSIUM_ITEM", "4"], ["Lu", "RE18_LUTETIUM_ITEM", "5"], ["Sc", "RE18_SCANDIUM_ITEM", "6"],
	["Y", "RE18_YTTRIUM_ITEM", "7"],
]

_metal_lines := [fixtures.item(i + 1, {"elements": [m[0]]}) | some i, m in _metals]

test_no_18_each_element_is_its_own_clause_from_2025_04_04 if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-04-04", _metal_lines)
	fixtures.valid(d)
	d.outcome == "LICENCE_REQUIRED"
	d.clearance == "HOLD"
	every i, m in _metals {
		fixtures.line_codes(d, i + 1) == [m[1], "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
		some r in fixtures.line_reasons(d, i + 1)
		[r.measure, r.clause] == ["MOFCOM-2025-18", m[2]]
	}
}

test_no_18_does_not_apply_the_day_before if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-04-03", [fixtures.item(1, {})])
	d.outcome == "NOT_CONTROLLED"
	d.lines[0].controls == []
	fixtures.dormant(d) == {concat("", [
		"line 1: RE18_SAMARIUM_ITEM (MOFCOM-2025-18 clause 1) would apply, ",
		"but clause 1 of MOFCOM-2025-18 applies only from 2025-04-04",
	])}
}

test_no_18_reason_whole if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-06-01", [fixtures.item(1, {"hs_code": "2805301910"})])
	fixtures.reason_of(d, "RE18_SAMARIUM_ITEM") == {
		"code": "RE18_SAMARIUM_ITEM",
		"measure": "MOFCOM-2025-18",
		"clause": "1",
		"outcome": "LICENCE_REQUIRED",
		"line": 1,
		"control_code": "1C902.a.1",
		"message_en": concat("", [
			"Line 1 is a samarium-related item of No. 18 (samarium metal (1C902.a.1, item 1(1)1)): ",
			"exporting it from China needs a MOFCOM dual-use export licence.",
		]),
		"message_zh": "第1行为第18号公告所列钐相关物项（金属钐（1C902.a.1，第1(1)1项）），自中国出口须取得商务部两用物项出口许可。",
		"figures": {
			"line": 1,
			"entries": "cn2025-18-1c902a1-sm-metal",
			"items": "samarium metal (1C902.a.1, item 1(1)1)",
			"items_zh": "金属钐（1C902.a.1，第1(1)1项）",
			"introduced_by": "MOFCOM-2025-18",
			"identified_by": "description, tariff_code",
			"missing_parameters": "",
		},
	}
	fixtures.line_of(d, 1).controls == [{
		"entry_id": "cn2025-18-1c902a1-sm-metal",
		"measure": "MOFCOM-2025-18",
		"clause": "1(1)1",
		"control_code": "1C902.a.1",
		"name_en": "samarium metal",
		"source_quality": "primary_reprint",
	}]
}

_no_57 := [
	["Ho", "RE57_HOLMIUM_ITEM"], ["Er", "RE57_ERBIUM_ITEM"], ["Tm", "RE57_THULIUM_ITEM"],
	["Eu", "RE57_EUROPIUM_ITEM"], ["Yb", "RE57_YTTERBIUM_ITEM"],
]

_no_57_lines := [fixtures.item(i + 1, {"category": "rare_earth_oxide", "elements": [m[0]]}) | some i, m in _no_57]

# One decision per test (each decides five lines): No. 57 applies only outside its suspension.
test_no_57_is_suspended_from_2025_11_07 if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-11-07", _no_57_lines)
	[d.outcome, count(fixtures.dormant(d))] == ["NOT_CONTROLLED", 5]
}

test_no_57_is_suspended_on_2026_11_09 if {
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-09", _no_57_lines)
	[d.outcome, count(fixtures.dormant(d))] == ["NOT_CONTROLLED", 5]
}

test_no_57_applies_from_2026_11_10 if {
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", _no_57_lines)
	every i, m in _no_57 {
		fixtures.line_codes(d, i + 1)[0] == m[1]
	}
	"SUSPENSION_END_DAY" in fixtures.warning_codes(d)
}

test_no_57_does_not_apply_before_its_date if {
	before := data.cnexport.decision with input as fixtures.export_doc("2025-11-06", _no_57_lines)
	some w in before.warnings
	w.message_en == concat("", [
		"line 1: RE57_HOLMIUM_ITEM (MOFCOM-2025-57 clause 1) would apply, ",
		"but clause 1 of MOFCOM-2025-57 applies only from 2025-11-08",
	])
}

test_no_56_equipment_by_its_code_and_ores_by_their_category if {
	lines := [
		fixtures.item(1, {"category": "production_equipment", "elements": null, "control_code": "2B902.a"}),
		fixtures.item(2, {"category": "rare_earth_ore", "elements": ["Ce", "La"], "hs_code": "2530902000"}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	fixtures.line_codes(d, 1)[0] == "RE56_EQUIPMENT_ITEM"
	fixtures.line_codes(d, 2)[0] == "RE56_MATERIAL_ITEM"
	suspended := data.cnexport.decision with input as fixtures.export_doc("2026-11-09", lines)
	suspended.outcome == "NOT_CONTROLLED"
}
