package cnexport.classification_test

import data.cnexport.classification

_scoped_entry(overrides) := object.union(
	{
		"id": "test-entry", "measure": "MOFCOM-2099-1", "clause": "1", "scope": "export_from_china",
		"effective_from": "2025-10-09", "match": {"line": {"categories": ["service"], "elements_any": ["Dy"]}},
	},
	overrides,
)

# A line of a category no listed entry has, so that only the test's scoped entries can match it.
_dy_service := {"line": 1, "category": "service", "elements": ["Dy"]}

_dy_metal := {"line": 1, "category": "rare_earth_metal", "elements": ["Dy"]}

_ids(entries) := {e.id | some e in entries}

test_a_line_matching_an_export_from_china_entry_is_a_dual_use_item_from_its_date if {
	entries := [_scoped_entry({})]
	_ids(classification.dual_use_entries(_dy_service, "2025-10-09")) == {"test-entry"}
		with data.cnexport_reference.catalogue.entries as entries
	count(classification.dual_use_entries(_dy_service, "2025-10-08")) == 0 with data.cnexport_reference.catalogue.entries as entries
}

# A line classified as a listed item is a dual-use item while its listing is in force: dysprosium
# metal from No. 18's effective date on.
test_a_line_classified_as_a_listed_item_is_a_dual_use_item_while_listed if {
	count(classification.dual_use_entries(_dy_metal, "2025-04-03")) == 0
	listed := classification.dual_use_entries(_dy_metal, "2025-04-04")
	{e.measure | some e in listed} == {"MOFCOM-2025-18"}
	count(listed) > 0
}

test_entries_of_other_scopes_or_other_items_are_not if {
	entries := [
		_scoped_entry({"id": "abroad", "scope": "export_from_outside_china"}),
		object.remove(_scoped_entry({"id": "unscoped"}), ["scope"]),
		_scoped_entry({"id": "other", "match": {"line": {"categories": ["permanent_magnet"]}}}),
	]
	count(classification.dual_use_entries(_dy_service, "2026-01-01")) == 0 with data.cnexport_reference.catalogue.entries as entries
}

test_an_entry_of_a_suspended_measure_is_not_in_force_during_the_suspension if {
	# MOFCOM-2025-61 is suspended by No. 70 from 2025-11-07 until 2026-11-10, all clauses.
	suspended := _scoped_entry({"measure": "MOFCOM-2025-61"})
	classification.catalogue_entry_in_force(suspended, "2025-11-06")
	not classification.catalogue_entry_in_force(suspended, "2025-11-07")
	not classification.catalogue_entry_in_force(suspended, "2026-11-09")
	classification.catalogue_entry_in_force(suspended, "2026-11-10")
}
