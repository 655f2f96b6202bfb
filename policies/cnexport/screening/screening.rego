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

import data.cnexport.lib.dates
import data.cnexport.lib.decimals
import data.cnexport.lib.names
import data.cnexport.lib.result
import data.cnexport.lib.timeline
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
	"reference_data": result.reference_data,
} if {
	count(validate.data_errors) == 0
	count(_screen_errors) > 0
}

screen := {
	"outcome": _screen_outcome,
	"name": input.name,
	"date": _screen_date,
	"keys": sort({k | some p in _screening.parts; k := names.parts_key(p)}),
	"matches": [m | some [_, m] in sort([[parties.match_key(m), m] | some m in _screen_matches])],
	"warnings": [w | some [_, w] in sort([[[x.code, x.message_en], x] | some x in _screen_warnings])],
	"errors": [],
	"reference_data": result.reference_data,
} if {
	count(validate.data_errors) == 0
	count(_screen_errors) == 0
	_screening

	# A warning that could not be built from its METADATA leaves the default: an engine fault.
	every w in _screen_warnings {
		not w.unbuilt
	}
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
	shares := [decimals.from_number(o.share) | some o in input.owners; is_number(o.share)]
	decimals.compare(decimals.total(shares), decimals.from_number(1)) > 0
}

_screen_errors_sorted := [{"path": p, "message": m} | some [p, m] in sort([[e.path, e.message] | some e in _screen_errors])]

# ---- a valid request -----------------------------------------------------------------------------

# Without a date, today in Beijing (UTC+8), the calendar the lists' dates are written in.
_screen_date := input.date if is_string(input.date)

_screen_date := dates.today_in_beijing if not input.date

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

# How a screening warning names a listing, in English and Chinese.
_listed_figures(m) := object.union(parties.via_texts(m), {
	"listed_name": m.name, "entry_id": m.entry_id,
	"list": parties.titles_of_lists[m.list][0], "list_zh": parties.titles_of_lists[m.list][1],
	"document_no": object.get(_listing(m), "document_no", _listing(m).announcement),
})

# METADATA
# title: A listing matched exactly whose measures do not apply on the date
# custom:
#   code: LISTING_NOT_IN_FORCE
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     {{.listed_name}} ({{.entry_id}}){{.via_text}} on the {{.list}} is matched, but {{.because}} on {{.date}}
#   message_zh: "与{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}相符，但于{{.date}}{{.because_zh}}。"
_screen_warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listed_figures(m), {"because": m.because, "because_zh": m.because_zh, "date": _screen_date}),
	{"measure": _listing(m).announcement},
) if {
	some m in _screening.not_in_force
	m.strength == "exact"
}

# METADATA
# title: An owner on a list holds less than the share at which a listing reaches the party
# custom:
#   code: LISTED_OWNER_BELOW_THRESHOLD
#   interpretation: I-OWNERSHIP-50
#   message_en: >-
#     owner {{.via}} (share {{.share}}) is {{.listed_name}} ({{.entry_id}}) on the {{.list}}: below the
#     {{.threshold}} share at which a listing reaches the party it holds
#   message_zh: "股东{{.via}}（持股{{.share}}）为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）：\
#     低于列名及于其所控股主体的持股比例{{.threshold}}。"
_screen_warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listed_figures(m), {"via": m.via, "share": m.share, "threshold": parties.ownership_threshold}),
	{},
) if {
	some m in _screening.owners_below_threshold
}

# METADATA
# title: The screening date is after the date the reference data was verified for
# custom:
#   code: REFERENCE_DATA_NOT_VERIFIED
#   message_en: >-
#     the date {{.date}} is after {{.verified_through}}, the last date the reference data was verified for: later
#     listings or suspensions may be missing
#   message_zh: "日期{{.date}}晚于参考数据最后核实之日{{.verified_through}}：其后的列名或暂停实施可能未收录。"
_screen_warnings contains result.warning(rego.metadata.rule(), {"date": _screen_date, "verified_through": _meta.verified_through}, {}) if {
	_screen_date > _meta.verified_through
}

# METADATA
# title: The screening date is after the newest source that lists designations
# custom:
#   code: LISTINGS_NOT_VERIFIED
#   message_en: >-
#     the date {{.date}} is after {{.listings_verified_through}}, the date of the newest source that lists
#     designations: the party may be on a later listing the reference data does not hold
#   message_zh: "日期{{.date}}晚于所收录最新列名来源的日期{{.listings_verified_through}}：该当事方可能已被其后的公告列入名单，而参考数据未收录。"
_screen_warnings contains result.warning(
	rego.metadata.rule(),
	{"date": _screen_date, "listings_verified_through": _meta.listings_verified_through},
	{},
) if {
	_screen_date > _meta.listings_verified_through
}

# METADATA
# title: The screening date is the recorded last day of a matched listing's suspension
# custom:
#   code: LISTING_SUSPENSION_END_DAY
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     {{.listed_name}} ({{.entry_id}}){{.via_text}} on the {{.list}}: the suspension of its measures is recorded as
#     lasting until {{.until}}; this answer treats them as in force on that day
#   message_zh: "{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}：其措施的暂停实施期限记载至{{.until}}；\
#     本答复视其措施在当日有效。"
_screen_warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listed_figures(m), {"until": _listing(m).suspended_until}),
	{"measure": _listing(m).announcement},
) if {
	some m in _screening.matches
	_listing(m).suspended_until == _screen_date
}

# METADATA
# title: A matched listing is in force because its suspension ended, and an extension was reported
# custom:
#   code: LISTING_EXTENSION_REPORTED
#   interpretation: I-EXTENSION-REPORTED
#   message_en: >-
#     {{.listed_name}} ({{.entry_id}}){{.via_text}} on the {{.list}}: its measures apply again from {{.until}}, when
#     their suspension ends as recorded (that end date is inferred). {{.extension}}
#   message_zh: "{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}：其措施自{{.until}}起恢复实施，\
#     即所记载的暂停期限届满之日（该日期系推断得出）。{{.extension_zh}}"
_screen_warnings contains result.warning(
	rego.metadata.rule(),
	object.union_n([
		_listed_figures(m),
		{"until": e.suspended_until},
		timeline.reported_extension_texts[e.announcement],
	]),
	{"measure": e.announcement},
) if {
	some m in _screening.matches
	e := _listing(m)
	e.announcement in timeline.reported_extension.params.listing_suspensions
	timeline.in_reported_extension(e.suspended_until, _screen_date)
}

# METADATA
# title: A matched listing takes effect at a time of day on the screening date
# custom:
#   code: LISTING_EFFECTIVE_TIME
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     {{.listed_name}} ({{.entry_id}}){{.via_text}} on the {{.list}}: the listing takes effect at {{.time}} on
#     {{.from}}; this answer treats it as in force the whole day
#   message_zh: "{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}：该列名自{{.from}} {{.time}}起生效；\
#     本答复视其当日全天有效。"
_screen_warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listed_figures(m), {"time": _listing(m).effective_time, "from": _listing(m).effective_from}),
	{"measure": _listing(m).announcement},
) if {
	some m in _screening.matches
	_listing(m).effective_time
	_listing(m).effective_from == _screen_date
}

# METADATA
# title: A listing on the unreliable entity list that states no measure
# custom:
#   code: UEL_LISTED_WITHOUT_MEASURE
#   interpretation: I-UEL-NO-MEASURE
#   message_en: >-
#     {{.listed_name}} ({{.entry_id}}) on the {{.list}}: the listing states no measure; none is applied, but the
#     working mechanism may yet take measures
#   message_zh: "{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）：该列名未载明措施；本系统不适用任何措施，但工作机制仍可能采取措施。"
_screen_warnings contains result.warning(rego.metadata.rule(), _listed_figures(m), {"measure": _listing(m).announcement}) if {
	some m in _screening.matches
	m.strength == "exact"
	_listing(m).no_measure == true
}

# METADATA
# title: A listing matched rests partly on inferred data
# custom:
#   code: LISTING_DATA_INFERRED
#   message_en: >-
#     {{.listed_name}} ({{.entry_id}}): the listing's data rests partly on inference (dates or country); see its
#     entry in data/entities.yaml
#   message_zh: "{{.listed_name}}（{{.entry_id}}）：该列名的数据（日期或国家）部分出于推断；见data/entities.yaml中该条目。"
_screen_warnings contains result.warning(rego.metadata.rule(), _listed_figures(m), {"measure": _listing(m).announcement}) if {
	some m in _screening.matches
	_listing(m).inferred == true
}

_listing(m) := data.cnexport_reference.index.entities[m.entry_id]

_meta := data.cnexport_reference.meta
