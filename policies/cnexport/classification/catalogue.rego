package cnexport.classification

import data.cnexport.lib.timeline

# Classification of shipment lines against the item catalogue (data/catalogue/). An entry's
# `match` names the contract's item categories and the rare-earth elements that identify it, and
# for technology the rare-earth activities it serves and whether it is production-line technology.

# METADATA
# description: |
#   the catalogue entries of one measure and part (e.g. MOFCOM-2025-61, annex1_part2), in
#   catalogue order, from the index the data build makes
catalogue_entries(measure_id, part) := object.get(data.cnexport_reference.index.catalogue_by_part, [measure_id, part], [])

# METADATA
# description: |
#   the entries of one measure and part that a line of the given item category may be, looked up
#   in the index the data build makes (never a scan of the catalogue)
catalogue_candidates(measure_id, part, category) := object.get(
	data.cnexport_reference.index.catalogue_by_category,
	[measure_id, part, category],
	[],
)

# METADATA
# description: the rare-earth elements a line declares
line_elements(line) := object.get(line, "elements", [])

# METADATA
# description: whether a shipment line is the item a catalogue entry's line match describes
line_matches(m, line) if _facts_match(m, line_facts(line))

# METADATA
# description: |
#   The fields of a line that a line match reads, and no other: line_matches reads the line through
#   this, so that lines alike in them are one item to it, and a caller may ask once for all of them.
line_facts(line) := object.filter(line, ["category", "elements", "rare_earth_activities", "production_line_technology"])

# A miss is an answer too (false, not undefined), so that lines alike in line_facts work it out once.
default _facts_match(_, _) := false

_facts_match(m, line) if {
	line.category in m.categories
	_any_element(m, line_elements(line))
	_all_elements(m, line_elements(line))
	_any_activity(m, line_activities(line))
	_production_line_fits(m, line)
}

# METADATA
# description: the rare-earth activities a line declares it serves
line_activities(line) := object.get(line, "rare_earth_activities", [])

_any_activity(m, _) if not m.activities_any

_any_activity(m, activities) if {
	some a in m.activities_any
	a in activities
}

# A match without production_line fits either; a line that does not say is not production-line technology.
_production_line_fits(m, _) if not is_boolean(object.get(m, "production_line", null))

_production_line_fits(m, line) if m.production_line == _production_line_technology(line)

default _production_line_technology(_) := false

_production_line_technology(line) := line.production_line_technology

_any_element(m, _) if not m.elements_any

_any_element(m, elements) if {
	some e in m.elements_any
	e in elements
}

_all_elements(m, _) if not m.elements_all

_all_elements(m, elements) if every e in m.elements_all { e in elements }

# METADATA
# description: |
#   whether a rare-earth content entry is the material a catalogue entry's content match
#   describes; an alloy whose system is not given counts when its element fits (I-61-ALLOY-UNNAMED)
content_matches(m, content) if _material_fits(m, material(content))

# METADATA
# description: |
#   The fields of a rare-earth content entry that a content match reads, its material, and no
#   other: content_matches reads the entry through this, so that entries of one material are one to it.
material(content) := object.filter(content, ["element", "form", "alloy"])

# A miss is an answer too, so that entries of one material work it out once.
default _material_fits(_, _) := false

_material_fits(m, content) if {
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
#   The catalogue entries that make a line a dual-use item on date d (I-CONTROL-LIST-DUAL-USE):
#   the listed entries the line is classified as (classified_as, the way the export rules classify
#   it) and is a listed item of on d (listed_on), and the other entries marked
#   `scope: export_from_china` that it matches and that are in force.
dual_use_entries(line, d) := listed | scoped if {
	listed := {c.entry |
		some c in _classifications(item_facts(line))
		listed_on(c, d)
	}
	scoped := {e |
		some e in _scoped_export_entries
		line_matches(e.match.line, line)
		catalogue_entry_in_force(e, d)
	}
}

# Entries marked as items whose export from China a measure controls, outside the listed ones.
_scoped_export_entries := [e | some e in data.cnexport_reference.catalogue.entries; e.scope == "export_from_china"]

# METADATA
# description: |
#   whether a catalogue entry applies on date d: from its effective date, unless a suspension of
#   its measure covers d (one of all its clauses, or of the clause the entry belongs to)
catalogue_entry_in_force(entry, d) if {
	entry.effective_from <= d
	count(timeline.suspensions_on(entry.measure, entry.clause, d)) == 0
}
