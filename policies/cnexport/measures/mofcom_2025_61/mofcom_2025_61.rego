# METADATA
# title: MOFCOM Announcement No. 61 of 2025 - export controls on relevant overseas rare-earth items
# description: |
#   商务部公告2025年第61号 公布对境外相关稀土物项实施出口管制的决定. A foreign exporter needs a
#   Chinese dual-use licence for the Annex 1 items of clause 1; clauses 2-5 set the licensing
#   policy; 6 and 7 the procedure and compliance notices. Clause 8's dates, and the suspension by
#   No. 70, are in data/measures/. One rule per clause below, each named after it.
# related_resources:
#   - description: Chinese text, clauses 1-4
#     ref: http://www.weishitang.cn/news/2703292.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#4-mofcom-announcement-no-61-of-2025
# custom:
#   measure: MOFCOM-2025-61
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_61

import data.cnexport.classification
import data.cnexport.lib.decimals
import data.cnexport.lib.money
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

_param(clause, name) := timeline.param(_measure, clause, name)

# Clause 1: organisations and individuals outside China, exporting to any country or region other
# than China. Only goods are Annex 1 items.
_foreign_export if {
	input.ship_from != shipment.china
	input.ship_to != shipment.china
}

# The sets of lines (_goods, _part2_abroad, _controlled; _unlicensed in licensing.rego) are comprehensions, each
# evaluated once, where a partial rule would be evaluated once for every line it holds.
_goods := {line |
	_foreign_export
	some line in input.items
	line.kind == "goods"
}

_parts := {"annex1_part1", "annex1_part2"}

_part_entries[part] := classification.catalogue_entries(_measure, part) if some part in _parts

# The Annex 1 entries of each goods line, by part and of both parts (annex1), matched among the
# entries of its category. A complete rule: evaluated once and then looked up, where a partial rule
# would be evaluated again for every key, and read directly, never through a function of the line.
# A line is matched on the facts an entry's line match reads, so that lines with the same facts
# share one answer.
_matched := {line.line: _entries_by_part(classification.line_facts(line)) | some line in _goods}

_entries_by_part(facts) := {"annex1_part1": part1, "annex1_part2": part2, "annex1": (part1 | part2)} if {
	part1 := _entries_of(facts, "annex1_part1")
	part2 := _entries_of(facts, "annex1_part2")
}

_entries_of(facts, part) := {e |
	some e in classification.catalogue_candidates(_measure, part, facts.category)
	classification.line_matches(e.match.line, facts)
}

# ---- China-origin content of clause 1(1) ---------------------------------------------------------

_counted_origins := {o | some o in _param("1(1)", "content_origins")} | {"unknown"}

# Whether a material is an Annex 1 Part 1 item: asked of the material alone, so that contents of the
# same material share one answer. A default of false, because OPA keeps a function's answer for its
# arguments only when the answer is defined.
default _part1_material(_) := false

_part1_material(material) if {
	some e in _part_entries.annex1_part1
	classification.content_matches(e.match.content, material)
}

_threshold := decimals.from_number(_param("1(1)", "threshold_ratio"))

_threshold_text := decimals.to_short_text(_threshold)

_threshold_percent_text := decimals.to_short_text(decimals.multiply(_threshold, {"digits": 100, "exponent": 0}))

# The places the ratio is compared with the threshold at: the 9 it is shown to, or more when the
# threshold has more.
_compared_places := max([9, 0 - _threshold.exponent])

# The threshold in units of the last compared place.
_threshold_at_compared_places := _threshold.digits * decimals.pow10(_threshold.exponent + _compared_places)

# The China-origin content of each foreign-made Part 2 line, computed once per line: what counts,
# its value in the line's currency, whether it reaches the threshold, and the figures shown. Content
# counts when it is an Annex 1 Part 1 material of a counted origin; content of unknown origin counts
# as China-origin (I-61-UNKNOWN-ORIGIN). Written in the comprehension rather than a function of the
# line, which would be evaluated once more for every line.
_content := {line.line: {
	"counted": counted,
	# Content is zero or more and the value above zero (the schema), so the ratio truncated to the
	# compared places reaches the threshold exactly when the ratio does: two small integers are
	# compared. At 9 places it is the same call as the shown ratio's, answered from OPA's cache.
	"reaches_threshold": decimals.quotient(value, amount, _compared_places).digits >= _threshold_at_compared_places,
	"figures": {
		# money.exact_text, written out: a call of it would evaluate a second function for each figure
		"cn_content_value": {"amount": decimals.to_text(value), "currency": line.value.currency},
		"item_value": {"amount": decimals.to_text(amount), "currency": line.value.currency},
		"ratio": ratio_texts[0],
		"ratio_percent": ratio_texts[1],
		"threshold": _threshold_text,
		"threshold_percent": _threshold_percent_text,
		"counted_entries": count(counted),
		"unknown_origin_entries": unknown,
	},
	"interpretation": _content_interpretation[unknown > 0],
} |
	some line in _part2_abroad
	counted := [c |
		some c in object.get(line, "rare_earth_content", [])
		c.origin in _counted_origins
		_part1_material(classification.material(c))
	]
	value := decimals.total([money.in_line_currency(line, c.value) | some c in counted])
	amount := decimals.from_number(line.value.amount)
	ratio := decimals.quotient(value, amount, 9)
	ratio_texts := decimals.texts_at_places(ratio.digits, [9, 7]) # the ratio, and in per cent
	unknown := count([c | some c in counted; c.origin == "unknown"])
}

# The reading a line's content figures rest on, by whether content of unknown origin was counted.
_content_interpretation := {true: "I-61-UNKNOWN-ORIGIN", false: "I-61-VALUE-BASIS"}

_part2_abroad := {line |
	some line in _goods
	line.manufactured_in != shipment.china
	count(_matched[line.line].annex1_part2) > 0
}

default _content_declared(_) := false

_content_declared(line) if count(object.get(line, "rare_earth_content", [])) > 0

# ---- the licence duty under clause 1, lifted to a report by clause 5 -----------------------------

default _licence_duty := "LICENCE_REQUIRED"

_licence_duty := "REPORT_ONLY" if _humanitarian_exempt

# METADATA
# title: Foreign-made Annex 1 Part 2 item with China-origin Part 1 content of 0.1% or more
# description: 一、（一）境外制造的附件1第二部分物项，含有、集成或混有原产于中国的第一部分物项，价值占比达到0.1%及以上
# custom:
#   code: RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD
#   clause: 1(1)
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     The item is an Annex 1 Part 2 item made abroad whose China-origin Annex 1 Part 1 content,
#     worth {{.cn_content_value.amount}} {{.cn_content_value.currency}}, is {{.ratio_percent}}% of its
#     value of {{.item_value.amount}} {{.item_value.currency}}: at or above the {{.threshold_percent}}%
#     threshold, so exporting it needs a MOFCOM dual-use export licence, unless clause 5 replaces the
#     licence with a report.
#   message_zh: >-
#     该物项为境外制造的附件1第二部分物项，所含原产于中国的第一部分物项价值
#     {{.cn_content_value.amount}} {{.cn_content_value.currency}}，占其价值
#     {{.item_value.amount}} {{.item_value.currency}} 的 {{.ratio_percent}}%，达到
#     {{.threshold_percent}}% 及以上，出口须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。
clause_1_1 contains reason if {
	some line in _part2_abroad
	_content_declared(line)
	_content[line.line].reaches_threshold
	reason := result.reason(rego.metadata.chain(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": _content[line.line].figures,
		"interpretation": _content[line.line].interpretation,
	})
}

# METADATA
# title: Foreign-made Annex 1 Part 2 item whose rare-earth content is not declared
# description: 一、（一）; the content cannot be valued, so the item is treated as reaching 0.1%
# custom:
#   code: RE61_CN_CONTENT_UNDECLARED
#   clause: 1(1)
#   outcome: LICENCE_REQUIRED
#   interpretation: I-61-CONTENT-UNDECLARED
#   message_en: >-
#     The item is an Annex 1 Part 2 item made abroad and its rare-earth content is not declared:
#     China-origin Annex 1 Part 1 content of 0.1% or more cannot be ruled out, so it is treated as
#     needing a MOFCOM dual-use export licence (unless clause 5 replaces it with a report). Declare rare_earth_content to have it valued.
#   message_zh: >-
#     该物项为境外制造的附件1第二部分物项，未申报所含稀土物项，无法排除原产于中国的第一部分物项
#     价值占比达到0.1%及以上，按须取得商务部两用物项出口许可处理（属第五条人道主义情形的，改为报告）。
clause_1_1 contains reason if {
	some line in _part2_abroad
	not _content_declared(line)
	reason := result.reason(rego.metadata.chain(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": {"item_value": money.exact_text(decimals.from_number(line.value.amount), line.value.currency)},
	})
}

# METADATA
# title: Annex 1 item produced abroad with China-origin rare-earth technology
# description: 一、（二）使用原产于中国的稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技术在境外生产的附件1物项
# custom:
#   code: RE61_MADE_WITH_CN_TECHNOLOGY
#   clause: 1(2)
#   outcome: LICENCE_REQUIRED
#   interpretation: I-61-TECHNOLOGY-ORIGIN
#   message_en: >-
#     The item is an Annex 1 item made abroad with China-origin rare-earth technology
#     ({{.technologies}}): exporting it needs a MOFCOM dual-use export licence, whatever its value, unless
#     clause 5 replaces the licence with a report.
#   message_zh: >-
#     该物项为使用原产于中国的稀土相关技术（{{.technologies}}）在境外生产的附件1物项，出口须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。
clause_1_2 contains reason if {
	some line in _goods
	line.manufactured_in != shipment.china
	count(_matched[line.line].annex1) > 0
	technologies := object.get(line, "made_with_cn_technology", [])
	count(technologies) > 0
	reason := result.reason(rego.metadata.chain(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": {"technologies": concat(", ", sort(technologies))},
	})
}

# METADATA
# title: Annex 1 item of Chinese origin exported from outside China
# description: 一、（三）原产于中国的附件1物项
# custom:
#   code: RE61_CN_ORIGIN_ITEM
#   clause: 1(3)
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     The item is an Annex 1 item of Chinese origin ({{.entries}}) exported from {{.ship_from}}
#     to {{.ship_to}}: its export from outside China needs a MOFCOM dual-use export licence, unless
#     clause 5 replaces the licence with a report.
#   message_zh: >-
#     该物项为原产于中国的附件1物项（{{.entries}}），自{{.ship_from}}出口至{{.ship_to}}，须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。
clause_1_3 contains reason if {
	some line in _goods
	line.origin in _param("1(3)", "origins")
	count(_matched[line.line].annex1) > 0
	reason := result.reason(rego.metadata.chain(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": {
			"entries": concat(", ", sort([e.id | some e in _matched[line.line].annex1])),
			"ship_from": input.ship_from,
			"ship_to": input.ship_to,
		},
	})
}

_scope := (clause_1_1 | clause_1_2) | clause_1_3

# METADATA
# description: |
#   The lines a clause of clause 1 catches on the export date (that clause in force): the
#   licensing policy of clauses 2-7 attaches to these.
_controlled := {reason.line |
	some reason in _scope
	timeline.in_force(_measure, reason.clause, _date)
}

# ---- what the decision collects -------------------------------------------------------------------

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := (((_scope | clause_2) | clause_3) | clause_4) | clause_5

# METADATA
# description: the Annex 1 entries each line a clause of clause 1 catches is, with that clause
controls contains {"line": reason.line, "control": classification.control_of(e), "measure": reason.measure, "clause": reason.clause} if {
	some reason in _scope
	some e in _matched[reason.line].annex1
}

# METADATA
# description: the China-content ratio of each foreign-made Part 2 line whose content is declared
line_figures := {line.line: {"cn_content_ratio": to_number(_content[line.line].figures.ratio)} |
	some line in _part2_abroad
	_content_declared(line)
}
