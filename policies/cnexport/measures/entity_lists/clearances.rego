# What a decision says of the reviewed clearances a document carries (I-MATCH-CLEARANCE): each
# possible match cleared, with the reviewer, day and reason; each clearance that clears nothing.
package cnexport.measures.entity_lists

import data.cnexport.lib
import data.cnexport.parties

# Every screening of the shipment with whom it is of: [who, party as warnings name it, screening].
_screenings contains [i, party, s] if {
	some i, party in input.parties
	s := parties.screened[i]
}

_screenings contains ["exporter", {"name": input.exporter.name, "role": "exporter"}, parties.screened_exporter]

# METADATA
# title: Warnings about reviewed clearances
# scope: rule
warnings contains lib.warning(
	"POSSIBLE_MATCH_CLEARED",
	sprintf(
		"%s (%s) is a possible match for %s (%s)%s on the %s by %s, cleared by %s on %s (%s): the match has no effect on this decision",
		[
			party.name, party.role, m.name, m.entry_id, _via_figures(m).via_text, _list_names[m.list][0], e.announcement,
			m.cleared.by, m.cleared.on, m.cleared.reason,
		],
	),
	{"measure": e.announcement, "interpretation": "I-MATCH-CLEARANCE"},
) if {
	some [_, party, s] in _screenings
	some m in s.cleared
	e := data.cnexport_reference.index.entities[m.entry_id]
}

warnings contains lib.warning(
	"CLEARANCE_NOT_USED",
	sprintf(
		"the clearance of %s by %s on %s names %s (%s), which screening does not find as a possible match of it on %s: it clears nothing",
		[c.entry_id, c.reviewed_by, c.reviewed_on, party.name, party.role, _date],
	),
	{"interpretation": "I-MATCH-CLEARANCE"},
) if {
	some c in input.clearances
	some [who, party, s] in _screenings
	c.party == who
	not c.entry_id in {m.entry_id | some m in s.cleared}
}
