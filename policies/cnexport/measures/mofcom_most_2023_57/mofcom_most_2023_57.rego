# METADATA
# title: MOFCOM/MOST Announcement No. 57 of 2023 - Catalogue of Technologies Prohibited or Restricted from Export
# description: |
#   商务部 科技部公告2023年第57号, the revised 《中国禁止出口限制出口技术目录》, for its rare-earth
#   entries. It rests on the Foreign Trade Law and the Regulations on the Administration of
#   Technology Import and Export, applies alongside No. 62 and was never suspended
#   (I-MOST23-ALONGSIDE-62). A technology on the prohibited part may not be exported at all; one on
#   the restricted part needs a technology export licence. The catalogue was not read: its parts are
#   cited by name (I-MOST23-CITATION) and every decision resting on it says so (I-MOST23-ENTRIES).
# related_resources:
#   - description: the prohibited rare-earth control points (press report)
#     ref: https://newsflash.city/2401/68cdfce728ce1faa.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/earlier-instruments.md#4-mofcommost-announcement-no-57-of-2023
# custom:
#   measure: MOFCOM-MOST-2023-57
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_most_2023_57

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

_param(clause, name) := timeline.param(_measure, clause, name)

# ---- what a technology export is (I-MOST23-EXPORT) -------------------------------------------------

_cross_border if {
	input.ship_from == shipment.china
	input.ship_to != shipment.china
}

# Technology that leaves from China to a destination, or (stricter) to a receiving party, outside China.
_export(_) if _cross_border

_export(part) if {
	input.ship_from == shipment.china
	some party in input.parties
	party.role in _param(part, "receiving_roles")
	party.country != shipment.china
}

_export_basis := sprintf("moved from %s to %s", [input.ship_from, input.ship_to]) if {
	_cross_border
} else := sprintf("provided from %s to a receiving party outside China", [input.ship_from])

_export_basis_zh := sprintf("自%s出口至%s", [input.ship_from, input.ship_to]) if {
	_cross_border
} else := sprintf("自%s向境外接收方提供", [input.ship_from])

# Whether the shipment exports technology for either part.
_exported if {
	some part in _parts
	_export(part)
}

# ---- the lines ------------------------------------------------------------------------------------

_parts := ["prohibited", "restricted"]

# Each technology line once, whichever of kind and category says so, with the activities it declares
# (the list as the line gives it: a set of them is built only where one is needed);
# read off the fields, without a call per line.
_technology_lines := [[line, classification.line_activities(line)] |
	_exported
	some line in array.concat(
		[line | some line in input.items; line.kind == "technology"],
		[line | some line in input.items; line.category == "technology"; not line.kind == "technology"],
	)
]

# The entries of both parts, as [part, entry], and those a line's activities can select: an entry
# that names activities is matched only against the lines that declare one of them.
_part_entries := [[part, e] | some part in _parts; some e in classification.catalogue_entries(_measure, part)]

_entries_for_any_activity := [[part, e] | some [part, e] in _part_entries; not e.match.line.activities_any]

_entries_by_activity := {a: entries |
	some a in {a | some [_, e] in _part_entries; some a in object.get(e.match.line, "activities_any", [])}
	entries := [[part, e] | some [part, e] in _part_entries; a in object.get(e.match.line, "activities_any", [])]
}

# Every [part, line, entry] the catalogue catches, found once per decision, with the details of its
# reason.
_caught_all := {[part, line, e, details] |
	some [line, activities] in _technology_lines
	some [part, e] in _catalogue_matches(classification.line_facts(line))
	_export(part)
	production_line := object.get(line, "production_line_technology", false) == true
	details := object.union({"line": line.line, "figures": _figures(activities, e)}, _interpretation(production_line))
}

# The [part, entry] pairs that technology lines with these facts are, asked of the facts alone, so
# that lines alike in them share one answer. A technology line is matched as category technology,
# whatever category it declares.
_catalogue_matches(facts) := {[part, e] |
	as_technology := object.union(facts, {"category": "technology"})
	some [part, e] in array.concat(_entries_for_any_activity, [x |
		some a in classification.line_activities(facts)
		some x in object.get(_entries_by_activity, a, [])
	])
	classification.line_matches(e.match.line, as_technology)
}

# The figures of a line with these activities that entry e catches.
_figures(activities, e) := {
	"entry": e.id,
	"control_point": e.name_en,
	"activities": concat(", ", sort({a | some a in activities; a in e.match.line.activities_any})),
	"export_basis": _export_basis,
	"export_basis_zh": _export_basis_zh,
}

# The reading a case rests on beyond the entries themselves (which the METADATA names), asked of
# whether the line is production-line technology, so that it is worked out twice at most.
_interpretation(production_line) := {"interpretation": "I-MOST23-PRODUCTION-LINE"} if {
	production_line == true
} else := {"interpretation": "I-MOST23-EXPORT"} if {
	not _cross_border
} else := {}

# A technology line the exporter classifies as rare-earth technology (a declared 1E902 code, No. 62's
# heading) that declares none of its rare-earth activities: it may be any entry of the prohibited part,
# and is taken as one until its activities are declared (I-MOST23-UNDECLARED-ACTIVITIES).
_undeclared_activities := {line |
	_export("prohibited")
	heading := timeline.role_param("rare_earth_technology_code", "control_code_heading")
	some [line, activities] in _technology_lines
	count(activities) == 0
	startswith(line.control_code, heading)
}

_prohibited_entries := [e | some e in classification.catalogue_entries(_measure, "prohibited")]

# What every line taken as prohibited names: the part's entries and the activities they name, as
# text built once rather than per line.
_prohibited_entry_ids := concat(", ", [e.id | some e in _prohibited_entries])

_prohibited_activities := concat(", ", sort({a | some e in _prohibited_entries; some a in e.match.line.activities_any}))

# METADATA
# title: Rare-earth technology on the catalogue's prohibited part
# description: 禁止出口部分 - rare earth refining, processing and utilisation technology (control points from press reports)
# custom:
#   code: MOST23_PROHIBITED_TECHNOLOGY
#   clause: prohibited
#   outcome: PROHIBITED
#   interpretation: I-MOST23-ENTRIES
#   message_en: >-
#     The line is {{.control_point}} ({{.activities}}), {{.export_basis}}. The Catalogue of Technologies Prohibited
#     or Restricted from Export puts it on its prohibited part: it may not be exported at all, and no licence can
#     cover it, whether or not No. 62 applies on the day.
#   message_zh: >-
#     该行为{{.control_point}}（{{.activities}}），{{.export_basis_zh}}。《中国禁止出口限制出口技术目录》将其列入禁止出口部分：
#     一律不得出口，任何许可均不能覆盖，不论第62号公告当日是否适用。
part_prohibited contains reason if {
	some [part, _, _, details] in _caught_all
	part == "prohibited"
	reason := result.reason(rego.metadata.chain(), details)
}

# METADATA
# title: Rare-earth technology whose activities are not declared, taken as on the prohibited part
# description: 禁止出口部分 - a declared rare-earth technology (1E902) that may be any of the part's control points
# custom:
#   code: MOST23_ACTIVITIES_NOT_DECLARED
#   clause: prohibited
#   outcome: PROHIBITED
#   interpretation: I-MOST23-UNDECLARED-ACTIVITIES
#   message_en: >-
#     Line {{.line}} is declared rare-earth technology ({{.declared_control_code}}), {{.export_basis}}, but declares
#     none of the rare-earth activities it serves, so it may be any control point of the prohibited part of the
#     Catalogue of Technologies Prohibited or Restricted from Export ({{.entries}}): it is taken as prohibited. Declare
#     its rare_earth_activities ({{.activities}}) to have it placed.
#   message_zh: >-
#     第{{.line}}行申报为稀土技术（{{.declared_control_code}}），{{.export_basis_zh}}，但未申报其服务的稀土活动，可能属于
#     《中国禁止出口限制出口技术目录》禁止出口部分的任一控制要点（{{.entries}}）：按禁止出口处理。请申报rare_earth_activities
#     （{{.activities}}）以确定其归属。
part_prohibited contains reason if {
	some line in _undeclared_activities
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": {
		"line": line.line,
		"declared_control_code": line.control_code,
		"entries": _prohibited_entry_ids,
		"activities": _prohibited_activities,
		"export_basis": _export_basis,
		"export_basis_zh": _export_basis_zh,
	}})
}

# METADATA
# title: Rare-earth technology on the catalogue's restricted part
# description: 限制出口部分 - rare-earth mining, beneficiation and smelting technologies (as reported)
# custom:
#   code: MOST23_RESTRICTED_TECHNOLOGY
#   clause: restricted
#   outcome: LICENCE_REQUIRED
#   interpretation: I-MOST23-ENTRIES
#   message_en: >-
#     The line is {{.control_point}} ({{.activities}}), {{.export_basis}}. The Catalogue of Technologies Prohibited
#     or Restricted from Export puts it on its restricted part: it may not be exported without a technology export
#     licence under the Regulations on the Administration of Technology Import and Export.
#   message_zh: >-
#     该行为{{.control_point}}（{{.activities}}），{{.export_basis_zh}}。《中国禁止出口限制出口技术目录》将其列入限制出口部分：
#     未取得技术出口许可证不得出口（《技术进出口管理条例》）。
part_restricted contains reason if {
	some [part, _, _, details] in _caught_all
	part == "restricted"
	reason := result.reason(rego.metadata.chain(), details)
}

# ---- what the decision collects -------------------------------------------------------------------

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := part_prohibited | part_restricted

# METADATA
# description: the catalogue entries each line a part catches is (every prohibited one it may be), with that part
# scope: document
controls contains {"line": reason.line, "control": classification.control_of(e), "measure": reason.measure, "clause": reason.clause} if {
	some [_, line, e, _] in _caught_all
	some reason in _findings_of[line.line]
}

controls contains {"line": reason.line, "control": classification.control_of(e), "measure": reason.measure, "clause": reason.clause} if {
	some line in _undeclared_activities
	some reason in _findings_of[line.line]
	some e in _prohibited_entries
}

# The findings grouped by line once (a comprehension OPA indexes by line), so that no line rescans
# every other line's.
_findings_of := {n: reasons |
	some n in {r.line | some r in findings}
	reasons := {r | some r in findings; r.line == n}
}
