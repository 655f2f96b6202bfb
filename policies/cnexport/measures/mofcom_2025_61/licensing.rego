# Clauses 2 to 7 of No. 61: the licensing policy for what clause 1 catches (deny in principle,
# case by case, the humanitarian report), and the procedure and compliance notices.
package cnexport.measures.mofcom_2025_61

import data.cnexport.lib.dates
import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.timeline
import data.cnexport.parties

_purposes := {p | some p in input.end_use.purposes}

_receivers contains [i, party] if {
	some i, party in input.parties
	party.role in _param("2", "receiving_roles")
}

_listed(strength) := {[i, party, m] |
	some [i, party] in _receivers
	some m in parties.screened[i].matches
	m.list in _param("2", "lists")
	m.strength == strength
}

_listed_matches := _listed("exact")

_deny_grounds if {
	some [_, party] in _receivers
	party.military == true
}

_deny_grounds if count(_listed_matches) > 0

_deny_grounds if count(_purposes & {p | some p in _param("3", "purposes")}) > 0

# METADATA
# title: Military user among the importers, consignees and end users
# description: 二、对出口至境外军事用户……的申请，原则上不予许可
# custom:
#   code: RE61_MILITARY_USER
#   clause: "2"
#   outcome: DENY_IN_PRINCIPLE
#   interpretation: I-61-RECEIVING-ROLES
#   message_en: >-
#     {{.name}} ({{.role}}) is a military user: under clause 2 an application to export a
#     controlled item to it is in principle not approved.
#   message_zh: "{{.name}}（{{.role}}）为军事用户：依第二条，向其出口管制物项的申请原则上不予许可。"
clause_2 contains reason if {
	some n in _controlled
	some [i, party] in _receivers
	party.military == true
	reason := result.reason(rego.metadata.chain(), {
		"line": n,
		"party": result.party_ref(i, party),
		"figures": {"name": party.name, "role": party.role},
	})
}

# METADATA
# title: Importer, consignee or end user on the control or watch list, or 50% or more held by one
# description: 二、……以及列入出口管制管控名单和关注名单的进口商、最终用户（包括其控股50%及以上的子公司、分支机构等）的申请，原则上不予许可
# custom:
#   code: RE61_LISTED_PARTY
#   clause: "2"
#   outcome: DENY_IN_PRINCIPLE
#   interpretation: I-61-RECEIVING-ROLES
#   message_en: >-
#     {{.name}} ({{.role}}) matches {{.listed_name}} on the {{.list}} ({{.entry_id}}){{.via_text}}:
#     under clause 2 an application to export a controlled item to it is in principle not approved.
#   message_zh: >-
#     {{.name}}（{{.role}}）与{{.list}}所列{{.listed_name}}（{{.entry_id}}）相符{{.via_text}}：依第二条，
#     向其出口管制物项的申请原则上不予许可。
clause_2 contains reason if {
	some n in _controlled
	some [i, party, m] in _listed_matches
	reason := result.reason(rego.metadata.chain(), {
		"line": n,
		"party": result.party_ref(i, party),
		"figures": object.union(
			{"name": party.name, "role": party.role, "list": m.list, "entry_id": m.entry_id, "listed_name": m.name},
			_via_figures(m),
		),
	})
}

_via_figures(m) := {
	"via": m.via,
	"share": m.share,
	"via_text": sprintf(" through its owner %s (share %v)", [m.via, m.share]),
} if {
	m.via
}

_via_figures(m) := {"via_text": ""} if not m.via

# METADATA
# title: Holds for receivers that are only possible matches for a control- or watch-list entity
# scope: document
holds contains parties.possible_hold(party, m, parties.listing(m.entry_id), "RE61_LISTED_PARTY") if {
	count(_controlled) > 0
	some [_, party, m] in _listed("possible")
}

# METADATA
# title: End use in WMD, terrorism, or military use or military potential
# description: 三、用于或可能用于……大规模杀伤性武器……恐怖主义目的……军事用途或者提升军事潜力的申请，原则上不予许可
# custom:
#   code: RE61_PROHIBITED_END_USE
#   clause: "3"
#   outcome: DENY_IN_PRINCIPLE
#   message_en: >-
#     The declared end use ({{.purposes}}) falls under clause 3: an application is in principle
#     not approved.
#   message_zh: 申报的最终用途（{{.purposes}}）属于第三条所列情形，申请原则上不予许可。
clause_3 contains reason if {
	hits := _purposes & {p | some p in _param("3", "purposes")}
	count(hits) > 0
	some n in _controlled
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": {"purposes": concat(", ", sort(hits))}})
}

# METADATA
# title: End use in advanced chips or military-capable AI
# description: 四、用于14纳米及以下逻辑芯片、256层及以上存储芯片……以及具有潜在军事用途的人工智能研发的申请，逐案审批
# custom:
#   code: RE61_CASE_BY_CASE_END_USE
#   clause: "4"
#   outcome: CASE_BY_CASE
#   message_en: >-
#     The declared end use ({{.purposes}}) falls under clause 4: the licence application is
#     reviewed case by case.
#   message_zh: 申报的最终用途（{{.purposes}}）属于第四条所列情形，许可申请逐案审批。
clause_4 contains reason if {
	hits := _purposes & {p | some p in _param("4", "purposes")}
	count(hits) > 0
	some n in _controlled
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": {"purposes": concat(", ", sort(hits))}})
}

# Clause 5 lifts the licence duty only when every declared purpose is humanitarian and nothing in
# clauses 2 or 3 stands against the export (I-61-HUMANITARIAN-ONLY).
_humanitarian_exempt if {
	timeline.in_force(_measure, "5", _date)
	every p in _purposes {
		p in _param("5", "purposes")
	}
	not _deny_grounds
}

# A comprehension, evaluated once, where a partial rule would be evaluated once for every line.
_unlicensed := {n |
	some n in _controlled
	not _humanitarian_exempt
	count(licences.covering(n, _date)) == 0
}

_report_deadline := dates.working_day_deadline(_date, _param("5", "report_working_days"))

_application_deadline := dates.application_deadline(_date)

# METADATA
# title: Humanitarian end use - no licence, a report within 10 working days after export
# description: 五、用于紧急医疗救助、应对公共卫生突发事件、自然灾害救援等人道主义救助的，无需申请许可，但应在出口后10个工作日内报告
# custom:
#   code: RE61_HUMANITARIAN_REPORT
#   clause: "5"
#   outcome: REPORT_ONLY
#   interpretation: I-WORKING-DAYS
#   message_en: >-
#     The end use is humanitarian ({{.purposes}}): no licence is needed, but the exporter must
#     report the export to MOFCOM by e-mail within {{.working_days}} working days after export,
#     by {{.due}}, and undertake that the items will not harm China's national security.
#   message_zh: >-
#     最终用途为人道主义救助（{{.purposes}}）：无需申请许可，但应在出口后{{.working_days}}个工作日内
#     （{{.due}}前）通过电子邮件向商务部报告，并承诺不用于危害中国国家安全和利益的用途。
clause_5 contains reason if {
	some n in _controlled
	_humanitarian_exempt
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": _report_figures})
}

_report_figures := {
	"purposes": concat(", ", sort(_purposes)),
	"export_date": _date,
	"working_days": _param("5", "report_working_days"),
	"due": _report_deadline.due,
	"calendar_complete": _report_deadline.calendar_complete,
}

# METADATA
# title: Report of a humanitarian export
# scope: rule
# custom:
#   type: humanitarian_report
#   clause: "5"
#   message_en: >-
#     Report the export of {{.lines_text}} to MOFCOM by e-mail by {{.due}} ({{.working_days}}
#     working days after {{.export_date}}), with the undertaking clause 5 requires.
#   message_zh: >-
#     {{.lines_text_zh}}出口后，应于{{.due}}前（{{.export_date}}后{{.working_days}}个工作日内）通过电子邮件向商务部报告，并按第五条作出承诺。
obligations contains obligation if {
	_humanitarian_exempt
	count(_controlled) > 0
	obligation := result.obligation(rego.metadata.chain(), _report_deadline.due, sort(_controlled), _report_figures)
}

# METADATA
# title: Compliance notice to the next recipient
# description: 七、(from secondary summaries) the next recipient of an Annex 1 item gets a compliance notice (Annex 2)
# custom:
#   type: compliance_notice
#   clause: "7"
#   message_en: >-
#     Give the recipient of {{.lines_text}} a compliance notice (合规告知书) following Annex 2 of
#     the announcement, at the latest when the item is passed on.
#   message_zh: >-
#     最迟在交付时，应按公告附件2向{{.lines_text_zh}}的接收方出具合规告知书。
obligations contains obligation if {
	count(_controlled) > 0
	obligation := result.obligation(rego.metadata.chain(), _date, sort(_controlled), {})
}

# METADATA
# title: Licence application through MOFCOM's dual-use licensing system
# description: 六、(from secondary summaries) apply with the Art. 16 documents, in Chinese, yourself or through a Chinese legal person
# custom:
#   type: licence_application
#   clause: "6"
#   message_en: >-
#     Before exporting {{.lines_text}}, obtain a MOFCOM dual-use export licence: apply through
#     MOFCOM's dual-use licensing system with the documents of Art. 16 of the Dual-Use
#     Regulations, in Chinese, yourself or through a Chinese legal person acting for you. Apply by
#     {{.latest_day_to_apply}} at the latest: MOFCOM decides within {{.decision_working_days}} working days of
#     accepting an application (Dual-Use Regulations Art. 17), not counting identification, expert
#     consultation or checks.
#   message_zh: >-
#     出口{{.lines_text_zh}}前，应取得商务部两用物项出口许可：通过商务部两用物项出口许可系统，按两用物项出口管制条例第十六条提交中文申请材料，可自行申请或委托中国法人代为申请。最迟应于{{.latest_day_to_apply}}申请：商务部自受理之日起{{.decision_working_days}}个工作日内作出决定（条例第十七条），物项鉴别、专家咨询和核查时间不计入。
applications contains obligation if {
	# No licence can cover a line a reason in force prohibits: it needs no application.
	lines := sort(_unlicensed - licences.prohibited_lines)
	count(lines) > 0
	obligation := result.obligation(rego.metadata.chain(), _application_deadline.latest_day_to_apply, lines, _application_deadline)
}
