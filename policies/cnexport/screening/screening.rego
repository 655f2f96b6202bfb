# METADATA
# title: cnexport screening - one party alone, the answer of POST /v1/data/cnexport/screen
# description: |
#   Screens a name, with its Chinese name, aliases and owners, against the entity lists on a date
#   (today's Beijing date when none is given): MATCH, POSSIBLE_MATCH or NO_MATCH with every match and
#   the status of its listing on the date (a suspended or stopped listing is still a match: the
#   answer says who the party is; a decision says what applies), or INVALID_INPUT with every error
#   for a request that is not valid (schemas/screen.schema.json). The answer is never undefined.
#   data.cnexport.screen (policies/cnexport/screen.rego) serves it at its HTTP path.
package cnexport.screening

import data.cnexport.lib
import data.cnexport.parties
import data.cnexport.validate

# METADATA
# description: |
#   The screening answer. The default is reached only if a valid request could not be screened (an engine
#   fault): it says so as INVALID_INPUT, never as NO_MATCH.
# scope: document
default screen := {
	"outcome": "INVALID_INPUT",
	"name": null,
	"date": null,
	"keys": [],
	"matches": [],
	"warnings": [],
	"errors": [{"path": "", "message": "the engine could not screen this request; nothing may be inferred from this answer"}],
	"reference_data": {"version": "unknown", "verified_through": "1970-01-01"},
}

screen := {
	"outcome": "INVALID_INPUT",
	"name": _request_name,
	"date": null,
	"keys": [],
	"matches": [],
	"warnings": [],
	"errors": [{"path": p, "message": m} | some [p, m] in sort([[e.path, e.message] | some e in validate.data_errors])],
	"reference_data": {"version": "unknown", "verified_through": "1970-01-01"},
} if {
	count(validate.data_errors) > 0
}

screen := {
	"outcome": "INVALID_INPUT",
	"name": _request_name,
	"date": null,
	"keys": [],
	"matches": [],
	"warnings": [],
	"errors": _screen_errors_sorted,
	"reference_data": lib.reference_data,
} if {
	count(validate.data_errors) == 0
	count(_screen_errors) > 0
}

screen := {
	"outcome": _screen_outcome,
	"name": input.name,
	"date": _screen_date,
	"keys": sort({k | some p in _screening.parts; k := lib.parts_key(p)}),
	"matches": [m | some [_, m] in sort([[parties.match_key(m), m] | some m in _screen_matches])],
	"warnings": [w | some [_, w] in sort([[[x.code, x.message_en], x] | some x in _screen_warnings])],
	"errors": [],
	"reference_data": lib.reference_data,
} if {
	count(validate.data_errors) == 0
	count(_screen_errors) == 0
	_screening
}

default _request_name := null

_request_name := input.name if is_string(input.name)

# ---- validation ----------------------------------------------------------------------------------

# Only the unreadable numbers when there are any: nothing else may read them.
_screen_errors := validate.number_errors if count(validate.number_errors) > 0

_screen_errors := _screen_checks if count(validate.number_errors) == 0

_screen_checks contains {"path": "", "message": sprintf("the request must be a JSON object, not %s", [type_name(validate.document)])} if {
	not is_object(validate.document)
}

_screen_checks contains error if {
	is_object(validate.document)
	some error in validate.schema_errors(validate.document, data.cnexport.schemas.screen)
}

_screen_checks contains {"path": "/owners", "message": "owner shares add up to more than 1"} if {
	is_array(input.owners)
	shares := [lib.decimal(o.share) | some o in input.owners; is_number(o.share)]
	lib.decimal_compare(lib.decimal_sum(shares), lib.decimal(1)) > 0
}

_screen_errors_sorted := [{"path": p, "message": m} | some [p, m] in sort([[e.path, e.message] | some e in _screen_errors])]

# ---- a valid request -----------------------------------------------------------------------------

# Without a date, today in Beijing (UTC+8), the calendar the lists' dates are written in.
_screen_date := input.date if is_string(input.date)

_screen_date := time.format([time.now_ns() + ((8 * 3600) * 1000000000), "UTC", "2006-01-02"]) if not input.date

_screening := parties.screen(parties.party_names(input), object.get(input, "owners", []), _screen_date)

# Every listing found, whatever its status on the date.
_screen_matches := parties.shown_matches(_screening)

default _screen_outcome := "NO_MATCH"

_screen_outcome := "MATCH" if _exact_found

_screen_outcome := "POSSIBLE_MATCH" if {
	count(_screen_matches) > 0
	not _exact_found
}

_exact_found if {
	some m in _screen_matches
	m.strength == "exact"
}

_screen_warnings contains lib.warning(
	"LISTING_NOT_IN_FORCE",
	sprintf(
		"%s (%s)%s on the %s is matched, but %s on %s",
		[m.name, m.entry_id, parties.via_texts(m).via_text, parties.titles_of_lists[m.list][0], m.because, _screen_date],
	),
	{"measure": _listing(m).announcement, "interpretation": "I-LISTING-DATES"},
) if {
	some m in _screening.not_in_force
	m.strength == "exact"
}

_screen_warnings contains lib.warning(
	"LISTED_OWNER_BELOW_THRESHOLD",
	sprintf(
		"owner %s (share %v) is %s (%s) on the %s: below the %v share at which a listing reaches the party it holds",
		[m.via, m.share, m.name, m.entry_id, parties.titles_of_lists[m.list][0], parties.ownership_threshold],
	),
	{"interpretation": "I-OWNERSHIP-50"},
) if {
	some m in _screening.owners_below_threshold
}

_screen_warnings contains lib.warning(
	"REFERENCE_DATA_NOT_VERIFIED",
	sprintf(
		"the date %s is after %s, the last date the reference data was verified for: later listings or suspensions may be missing",
		[_screen_date, data.cnexport_reference.meta.verified_through],
	),
	{},
) if {
	_screen_date > data.cnexport_reference.meta.verified_through
}

_screen_warnings contains lib.warning(
	"UEL_LISTED_WITHOUT_MEASURE",
	sprintf(
		"%s (%s) on the %s: the listing states no measure; none is applied, but the working mechanism may yet take measures",
		[m.name, m.entry_id, parties.titles_of_lists[m.list][0]],
	),
	{"measure": _listing(m).announcement, "interpretation": "I-UEL-NO-MEASURE"},
) if {
	some m in _screening.matches
	m.strength == "exact"
	_listing(m).no_measure == true
}

_screen_warnings contains lib.warning(
	"LISTING_DATA_INFERRED",
	sprintf(
		"%s (%s): the listing's data rests partly on inference (dates or country); see its entry in data/entities.yaml",
		[m.name, m.entry_id],
	),
	{"measure": _listing(m).announcement},
) if {
	some m in _screening.matches
	_listing(m).inferred == true
}

_listing(m) := data.cnexport_reference.index.entities[m.entry_id]
