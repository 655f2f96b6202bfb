# What a person should read with a No. 61 decision: facts that do not change the outcome. Each cites
# the clause it rests on (the ratio's are clause 1(1)'s), so that the decision gives it only while that
# clause is in force.
package cnexport.measures.mofcom_2025_61

import data.cnexport.classification
import data.cnexport.lib.result

# Each is told once for the lines it says the same thing of, naming them in runs: a line's own would
# repeat it for every line alike. A line's ratio is its cn_content_ratio, and the reason a line at or
# above the threshold gets gives its figures.

# METADATA
# title: Rare-earth content of unknown origin counted as China-origin
# custom:
#   code: RE61_UNKNOWN_ORIGIN_COUNTED
#   clause: 1(1)
#   interpretation: I-61-UNKNOWN-ORIGIN
#   message_en: "{{.lines_text}}: rare-earth content entries of unknown origin, {{.entries}} a line, were counted as China-origin"
#   message_zh: "{{.lines_text_zh}}：每行{{.entries}}项原产地不明的稀土含量已按原产于中国计入。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"entries": n}, result.lines_texts(lines)),
	{"lines": lines, "measure": _measure},
) if {
	some n in {_content[line.line].figures.unknown_origin_entries | some line in _part2_abroad}
	n > 0
	lines := sort({line.line | some line in _part2_abroad; _content[line.line].figures.unknown_origin_entries == n})
}

# METADATA
# title: Alloy content without an alloy system counted as an Annex 1 Part 1 alloy
# custom:
#   code: RE61_ALLOY_SYSTEM_NOT_GIVEN
#   clause: 1(1)
#   interpretation: I-61-ALLOY-UNNAMED
#   message_en: "{{.lines_text}}: alloy content of {{.element}} without an alloy system was counted as an Annex 1 Part 1 alloy"
#   message_zh: "{{.lines_text_zh}}：未注明合金体系的{{.element}}合金含量已按附件1第一部分所列合金计入。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _unnamed_alloys)

# METADATA
# title: China-origin content below the clause 1(1) threshold
# custom:
#   code: RE61_CONTENT_BELOW_THRESHOLD
#   clause: 1(1)
#   message_en: >-
#     {{.lines_text}}: China-origin Annex 1 Part 1 content is below the {{.threshold_percent}}% threshold of
#     clause 1(1), as a share of the item's value (each line's cn_content_ratio)
#   message_zh: "{{.lines_text_zh}}：原产于中国的附件1第一部分物项价值占该物项价值的比例（见各行cn_content_ratio）低于第一条第（一）项规定的{{.threshold_percent}}%。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"threshold_percent": _threshold_percent_text}, result.lines_texts(lines)),
	{"lines": lines, "measure": _measure},
) if {
	lines := sort({line.line |
		some line in _part2_abroad
		_content_declared(line)
		_content[line.line].reaches_threshold == false
	})
	count(lines) > 0
}

# A part, assembly or product containing magnets is itself the Part 2 item (I-61-PART2-PRODUCTS):
# the ratio is taken on its declared value, and the decision says so (I-61-ASSEMBLY-VALUE).
# METADATA
# title: The clause 1(1) ratio taken on the value of a whole product containing magnets
# custom:
#   code: RE61_RATIO_ON_WHOLE_PRODUCT_VALUE
#   clause: 1(1)
#   interpretation: I-61-ASSEMBLY-VALUE
#   message_en: >-
#     {{.lines_text}} ({{.category}}, with magnets in it): the clause 1(1) ratio (each line's cn_content_ratio) was
#     taken on the declared value of the whole line, not on the value of the magnets in it; on the magnets' own value
#     it would be higher
#   message_zh: "{{.lines_text_zh}}（{{.category}}，含磁体）：第一条第（一）项的比例（见各行cn_content_ratio）系以整行申报价值计算，\
#     而非其中磁体的价值；以磁体自身价值计算，比例会更高。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"category": category}, result.lines_texts(lines)),
	{"lines": lines, "measure": _measure},
) if {
	some category in _param("1(1)", "whole_product_categories")
	lines := sort({line.line |
		some line in _part2_abroad
		line.category == category
		_content_declared(line)
	})
	count(lines) > 0
}

# METADATA
# title: Lines taken to be an Annex 1 entry by a reading
# custom:
#   code: CATALOGUE_MATCH_BY_INTERPRETATION
#   message_en: "{{.lines_text}}: taken to be {{.entry_id}} ({{.name}}) by the reading {{.interpretation}}"
#   message_zh: "{{.lines_text_zh}}依解释{{.interpretation}}被认定为{{.entry_id}}（{{.name_zh}}）。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(
		{"entry_id": e.id, "name": e.name_en, "name_zh": classification.name_zh(e), "interpretation": e.interpretation},
		result.lines_texts(lines),
	),
	{"lines": lines, "measure": _measure, "clause": clause_id, "interpretation": e.interpretation},
) if {
	# Told once for each entry and the clause that catches its lines, naming them: a line's own would
	# say the same thing for every line.
	some [e, clause_id] in {[e, reason.clause] | some reason in _scope; some e in _matched[reason.line].annex1; e.interpretation}
	lines := sort({reason.line |
		some reason in _scope
		reason.clause == clause_id
		some matched in _matched[reason.line].annex1
		matched.id == e.id
	})
}

# The elements of the counted alloy content that names no alloy system, as [[figures, extra], line]
# for each line (result.warnings_of_lines).
_unnamed_alloys := {[[{"element": c.element}, {"measure": _measure}], line.line] |
	some line in _part2_abroad
	some c in _content[line.line].counted
	c.form == "alloy"
	not c.alloy
}
