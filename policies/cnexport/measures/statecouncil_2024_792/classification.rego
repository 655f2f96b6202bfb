# What a person should check in the exporter's own classification (Art. 14: the exporter decides
# whether an item is a dual-use item): parameters, elements and conditions the engine could not
# check, declared codes it could not confirm, customs codes of listed items, and lines it could not
# place. None changes an outcome; each says what to declare to settle it (I-CLASSIFICATION).
package cnexport.measures.statecouncil_2024_792

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

# The listed lines by the items they are: what a warning reads of the items is checked once for lines
# classified alike.
_lines_by_items := {found: lines |
	some found in {found | some found in _by_line}
	lines := {n | some n, items in _by_line; items == found}
}

# Whether a line is one of its items by its customs code alone.
_by_tariff_code_alone(found) if {
	some c in found
	c.by == {"tariff_code"}
}

_named(entry) := sprintf("%s (%s)", [entry.id, classification.code_text(entry)])

_named_zh(entry) := sprintf("%s（%s）", [entry.id, classification.code_text_zh(entry)])

# A set of entries as the messages list them, in English and Chinese.
_entries_named(entries) := {
	"en": concat(", ", sort({_named(e) | some e in entries})),
	"zh": concat("、", sort({_named_zh(e) | some e in entries})),
}

_why_not(entry, line) := concat("; ", array.flatten([
	[sprintf("its category %s is not one of %s", [line.category, concat(", ", entry.match.line.categories)]) |
		not line.category in entry.match.line.categories
		line.category != classification.unclassified_category
	],
	[sprintf("its elements %s do not fit", [concat(", ", classification.line_elements(line))]) |
		classification.element_state(entry.match.line, line) == "not_met"
	],
	[sprintf("its parameters fall outside: %s", [concat(", ", sort(classification.parameter_check(entry, line).failed))]) |
		classification.parameter_check(entry, line).state == "not_met"
	],
]))

_why_not_zh(entry, line) := concat("；", array.flatten([
	[sprintf("其类别%s不属于%s", [line.category, concat("、", entry.match.line.categories)]) |
		not line.category in entry.match.line.categories
		line.category != classification.unclassified_category
	],
	[sprintf("其元素%s不符", [concat("、", classification.line_elements(line))]) |
		classification.element_state(entry.match.line, line) == "not_met"
	],
	[sprintf("其参数超出范围：%s", [concat("、", sort(classification.parameter_check(entry, line).failed))]) |
		classification.parameter_check(entry, line).state == "not_met"
	],
]))

# METADATA
# title: Lines taken as an item although a parameter of its threshold is not declared
# custom:
#   code: PARAMETERS_NOT_DECLARED
#   interpretation: I-CLASSIFICATION-FAIL-CLOSED
#   message_en: >-
#     {{.lines_text}}: taken as {{.entry}} although {{.parameters}} is not declared: a threshold whose parameter is
#     missing counts as met; declare it to have it checked
#   message_zh: "{{.lines_text_zh}}虽未申报{{.parameters}}，仍被认定为{{.entry_zh}}：缺少参数的指标视为达到；请申报该参数以便核查。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _parameters_not_declared)

# METADATA
# title: Lines without a control code whose category and customs code fit only listed items
# custom:
#   code: TAKEN_AS_LISTED_BY_TARIFF_LINE
#   interpretation: I-CLASSIFICATION-FAIL-CLOSED
#   message_en: >-
#     {{.lines_text}}: no control code is declared, and the category {{.category}} and customs code {{.hs_code}} fit
#     only listed items: taken as {{.entries}}. Declare the control code, or parameters that place the item outside
#     it, to narrow it
#   message_zh: "{{.lines_text_zh}}未申报管制编码，其类别{{.category}}和海关商品编号{{.hs_code}}仅对应管制物项：按{{.entries_zh}}处理。\
#     请申报其管制编码，或申报表明其不属于该物项的参数，以缩小范围。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _taken_by_tariff_line_alone)

# METADATA
# title: Lines taken as an item although they declare no elements
# custom:
#   code: ELEMENTS_NOT_DECLARED
#   interpretation: I-CLASSIFICATION-FAIL-CLOSED
#   message_en: "{{.lines_text}}: no elements declared, taken as {{.entry}}: declare what the item is made of to have it checked"
#   message_zh: "{{.lines_text_zh}}未申报所含元素，被认定为{{.entry_zh}}：请申报其成分以便核查。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _elements_not_declared)

# METADATA
# title: Lines taken as an item whose conditions the engine cannot check
# custom:
#   code: CONDITIONS_NOT_CHECKED
#   interpretation: I-CLASSIFICATION-FAIL-CLOSED
#   message_en: "{{.lines_text}}: taken as {{.entry}}; the engine cannot check these conditions of the item: {{.conditions}}"
#   message_zh: "{{.lines_text_zh}}被认定为{{.entry_zh}}；本系统无法核查该物项的以下条件（按目录数据原文）：{{.conditions}}"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(
		{"entry": _named(entry), "entry_zh": _named_zh(entry), "conditions": concat("; ", entry.conditions)},
		result.lines_texts(lines),
	),
	{"lines": lines, "measure": entry.measure},
) if {
	# Written out, not through result.warnings_of_lines: an export from China on the linearity check's
	# path gets it, where the helper's [[figures, extra], line] for each line cost more (make bench).
	some entry in {c.entry | some found, _ in _lines_by_items; some c in found; count(object.get(c.entry, "conditions", [])) > 0}
	lines := sort({n | some found, of_items in _lines_by_items; some c in found; c.entry.id == entry.id; some n in of_items})
}

# METADATA
# title: A declared control code whose item the lines' description contradicts
# custom:
#   code: CONTROL_CODE_CONTRADICTED
#   interpretation: I-DECLARED-CODE
#   message_en: >-
#     {{.lines_text}}: declared control code {{.control_code}} names {{.entry}}, but {{.why_not}}: the declared code is
#     applied
#   message_zh: "{{.lines_text_zh}}申报的管制编码{{.control_code}}对应{{.entry_zh}}，但{{.why_not_zh}}：仍按所申报的管制编码处理。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _codes_contradicted)

# METADATA
# title: A declared control code that names other items than the description or customs code
# custom:
#   code: CONTROL_CODE_DIFFERS
#   interpretation: I-DECLARED-CODE
#   message_en: >-
#     {{.lines_text}}: declared control code {{.control_code}} ({{.declared}}), but the description or customs code
#     names {{.described}}: both are applied
#   message_zh: "{{.lines_text_zh}}申报的管制编码为{{.control_code}}（{{.declared_zh}}），但其描述或海关商品编号对应{{.described_zh}}：两者均予适用。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _codes_differing)

# METADATA
# title: A declared control code that names no item of the lists the engine holds
# custom:
#   code: CONTROL_CODE_NOT_IN_CATALOGUE
#   interpretation: I-DECLARED-CODE
#   message_en: >-
#     {{.lines_text}}: declared control code {{.control_code}} names no item of the lists the engine holds (the codes
#     of the 2023-2024 items are not known): check the code
#   message_zh: "{{.lines_text_zh}}申报的管制编码{{.control_code}}不对应本系统所收录清单中的任何物项（2023-2024年所列物项的管制编码不详）：请核对该编码。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _codes_not_in_catalogue)

# METADATA
# title: A customs code of a listed item on lines described as not being it
# custom:
#   code: TARIFF_CODE_OF_LISTED_ITEM
#   interpretation: I-TARIFF-CODES
#   message_en: >-
#     {{.lines_text}}: customs code {{.hs_code}} is a reference code of {{.entries}}, but the description says the item
#     is not one: customs may question the export; declare 不属于管制物项 with the actual parameters
#   message_zh: "{{.lines_text_zh}}的海关商品编号{{.hs_code}}为{{.entries_zh}}的参考编号，但其描述表明不属于该物项：海关可能提出质疑；\
#     请申报“不属于管制物项”并列明实际参数。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _tariff_codes_of_listed_items)

# METADATA
# title: Lines whose category alone does not say whether they are a listed item
# custom:
#   code: CLASSIFICATION_CANDIDATES
#   interpretation: I-CLASSIFICATION
#   message_en: >-
#     {{.lines_text}} ({{.category}}): no control code is declared, and the category alone does not say whether
#     the item is listed: check it against {{.candidates}}
#   message_zh: "{{.lines_text_zh}}（{{.category}}）未申报管制编码，仅凭其类别无法确定是否属于管制物项：请对照{{.candidates_zh}}核对。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(
		{"category": category, "candidates": candidates.en, "candidates_zh": candidates.zh},
		result.lines_texts(lines),
	),
	{"lines": lines},
) if {
	# Told once for the lines with the same category and candidates, naming them: a line's own would
	# say the same thing for every line.
	some [category, candidates], lines in _lines_by_candidates
}

# METADATA
# title: Lines taken to be a catalogue entry by a reading
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
	{"lines": lines, "measure": e.measure, "interpretation": e.interpretation},
) if {
	# Told once for each entry, naming its lines: a line's own would say the same thing for every line.
	some e in {c.entry | some found, _ in _lines_by_items; some c in found; c.entry.interpretation}
	lines := sort({n | some found, of_items in _lines_by_items; some c in found; c.entry.id == e.id; some n in of_items})
}

# METADATA
# title: A threshold known only from a machine-written summary
# custom:
#   code: LOW_GRADE_THRESHOLD
#   message_en: >-
#     {{.lines_text}}: the threshold of {{.parameter}} for {{.entry}} is known only from a machine-written summary of
#     the official text
#   message_zh: "{{.lines_text_zh}}：{{.entry_zh}}的{{.parameter}}指标仅见于对官方文本的机器生成摘要。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _low_grade_thresholds)

# The candidates as the messages list them, in English and Chinese: lines alike share them.
_candidates_named(entries) := {
	"en": concat(", ", sort({_code_or_name(e) | some e in entries})),
	"zh": concat("、", sort({_code_or_name_zh(e) | some e in entries})),
}

_code_or_name(entry) := entry.control_code if is_string(entry.control_code)

_code_or_name(entry) := entry.name_en if not is_string(object.get(entry, "control_code", null))

_code_or_name_zh(entry) := entry.control_code if is_string(entry.control_code)

_code_or_name_zh(entry) := classification.name_zh(entry) if not is_string(object.get(entry, "control_code", null))

_commodity_number(entry, facts) if {
	classification.tariff_hit(entry, facts) == "exact"
	count(facts.hs_code) == 10
}

# The entries a line is taken as by its customs code alone, short of a commodity number: lines alike
# share them.
_taken_by_tariff_line(found, facts) := {c.entry | some c in found; c.by == {"tariff_code"}; not _commodity_number(c.entry, facts)}

# The entries a line's declared code names, and those its description or customs code names: lines
# classified alike share them.
_declared_and_described(found) := [
	{c.entry | some c in found; "control_code" in c.by},
	{c.entry | some c in found; count(c.by - {"control_code"}) > 0},
]

# The listed entries in force whose reference codes a line's customs code is or lies in: lines alike
# share them.
_listed_by_tariff_code(facts) := {entry |
	some entry in classification.tariff_candidates(facts)
	classification.listing_in_force(entry, _date)
	classification.tariff_hit(entry, facts) in {"exact", "within"}
}

# The listed entries in force that a line's category alone does not identify, less those it is
# classified as: lines alike share them.
_unclassified_candidates(facts, found) := {entry |
	classified := {c.entry.id | some c in found}
	some entry in classification.unidentified_by_category(facts)
	classification.listing_in_force(entry, _date)
	not entry.id in classified
}

# The category and the candidates (as the message names them) of the lines that name no control code
# and that their category alone does not place, by their facts: lines alike share them.
_candidates_of := {facts: [facts.category, _candidates_named(candidates)] |
	some facts, _ in classification.lines_by_facts
	not is_string(object.get(facts, "control_code", null))
	candidates := _unclassified_candidates(facts, classification.listed_items_of(facts, _date))
	count(candidates) > 0
}

_lines_by_candidates := {key: lines |
	some key in {key | some key in _candidates_of}
	lines := sort({n | some facts, k in _candidates_of; k == key; some n in classification.lines_by_facts[facts]})
}

# What the warnings above say, as [[figures, extra], line] for each line they say it of: each is told once
# for the lines it says the same thing of.

# The lines taken as an item without their control code although a parameter of its threshold is
# not declared, as [[figures, extra], line].
_parameters_not_declared := {[[figures, {"measure": c.entry.measure}], n] |
	some found, lines in _lines_by_items
	some c in found
	not "control_code" in c.by
	c.parameters.state == "unknown"
	figures := {"entry": _named(c.entry), "entry_zh": _named_zh(c.entry), "parameters": concat(", ", sort(c.parameters.missing))}
	some n in lines
}

# The lines taken as an item without their control code although they declare no elements, as
# [[figures, extra], line].
_elements_not_declared := {[[{"entry": _named(c.entry), "entry_zh": _named_zh(c.entry)}, {"measure": c.entry.measure}], n] |
	some found, lines in _lines_by_items
	some c in found
	not "control_code" in c.by
	c.elements == "unknown"
	some n in lines
}

# The lines that declare a parameter whose threshold is known only from a machine-written summary of
# the item they are taken as, as [[figures, extra], line].
_low_grade_thresholds := {[[figures, {"measure": c.entry.measure}], n] |
	some found, lines in _lines_by_items
	some c in found
	some p in c.entry.parameters
	p.source_quality == timeline.machine_summary_grade
	figures := {"parameter": p.name, "entry": _named(c.entry), "entry_zh": _named_zh(c.entry)}
	some n in lines
	is_number(classification.line_parameters(shipment.lines_by_number[n])[p.name])
}

# The lines taken as listed items by their customs code alone, as [[figures, extra], line].
_taken_by_tariff_line_alone := {[[figures, {}], n] |
	some found, lines in _lines_by_items
	_by_tariff_code_alone(found)
	some n in lines
	line := shipment.lines_by_number[n]
	line.category != classification.unclassified_category
	entries := _taken_by_tariff_line(found, classification.item_facts(line))
	count(entries) > 0
	named := _entries_named(entries)
	figures := {"category": line.category, "hs_code": line.hs_code, "entries": named.en, "entries_zh": named.zh}
}

# The lines whose description contradicts the item their declared code names, as [[figures, extra], line].
_codes_contradicted := {[[figures, {"measure": c.entry.measure}], n] |
	some found, lines in _lines_by_items
	some c in found
	"control_code" in c.by
	some n in lines
	line := shipment.lines_by_number[n]
	classification.description_contradicts(c.entry, line)
	figures := {
		"control_code": line.control_code, "entry": _named(c.entry), "entry_zh": _named_zh(c.entry),
		"why_not": _why_not(c.entry, line), "why_not_zh": _why_not_zh(c.entry, line),
	}
}

# The lines whose declared code names other items than their description or customs code, as
# [[figures, extra], line].
_codes_differing := {[[figures, {}], n] |
	some found, lines in _lines_by_items
	[declared, described] := _declared_and_described(found)
	count(declared) > 0
	count(described) > 0
	count({e.id | some e in declared} & {e.id | some e in described}) == 0
	some n in lines
	figures := {
		"control_code": shipment.lines_by_number[n].control_code,
		"declared": _entries_named(declared).en, "declared_zh": _entries_named(declared).zh,
		"described": _entries_named(described).en, "described_zh": _entries_named(described).zh,
	}
}

# The lines whose declared control code names no item the engine holds, as [[figures, extra], line].
_codes_not_in_catalogue := {[[{"control_code": facts.control_code}, {}], n] |
	some facts, lines in classification.lines_by_facts
	is_string(facts.control_code)
	not classification.code_in_catalogue(facts.control_code)
	some n in lines
}

# The lines whose customs code is a reference code of listed items they are described as not being, as
# [[figures, extra], line].
_tariff_codes_of_listed_items := {[[figures, {}], n] |
	some facts, lines in classification.lines_by_facts
	is_string(facts.hs_code)
	count(classification.listed_items_of(facts, _date)) == 0
	entries := _listed_by_tariff_code(facts)
	count(entries) > 0
	named := _entries_named(entries)
	figures := {"hs_code": facts.hs_code, "entries": named.en, "entries_zh": named.zh}
	some n in lines
}
