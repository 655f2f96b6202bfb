# Reviewed clearances of possible matches (I-MATCH-CLEARANCE). A document's `clearances` record that
# a person reviewed a possible match of a party (its index, or "exporter") for a listing and found
# that the party is not the listed entity: who, on which day and why. A cleared possible match has
# no effect (no hold) and is shown with its review; the decision names the reviewer. An exact match
# can never be cleared this way: a document that tries is refused (INVALID_INPUT).
package cnexport.parties

_clearances := object.get(input, "clearances", [])

# METADATA
# description: the clearance a document carries for a party's match of a listing (the first when several)
clearance_of(who, entry_id) := [c | some c in _clearances; c.party == who; c.entry_id == entry_id][0]

_cleared_match(m, who) := object.union(
	object.remove(m, _reasons_not_in_force),
	{"cleared": {"by": c.reviewed_by, "on": c.reviewed_on, "reason": c.reason}},
) if {
	m.strength == "possible"
	c := clearance_of(who, m.entry_id)
}

# METADATA
# description: a screening with the possible matches cleared for `who` moved from matches and not_in_force to cleared
cleared(screening, who) := object.union(screening, {
	"matches": {m | some m in screening.matches; not _cleared_match(m, who)},
	"not_in_force": {m | some m in screening.not_in_force; not _cleared_match(m, who)},
	"cleared": {c | some m in (screening.matches | screening.not_in_force); c := _cleared_match(m, who)},
}) if {
	count(_clearances) > 0
} else := screening # a screening has none cleared: a document without clearances keeps it as it is

_uncleared_of(who) := uncleared[who] if is_number(who)

_uncleared_of("exporter") := uncleared_exporter

# METADATA
# description: what makes a document's clearances invalid, as validation errors
# scope: document
clearance_errors contains {"path": sprintf("/clearances/%d/party", [k]), "message": sprintf("there is no party %v", [c.party])} if {
	some k, c in _clearances
	is_number(c.party)
	c.party >= count(input.parties)
}

clearance_errors contains {
	"path": sprintf("/clearances/%d/entry_id", [k]),
	"message": sprintf("%v is no listing of the reference data", [c.entry_id]),
} if {
	some k, c in _clearances
	not listing(c.entry_id)
}

clearance_errors contains {
	"path": sprintf("/clearances/%d/reviewed_on", [k]),
	"message": sprintf("the review of %s is dated after the export date %s", [c.reviewed_on, input.export_date]),
} if {
	some k, c in _clearances
	c.reviewed_on > input.export_date
}

clearance_errors contains {"path": sprintf("/clearances/%d/entry_id", [k]), "message": sprintf(
	"%s is an exact match of %s (%s): an exact match cannot be cleared by a review",
	[c.entry_id, _party_name(c.party), _party_role(c.party)],
)} if {
	some k, c in _clearances
	s := _uncleared_of(c.party)
	some m in (s.matches | s.not_in_force)
	m.entry_id == c.entry_id
	m.strength == "exact"
}

_party_name(who) := input.parties[who].name if is_number(who)

_party_name("exporter") := input.exporter.name

_party_role(who) := input.parties[who].role if is_number(who)

_party_role("exporter") := "exporter"
