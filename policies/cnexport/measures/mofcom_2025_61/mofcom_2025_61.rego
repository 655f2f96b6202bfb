# METADATA
# title: MOFCOM Announcement No. 61 of 2025 - export controls on relevant overseas rare-earth items
# description: |
#   商务部公告2025年第61号 公布对境外相关稀土物项实施出口管制的决定. A foreign exporter needs a
#   Chinese dual-use licence for the Annex 1 items of clause 1; clauses 2-5 set the licensing
#   policy; 6 and 7 the procedure and compliance notices. Clause 8's dates, and the suspension by
#   No. 70, are in data/measures.yaml. One rule per clause below, each named after it.
# related_resources:
#   - description: Chinese text, clauses 1-4
#     ref: http://www.weishitang.cn/news/2703292.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#4-mofcom-announcement-no-61-of-2025
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_61

import data.cnexport.lib
import data.cnexport.parties

_id := "MOFCOM-2025-61"

_date := input.export_date

_param(clause, name) := lib.param(_id, clause, name)

# Clause 1: organisations and individuals outside China, exporting to any country or region other
# than China. Only goods are Annex 1 items.
_foreign_export if {
	input.ship_from != lib.china
	input.ship_to != lib.china
}

_goods contains line if {
	_foreign_export
	some line in input.items
	line.kind == "goods"
}

_entries(line, part) := {e |
	some e in lib.catalogue_entries(_id, part)
	lib.line_matches(e.match.line, line)
}

_annex1(line) := _entries(line, "annex1_part1") | _entries(line, "annex1_part2")

# ---- China-origin content of clause 1(1) ---------------------------------------------------------

_part1_content(content) if {
	some e in lib.catalogue_entries(_id, "annex1_part1")
	lib.content_matches(e.match.content, content)
}

# Content of unknown origin counts as China-origin (I-61-UNKNOWN-ORIGIN).
_counted_origin(content) if content.origin in _param("1(1)", "content_origins")

_counted_origin(content) if content.origin == "unknown"

_counted(line) := [c |
	some c in object.get(line, "rare_earth_content", [])
	_part1_content(c)
	_counted_origin(c)
]

_content_value(line) := lib.decimal_sum([lib.in_line_currency(line, c.value) | some c in _counted(line)])

_threshold := lib.decimal(_param("1(1)", "threshold_ratio"))

# content / value >= threshold, tested as content >= threshold x value so that nothing is divided.
_at_or_above_threshold(line) if {
	lib.decimal_compare(_content_value(line), lib.decimal_mul(_threshold, lib.decimal(line.value.amount))) >= 0
}

_ratio(line) := lib.decimal_quotient(_content_value(line), lib.decimal(line.value.amount), 9)

_content_figures(line) := {
	"cn_content_value": lib.money_text(_content_value(line), line.value.currency),
	"item_value": lib.money_text(lib.decimal(line.value.amount), line.value.currency),
	"ratio": lib.decimal_text(_ratio(line)),
	"ratio_percent": lib.decimal_text({"digits": _ratio(line).digits, "exponent": -7}),
	"threshold": lib.decimal_text_short(_threshold),
	"threshold_percent": lib.decimal_text_short(lib.decimal_mul(_threshold, {"digits": 100, "exponent": 0})),
	"counted_entries": count(_counted(line)),
	"unknown_origin_entries": count([c | some c in _counted(line); c.origin == "unknown"]),
}

_content_interpretation(line) := "I-61-UNKNOWN-ORIGIN" if {
	some c in _counted(line)
	c.origin == "unknown"
} else := "I-61-VALUE-BASIS"

_part2_abroad contains line if {
	some line in _goods
	line.manufactured_in != lib.china
	count(_entries(line, "annex1_part2")) > 0
}

_content_declared(line) if count(object.get(line, "rare_earth_content", [])) > 0

# ---- the licence duty under clause 1, lifted to a report by clause 5 -----------------------------

_licence_duty := "REPORT_ONLY" if {
	_humanitarian_exempt
} else := "LICENCE_REQUIRED"

# METADATA
# title: Foreign-made Annex 1 Part 2 item with China-origin Part 1 content of 0.1% or more
# description: 一、（一）境外制造的附件1第二部分物项，含有、集成或混有原产于中国的第一部分物项，价值占比达到0.1%及以上
# custom:
#   code: RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD
#   measure: MOFCOM-2025-61
#   clause: 1(1)
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     The item is an Annex 1 Part 2 item made abroad whose China-origin Annex 1 Part 1 content,
#     worth {{.cn_content_value.amount}} {{.cn_content_value.currency}}, is {{.ratio_percent}}% of its
#     value of {{.item_value.amount}} {{.item_value.currency}}: at or above the {{.threshold_percent}}%
#     threshold, so exporting it needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     该物项为境外制造的附件1第二部分物项，所含原产于中国的第一部分物项价值
#     {{.cn_content_value.amount}} {{.cn_content_value.currency}}，占其价值
#     {{.item_value.amount}} {{.item_value.currency}} 的 {{.ratio_percent}}%，达到
#     {{.threshold_percent}}% 及以上，出口须取得商务部两用物项出口许可。
clause_1_1 contains reason if {
	some line in _part2_abroad
	_content_declared(line)
	_at_or_above_threshold(line)
	reason := lib.reason(rego.metadata.rule(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": _content_figures(line),
		"interpretation": _content_interpretation(line),
	})
}

# METADATA
# title: Foreign-made Annex 1 Part 2 item whose rare-earth content is not declared
# description: 一、（一）; the content cannot be valued, so the item is treated as reaching 0.1%
# custom:
#   code: RE61_CN_CONTENT_UNDECLARED
#   measure: MOFCOM-2025-61
#   clause: 1(1)
#   outcome: LICENCE_REQUIRED
#   interpretation: I-61-CONTENT-UNDECLARED
#   message_en: >-
#     The item is an Annex 1 Part 2 item made abroad and its rare-earth content is not declared:
#     China-origin Annex 1 Part 1 content of 0.1% or more cannot be ruled out, so it is treated as
#     needing a MOFCOM dual-use export licence. Declare rare_earth_content to have it valued.
#   message_zh: >-
#     该物项为境外制造的附件1第二部分物项，未申报所含稀土物项，无法排除原产于中国的第一部分物项
#     价值占比达到0.1%及以上，按须取得商务部两用物项出口许可处理。
clause_1_1 contains reason if {
	some line in _part2_abroad
	not _content_declared(line)
	reason := lib.reason(rego.metadata.rule(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": {"item_value": lib.money_text(lib.decimal(line.value.amount), line.value.currency)},
	})
}

# METADATA
# title: Annex 1 item produced abroad with China-origin rare-earth technology
# description: 一、（二）使用原产于中国的稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技术在境外生产的附件1物项
# custom:
#   code: RE61_MADE_WITH_CN_TECHNOLOGY
#   measure: MOFCOM-2025-61
#   clause: 1(2)
#   outcome: LICENCE_REQUIRED
#   interpretation: I-61-TECHNOLOGY-ORIGIN
#   message_en: >-
#     The item is an Annex 1 item made abroad with China-origin rare-earth technology
#     ({{.technologies}}): exporting it needs a MOFCOM dual-use export licence, whatever its value.
#   message_zh: >-
#     该物项为使用原产于中国的稀土相关技术（{{.technologies}}）在境外生产的附件1物项，出口须取得商务部两用物项出口许可。
clause_1_2 contains reason if {
	some line in _goods
	line.manufactured_in != lib.china
	count(_annex1(line)) > 0
	technologies := object.get(line, "made_with_cn_technology", [])
	count(technologies) > 0
	reason := lib.reason(rego.metadata.rule(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": {"technologies": concat(", ", sort(technologies))},
	})
}

# METADATA
# title: Annex 1 item of Chinese origin exported from outside China
# description: 一、（三）原产于中国的附件1物项
# custom:
#   code: RE61_CN_ORIGIN_ITEM
#   measure: MOFCOM-2025-61
#   clause: 1(3)
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     The item is an Annex 1 item of Chinese origin ({{.entries}}) exported from {{.ship_from}}
#     to {{.ship_to}}: its export from outside China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     该物项为原产于中国的附件1物项（{{.entries}}），自{{.ship_from}}出口至{{.ship_to}}，须取得商务部两用物项出口许可。
clause_1_3 contains reason if {
	some line in _goods
	line.origin in _param("1(3)", "origins")
	count(_annex1(line)) > 0
	reason := lib.reason(rego.metadata.rule(), {
		"line": line.line,
		"outcome": _licence_duty,
		"figures": {
			"entries": concat(", ", sort([e.id | some e in _annex1(line)])),
			"ship_from": input.ship_from,
			"ship_to": input.ship_to,
		},
	})
}

_scope := (clause_1_1 | clause_1_2) | clause_1_3

# Lines under a clause of clause 1 that is in force on the export date: the licensing policy of
# clauses 2-7 attaches to these.
controlled contains reason.line if {
	some reason in _scope
	lib.in_force(_id, reason.clause, _date)
}

# ---- licensing policy ----------------------------------------------------------------------------

_purposes := {p | some p in input.end_use.purposes}

_receivers contains [i, party] if {
	some i, party in input.parties
	party.role in _param("2", "receiving_roles")
}

_listed_matches contains [i, party, m] if {
	some [i, party] in _receivers
	some m in parties.matches(i, _date, _param("2", "ownership_threshold"))
	m.list in _param("2", "lists")
	m.strength == "exact"
}

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
#   measure: MOFCOM-2025-61
#   clause: "2"
#   outcome: DENY_IN_PRINCIPLE
#   interpretation: I-61-RECEIVING-ROLES
#   message_en: >-
#     {{.name}} ({{.role}}) is a military user: under clause 2 an application to export a
#     controlled item to it is in principle not approved.
#   message_zh: "{{.name}}（{{.role}}）为军事用户：依第二条，向其出口管制物项的申请原则上不予许可。"
clause_2 contains reason if {
	some n in controlled
	some [i, party] in _receivers
	party.military == true
	reason := lib.reason(rego.metadata.rule(), {
		"line": n,
		"party": lib.party_ref(i, party),
		"figures": {"name": party.name, "role": party.role},
	})
}

# METADATA
# title: Importer, consignee or end user on the control or watch list, or 50% or more held by one
# description: 二、……以及列入出口管制管控名单和关注名单的进口商、最终用户（包括其控股50%及以上的子公司、分支机构等）的申请，原则上不予许可
# custom:
#   code: RE61_LISTED_PARTY
#   measure: MOFCOM-2025-61
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
	some n in controlled
	some [i, party, m] in _listed_matches
	reason := lib.reason(rego.metadata.rule(), {
		"line": n,
		"party": lib.party_ref(i, party),
		"figures": object.union(
			{"name": party.name, "role": party.role, "list": m.list, "entry_id": m.entry_id, "listed_name": m.name},
			_via_figures(m),
		),
	})
}

_via_figures(m) := {"via": m.via, "share": m.share, "via_text": sprintf(" through its owner %s (share %v)", [m.via, m.share])} if m.via

_via_figures(m) := {"via_text": ""} if not m.via

# METADATA
# title: End use in WMD, terrorism, or military use or military potential
# description: 三、用于或可能用于……大规模杀伤性武器……恐怖主义目的……军事用途或者提升军事潜力的申请，原则上不予许可
# custom:
#   code: RE61_PROHIBITED_END_USE
#   measure: MOFCOM-2025-61
#   clause: "3"
#   outcome: DENY_IN_PRINCIPLE
#   message_en: >-
#     The declared end use ({{.purposes}}) falls under clause 3: an application is in principle
#     not approved.
#   message_zh: 申报的最终用途（{{.purposes}}）属于第三条所列情形，申请原则上不予许可。
clause_3 contains reason if {
	some n in controlled
	hits := _purposes & {p | some p in _param("3", "purposes")}
	count(hits) > 0
	reason := lib.reason(rego.metadata.rule(), {"line": n, "figures": {"purposes": concat(", ", sort(hits))}})
}

# METADATA
# title: End use in advanced chips or military-capable AI
# description: 四、用于14纳米及以下逻辑芯片、256层及以上存储芯片……以及具有潜在军事用途的人工智能研发的申请，逐案审批
# custom:
#   code: RE61_CASE_BY_CASE_END_USE
#   measure: MOFCOM-2025-61
#   clause: "4"
#   outcome: CASE_BY_CASE
#   message_en: >-
#     The declared end use ({{.purposes}}) falls under clause 4: the licence application is
#     reviewed case by case.
#   message_zh: 申报的最终用途（{{.purposes}}）属于第四条所列情形，许可申请逐案审批。
clause_4 contains reason if {
	some n in controlled
	hits := _purposes & {p | some p in _param("4", "purposes")}
	count(hits) > 0
	reason := lib.reason(rego.metadata.rule(), {"line": n, "figures": {"purposes": concat(", ", sort(hits))}})
}

# Clause 5 lifts the licence duty only when every declared purpose is humanitarian and nothing in
# clauses 2 or 3 stands against the export (I-61-HUMANITARIAN-ONLY).
_humanitarian_exempt if {
	lib.in_force(_id, "5", _date)
	every p in _purposes {
		p in _param("5", "purposes")
	}
	not _deny_grounds
}

_report_deadline := lib.working_day_deadline(_date, _param("5", "report_working_days"))

# METADATA
# title: Humanitarian end use - no licence, a report within 10 working days after export
# description: 五、用于紧急医疗救助、应对公共卫生突发事件、自然灾害救援等人道主义救助的，无需申请许可，但应在出口后10个工作日内报告
# custom:
#   code: RE61_HUMANITARIAN_REPORT
#   measure: MOFCOM-2025-61
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
	some n in controlled
	_humanitarian_exempt
	reason := lib.reason(rego.metadata.rule(), {"line": n, "figures": _report_figures})
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
# custom:
#   type: humanitarian_report
#   measure: MOFCOM-2025-61
#   clause: "5"
#   message_en: >-
#     Report the export of line {{.line}} to MOFCOM by e-mail by {{.due}} ({{.working_days}}
#     working days after {{.export_date}}), with the undertaking clause 5 requires.
obligations contains obligation if {
	some n in controlled
	_humanitarian_exempt
	obligation := lib.obligation(rego.metadata.rule(), _report_deadline.due, n, object.union(_report_figures, {"line": n}))
}

_unlicensed contains n if {
	some n in controlled
	not _humanitarian_exempt
	count(lib.covering_licences(n, _date)) == 0
}

# METADATA
# title: Licence application through MOFCOM's dual-use licensing system
# description: 六、(from secondary summaries) apply with the Art. 16 documents, in Chinese, yourself or through a Chinese legal person
# custom:
#   type: licence_application
#   measure: MOFCOM-2025-61
#   clause: "6"
#   message_en: >-
#     Before exporting line {{.line}}, obtain a MOFCOM dual-use export licence: apply through
#     MOFCOM's dual-use licensing system with the documents of Art. 16 of the Dual-Use
#     Regulations, in Chinese, yourself or through a Chinese legal person acting for you.
obligations contains obligation if {
	some n in _unlicensed
	obligation := lib.obligation(rego.metadata.rule(), _date, n, {"line": n})
}

# METADATA
# title: Compliance notice to the next recipient
# description: 七、(from secondary summaries) overseas exporters passing Annex 1 items on give the next recipient a compliance notice (Annex 2)
# custom:
#   type: compliance_notice
#   measure: MOFCOM-2025-61
#   clause: "7"
#   message_en: >-
#     Give the recipient of line {{.line}} a compliance notice (合规告知书) following Annex 2 of
#     the announcement, at the latest when the item is passed on.
obligations contains obligation if {
	some n in controlled
	obligation := lib.obligation(rego.metadata.rule(), _date, n, {"line": n})
}

# ---- what the decision collects -------------------------------------------------------------------

findings := (((_scope | clause_2) | clause_3) | clause_4) | clause_5

controls contains {"line": n, "control": lib.control_of(e)} if {
	some n in controlled
	some line in _goods
	line.line == n
	some e in _annex1(line)
}

line_figures[line.line] := {"cn_content_ratio": to_number(lib.decimal_text(_ratio(line)))} if {
	some line in _part2_abroad
	_content_declared(line)
}

# METADATA
# title: Warnings a person should read with a No. 61 decision
warnings contains lib.warning(
	"RE61_UNKNOWN_ORIGIN_COUNTED",
	sprintf("line %v: %d rare-earth content entries of unknown origin were counted as China-origin", [line.line, n]),
	{"line": line.line, "measure": _id, "interpretation": "I-61-UNKNOWN-ORIGIN"},
) if {
	some line in _part2_abroad
	n := _content_figures(line).unknown_origin_entries
	n > 0
}

warnings contains lib.warning(
	"RE61_ALLOY_SYSTEM_NOT_GIVEN",
	sprintf("line %v: alloy content of %s without an alloy system was counted as an Annex 1 Part 1 alloy", [line.line, c.element]),
	{"line": line.line, "measure": _id, "interpretation": "I-61-ALLOY-UNNAMED"},
) if {
	some line in _part2_abroad
	some c in _counted(line)
	c.form == "alloy"
	not c.alloy
}

warnings contains lib.warning(
	"RE61_CONTENT_BELOW_THRESHOLD",
	sprintf(
		"line %v: China-origin Annex 1 Part 1 content is %s%% of the item's value, below the %s%% threshold of clause 1(1)",
		[line.line, f.ratio_percent, f.threshold_percent],
	),
	{"line": line.line, "measure": _id},
) if {
	some line in _part2_abroad
	_content_declared(line)
	not _at_or_above_threshold(line)
	f := _content_figures(line)
}

warnings contains lib.warning(
	"CATALOGUE_MATCH_BY_INTERPRETATION",
	sprintf("line %v is taken to be %s (%s) by the reading %s", [line.line, e.id, e.name_en, e.interpretation]),
	{"line": line.line, "measure": _id, "interpretation": e.interpretation},
) if {
	some line in _goods
	some e in _annex1(line)
	e.interpretation
	some f in _scope
	f.line == line.line
}
