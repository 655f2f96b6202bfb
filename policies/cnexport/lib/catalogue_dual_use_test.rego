package cnexport.lib_test

import data.cnexport.lib

_entry(overrides) := object.union(
	{
		"id": "test-entry", "measure": "MOFCOM-2099-1", "clause": "1", "scope": "export_from_china",
		"effective_from": "2025-10-09", "match": {"line": {"categories": ["rare_earth_metal"], "elements_any": ["Dy"]}},
	},
	overrides,
)

_dy_metal := {"line": 1, "category": "rare_earth_metal", "elements": ["Dy"]}

_ids(entries) := {e.id | some e in entries}

test_a_line_matching_an_export_from_china_entry_is_a_dual_use_item_from_its_date if {
	_ids(lib.dual_use_entries(_dy_metal, "2025-10-09")) == {"test-entry"} with data.cnexport.reference.catalogue.entries as [_entry({})]
	count(lib.dual_use_entries(_dy_metal, "2025-10-08")) == 0 with data.cnexport.reference.catalogue.entries as [_entry({})]
}

test_entries_of_other_scopes_or_other_items_are_not if {
	entries := [
		_entry({"id": "abroad", "scope": "export_from_outside_china"}),
		object.remove(_entry({"id": "unscoped"}), ["scope"]),
		_entry({"id": "other", "match": {"line": {"categories": ["permanent_magnet"]}}}),
	]
	count(lib.dual_use_entries(_dy_metal, "2026-01-01")) == 0 with data.cnexport.reference.catalogue.entries as entries
}

test_an_entry_of_a_suspended_measure_is_not_in_force_during_the_suspension if {
	# MOFCOM-2025-61 is suspended by No. 70 from 2025-11-07 until 2026-11-10, all clauses.
	suspended := _entry({"measure": "MOFCOM-2025-61"})
	lib.catalogue_entry_in_force(suspended, "2025-11-06")
	not lib.catalogue_entry_in_force(suspended, "2025-11-07")
	not lib.catalogue_entry_in_force(suspended, "2026-11-09")
	lib.catalogue_entry_in_force(suspended, "2026-11-10")
}
