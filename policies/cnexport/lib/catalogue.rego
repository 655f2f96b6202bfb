package cnexport.lib

# Classification of shipment lines against the item catalogue (data/catalogue/). An entry's
# `match` names the contract's item categories and the rare-earth elements that identify it.

# METADATA
# description: the catalogue entries of one measure and part (e.g. MOFCOM-2025-61, annex1_part2)
catalogue_entries(measure_id, part) := [e |
	some e in data.cnexport.reference.catalogue.entries
	e.measure == measure_id
	e.part == part
]

# METADATA
# description: the rare-earth elements a line declares
line_elements(line) := object.get(line, "elements", [])

# METADATA
# description: whether a shipment line is the item a catalogue entry's line match describes
line_matches(m, line) if {
	line.category in m.categories
	_any_element(m, line_elements(line))
	_all_elements(m, line_elements(line))
}

_any_element(m, _) if not m.elements_any

_any_element(m, elements) if {
	some e in m.elements_any
	e in elements
}

_all_elements(m, _) if not m.elements_all

_all_elements(m, elements) if {
	every e in m.elements_all {
		e in elements
	}
}

# METADATA
# description: |
#   whether a rare-earth content entry is the material a catalogue entry's content match
#   describes; an alloy whose system is not given counts when its element fits (I-61-ALLOY-UNNAMED)
content_matches(m, content) if {
	content.form in m.forms
	content.element in m.elements_any
	_alloy_fits(m, content)
}

_alloy_fits(m, _) if not m.alloys

_alloy_fits(m, content) if {
	some a in m.alloys
	lower(a) == lower(content.alloy)
}

_alloy_fits(m, content) if {
	m.alloys
	not content.alloy
}

# METADATA
# description: a catalogue entry as a decision names it in lines[].controls
control_of(entry) := object.union(
	{
		"entry_id": entry.id,
		"measure": entry.measure,
		"clause": entry.clause,
		"name_en": entry.name_en,
		"source_quality": entry.source_quality,
	},
	_control_code(entry),
)

_control_code(entry) := {"control_code": entry.control_code} if is_string(entry.control_code)

_control_code(entry) := {} if not is_string(object.get(entry, "control_code", null))

# METADATA
# description: |
#   The catalogue entries that make a line a dual-use item on date d: entries of any measure
#   whose scope is export_from_china (the measure controls the item's export from China), that
#   the line matches, in force on d (I-CONTROL-LIST-DUAL-USE).
dual_use_entries(line, d) := {e |
	some e in data.cnexport.reference.catalogue.entries
	e.scope == "export_from_china"
	line_matches(e.match.line, line)
	catalogue_entry_in_force(e, d)
}

# METADATA
# description: |
#   whether a catalogue entry applies on date d: from its effective date, unless a suspension of
#   its measure covers d (one of all its clauses, or of the clause the entry belongs to)
catalogue_entry_in_force(entry, d) if {
	entry.effective_from <= d
	count(suspensions_on(entry.measure, entry.clause, d)) == 0
}
