package cnexport.parties_test

import data.cnexport.parties

_doc(party_list, clearances) := {
	"export_date": "2025-12-01",
	"exporter": {"name": "Baotou Trading Co", "country": "CN"},
	"parties": party_list,
	"clearances": clearances,
}

_clear(who, entry_id, day) := {"party": who, "entry_id": entry_id, "reviewed_by": "Li Wei", "reviewed_on": day, "reason": "another firm"}

_huntington := [{"role": "end_user", "name": "Huntington Ingalls Shipbuilding", "country": "US"}]

_cl := "cl-2025-09-25-01-huntington-ingalls-industries-inc"

test_a_clearance_moves_the_possible_match_it_names if {
	doc := _doc(_huntington, [_clear(0, _cl, "2025-12-01")])
	s := parties.screened[0] with input as doc
	{m.entry_id | some m in s.matches} == set()
	{m.entry_id | some m in s.not_in_force} == {"uel-2025-03-04-04-huntington-ingalls-industries-inc"}
	[[m.entry_id, m.cleared] | some m in s.cleared] == [[_cl, {"by": "Li Wei", "on": "2025-12-01", "reason": "another firm"}]]
	count(parties.clearance_errors) == 0 with input as doc
}

test_a_clearance_after_the_export_date_is_an_error if {
	errors := parties.clearance_errors with input as _doc(_huntington, [_clear(0, _cl, "2025-12-02")])
	errors == {{"path": "/clearances/0/reviewed_on", "message": "the review of 2025-12-02 is dated after the export date 2025-12-01"}}
}

test_an_exact_match_cannot_be_cleared if {
	epirus := [{"role": "consignee", "name": "Epirus Inc", "country": "US"}]
	errors := parties.clearance_errors with input as _doc(epirus, [_clear(0, "uel-2025-10-09-04-epirus-inc", "2025-11-30")])
	[e.path | some e in errors] == ["/clearances/0/entry_id"]
	exporter := object.union(
		_doc(_huntington, [_clear("exporter", "uel-2025-10-09-04-epirus-inc", "2025-11-30")]),
		{"exporter": {"name": "Epirus Inc", "country": "US"}},
	)
	{e.message | some e in parties.clearance_errors} == {concat("", [
		"uel-2025-10-09-04-epirus-inc is an exact match of Epirus Inc (exporter): ",
		"an exact match cannot be cleared by a review",
	])} with input as exporter
}

test_a_clearance_must_name_a_party_and_a_listing if {
	errors := parties.clearance_errors with input as _doc(_huntington, [_clear(1, _cl, "2025-11-30"), _clear(0, "nobody", "2025-11-30")])
	errors == {
		{"path": "/clearances/0/party", "message": "there is no party 1"},
		{"path": "/clearances/1/entry_id", "message": "nobody is no listing of the reference data"},
	}
}
