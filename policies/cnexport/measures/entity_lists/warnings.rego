# What a person should read with a listing match: listings whose measures do not apply on the date,
# the days in doubt, data that is inferred, a listing without a measure, owners below 50%.
package cnexport.measures.entity_lists

import data.cnexport.lib.result
import data.cnexport.lib.timeline
import data.cnexport.parties

# METADATA
# title: A party matches a listing whose measures do not apply on the date
# custom:
#   code: LISTING_NOT_IN_FORCE
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     {{.listing}}, but {{.because}}: it is not treated as listed on {{.date}}
#   message_zh: "{{.listing_zh}}，但{{.because_zh}}：{{.date}}不按列入名单处理。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union_n([_listing_texts(party, m, e), {"because": m.because, "because_zh": m.because_zh, "date": _date}]),
	{"measure": e.announcement},
) if {
	some i, party in input.parties
	some m in parties.screened[i].not_in_force
	m.strength == "exact"
	e := data.cnexport_reference.index.entities[m.entry_id]
}

# METADATA
# title: The export date is the recorded last day of a listing's suspension
# custom:
#   code: LISTING_SUSPENSION_END_DAY
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     {{.listing}}: the suspension of its measures is recorded as lasting until {{.until}}; this decision applies
#     them on that day
#   message_zh: "{{.listing_zh}}：其措施的暂停实施期限记载至{{.until}}；本决定在当日即适用这些措施。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listing_texts(party, m, e), {"until": e.suspended_until}),
	{"measure": e.announcement},
) if {
	some [_, party, m, e] in _matched
	e.suspended_until == _date
}

# METADATA
# title: A listing decides the shipment because its suspension ended, and an extension was reported
# custom:
#   code: LISTING_EXTENSION_REPORTED
#   interpretation: I-EXTENSION-REPORTED
#   message_en: >-
#     {{.listing}}: its measures apply again from {{.until}}, when their suspension ends as recorded (that end date
#     is inferred). {{.extension}}
#   message_zh: "{{.listing_zh}}：其措施自{{.until}}起恢复实施，即所记载的暂停期限届满之日（该日期系推断得出）。{{.extension_zh}}"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union_n([
		_listing_texts(party, m, e),
		{"until": e.suspended_until},
		timeline.reported_extension_texts[e.announcement],
	]),
	{"measure": e.announcement},
) if {
	some [i, party, m, e] in _matched
	e.announcement in timeline.reported_extension.params.listing_suspensions
	timeline.in_reported_extension(e.suspended_until, _date)
	_decides(i, e.announcement)
}

# METADATA
# title: A listing takes effect at a time of day on the export date
# custom:
#   code: LISTING_EFFECTIVE_TIME
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     {{.listing}}: the listing takes effect at {{.time}} on {{.from}}; this decision applies it to the whole day
#   message_zh: "{{.listing_zh}}：该列名自{{.from}} {{.time}}起生效；本决定对当日全天适用。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listing_texts(party, m, e), {"time": e.effective_time, "from": e.effective_from}),
	{"measure": e.announcement},
) if {
	some [_, party, m, e] in _matched
	e.effective_time
	e.effective_from == _date
}

# METADATA
# title: A listing matched rests partly on inferred data
# custom:
#   code: LISTING_DATA_INFERRED
#   message_en: >-
#     {{.listing}}: the listing's data rests partly on inference (dates or country); see entry {{.entry_id}} in
#     data/entities.yaml
#   message_zh: "{{.listing_zh}}：该列名的数据（日期或国家）部分出于推断；见data/entities.yaml中的条目{{.entry_id}}。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listing_texts(party, m, e), {"entry_id": m.entry_id}),
	{"measure": e.announcement},
) if {
	some [_, party, m, e] in _matched
	e.inferred == true
}

# METADATA
# title: A party is on the unreliable entity list by an announcement that states no measure
# custom:
#   code: UEL_LISTED_WITHOUT_MEASURE
#   interpretation: I-UEL-NO-MEASURE
#   message_en: >-
#     {{.listing}}, which states no measure against it: none is applied, but the working mechanism may yet take
#     measures
#   message_zh: "{{.listing_zh}}，该公告未载明对其采取的措施：本决定不适用任何措施，但工作机制仍可能采取措施。"
warnings contains result.warning(rego.metadata.rule(), _listing_texts(party, m, e), {"measure": e.announcement}) if {
	some [_, party, m, e] in _matched
	m.strength == "exact"
	e.no_measure == true
}

# METADATA
# title: A party is held by a listed owner below the share at which a listing reaches it
# custom:
#   code: LISTED_OWNER_BELOW_THRESHOLD
#   interpretation: I-OWNERSHIP-50
#   message_en: >-
#     {{.name}} ({{.role}}) is held {{.share}} by {{.via}}, which is {{.listed_name}} ({{.entry_id}}) on the
#     {{.list}} by {{.announcement}}: below the {{.threshold}} share at which a listing reaches the party it holds
#   message_zh: "{{.name}}（{{.role}}）由{{.via}}持股{{.share}}，后者为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}\
#     （{{.entry_id}}）：低于列名及于其所控股主体的持股比例{{.threshold}}。"
warnings contains result.warning(
	rego.metadata.rule(),
	{
		"name": party.name, "role": party.role, "share": m.share, "via": m.via, "listed_name": m.name,
		"entry_id": m.entry_id, "list": _list_names[m.list][0], "list_zh": _list_names[m.list][1],
		"announcement": e.announcement, "document_no": object.get(e, "document_no", e.announcement),
		"threshold": parties.ownership_threshold,
	},
	{"measure": e.announcement},
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
