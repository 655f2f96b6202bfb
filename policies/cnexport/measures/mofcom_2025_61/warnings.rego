# What a person should read with a No. 61 decision: facts that do not change the outcome.
package cnexport.measures.mofcom_2025_61

import data.cnexport.lib

# METADATA
# title: Warnings a person should read with a No. 61 decision
# scope: document
warnings contains lib.warning(
	"RE61_UNKNOWN_ORIGIN_COUNTED",
	sprintf("line %v: %d rare-earth content entries of unknown origin were counted as China-origin", [line.line, n]),
	{"line": line.line, "measure": _measure, "interpretation": "I-61-UNKNOWN-ORIGIN"},
) if {
	some line in _part2_abroad
	n := _content_figures(line).unknown_origin_entries
	n > 0
}

warnings contains lib.warning(
	"RE61_ALLOY_SYSTEM_NOT_GIVEN",
	sprintf("line %v: alloy content of %s without an alloy system was counted as an Annex 1 Part 1 alloy", [line.line, c.element]),
	{"line": line.line, "measure": _measure, "interpretation": "I-61-ALLOY-UNNAMED"},
) if {
	some line in _part2_abroad
	some c in _counted(line)
	c.form == "alloy"
	not c.alloy
}

warnings contains lib.warning(
	"RE61_CONTENT_BELOW_THRESHOLD",
	sprintf(
		"line %v: China-origin Annex 1 Part 1 content is %s%% of the item's value, below the %s%% threshold of clause 1(1)",
		[line.line, f.ratio_percent, f.threshold_percent],
	),
	{"line": line.line, "measure": _measure},
) if {
	some line in _part2_abroad
	_content_declared(line)
	not _at_or_above_threshold(line)
	f := _content_figures(line)
}

# A part, assembly or product containing magnets is itself the Part 2 item (I-61-PART2-PRODUCTS):
# the ratio is taken on its declared value, and the decision says so (I-61-ASSEMBLY-VALUE).
warnings contains lib.warning(
	"RE61_RATIO_ON_WHOLE_PRODUCT_VALUE",
	sprintf(
		concat("", [
			"line %v (%s) contains magnets: the clause 1(1) ratio, %s%%, was taken on the declared value of the whole ",
			"line, %s %s, not on the value of the magnets in it; on the magnets' own value it would be higher",
		]),
		[line.line, line.category, f.ratio_percent, f.item_value.amount, f.item_value.currency],
	),
	{"line": line.line, "measure": _measure, "interpretation": "I-61-ASSEMBLY-VALUE"},
) if {
	some line in _part2_abroad
	line.category in _param("1(1)", "whole_product_categories")
	_content_declared(line)
	f := _content_figures(line)
}

warnings contains lib.warning(
	"CATALOGUE_MATCH_BY_INTERPRETATION",
	sprintf("line %v is taken to be %s (%s) by the reading %s", [line.line, e.id, e.name_en, e.interpretation]),
	{"line": line.line, "measure": _measure, "interpretation": e.interpretation},
) if {
	some line in _goods
	line.line in _scoped_lines
	some e in _annex1(line)
	e.interpretation
}
