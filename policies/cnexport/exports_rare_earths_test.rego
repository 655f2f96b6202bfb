# Nos. 18, 56 and 57 of 2025 and MOFCOM's FAQ on No. 18, decided whole.
package cnexport_test

import data.cnexport

_exp_metals := [
	["Sm", "RE18_SAMARIUM_ITEM", "1"], ["Gd", "RE18_GADOLINIUM_ITEM", "2"], ["Tb", "RE18_TERBIUM_ITEM", "3"],
	["Dy", "RE18_DYSPROSIUM_ITEM", "4"], ["Lu", "RE18_LUTETIUM_ITEM", "5"], ["Sc", "RE18_SCANDIUM_ITEM", "6"],
	["Y", "RE18_YTTRIUM_ITEM", "7"],
]

_exp_metal_lines := [_exp_item(i + 1, {"elements": [m[0]]}) | some i, m in _exp_metals]

test_no_18_each_element_is_its_own_clause_from_2025_04_04 if {
	d := cnexport.decision with input as _exp_doc("2025-04-04", _exp_metal_lines)
	_exp_valid(d)
	d.outcome == "LICENCE_REQUIRED"
	d.clearance == "HOLD"
	every i, m in _exp_metals {
		_exp_codes(d, i + 1) == [m[1], "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
		some r in _exp_line(d, i + 1).reasons
		[r.measure, r.clause] == ["MOFCOM-2025-18", m[2]]
	}
}

test_no_18_does_not_apply_the_day_before if {
	d := cnexport.decision with input as _exp_doc("2025-04-03", [_exp_item(1, {})])
	d.outcome == "NOT_CONTROLLED"
	d.lines[0].controls == []
	_exp_dormant(d) == {concat("", [
		"line 1: RE18_SAMARIUM_ITEM (MOFCOM-2025-18 clause 1) would apply, ",
		"but clause 1 of MOFCOM-2025-18 applies only from 2025-04-04",
	])}
}

test_no_18_reason_whole if {
	d := cnexport.decision with input as _exp_doc("2025-06-01", [_exp_item(1, {"hs_code": "2805301910"})])
	_exp_reason(d, "RE18_SAMARIUM_ITEM") == {
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
		"source": "https://www.hymagnetics.com/news_detail/24.html",
	}
	_exp_line(d, 1).controls == [{
		"entry_id": "cn2025-18-1c902a1-sm-metal",
		"measure": "MOFCOM-2025-18",
		"clause": "1(1)1",
		"control_code": "1C902.a.1",
		"name_en": "samarium metal",
		"source_quality": "primary_reprint",
	}]
}

_exp_rotor := _exp_item(1, {
	"category": "product_with_magnet",
	"elements": ["Nd", "Dy"],
	"description": "motor rotor with Dy-NdFeB magnets",
})

test_a_product_with_a_magnet_is_a_no_18_item_until_the_faq if {
	d := cnexport.decision with input as _exp_doc("2025-09-15", [_exp_rotor])
	_exp_codes(d, 1) == ["RE18_DYSPROSIUM_ITEM", "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
	_exp_dormant(d) == {
		concat("", [
			"line 1: RE18_FAQ_DEEPLY_PROCESSED (MOFCOM-FAQ-2025-5 clause 1) would apply, ",
			"but clause 1 of MOFCOM-FAQ-2025-5 applies only from 2025-09-16",
		]),
		concat("", [
			"line 1: JP01_END_USE_TO_CONFIRM (MOFCOM-2026-1 clause 1) would apply, ",
			"but clause 1 of MOFCOM-2026-1 applies only from 2026-01-06",
		]),
	}
}

test_the_faq_puts_a_product_with_a_magnet_outside_no_18 if {
	d := cnexport.decision with input as _exp_doc("2025-09-16", [_exp_rotor])
	_exp_valid(d)
	d.outcome == "NOT_CONTROLLED"
	d.clearance == "GO"
	d.lines[0].controls == []
	r := _exp_reason(d, "RE18_FAQ_DEEPLY_PROCESSED")
	[r.measure, r.clause, r.outcome, r.interpretation, r.line] == ["MOFCOM-FAQ-2025-5", "1", "NOT_CONTROLLED", "I-18-FAQ-PRODUCTS", 1]
	r.figures.entries == "cn2025-18-1c905a-dy-ndfeb-magnet"
	r.source == "http://jying.cn/archiver/tid-242634.html"
}

test_a_magnet_part_stays_a_no_18_item_after_the_faq if {
	d := cnexport.decision with input as _exp_doc("2025-09-16", [_exp_item(1, {"category": "magnet_part", "elements": ["Sm"]})])
	_exp_codes(d, 1) == ["RE18_SAMARIUM_ITEM", "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
}

_exp_no_57 := [
	["Ho", "RE57_HOLMIUM_ITEM"], ["Er", "RE57_ERBIUM_ITEM"], ["Tm", "RE57_THULIUM_ITEM"],
	["Eu", "RE57_EUROPIUM_ITEM"], ["Yb", "RE57_YTTERBIUM_ITEM"],
]

_exp_no_57_lines := [_exp_item(i + 1, {"category": "rare_earth_oxide", "elements": [m[0]]}) | some i, m in _exp_no_57]

# One decision per test (each decides five lines): No. 57 applies only outside its suspension.
test_no_57_is_suspended_from_2025_11_07 if {
	d := cnexport.decision with input as _exp_doc("2025-11-07", _exp_no_57_lines)
	[d.outcome, count(_exp_dormant(d))] == ["NOT_CONTROLLED", 5]
}

test_no_57_is_suspended_on_2026_11_09 if {
	d := cnexport.decision with input as _exp_doc("2026-11-09", _exp_no_57_lines)
	[d.outcome, count(_exp_dormant(d))] == ["NOT_CONTROLLED", 5]
}

test_no_57_applies_from_2026_11_10 if {
	d := cnexport.decision with input as _exp_doc("2026-11-10", _exp_no_57_lines)
	every i, m in _exp_no_57 {
		_exp_codes(d, i + 1)[0] == m[1]
	}
	"SUSPENSION_END_DAY" in _exp_warnings(d)
}

test_no_57_does_not_apply_before_its_date if {
	before := cnexport.decision with input as _exp_doc("2025-11-06", _exp_no_57_lines)
	some w in before.warnings
	w.message_en == concat("", [
		"line 1: RE57_HOLMIUM_ITEM (MOFCOM-2025-57 clause 1) would apply, ",
		"but clause 1 of MOFCOM-2025-57 applies only from 2025-11-08",
	])
}

test_no_56_equipment_by_its_code_and_ores_by_their_category if {
	lines := [
		_exp_item(1, {"category": "production_equipment", "elements": null, "control_code": "2B902.a"}),
		_exp_item(2, {"category": "rare_earth_ore", "elements": ["Ce", "La"], "hs_code": "2530902000"}),
	]
	d := cnexport.decision with input as _exp_doc("2026-11-10", lines)
	_exp_codes(d, 1)[0] == "RE56_EQUIPMENT_ITEM"
	_exp_codes(d, 2)[0] == "RE56_MATERIAL_ITEM"
	suspended := cnexport.decision with input as _exp_doc("2026-11-09", lines)
	suspended.outcome == "NOT_CONTROLLED"
}
