package cnexport.classification

import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

# Classification of a shipment line against the item catalogue, as a compliance officer does it
# (I-CLASSIFICATION). Three things can say that a line is a listed item:
#   - its declared control code, checked against the entry's code (either may be the more specific);
#   - its description: the contract's category and elements, and for equipment, parts, technology
#     and reagents, whose category does not say which item they are, one of the entry's parameters;
#   - its customs code against the entry's reference codes (I-TARIFF-CODES).
# The line is then the item unless its declared parameters fall outside the entry's thresholds. A
# threshold whose parameter is not declared counts as met (I-CLASSIFICATION-FAIL-CLOSED), and a
# declared code is applied even where the description disagrees (the stricter of the two).

# METADATA
# description: the contract's category for an item the exporter has not classified
unclassified_category := "other"

# METADATA
# description: the numeric parameters a line declares, by name
line_parameters(line) := object.get(line, "parameters", {})

# ---- elements --------------------------------------------------------------------------------------

_has_element_condition(m) if m.elements_any

_has_element_condition(m) if m.elements_all

# METADATA
# description: |
#   met, not_met, or unknown when the entry names elements and the line declares none
# scope: document
element_state(m, line) := "met" if {
	not _has_element_condition(m)
} else := "unknown" if {
	count(line_elements(line)) == 0
} else := "met" if {
	_elements_fit(m, line_elements(line))
} else := "not_met"

_elements_fit(m, elements) if {
	_any_element(m, elements)
	_all_elements(m, elements)
	_only_named_elements(m, elements)
}

_only_named_elements(m, _) if not m.elements_only

_only_named_elements(m, elements) if {
	m.elements_only
	every e in elements {
		e in array.concat(object.get(m, "elements_all", []), object.get(m, "elements_any", []))
	}
}

# ---- customs codes ---------------------------------------------------------------------------------

_reference_codes(entry) := array.concat(entry.hs_codes, object.get(entry, "hs_codes_alt", []))

# METADATA
# description: |
#   How a line's customs code meets an entry's reference codes: exact (the same code), within (the
#   line's code lies inside the entry's shorter tariff line) or covers (the line's shorter code
#   includes the entry's); undefined when they do not meet (I-TARIFF-CODES)
tariff_hit(entry, line) := "exact" if {
	line.hs_code in _reference_codes(entry)
} else := "within" if {
	# no code is the line's own (else it is exact): one it starts with is shorter
	some code in _reference_codes(entry)
	startswith(line.hs_code, code)
} else := "covers" if {
	some code in _reference_codes(entry)
	startswith(code, line.hs_code)
}

# A 10-digit customs commodity number names one kind of goods; shorter codes name headings that
# hold others too.
_commodity_number_hit(entry, line) if {
	tariff_hit(entry, line) == "exact"
	count(line.hs_code) == 10
}

# ---- control codes ---------------------------------------------------------------------------------

_entry_codes(entry) := array.concat(
	[entry.control_code | is_string(entry.control_code)],
	object.get(entry, "control_code_alternatives", []),
)

# METADATA
# description: whether two control codes name the same item, or one a sub-item of the other
# scope: document
codes_relate(a, b) if a == b

codes_relate(a, b) if startswith(b, concat("", [a, "."]))

codes_relate(a, b) if startswith(a, concat("", [b, "."]))

# METADATA
# description: whether a line's declared control code names the entry (or its heading, or a sub-item)
declares_code_of(entry, line) if {
	some code in _entry_codes(entry)
	codes_relate(line.control_code, code)
}

# ---- identification --------------------------------------------------------------------------------

_category_identifies(entry) if object.get(entry.match.line, "category_identifies", true) == true

_named_by_description(entry, _) if _category_identifies(entry)

_named_by_description(entry, line) if {
	some p in entry.parameters
	_declares(line, p.name)
}

_named_by_description(entry, line) if {
	_has_element_condition(entry.match.line)
	element_state(entry.match.line, line) == "met"
}

_category_fits(entry, line) if line.category in entry.match.line.categories

_category_fits_or_unclassified(entry, line) if _category_fits(entry, line)

_category_fits_or_unclassified(_, line) if line.category == unclassified_category

_identifies("control_code", entry, line) if declares_code_of(entry, line)

_identifies("description", entry, line) if {
	_category_fits(entry, line)
	element_state(entry.match.line, line) != "not_met"
	_named_by_description(entry, line)
}

_identifies("tariff_code", entry, line) if {
	tariff_hit(entry, line)
	_category_fits_or_unclassified(entry, line)
	element_state(entry.match.line, line) != "not_met"
	_tariff_names_item(entry, line)
}

_tariff_names_item(entry, line) if _commodity_number_hit(entry, line)

_tariff_names_item(entry, line) if {
	_category_identifies(entry)
	line.category == unclassified_category
}

# A line whose category says it may be the item (equipment, parts, technology, reagents) and whose
# customs code lies in the item's reference codes fits only listed entries: without a declared code
# that says otherwise it is taken as the item, and the warning says what to declare to narrow it
# (I-CLASSIFICATION-FAIL-CLOSED).
_tariff_names_item(entry, line) if {
	not _category_identifies(entry)
	_category_fits(entry, line)
	tariff_hit(entry, line) in {"exact", "within"}
	not is_string(object.get(line, "control_code", null))
}

# METADATA
# description: the ways a line is identified as an entry's item (control_code, description, tariff_code)
identification(entry, line) := {way | some way in {"control_code", "description", "tariff_code"}; _identifies(way, entry, line)}

# METADATA
# description: |
#   A line classified as one catalogue entry: the entry, the line's number and category, how it was
#   identified, its elements' and parameters' state, and the entry's exclusions that can take the
#   line out. Undefined when the line is not the item.
classified_as(entry, line) := object.union(_classification(entry, item_facts(line)), {"line": line.line})

# METADATA
# description: |
#   The fields of a line that say which item it is (category, elements, parameters, customs and
#   control codes), and no other: a line is classified through them, so that lines alike in them are
#   classified once.
item_facts(line) := object.filter(line, ["category", "elements", "parameters", "hs_code", "control_code"])

_classification(entry, facts) := {
	"entry": entry,
	"category": facts.category,
	"by": ways,
	"elements": element_state(entry.match.line, facts),
	"parameters": check,
	"exclusions": _exclusions(entry, facts, ways),
} if {
	ways := identification(entry, facts)
	count(ways) > 0
	check := parameter_check(entry, facts)
	_applies(ways, check)
}

# Every listed entry lines with these facts are classified as, in the order of their ids.
_classifications(facts) := [c | some id in sort(candidates(facts)); c := _classification(_index.catalogue[id], facts)]

# A declared code is applied whatever the description says: it is the exporter's own classification.
_applies(ways, _) if "control_code" in ways

_applies(_, check) if check.state != "not_met"

# An exclusion (the FAQ's, No. 62's) names the categories it takes out of the entry; a declared code
# keeps the line in, being the exporter's own classification (I-DECLARED-CODE).
_exclusions(entry, line, ways) := [x |
	not "control_code" in ways
	some x in object.get(entry, "exclusions", [])
	line.category in x.categories
]

# METADATA
# scope: document
# description: whether the description itself contradicts the entry (category, elements or thresholds)
description_contradicts(entry, line) if not _category_fits_or_unclassified(entry, line)

description_contradicts(entry, line) if element_state(entry.match.line, line) == "not_met"

description_contradicts(entry, line) if parameter_check(entry, line).state == "not_met"

# ---- listings --------------------------------------------------------------------------------------

_index := data.cnexport_reference.index

_keys := _index.classification

# METADATA
# description: |
#   The ids of the listed entries a line could be, looked up by its facts in the index the data build
#   makes (index.classification): every entry its declared code, its customs code or its description
#   could identify it as, each way by its own keys. Only these are tested (classified_as).
candidates(line) := (_by_control_code(line) | _by_tariff_code(line)) | _by_description(line)

_by_control_code(line) := set() if not is_string(object.get(line, "control_code", null))

_by_control_code(line) := {id |
	some code in array.flatten([_dotted_headings(line.control_code), [line.control_code]])
	some id in object.get(_keys.by_control_code, code, [])
} | {id | some id in object.get(_keys.under_control_code, line.control_code, [])}

# 1C902.a.1 -> 1C902, 1C902.a; a code without a dot has none (numbers.range(1, 0) would count down)
_dotted_headings(code) := [concat(".", array.slice(parts, 0, n)) |
	parts := split(code, ".")
	count(parts) > 1
	some n in numbers.range(1, count(parts) - 1)
]

# A line whose category does not fit an entry is identified by its customs code only when it is
# unclassified (_identifies), so only those entries are looked up by code for a classified line.
_by_tariff_code(line) := {id |
	some id in _tariff_code_hits(line)
	_tariff_category_fits(_index.catalogue[id], line)
}

_tariff_category_fits(_, line) if line.category == unclassified_category

_tariff_category_fits(entry, line) if _category_fits(entry, line)

_tariff_code_hits(line) := set() if not is_string(object.get(line, "hs_code", null))

_tariff_code_hits(line) := {id |
	some ids in object.filter(_keys.by_hs_code, [substring(line.hs_code, 0, n) | some n in numbers.range(6, count(line.hs_code))])
	some id in ids
} | {id | some id in object.get(_keys.under_hs_code, line.hs_code, [])}

_by_description(line) := {id |
	keys := _keys.by_description[line.category]
	some id in array.flatten([
		keys.any_line,
		_by_elements(keys, line_elements(line)),
		[id | some name, v in line_parameters(line); is_number(v); some id in object.get(keys.parameters, name, [])],
	])
}

_by_elements(keys, elements) := keys.no_elements if count(elements) == 0

_by_elements(keys, elements) := [id | some e in elements; some id in object.get(keys.elements, e, [])] if count(elements) > 0

# METADATA
# description: the listed entries whose customs reference codes meet a line's code (tariff_hit)
tariff_candidates(line) := [_index.catalogue[id] | some id in _tariff_code_hits(line)]

# METADATA
# description: |
#   the listed entries of a line's category that the category alone does not identify (equipment,
#   parts, technology, reagents): a declared code, an exact commodity number or a parameter does
unidentified_by_category(line) := [_index.catalogue[id] | some id in _keys.by_description[line.category].not_identified]

# METADATA
# description: whether a clause that lists the entry is in force on date d
listing_in_force(entry, d) if {
	some cited in entry.listed_by
	timeline.in_force(cited.measure, cited.clause, d)
}

# METADATA
# description: |
#   The items stage's one answer to "which listed items is this line": each line of an export from
#   China, by line number, as every listed entry it is whatever the date (classified_as, less the
#   line number, which is the key), in the order of their ids. Each carries its entry (measure,
#   clause, the clauses that list it), how the line was identified, and the exclusions that can take
#   it out; each measure keeps what it needs with listed_on, excluded_on or listed_items. Lines alike
#   in their item_facts share one list. Computed once per decision.
by_line := {n: found |
	some facts, found in by_facts
	some n in lines_by_facts[facts]
}

# METADATA
# description: |
#   what by_line gives the lines with these item_facts, by the facts: a reader that does the same for
#   lines alike reads each kind of line once (lines_by_facts gives their numbers)
by_facts := {facts: found |
	some facts, _ in lines_by_facts
	found := _classifications(facts)
	count(found) > 0
}

# METADATA
# description: |
#   The numbers of the lines of an export from China by their item_facts: what is read of a line's
#   items is read once for lines alike, and a line is looked at once rather than by every reader.
lines_by_facts := {facts: lines |
	some facts in {item_facts(line) | some line in shipment.exported_lines}
	lines := {line.line | some line in shipment.exported_lines; of_line := item_facts(line); of_line == facts}
}

# METADATA
# description: whether an exclusion in force on date d takes a classified line out of its entry
excluded_on(c, d) if {
	some x in c.exclusions
	timeline.in_force(x.measure, x.clause, d)
}

# METADATA
# description: |
#   whether a classified line is a listed dual-use item on date d: a clause that lists its entry is
#   in force and no exclusion in force takes it out
listed_on(c, d) if {
	listing_in_force(c.entry, d)
	not excluded_on(c, d)
}

# METADATA
# description: |
#   The lines that are listed dual-use items on date d, by line number, each with those of its
#   entries that are (listed_on), in entry order; a line with none is left out.
listed_items(d) := {n: items |
	some facts, lines in lines_by_facts
	items := _listed_among(_classifications(facts), d)
	count(items) > 0
	some n in lines
}

# METADATA
# description: |
#   what listed_items(d) gives each line with these item_facts: the listed entries it is a listed
#   dual-use item of on date d, in entry order; [] for a line listed_items leaves out
listed_items_of(facts, d) := _listed_among(_classifications(facts), d)

# Lines classified alike share them.
_listed_among(of_line, d) := [c | some c in of_line; listed_on(c, d)]

# ---- what a reason says about the items of one line ------------------------------------------------

# METADATA
# description: an entry's Chinese name; its English one where the data has none
# scope: document
name_zh(entry) := entry.name_zh if is_string(entry.name_zh)

name_zh(entry) := entry.name_en if not is_string(object.get(entry, "name_zh", null))

# METADATA
# scope: document
# description: an entry's control code as a message gives it, or that it is not known
code_text(entry) := entry.control_code if is_string(entry.control_code)

code_text(entry) := "control code not known" if not is_string(object.get(entry, "control_code", null))

# METADATA
# scope: document
# description: classification.code_text in Chinese
code_text_zh(entry) := entry.control_code if is_string(entry.control_code)

code_text_zh(entry) := "管制编码不详" if not is_string(object.get(entry, "control_code", null))

# METADATA
# scope: document
# description: |
#   The details a listing reason passes to result.reason for one line's classifications: the line, its
#   items and how they were found, the control code when there is exactly one, and the reading relied on.
listing_details(n, found) := object.union(
	{"line": n, "figures": object.union(_listing_figures(found), {"line": n})},
	_listing_reading(found),
)

# What the details say of the items, whatever the line: lines alike share it.
_listing_reading(found) := object.union(_single_code(found), _listing_interpretation(found))

_listing_figures(found) := {
	"entries": concat(", ", [c.entry.id | some c in found]),
	"items": concat("; ", [sprintf("%s (%s, item %s)", [c.entry.name_en, code_text(c.entry), c.entry.clause]) | some c in found]),
	"items_zh": concat("；", [sprintf("%s（%s，第%s项）", [name_zh(c.entry), code_text_zh(c.entry), c.entry.clause]) | some c in found]),
	"introduced_by": concat(", ", sort({c.entry.measure | some c in found})),
	"identified_by": concat(", ", sort({way | some c in found; some way in c.by})),
	"missing_parameters": concat(", ", sort({name | some c in found; some name in c.parameters.missing})),
}

_single_code(found) := {"control_code": code} if {
	codes := {c.entry.control_code | some c in found; is_string(c.entry.control_code)}
	count(codes) == 1
	some code in codes
} else := {}

# The reading a listing reason rests on, most decisive first: a threshold or element taken as met
# because it was not declared, a declared code the description contradicts, the entry's own reading.
_listing_interpretation(found) := {"interpretation": "I-CLASSIFICATION-FAIL-CLOSED"} if {
	some c in found
	_taken_as_met(c)
} else := {"interpretation": "I-DECLARED-CODE"} if {
	some c in found
	c.by == {"control_code"}
} else := {"interpretation": readings[0]} if {
	readings := [c.entry.interpretation | some c in found; c.entry.interpretation]
	count(readings) > 0
} else := {}

_taken_as_met(c) if {
	not "control_code" in c.by
	c.parameters.state == "unknown"
}

_taken_as_met(c) if {
	not "control_code" in c.by
	c.elements == "unknown"
}

# METADATA
# description: whether a control code names an item of any list the engine holds, whatever the measure
code_in_catalogue(code) if {
	some id in object.get(_index.catalogue_by_code_heading, substring(code, 0, 5), [])
	declares_code_of(_index.catalogue[id], {"control_code": code})
}
