# METADATA
# title: MOFCOM Announcement No. 62 of 2025 - export controls on rare earth-related technologies
# description: |
#   商务部公告2025年第62号 公布对稀土相关技术实施出口管制的决定. Clause 1 lists two technologies
#   (1E902.a, 1E902.b) and adds a knowledge-based catch-all; clause 2 says who exports and what an
#   export is; clause 3 the application; clause 5 bars services to a breach; clause 6 excludes
#   public-domain, basic-research and patent-application technology; clause 7 bars substantial
#   support by Chinese persons. Clause 8's date and the suspension by No. 70 are in data/measures/.
#   One rule per clause, each named after it; clause 6 in exclusions.rego, clause 5 in services.rego.
# related_resources:
#   - description: full Chinese text (scraped copy of the MOFCOM page)
#     ref: https://github.com/weiqi-kids/agent.cross-border-trade/blob/b364da096e587f3cfdce9a45fb792435769c8e78/docs/Extractor/cn_export_control/regulation_update/2025-10-09-%E5%95%86%E5%8A%A1%E9%83%A8%E5%85%AC%E5%91%8A2025%E7%AC%AC62%E5%8F%B7-%E5%85%AC%E5%B8%83%E5%AF%B9%E7%A8%80%E5%9C%9F%E7%9B%B8%E5%85%B3%E6%8A%80%E6%9C%AF%E5%AE%9E%E6%96%BD%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E7%9A%84%E5%86%B3%E5%AE%9A.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#5-mofcom-announcement-no-62-of-2025-rare-earth-technologies
# custom:
#   measure: MOFCOM-2025-62
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_62

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

_param(clause, name) := timeline.param(_measure, clause, name)

# ---- clause 2: who exports, and what an export is (I-62-EXPORT) ----------------------------------

# Chinese citizens, legal persons and organisations; an exporter that does not say is taken as one
# when its country is China (I-62-CN-PERSON).
_cn_person if input.exporter.cn_person == true

_cn_person if {
	not is_boolean(object.get(input.exporter, "cn_person", null))
	input.exporter.country == shipment.china
}

# Export operators: Chinese persons, and every person and organisation in China.
_operator if _cn_person

_operator if input.exporter.country == shipment.china

_operator if input.ship_from == shipment.china

_foreign_receivers contains [i, party] if {
	some i, party in input.parties
	party.role in _param("2", "receiving_roles")
	party.country != shipment.china
}

_cross_border if {
	input.ship_from == shipment.china
	input.ship_to != shipment.china
}

# Provision inside China to a foreign organisation or individual, the export clause 2 adds.
_in_china_provision if {
	input.ship_to == shipment.china
	count(_foreign_receivers) > 0
}

_export if {
	_operator
	input.ship_to != shipment.china
}

_export if {
	_operator
	_in_china_provision
}

_foreign_receiver_names := concat("; ", sort([sprintf("%s (%s, %s)", [p.name, p.role, p.country]) | some [_, p] in _foreign_receivers]))

_export_basis := sprintf("moved from %s to %s", [input.ship_from, input.ship_to]) if {
	_cross_border
} else := sprintf("provided to %s, outside China", [input.ship_to]) if {
	input.ship_to != shipment.china
} else := sprintf("provided inside China to a foreign party: %s", [_foreign_receiver_names])

_export_basis_zh := sprintf("自%s出口至%s", [input.ship_from, input.ship_to]) if {
	_cross_border
} else := sprintf("向境外（%s）提供", [input.ship_to]) if {
	input.ship_to != shipment.china
} else := sprintf("在境内向外国当事人提供：%s", [_foreign_receiver_names])

# ---- the lines ------------------------------------------------------------------------------------

# The yes-or-no questions asked of a line below are asked many times over: each has a default of
# false, because OPA keeps a function's answer for its arguments only when the answer is defined.

# Technology, or a carrier of it, whichever of kind and category says so (I-62-ACTIVITIES).
default _technology(_) := false

_technology(line) if line.kind == "technology"

_technology(line) if line.category == "technology"

_activities(line) := {a | some a in classification.line_activities(line)}

# The technology lines and the service lines, found once by comparing fields (cheaper than a call
# per line): the rules that read only those lines iterate these.
_technology_items := array.concat(
	[line | some line in input.items; line.kind == "technology"],
	[line | some line in input.items; line.category == "technology"; not line.kind == "technology"],
)

_service_items := array.concat(
	[line | some line in input.items; line.kind == "service"],
	[line | some line in input.items; line.category == "service"; not line.kind == "service"],
)

# A technology line is matched as category technology, whatever category it declares; on the facts
# a line match reads, so that lines alike in them share one answer. Kind and category are compared
# here rather than through _technology: one evaluation per line instead of two.
_entries(line) := _technology_entries(classification.line_facts(line)) if {
	line.kind == "technology"
} else := _technology_entries(classification.line_facts(line)) if {
	line.category == "technology"
} else := set()

_technology_entries(facts) := {e |
	as_technology := object.union(facts, {"category": "technology"})
	some e in classification.catalogue_entries(_measure, "clause1")
	classification.line_matches(e.match.line, as_technology)
}

# The technology lines that fall under a part of clause 1, each entry it is with its clause and the
# details of its reason, found in one pass over the lines for both parts.
_clause_1_entries := {[e.clause, details] |
	_export
	some line in _technology_items

	# not _excluded, written out for a technology line: it claims no exclusion.
	count(object.get(line, "exclusion_claims", [])) == 0
	some e in _entries(line)
	activities := {a | some a in classification.line_activities(line); a in e.match.line.activities_any}
	details := object.union(
		{"line": line.line, "control_code": e.control_code, "figures": _line_figures(e, activities)},
		_interpretation(activities),
	)
}

_claims(line) := {c | some c in object.get(line, "exclusion_claims", [])}

# Clause 6 excludes technology only; a claim on another line changes nothing (warning).
default _excluded(_) := false

_excluded(line) if {
	count(line.exclusion_claims) > 0
	_technology(line)
}

# The clause whose item a declared 1E902 code names (I-62-DECLARED-CODE); a line without a code
# fails at once, before any lookup.
_declared_clause(line) := "1(2)" if {
	startswith(line.control_code, _param("1(2)", "control_code"))
} else := "1(1)" if {
	startswith(line.control_code, _param("1(1)", "control_code_heading"))
}

default _listed(_) := false

_listed(line) if count(_entries(line)) > 0

_listed(line) if _declared_clause(line)

# The catch-all reaches only 非管制 items: a line another list in force controls (terbium metal
# under No. 18, say) needs its licence as that item, and is never called "not a listed item".
default _controlled_elsewhere(_) := false

_controlled_elsewhere(line) if _listed_items[line.line]

_listed_items := classification.listed_items(_date)

_known := {a | some a in object.get(input.end_use, "known_overseas_rare_earth_activities", [])}

# The activities the catch-all and clause 7 name, as sets built once.
_catch_all_activities := {a | some a in _param("1", "activities")}

_support_activities := {a | some a in _param("7", "activities")}

_known_catch_all := _known & _catch_all_activities

# Where a reading decides the case: an export that does not cross China's border, or beneficiation alone.
_interpretation(activities) := {"interpretation": "I-62-EXPORT"} if {
	not _cross_border
} else := {"interpretation": "I-62-BENEFICIATION"} if {
	activities == {"beneficiation"}
} else := {}

_line_figures(e, activities) := {
	"activities": concat(", ", sort(activities)),
	"control_code": e.control_code,
	"entry": e.id,
	"export_basis": _export_basis,
	"export_basis_zh": _export_basis_zh,
}

# ---- clause 1: the listed technologies and the catch-all ------------------------------------------

# A declared 1E902 code the facts of the line do not bear out still controls it: a declaration never
# lowers the control (I-62-DECLARED-CODE).
_declared_only contains line if {
	_export
	some line in input.items
	is_string(line.control_code)
	count(_entries(line)) == 0
	not _excluded(line)
	_declared_clause(line)
}

_declared_figures(line) := {
	"declared_control_code": line.control_code,
	"export_basis": _export_basis,
	"export_basis_zh": _export_basis_zh,
}

# METADATA
# title: Rare-earth technology and its carriers (1E902.a)
# description: 一、（一）稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技术及其载体（1E902.a）
# custom:
#   code: RE62_RE_TECHNOLOGY
#   clause: 1(1)
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     The line is rare-earth technology or its carrier for {{.activities}} ({{.control_code}}), {{.export_basis}}:
#     under clause 1(1) it may not be exported without a MOFCOM dual-use export licence.
#   message_zh: >-
#     该行为用于{{.activities}}的稀土相关技术或其载体（{{.control_code}}），{{.export_basis_zh}}：依第一条第（一）项，
#     未经商务部两用物项出口许可不得出口。
clause_1_1 contains reason if {
	some [clause, details] in _clause_1_entries
	clause == "1(1)"
	reason := result.reason(rego.metadata.chain(), details)
}

# METADATA
# title: Declared 1E902.a that the line's facts do not show
# description: 一、（一）; the exporter's own classification as 1E902.a is taken at its word
# custom:
#   code: RE62_DECLARED_CONTROL_CODE
#   clause: 1(1)
#   outcome: LICENCE_REQUIRED
#   interpretation: I-62-DECLARED-CODE
#   message_en: >-
#     The exporter classifies the line as {{.declared_control_code}}, which its declared facts (category, rare-earth
#     activities) do not show; a declared control code never lowers the control, so under clause 1(1) the line,
#     {{.export_basis}}, needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     出口经营者将该行归类为{{.declared_control_code}}，但所申报的事实未显示该归类；申报的编码不降低管制，
#     依第一条第（一）项，该行（{{.export_basis_zh}}）须取得商务部两用物项出口许可。
clause_1_1 contains reason if {
	some line in _declared_only
	_declared_clause(line) == "1(1)"
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": _declared_figures(line)})
}

# METADATA
# title: Production-line technology for rare-earth activities (1E902.b)
# description: 一、（二）稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关生产线装配、调试、维护、维修、升级等技术（1E902.b）
# custom:
#   code: RE62_PRODUCTION_LINE_TECHNOLOGY
#   clause: 1(2)
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     The line is technology for assembling, commissioning, maintaining, repairing or upgrading a production line
#     for {{.activities}} ({{.control_code}}), {{.export_basis}}: under clause 1(2) it may not be exported without a
#     MOFCOM dual-use export licence.
#   message_zh: >-
#     该行为用于{{.activities}}生产线装配、调试、维护、维修、升级等的技术（{{.control_code}}），{{.export_basis_zh}}：
#     依第一条第（二）项，未经商务部两用物项出口许可不得出口。
clause_1_2 contains reason if {
	some [clause, details] in _clause_1_entries
	clause == "1(2)"
	reason := result.reason(rego.metadata.chain(), details)
}

# METADATA
# title: Declared 1E902.b that the line's facts do not show
# description: 一、（二）; the exporter's own classification as 1E902.b is taken at its word
# custom:
#   code: RE62_DECLARED_CONTROL_CODE
#   clause: 1(2)
#   outcome: LICENCE_REQUIRED
#   interpretation: I-62-DECLARED-CODE
#   message_en: >-
#     The exporter classifies the line as {{.declared_control_code}}, which its declared facts (category, rare-earth
#     activities, production_line_technology) do not show; a declared control code never lowers the control, so
#     under clause 1(2) the line, {{.export_basis}}, needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     出口经营者将该行归类为{{.declared_control_code}}，但所申报的事实未显示该归类；申报的编码不降低管制，
#     依第一条第（二）项，该行（{{.export_basis_zh}}）须取得商务部两用物项出口许可。
clause_1_2 contains reason if {
	some line in _declared_only
	_declared_clause(line) == "1(2)"
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": _declared_figures(line)})
}

# METADATA
# title: Catch-all - non-listed items the exporter knows serve overseas rare-earth activities
# description: 一、出口非管制的货物、技术或者服务，出口经营者明知其用于或者实质性有助于境外稀土开采……活动的 (then a dual-use licence is needed)
# custom:
#   code: RE62_CATCH_ALL_KNOWN_USE
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-62-CATCH-ALL
#   message_en: >-
#     The exporter declares it knows that this shipment will be used for, or substantially contribute to, overseas
#     rare-earth {{.activities}}. The line is not a listed item, so under the catch-all of clause 1 (Export Control
#     Law Art. 12, Dual-Use Regulations Art. 14) it, {{.export_basis}}, needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     出口经营者申报明知本次出口用于或者实质性有助于境外稀土{{.activities}}。该行为非管制物项，依第一条
#     （出口管制法第十二条、两用物项出口管制条例第十四条），该行（{{.export_basis_zh}}）须申请商务部两用物项出口许可。
clause_1 contains reason if {
	_export
	count(_known_catch_all) > 0
	some line in input.items
	not _listed(line)
	not _controlled_elsewhere(line)
	not _excluded(line)
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": {
		"activities": concat(", ", sort(_known_catch_all)),
		"kind": line.kind,
		"export_basis": _export_basis,
		"export_basis_zh": _export_basis_zh,
	}})
}

# ---- clause 7: substantial support by Chinese persons ---------------------------------------------

_supported(line) := (_activities(line) | _known) & _support_activities

# METADATA
# title: Substantial help or support by a Chinese person to overseas rare-earth activities
# description: 7. (digest paraphrase) Chinese persons may not, without a licence, give 任何实质性帮助和支持 to overseas rare-earth activities
# custom:
#   code: RE62_SUBSTANTIAL_SUPPORT
#   clause: "7"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-62-SUBSTANTIAL-SUPPORT
#   message_en: >-
#     {{.exporter}}, a Chinese citizen, legal person or organisation, provides a service supporting overseas
#     rare-earth {{.activities}} ({{.export_basis}}): under clause 7 it may not give such help or support without a
#     licence.
#   message_zh: >-
#     {{.exporter}}为中华人民共和国公民、法人或非法人组织，所提供的服务支持境外稀土{{.activities}}（{{.export_basis_zh}}）：
#     依第七条，未经许可不得提供实质性帮助和支持。
clause_7 contains reason if {
	_cn_person
	_export
	some line in _service_items
	supported := _supported(line)
	count(supported) > 0
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": {
		"exporter": input.exporter.name,
		"activities": concat(", ", sort(supported)),
		"export_basis": _export_basis,
		"export_basis_zh": _export_basis_zh,
	}})
}

# ---- what the decision collects -------------------------------------------------------------------

_licence_findings := ((clause_1_1 | clause_1_2) | clause_1) | clause_7

# METADATA
# description: the lines a licence clause of No. 62 catches on the export date (that clause in force)
_controlled contains reason.line if {
	some reason in _licence_findings
	timeline.in_force(_measure, reason.clause, _date)
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := _licence_findings | clause_6

# METADATA
# description: the 1E902 entries each line a licence clause catches is, found or declared, with that clause
# scope: document
controls contains {"line": reason.line, "control": classification.control_of(e), "measure": reason.measure, "clause": reason.clause} if {
	some reason in _licence_findings
	some e in _entries(shipment.lines_by_number[reason.line])
}

controls contains {"line": reason.line, "control": classification.control_of(e), "measure": reason.measure, "clause": reason.clause} if {
	some reason in _licence_findings
	some e in _declared_entries[reason.line]
}

# The entries of the clause each line of _declared_only declares, by line number, found once rather
# than for every reason.
_declared_entries := {line.line: entries |
	some line in _declared_only
	clause := _declared_clause(line)
	entries := [e | some e in classification.catalogue_entries(_measure, "clause1"); e.clause == clause]
}
