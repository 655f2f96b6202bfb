# MOFCOM's FAQ No. 5 on No. 18: products with a magnet, decided whole on both sides of its date.
package cnexport.measures.mofcom_faq_2025_5_test

import data.cnexport.fixtures

_rotor := fixtures.item(1, {
	"category": "product_with_magnet",
	"elements": ["Nd", "Dy"],
	"description": "motor rotor with Dy-NdFeB magnets",
})

test_a_product_with_a_magnet_is_a_no_18_item_until_the_faq if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-09-15", [_rotor])
	fixtures.line_codes(d, 1) == ["RE18_DYSPROSIUM_ITEM", "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
	fixtures.dormant(d) == {
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
	d := data.cnexport.decision with input as fixtures.export_doc("2025-09-16", [_rotor])
	fixtures.valid(d)
	d.outcome == "NOT_CONTROLLED"
	d.clearance == "GO"
	d.lines[0].controls == []
	r := fixtures.reason_of(d, "RE18_FAQ_DEEPLY_PROCESSED")
	[r.measure, r.clause, r.outcome, r.interpretation, r.line] == ["MOFCOM-FAQ-2025-5", "1", "NOT_CONTROLLED", "I-18-FAQ-PRODUCTS", 1]
	r.figures.entries == "cn2025-18-1c905a-dy-ndfeb-magnet"
	d.sources[r.measure][r.clause] == "http://jying.cn/archiver/tid-242634.html"
}

test_a_magnet_part_stays_a_no_18_item_after_the_faq if {
	part := fixtures.item(1, {"category": "magnet_part", "elements": ["Sm"]})
	d := data.cnexport.decision with input as fixtures.export_doc("2025-09-16", [part])
	fixtures.line_codes(d, 1) == ["RE18_SAMARIUM_ITEM", "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
}

test_each_product_of_alike_lines_is_outside_no_18 if {
	d := data.cnexport.decision with input as fixtures.export_doc("2025-09-16", [_rotor, object.union(_rotor, {"line": 2})])
	{[r.line, r.figures.line] | some r in d.reasons; r.code == "RE18_FAQ_DEEPLY_PROCESSED"} == {[1, 1], [2, 2]}
}
