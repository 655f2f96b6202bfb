# The 2023-2024 items (Nos. 23 and 39 of 2023, No. 33 of 2024), cited by their announcement until
# 2024-11-30 and by the Dual-Use List from 2024-12-01 (I-51-LIST-CITATION).
package cnexport.measures.item_lists_test

import data.cnexport.fixtures

_earlier := [
	[{"category": "metal", "elements": ["Ga"]}, "GAGE23_LISTED_ITEM", "MOFCOM-2023-23", "2023-08-01"],
	[{"category": "natural_graphite", "elements": ["C"]}, "GR39_LISTED_ITEM", "MOFCOM-2023-39", "2023-12-01"],
	[{"category": "ore", "elements": ["Sb"]}, "SBSH33_LISTED_ITEM", "MOFCOM-2024-33", "2024-09-15"],
]

test_an_earlier_item_is_not_controlled_the_day_before_its_effective_date if {
	every x in _earlier {
		before := data.cnexport.decision with input as fixtures.export_doc(_day_before(x[3]), [fixtures.item(1, x[0])])
		before.outcome == "NOT_CONTROLLED"
	}
}

test_an_earlier_item_is_cited_by_its_announcement_from_its_effective_date if {
	every x in _earlier {
		d := data.cnexport.decision with input as fixtures.export_doc(x[3], [fixtures.item(1, x[0])])
		fixtures.line_codes(d, 1) == [x[1], "ECL12_LISTED_ITEM_LICENCE"]
		fixtures.reason_of(d, x[1]).measure == x[2]
	}
}

test_an_earlier_item_is_cited_by_its_announcement_until_2024_11_30 if {
	every x in _earlier {
		last := data.cnexport.decision with input as fixtures.export_doc("2024-11-30", [fixtures.item(1, x[0])])
		fixtures.line_codes(last, 1) == [x[1], "ECL12_LISTED_ITEM_LICENCE"]
	}
}

test_an_earlier_item_is_cited_by_the_dual_use_list_from_2024_12_01 if {
	every x in _earlier {
		d := data.cnexport.decision with input as fixtures.export_doc("2024-12-01", [fixtures.item(1, x[0])])
		fixtures.line_codes(d, 1) == ["DUL51_LISTED_ITEM", "ECL12_LISTED_ITEM_LICENCE", "DUR14_LISTED_ITEM_LICENCE"]
		r := fixtures.reason_of(d, "DUL51_LISTED_ITEM")
		[r.measure, r.clause, r.interpretation, r.figures.introduced_by] == ["MOFCOM-2024-51", "1", "I-51-LIST-CITATION", x[2]]
		some w in d.warnings
		w.message_en == sprintf(
			"line 1: %s (%s clause 1) would apply, but MOFCOM-2024-51 repealed %s on 2024-12-01",
			[x[1], x[2], x[2]],
		)
	}
}

_day_before(date) := time.format([time.add_date(time.parse_ns("2006-01-02", date), 0, 0, -1), "UTC", "2006-01-02"])
