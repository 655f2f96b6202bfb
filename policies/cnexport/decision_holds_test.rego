package cnexport_test

import data.cnexport

# The decision's hook for holds, and entity-list outcomes as the decision reports them.

_shipment(party_list, date) := {
	"schema_version": "1",
	"id": "t-holds",
	"export_date": date,
	"exporter": {"name": "Baotou Trading Co", "country": "CN"},
	"ship_from": "CN",
	"ship_to": "US",
	"parties": party_list,
	"end_use": {"purposes": ["civil"]},
	"items": [{
		"line": 1, "description": "gallium metal ingots", "kind": "goods", "category": "other",
		"manufactured_in": "CN", "origin": "CN", "value": {"amount": 1000, "currency": "USD"},
	}],
}

_party(role, name) := {"role": role, "name": name, "country": "US"}

test_decision_prohibits_and_stops_for_a_uel_party if {
	d := cnexport.decision with input as _shipment([_party("consignee", "Epirus, Inc.")], "2025-12-01")
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	d.lines[0].reasons == []
	d.parties[0].matches == [{
		"list": "unreliable_entity_list", "entry_id": "uel-2025-10-09-04-epirus-inc", "name": "Epirus, Inc.",
		"score": 1, "strength": "exact", "matched_on": "epirus", "status": {"state": "in_force", "from": "2025-10-09"},
	}]
}

test_decision_holds_for_a_possible_match_alone if {
	d := cnexport.decision with input as _shipment([_party("end_user", "Huntington Ingalls Shipbuilding")], "2025-10-01")
	[d.outcome, d.clearance] == ["NOT_CONTROLLED", "HOLD"]
	{w.code | some w in d.warnings} == {"POSSIBLE_LISTED_PARTY"}
	{m.strength | some m in d.parties[0].matches} == {"possible"}
}

test_decision_fails_closed_when_a_party_cannot_be_screened if {
	d := cnexport.decision with input as _shipment([_party("end_user", "Epirus")], "2025-12-01")
		with data.cnexport_reference.index.names as {}
	[d.outcome, d.clearance, d.parties] == ["INVALID_INPUT", "STOP", []]
}

test_decision_clearance_without_holds_is_unchanged if {
	d := cnexport.decision with input as _shipment([_party("end_user", "Plain Trading Co")], "2025-10-01")
	[d.outcome, d.clearance, d.warnings] == ["NOT_CONTROLLED", "GO", []]
}
