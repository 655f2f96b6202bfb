# What a decision says of the reviewed clearances a document carries (I-MATCH-CLEARANCE): each
# possible match cleared, with the reviewer, day and reason; each clearance that clears nothing.
package cnexport.measures.entity_lists

import data.cnexport.lib.result
import data.cnexport.parties

# Every screening of the shipment with whom it is of: [who, party as warnings name it, screening].
_screenings contains [i, party, s] if {
	some i, party in input.parties
	s := parties.screened[i]
}

_screenings contains ["exporter", {"name": input.exporter.name, "role": "exporter"}, parties.screened_exporter]

# METADATA
# title: A possible match cleared by a person's review
# custom:
#   code: POSSIBLE_MATCH_CLEARED
#   interpretation: I-MATCH-CLEARANCE
#   message_en: >-
#     {{.name}} ({{.role}}) is a possible match for {{.listed_name}} ({{.entry_id}}){{.via_text}} on the {{.list}} by
#     {{.announcement}}, cleared by {{.by}} on {{.on}} ({{.reason}}): the match has no effect on this decision
#   message_zh: "{{.name}}（{{.role}}）可能为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}，\
#     已由{{.by}}于{{.on}}审核排除（{{.reason}}）：该匹配对本决定不产生影响。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_via_figures(m), {
		"name": party.name, "role": party.role, "listed_name": m.name, "entry_id": m.entry_id,
		"list": _list_names[m.list][0], "list_zh": _list_names[m.list][1], "announcement": e.announcement,
		"document_no": object.get(e, "document_no", e.announcement),
		"by": m.cleared.by, "on": m.cleared.on, "reason": m.cleared.reason,
	}),
	{"measure": e.announcement},
) if {
	some [_, party, s] in _screenings
	some m in s.cleared
	e := data.cnexport_reference.index.entities[m.entry_id]
}

# METADATA
# title: A clearance on file that clears no possible match
# custom:
#   code: CLEARANCE_NOT_USED
#   interpretation: I-MATCH-CLEARANCE
#   message_en: >-
#     the clearance of {{.entry_id}} by {{.by}} on {{.on}} names {{.name}} ({{.role}}), which screening does not find
#     as a possible match of it on {{.date}}: it clears nothing
#   message_zh: "{{.by}}于{{.on}}对{{.entry_id}}所作的排除审核指向{{.name}}（{{.role}}），但{{.date}}的筛查未发现二者可能匹配：该审核不排除任何匹配。"
warnings contains result.warning(
	rego.metadata.rule(),
	{"entry_id": c.entry_id, "by": c.reviewed_by, "on": c.reviewed_on, "name": party.name, "role": party.role, "date": _date},
	{},
) if {
	some c in input.clearances
	some [who, party, s] in _screenings
	c.party == who
	not c.entry_id in {m.entry_id | some m in s.cleared}
}
