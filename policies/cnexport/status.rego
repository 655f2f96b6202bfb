# cnexport status - what the reference data says applies on a date (POST /v1/data/cnexport/status).
#   Read-only: every measure's clauses and every listing with its state on the date (today's Beijing
#   date when none is given), by the engine's own rules (timeline.in_force, parties.listing_status), so
#   that `cnexport status`, `explain` and the timeline picture show the dates decisions use. It
#   decides nothing. A request that is not valid (schemas/status.schema.json) gets every error; the
#   answer is never undefined.
package cnexport

import data.cnexport.classification
import data.cnexport.lib.dates
import data.cnexport.lib.result
import data.cnexport.lib.timeline
import data.cnexport.parties
import data.cnexport.validate

# METADATA
# description: |
#   The state of the law on a date. The default is reached only if a valid request could not be
#   answered (an engine fault): it says so, with no measure, never as "nothing applies".
# scope: document
# entrypoint: true
default status := {
	"date": null,
	"measures": {},
	"listings": [],
	"warnings": [],
	"errors": [{"path": "", "message": "the engine could not answer this request; nothing may be inferred from this answer"}],
	"reference_data": {"version": "unknown", "verified_through": "1970-01-01"},
	"bundle_revisions": {},
	"change_dates": [],
	"catalogue": {},
}

status := {
	"date": null,
	"measures": {},
	"listings": [],
	"warnings": [],
	"errors": _status_sorted_errors(_status_errors),
	"reference_data": _reference_data_or_unknown,
	"bundle_revisions": _bundle_revisions,
	"change_dates": [],
	"catalogue": {},
} if {
	count(_status_errors) > 0
}

status := {
	"date": _status_date,
	"measures": {id: _measure_status(id) | some id, _ in data.cnexport_reference.measures.measures},
	"listings": _status_listings,
	"warnings": [w | some [_, w] in sort([[[x.code, x.message_en], x] | some x in _status_warnings])],
	"errors": [],
	"reference_data": _reference_data,
	"bundle_revisions": _bundle_revisions,
	"change_dates": sort(_status_change_dates),
	"catalogue": _status_catalogue,
} if {
	count(_status_errors) == 0
}

_status_sorted_errors(errors) := [{"path": p, "message": m} | some [p, m] in sort([[e.path, e.message] | some e in errors])]

# ---- validation ----------------------------------------------------------------------------------

_status_errors := validate.data_errors if count(validate.data_errors) > 0

_status_errors := validate.number_errors if {
	count(validate.data_errors) == 0
	count(validate.number_errors) > 0
}

_status_errors := _status_checks if {
	count(validate.data_errors) == 0
	count(validate.number_errors) == 0
}

_status_checks contains {"path": "", "message": sprintf("the request must be a JSON object, not %s", [type_name(validate.document)])} if {
	not is_object(validate.document)
}

_status_checks contains error if {
	is_object(validate.document)
	some error in validate.schema_errors(validate.document, data.cnexport.schemas.status)
}

_status_date := input.date if is_string(input.date)

_status_date := dates.today_in_beijing if not input.date

# The revision of each bundle OPA serves (none when it loaded the policies and data as files).
_bundle_revisions := {name: object.get(b, ["manifest", "revision"], "") | some name, b in data.system.bundles}

# ---- measures and clauses ------------------------------------------------------------------------

_measure_status(id) := {
	"title_en": m.title_en,
	"title_zh": m.title_zh,
	"issuer": m.issuer,
	"issued": m.issued,
	"source": m.source,
	"source_quality": m.source_quality,
	"clauses": {c: object.union(_clause_facts(clause), _clause_state(id, c, _status_date)) | some c, clause in m.clauses},
} if {
	m := timeline.measure(id)
}

_clause_facts(clause) := object.filter(
	clause,
	{"title_en", "effective_from", "source", "source_quality", "date_source", "interpretation"},
)

# One state per clause, checked in the order timeline.in_force reads the dates. `until` of a suspension is
# the day the clause applies again (I-70-END-DAY); with several suspensions on the date, the latest.
_clause_state(id, c, d) := {"state": "not_yet_in_force", "from": timeline.clause(id, c).effective_from} if {
	d < timeline.clause(id, c).effective_from
} else := {"state": "repealed", "from": r.on, "by": r.by, "change_source": r.source} if {
	timeline.repealed_on(id, d)
	r := timeline.measure(id).repealed
} else := _suspension_state(timeline.suspensions_on(id, c, d)) if {
	count(timeline.suspensions_on(id, c, d)) > 0
} else := _revival_state(timeline.suspensions_ended_by(id, c, d)) if {
	timeline.in_force(id, c, d)
	count(timeline.suspensions_ended_by(id, c, d)) > 0
} else := {"state": "in_force", "from": timeline.clause(id, c).effective_from} if {
	timeline.in_force(id, c, d)
}

_suspension_state(covering) := object.union(
	{"state": "suspended", "from": s.from, "until": s.until, "by": s.by, "change_source": s.source},
	_change_reading(s),
) if {
	s := _status_latest_ending(covering)
}

_revival_state(ended) := object.union(
	{"state": "revived", "from": s.until, "by": s.by, "change_source": s.source},
	_change_reading(s),
) if {
	s := _status_latest_ending(ended)
}

# The reading the suspension's dates rely on, beside the clause's own `interpretation`.
_change_reading(s) := {"change_interpretation": s.interpretation} if s.interpretation

_change_reading(s) := {} if not s.interpretation

_status_latest_ending(suspensions) := [s | some s in suspensions; s.until == max({x.until | some x in suspensions})][0]

# Every date on which the state of a clause or a listing may change: asked on each of them, this
# entry point gives every period of every measure (the timeline picture of cnexport status).
_status_change_dates contains clause.effective_from if {
	some m in data.cnexport_reference.measures.measures
	some clause in m.clauses
}

_status_change_dates contains d if {
	some m in data.cnexport_reference.measures.measures
	some s in m.suspensions
	some d in [s.from, s.until]
}

_status_change_dates contains m.repealed.on if some m in data.cnexport_reference.measures.measures

_status_change_dates contains d if {
	some entity in _status_listings_index.groups
	some field in ["effective_from", "suspended_from", "suspended_until", "measures_stopped_from"]
	d := entity[field]
	is_string(d)
}

# ---- catalogue entries ----------------------------------------------------------------------------

# The catalogue entries the request names (a report asks for those its decisions matched): their
# sources, and whether they apply on the date (classification.catalogue_entry_in_force).
_status_catalogue := {e.id: object.union(
	object.filter(e, {"measure", "clause", "name_en", "effective_from", "source", "source_quality"}),
	{"applies": _entry_applies(e)},
) |
	some e in data.cnexport_reference.catalogue.entries
	e.id in {id | some id in object.get(input, "entries", [])}
}

_entry_applies(e) if classification.catalogue_entry_in_force(e, _status_date)

else := false

# ---- listings --------------------------------------------------------------------------------------

_status_listings_index := data.cnexport_reference.index.listings

# The listings of each announcement, grouped by their state on the date.
_status_listing_groups := {key: ids |
	some key in {k | some [k, _] in _status_listing_keys}
	ids := {id | some [k, id] in _status_listing_keys; k == key}
}

_status_listing_keys := [[key, id] |
	some [id, _, group, _] in _status_listings_index.rows
	entity := _status_listings_index.groups[group]
	s := parties.listing_status(entity, _status_date)
	key := [entity.announcement, entity.list, s.state, s.from, object.get(s, "suspended_until", "")]
]

_status_listings := [object.union(
	{
		"announcement": announcement, "list": list, "state": state, "from": from,
		"entries": sort(ids), "source": timeline.measure(announcement).source,
		"source_quality": timeline.measure(announcement).source_quality,
	},
	{"until": until | until != ""},
) |
	some key in sort(object.keys(_status_listing_groups))
	[announcement, list, state, from, until] := key
	ids := _status_listing_groups[key]
]

# ---- warnings --------------------------------------------------------------------------------------

# METADATA
# title: The status date is after the date the reference data was verified for
# custom:
#   code: REFERENCE_DATA_NOT_VERIFIED
#   message_en: >-
#     the date {{.date}} is after {{.verified_through}}, the last date the reference data was verified for: later
#     measures, extensions or repeals may be missing
#   message_zh: "日期{{.date}}晚于参考数据最后核实之日{{.verified_through}}：其后发布的措施、延期或废止可能未收录。"
_status_warnings contains result.warning(rego.metadata.rule(), {"date": _status_date, "verified_through": _meta.verified_through}, {}) if {
	_status_date > _meta.verified_through
}

# METADATA
# title: The status date is after the newest source that lists designations
# custom:
#   code: LISTINGS_NOT_VERIFIED
#   message_en: >-
#     the date {{.date}} is after {{.listings_verified_through}}, the date of the newest source that lists
#     designations: later listings may be missing
#   message_zh: "日期{{.date}}晚于所收录最新列名来源的日期{{.listings_verified_through}}：其后的列名可能未收录。"
_status_warnings contains result.warning(
	rego.metadata.rule(),
	{"date": _status_date, "listings_verified_through": _meta.listings_verified_through},
	{},
) if {
	_status_date > _meta.listings_verified_through
}

# METADATA
# title: A clause applies again because its suspension ended, and an extension was reported
# custom:
#   code: SUSPENSION_EXTENSION_REPORTED
#   interpretation: I-EXTENSION-REPORTED
#   message_en: >-
#     {{.suspended}} applies again from {{.until}}, when its suspension by {{.by}} ends as printed. {{.extension}}
#   message_zh: "{{.suspended_zh}}自{{.until}}起恢复实施，即{{.by}}载明的暂停期限届满之日。{{.extension_zh}}"
_status_warnings contains result.warning(
	rego.metadata.rule(),
	object.union_n([
		{"until": s.until, "by": s.by},
		_suspended_texts(id, s),
		timeline.reported_extension_texts[s.by],
	]),
	{"measure": id},
) if {
	some id, clauses in _status_revived
	some c, _ in clauses
	some s in timeline.suspensions_ended_by(id, c, _status_date)
	s.by in timeline.reported_extension.params.suspensions_by
	timeline.in_reported_extension(s.until, _status_date)
}

_status_revived[id][c] if {
	some id, m in data.cnexport_reference.measures.measures
	some c, _ in m.clauses
	_clause_state(id, c, _status_date).state == "revived"
}
