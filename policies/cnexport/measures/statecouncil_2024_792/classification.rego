# What a person should check in the exporter's own classification (Art. 14: the exporter decides
# whether an item is a dual-use item): parameters, elements and conditions the engine could not
# check, declared codes it could not confirm, customs codes of listed items, and lines it could not
# place. None changes an outcome; each says what to declare to settle it (I-CLASSIFICATION).
package cnexport.measures.statecouncil_2024_792

import data.cnexport.lib

_line(n) := lib.lines_by_number[n] if lib.export_from_china

_named(entry) := sprintf("%s (%s)", [entry.id, _code(entry)])

_code(entry) := entry.control_code if is_string(entry.control_code)

_code(entry) := "control code not known" if not is_string(object.get(entry, "control_code", null))

_why_not(entry, line) := concat("; ", array.flatten([
	[sprintf("its category %s is not one of %s", [line.category, concat(", ", entry.match.line.categories)]) |
		not line.category in entry.match.line.categories
		line.category != lib.unclassified_category
	],
	[sprintf("its elements %s do not fit", [concat(", ", lib.line_elements(line))]) |
		lib.element_state(entry.match.line, line) == "not_met"
	],
	[sprintf("its parameters fall outside: %s", [concat(", ", sort(lib.parameter_check(entry, line).failed))]) |
		lib.parameter_check(entry, line).state == "not_met"
	],
]))

# METADATA
# title: What to check in the exporter's classification
# scope: document
warnings contains lib.warning(
	"PARAMETERS_NOT_DECLARED",
	sprintf(
		"line %v is taken as %s although %s is not declared: a threshold whose parameter is missing counts as met; declare it to have it checked",
		[c.line, _named(c.entry), concat(", ", sort(c.parameters.missing))],
	),
	{"line": c.line, "measure": c.entry.measure, "interpretation": "I-CLASSIFICATION-FAIL-CLOSED"},
) if {
	some c in _items
	not "control_code" in c.by
	c.parameters.state == "unknown"
}

warnings contains lib.warning(
	"TAKEN_AS_LISTED_BY_TARIFF_LINE",
	sprintf(
		concat("", [
			"line %v declares no control code, and its category %s and customs code %s fit only listed items: ",
			"it is taken as %s. Declare its control code, or parameters that place it outside the item, to narrow it",
		]),
		[n, line.category, line.hs_code, concat(", ", sort(entries))],
	),
	{"line": n, "interpretation": "I-CLASSIFICATION-FAIL-CLOSED"},
) if {
	some n, found in _by_line
	line := _line(n)
	line.category != lib.unclassified_category
	entries := {_named(c.entry) | some c in found; c.by == {"tariff_code"}; not _commodity_number(c.entry, line)}
	count(entries) > 0
}

warnings contains lib.warning(
	"ELEMENTS_NOT_DECLARED",
	sprintf("line %v declares no elements and is taken as %s: declare what it is made of to have it checked", [c.line, _named(c.entry)]),
	{"line": c.line, "measure": c.entry.measure, "interpretation": "I-CLASSIFICATION-FAIL-CLOSED"},
) if {
	some c in _items
	not "control_code" in c.by
	c.elements == "unknown"
}

warnings contains lib.warning(
	"CONDITIONS_NOT_CHECKED",
	sprintf(
		"line %v is taken as %s; the engine cannot check these conditions of the item: %s",
		[c.line, _named(c.entry), concat("; ", conditions)],
	),
	{"line": c.line, "measure": c.entry.measure, "interpretation": "I-CLASSIFICATION-FAIL-CLOSED"},
) if {
	some c in _items
	conditions := object.get(c.entry, "conditions", [])
	count(conditions) > 0
}

warnings contains lib.warning(
	"CONTROL_CODE_CONTRADICTED",
	sprintf(
		"line %v declares control code %s, which names %s, but %s: the declared code is applied",
		[c.line, line.control_code, _named(c.entry), _why_not(c.entry, line)],
	),
	{"line": c.line, "measure": c.entry.measure, "interpretation": "I-DECLARED-CODE"},
) if {
	some c in _items
	"control_code" in c.by
	line := _line(c.line)
	lib.description_contradicts(c.entry, line)
}

warnings contains lib.warning(
	"CONTROL_CODE_DIFFERS",
	sprintf(
		"line %v declares control code %s (%s), but its description or customs code names %s: both are applied",
		[n, _line(n).control_code, concat(", ", sort(declared)), concat(", ", sort(described))],
	),
	{"line": n, "interpretation": "I-DECLARED-CODE"},
) if {
	some n, found in _by_line
	declared := {_named(c.entry) | some c in found; "control_code" in c.by}
	count(declared) > 0
	described := {_named(c.entry) | some c in found; count(c.by - {"control_code"}) > 0}
	count(described) > 0
	count(declared & described) == 0
}

warnings contains lib.warning(
	"CONTROL_CODE_NOT_IN_CATALOGUE",
	sprintf(
		concat("", [
			"line %v declares control code %s, which names no item of the lists the engine holds ",
			"(the codes of the 2023-2024 items are not known): check the code",
		]),
		[line.line, line.control_code],
	),
	{"line": line.line, "interpretation": "I-DECLARED-CODE"},
) if {
	some line in lib.exported_lines
	is_string(line.control_code)
	not lib.code_in_catalogue(line.control_code)
}

warnings contains lib.warning(
	"TARIFF_CODE_OF_LISTED_ITEM",
	sprintf(
		concat("", [
			"line %v's customs code %s is a reference code of %s, but the line is described as not being it: ",
			"customs may question the export; declare 不属于管制物项 with the actual parameters",
		]),
		[line.line, line.hs_code, concat(", ", sort(entries))],
	),
	{"line": line.line, "interpretation": "I-TARIFF-CODES"},
) if {
	some line in lib.exported_lines
	is_string(line.hs_code)
	not _by_line[line.line]
	entries := {_named(entry) |
		some entry in lib.tariff_candidates(line)
		lib.listing_in_force(entry, _date)
		lib.tariff_hit(entry, line) in {"exact", "within"}
	}
	count(entries) > 0
}

warnings contains lib.warning(
	"CLASSIFICATION_CANDIDATES",
	sprintf(
		"line %v (%s) declares no control code, and its category alone does not say whether it is a listed item: check it against %s",
		[line.line, line.category, concat(", ", sort(candidates))],
	),
	{"line": line.line, "interpretation": "I-CLASSIFICATION"},
) if {
	some line in lib.exported_lines
	not is_string(object.get(line, "control_code", null))
	candidates := {_code_or_name(entry) |
		some entry in lib.category_candidates(line)
		entry.match.line.category_identifies == false
		lib.listing_in_force(entry, _date)
		not _classified(line.line, entry.id)
	}
	count(candidates) > 0
}

warnings contains lib.warning(
	"CATALOGUE_MATCH_BY_INTERPRETATION",
	sprintf("line %v is taken to be %s (%s) by the reading %s", [c.line, c.entry.id, c.entry.name_en, c.entry.interpretation]),
	{"line": c.line, "measure": c.entry.measure, "interpretation": c.entry.interpretation},
) if {
	some c in _items
	c.entry.interpretation
}

warnings contains lib.warning(
	"LOW_GRADE_THRESHOLD",
	sprintf(
		"line %v: the threshold of %s for %s is known only from a machine-written summary of the official text",
		[c.line, p.name, _named(c.entry)],
	),
	{"line": c.line, "measure": c.entry.measure},
) if {
	some c in _items
	some p in c.entry.parameters
	p.source_quality == "secondary_llm_summary"
	is_number(lib.line_parameters(_line(c.line))[p.name])
}

_classified(n, id) if {
	some c in _by_line[n]
	c.entry.id == id
}

_code_or_name(entry) := entry.control_code if is_string(entry.control_code)

_code_or_name(entry) := entry.name_en if not is_string(object.get(entry, "control_code", null))

_commodity_number(entry, line) if {
	lib.tariff_hit(entry, line) == "exact"
	count(line.hs_code) == 10
}
