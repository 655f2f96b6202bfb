# Clause 3 of No. 62 (the application), and what a person should read with a No. 62 decision:
# facts that do not change the outcome.
package cnexport.measures.mofcom_2025_62

import data.cnexport.classification
import data.cnexport.lib.dates
import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.timeline

# A line no licence on file names is unlicensed without asking which licences cover it.
_unlicensed contains n if {
	some n in _controlled
	not n in licences.named_lines
}

_unlicensed contains n if {
	some n in _controlled
	n in licences.named_lines
	count(licences.covering(n, _date)) == 0
}

# The statement clause 3 adds for technology: transfer abroad (Annex 1) or provision inside China
# (Annex 2); none for other lines. Keyed by whether the line is technology, and built once.
_statements := {true: _technology_statement, false: {"en": "", "zh": ""}}

default _technology_statement := {
	"en": "the statement on the transfer of controlled technology (Annex 1 guide)",
	"zh": "《转移或者提供受出口管制技术情况说明》（附件1）",
}

_technology_statement := {
	"en": "the statement on providing controlled technology inside China (Annex 2 guide)",
	"zh": "《在境内提供受出口管制技术情况说明》（附件2）",
} if {
	_in_china_provision
}

# METADATA
# title: Licence application for what No. 62 controls
# description: 三、apply to MOFCOM under Art. 16 of the Dual-Use Regulations; for technology add the statement of Annex 1 or Annex 2
# custom:
#   type: licence_application
#   clause: "3"
#   message_en: >-
#     Before exporting {{.lines_text}}, apply to MOFCOM for a dual-use export licence with the documents of Art. 16 of
#     the Dual-Use Regulations{{if .statement}} and {{.statement}}{{end}}; use the licence as Art. 18 requires and
#     report as it requires. Apply by {{.latest_day_to_apply}} at the latest: MOFCOM decides within
#     {{.decision_working_days}} working days of accepting an application (Dual-Use Regulations Art. 17), not
#     counting identification, expert consultation or checks.
#   message_zh: >-
#     出口{{.lines_text_zh}}前，应按两用物项出口管制条例第十六条提交申请材料{{if .statement_zh}}及{{.statement_zh}}{{end}}，向商务部申请两用物项出口许可；按条例第十八条使用许可并按许可要求报告。最迟应于{{.latest_day_to_apply}}申请：商务部自受理之日起{{.decision_working_days}}个工作日内作出决定（条例第十七条），物项鉴别、专家咨询和核查时间不计入。
applications contains obligation if {
	# One application for the lines that need the same statement: technology lines, or the others.
	some technology, lines in _applying_by_kind
	statement := _statements[technology]
	figures := object.union({"statement": statement.en, "statement_zh": statement.zh}, _application_deadline)
	obligation := result.obligation(rego.metadata.chain(), _application_deadline.latest_day_to_apply, lines, figures)
}

# The lines that apply, keyed by whether they are technology (the statement differs). No licence can
# cover a line a reason in force prohibits: it needs no application.
_applying_by_kind := {technology: sort(lines) |
	applying := _unlicensed - licences.prohibited_lines
	some [technology, lines] in [[true, applying & _technology_numbers], [false, applying - _technology_numbers]]
	count(lines) > 0
}

_application_deadline := dates.application_deadline(_date)

_clause_7_lines := {r.line | some r in clause_7}

# The numbers of the technology lines, for the statement an application adds.
_technology_numbers := {line.line | some line in _technology_items}

# A technology line that may be rare-earth technology: it names rare-earth elements, or names
# neither elements nor a control code, so that nothing says what it is.
default _may_be_rare_earth_technology(_) := false

_may_be_rare_earth_technology(line) if {
	some e in classification.line_elements(line)
	e in data.cnexport_reference.meta.rare_earth_elements
}

_may_be_rare_earth_technology(line) if {
	count(classification.line_elements(line)) == 0
	not is_string(object.get(line, "control_code", null))
}

# A declared code agrees when it is a matched entry's code, its heading, or a sub-item of it.
default _code_agrees(_) := false

_code_agrees(line) if {
	some e in _entries(line)
	startswith(e.control_code, line.control_code)
}

_code_agrees(line) if {
	some e in _entries(line)
	startswith(line.control_code, e.control_code)
}

# Warnings a person should read with a No. 62 decision. One that says the same thing of several lines
# is told once for them, naming them in runs.

# METADATA
# title: A clause 6 exclusion claimed rests on the exporter's word
# custom:
#   code: RE62_EXCLUSION_CLAIMED
#   clause: "6"
#   interpretation: I-62-EXCLUSION-CLAIMS
#   message_en: >-
#     {{.lines_text}}: the exclusion claimed ({{.claims}}) rests on the exporter's word alone; keep the evidence,
#     since a claim that fails makes the export an unlicensed one
#   message_zh: "{{.lines_text_zh}}：所主张的除外情形（{{.claims}}）仅凭出口经营者自述；请留存证明材料，主张不成立的，该出口即属未经许可出口。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"claims": claims}, result.lines_texts(lines)),
	{"lines": lines, "measure": _measure},
) if {
	# Written out, not through result.warnings_of_lines: a technology line claims one on the
	# linearity check's path, where the helper's [[figures, extra], line] cost more (make bench).
	some claims in {r.figures.claims | some r in clause_6}
	lines := sort({r.line | some r in clause_6; r.figures.claims == claims})
}

# METADATA
# title: A clause 6 exclusion claimed for a line that is not technology
# custom:
#   code: RE62_EXCLUSION_NOT_APPLICABLE
#   interpretation: I-62-EXCLUSION-CLAIMS
#   message_en: "{{.lines_text}} ({{.kind}}): clause 6 excludes technology only; the exclusion claimed changes nothing"
#   message_zh: "{{.lines_text_zh}}（{{.kind}}）：第六条的除外情形仅适用于技术；所主张的除外不产生任何影响。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _claims_not_applicable)

# METADATA
# title: The declared control code disagrees with the line's facts
# custom:
#   code: RE62_CONTROL_CODE_MISMATCH
#   interpretation: I-62-DECLARED-CODE
#   message_en: >-
#     {{.lines_text}}: the exporter declares control code {{.control_code}}, but the line's facts make it
#     {{.entries}}; the facts decide
#   message_zh: "{{.lines_text_zh}}：出口经营者申报的管制编码为{{.control_code}}，但依本行事实应为{{.entries}}；以事实为准。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _codes_the_facts_contradict)

# METADATA
# title: Technology lines that may be rare-earth technology declare no activities
# custom:
#   code: RE62_ACTIVITIES_NOT_DECLARED
#   interpretation: I-62-ACTIVITIES
#   message_en: >-
#     {{.lines_text}}: technology that declares no rare_earth_activities: technology for rare-earth mining, smelting
#     separation, metal smelting, magnet manufacturing or recycling is 1E902 (No. 62) and may be prohibited or
#     restricted by the technology catalogue; the exporter must classify it (clause 4) and declare them
#   message_zh: "{{.lines_text_zh}}为技术，但未申报rare_earth_activities：稀土开采、冶炼分离、金属冶炼、磁材制造及二次资源回收利用技术属1E902（第62号公告），\
#     并可能被技术目录禁止或限制出口；出口经营者须对其进行物项判定（第四条）并申报相关活动。"
warnings contains result.warning(rego.metadata.rule(), result.lines_texts(lines), {"lines": lines, "measure": _measure}) if {
	lines := sort({line.line |
		_export
		some line in _technology_items
		count(classification.line_activities(line)) == 0
		not _declared_clause(line)
		_may_be_rare_earth_technology(line)
	})
	count(lines) > 0
}

# METADATA
# title: An exporter in China that does not say whether it is a Chinese person is taken as one
# custom:
#   code: RE62_CN_PERSON_ASSUMED
#   interpretation: I-62-CN-PERSON
#   message_en: >-
#     exporter {{.name}} does not say whether it is a Chinese person (exporter.cn_person); being in China, it is
#     taken as one for clause 7
#   message_zh: "出口经营者{{.name}}未说明其是否为中国组织或个人（exporter.cn_person）；因其位于中国境内，适用第七条时按中国组织或个人处理。"
warnings contains result.warning(rego.metadata.rule(), {"name": input.exporter.name}, {"measure": _measure}) if {
	count(clause_7) > 0
	not is_boolean(object.get(input.exporter, "cn_person", null))
}

# METADATA
# title: The export date is the publication date one archive record gives
# custom:
#   code: RE62_PUBLICATION_DATE_IN_DOUBT
#   interpretation: I-62-PUBLICATION-DATE
#   message_en: >-
#     one archive record dates {{.measure}} {{.date}}; every reprint of MOFCOM's page gives {{.from}} (a time-zone
#     effect), from which this decision applies it
#   message_zh: "有一份存档记录将{{.measure}}的日期记为{{.date}}；商务部网页的各转载版本均为{{.from}}（系时区所致），本决定自该日起适用。"
warnings contains result.warning(
	rego.metadata.rule(),
	{"measure": _measure, "date": _date, "from": timeline.clause(_measure, "8").effective_from},
	{"measure": _measure},
) if {
	_date == _param("8", "publication_date_in_doubt")
	count(findings) > 0
}

# METADATA
# title: Lines serve a rare-earth activity and the exporter's knowledge of their use abroad is not declared
# custom:
#   code: RE62_KNOWLEDGE_NOT_DECLARED
#   clause: "1"
#   interpretation: I-62-CATCH-ALL
#   message_en: >-
#     {{.lines_text}}: for rare-earth {{.activities}}; if the exporter knows what it exports will be used for, or
#     substantially contribute to, that activity abroad, the catch-all of No. 62 needs a licence; say so in
#     end_use.known_overseas_rare_earth_activities
#   message_zh: "{{.lines_text_zh}}用于稀土{{.activities}}：出口经营者知道其将用于境外该活动或对其有实质性贡献的，依第62号公告的兜底条款须申请许可；\
#     请在end_use.known_overseas_rare_earth_activities中申报。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _knowledge_not_declared)

# What the warnings above that call result.warnings_of_lines say, as [[figures, extra], line] for each
# line they say it of.

# The lines that claim a clause 6 exclusion but are not technology: neither kind nor category says so
# (not _technology, written out).
_claims_not_applicable := {[[{"kind": line.kind}, {"measure": _measure}], line.line] |
	some line in input.items
	count(line.exclusion_claims) > 0
	not line.kind == "technology"
	not line.category == "technology"
}

# The lines whose declared control code their facts contradict: the code, and the codes the facts
# make it.
_codes_the_facts_contradict := {[[figures, {"measure": _measure}], line.line] |
	some line in input.items
	is_string(line.control_code)
	count(_entries(line)) > 0
	not _code_agrees(line)
	figures := {"control_code": line.control_code, "entries": concat(", ", sort({e.control_code | some e in _entries(line)}))}
}

# The lines that serve a rare-earth activity of the catch-all, unless the exporter has said what it
# knows of their use abroad: the activities.
_knowledge_not_declared := {[[{"activities": concat(", ", sort(activities))}, {"measure": _measure}], line.line] |
	_export
	count(_known_catch_all) == 0
	some line in input.items

	# A line that declares no activities cannot serve one: pass it over before any call.
	count(line.rare_earth_activities) > 0

	# not _listed, written out: most lines with activities have entries, and fail here at once.
	count(_entries(line)) == 0
	not _declared_clause(line)
	not line.line in _clause_7_lines
	activities := _activities(line) & _catch_all_activities
	count(activities) > 0
}
