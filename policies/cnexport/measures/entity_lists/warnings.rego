# What a person should read with a listing match: listings whose measures do not apply on the date,
# the days in doubt, data that is inferred, a listing without a measure, owners below 50%.
package cnexport.measures.entity_lists

import data.cnexport.lib
import data.cnexport.parties

# METADATA
# title: Warnings about listings a party matches
# scope: rule
warnings contains lib.warning(
	"LISTING_NOT_IN_FORCE",
	sprintf(
		"%s (%s) is %s (%s)%s on the %s by %s, but %s: it is not treated as listed on %s",
		[party.name, party.role, m.name, m.entry_id, _via_figures(m).via_text, _list_names[m.list][0], e.announcement, m.because, _date],
	),
	{"measure": e.announcement, "interpretation": "I-LISTING-DATES"},
) if {
	some i, party in input.parties
	some m in parties.screened[i].not_in_force
	m.strength == "exact"
	e := data.cnexport_reference.index.entities[m.entry_id]
}

warnings contains lib.warning(
	"LISTING_SUSPENSION_END_DAY",
	sprintf(
		"%s: the suspension of its measures is recorded as lasting until %s; this decision applies them on that day",
		[_listing_text(party, m, e), e.suspended_until],
	),
	{"measure": e.announcement, "interpretation": "I-LISTING-DATES"},
) if {
	some [_, party, m, e] in _matched
	e.suspended_until == _date
}

warnings contains lib.warning(
	"LISTING_EXTENSION_REPORTED",
	lib.reported_extension_text(
		sprintf(
			"%s: its measures apply again from %s, when their suspension ends as recorded (that end date is inferred)",
			[_listing_text(party, m, e), e.suspended_until],
		),
		e.announcement, data.cnexport_reference.meta.verified_through,
	),
	{"measure": e.announcement, "interpretation": "I-EXTENSION-REPORTED"},
) if {
	some [i, party, m, e] in _matched
	e.announcement in lib.reported_extension.params.listing_suspensions
	lib.in_reported_extension(e.suspended_until, _date)
	_decides(i, e.announcement)
}

warnings contains lib.warning(
	"LISTING_EFFECTIVE_TIME",
	sprintf(
		"%s: the listing takes effect at %s on %s; this decision applies it to the whole day",
		[_listing_text(party, m, e), e.effective_time, e.effective_from],
	),
	{"measure": e.announcement, "interpretation": "I-LISTING-DATES"},
) if {
	some [_, party, m, e] in _matched
	e.effective_time
	e.effective_from == _date
}

warnings contains lib.warning(
	"LISTING_DATA_INFERRED",
	sprintf(
		"%s: the listing's data rests partly on inference (dates or country); see entry %s in data/entities.yaml",
		[_listing_text(party, m, e), m.entry_id],
	),
	{"measure": e.announcement},
) if {
	some [_, party, m, e] in _matched
	e.inferred == true
}

warnings contains lib.warning(
	"UEL_LISTED_WITHOUT_MEASURE",
	sprintf(
		"%s, which states no measure against it: none is applied, but the working mechanism may yet take measures",
		[_listing_text(party, m, e)],
	),
	{"measure": e.announcement, "interpretation": "I-UEL-NO-MEASURE"},
) if {
	some [_, party, m, e] in _matched
	m.strength == "exact"
	e.no_measure == true
}

warnings contains lib.warning(
	"LISTED_OWNER_BELOW_THRESHOLD",
	sprintf(
		"%s (%s) is held %v by %s, which is %s (%s) on the %s by %s: below the %v share at which a listing reaches the party it holds",
		[party.name, party.role, m.share, m.via, m.name, m.entry_id, _list_names[m.list][0], e.announcement, parties.ownership_threshold],
	),
	{"measure": e.announcement, "interpretation": "I-OWNERSHIP-50"},
) if {
	some i, party in input.parties
	some m in parties.screened[i].owners_below_threshold
	e := data.cnexport_reference.index.entities[m.entry_id]
}

# Whether a listing decides or holds the shipment for party i.
_decides(i, announcement) if {
	some r in findings
	r.measure == announcement
	r.party.index == i
}

_decides(_, announcement) if {
	some h in holds
	h.measure == announcement
}
