# The technology export licence of the restricted part, and what a person should read with a
# decision that rests on the catalogue: facts that do not change the outcome.
package cnexport.measures.mofcom_most_2023_57

import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.shipment

# METADATA
# title: Technology export licence for restricted technology
# description: 限制出口部分 - restricted technologies may be exported only under licence (实行许可证管理)
# custom:
#   type: licence_application
#   clause: restricted
#   message_en: >-
#     Before exporting {{.lines_text}}, obtain a technology export licence for restricted technology under the
#     Regulations on the Administration of Technology Import and Export; whether a dual-use export licence can serve
#     as one is not known.
#   message_zh: >-
#     出口{{.lines_text_zh}}前，应依技术进出口管理条例取得限制出口技术的技术出口许可证；两用物项出口许可能否替代，尚不明确。
obligations contains obligation if {
	# One for the lines no licence on file covers; a line a reason in force prohibits needs none.
	lines := sort({reason.line |
		some reason in part_restricted
		count(licences.covering(reason.line, _date)) == 0
		not reason.line in licences.prohibited_lines
	})
	count(lines) > 0
	obligation := result.obligation(rego.metadata.chain(), _date, lines, {})
}

# Warnings a person should read with a decision resting on the technology catalogue.

# The technology lines the catalogue's wording matters for: those it decides, and those whose
# activities are not declared.
_wording_lines := {line.line |
	_exported
	some [line, activities] in _technology_lines
	count(activities) > 0
} | {line.line | some line in _undeclared_activities}

# METADATA
# title: The catalogue's rare-earth entries come from press reports
# custom:
#   code: MOST23_WORDING_NOT_READ
#   interpretation: I-MOST23-ENTRIES
#   message_en: >-
#     {{.lines_text}}: the 2023 Catalogue of Technologies Prohibited or Restricted from Export was not read; its
#     rare-earth entries, their wording and which part each is on come from press reports (whether ionic-ore
#     leaching is prohibited or restricted is unknown): check the catalogue before relying on this decision
#   message_zh: "{{.lines_text_zh}}：未查阅2023年《中国禁止出口限制出口技术目录》原文；其中稀土条目的内容、措辞及所属部分均来自新闻报道\
#     （离子型稀土矿浸取技术属禁止还是限制出口尚不清楚）：依据本决定行事前，请核对该目录。"
warnings contains result.warning(rego.metadata.rule(), result.lines_texts(lines), {"lines": lines, "measure": _measure}) if {
	# One warning naming its lines: a line's own would say the same thing as many times as there are lines.
	count(_wording_lines) > 0
	lines := sort(_wording_lines)
}

# METADATA
# title: A No. 62 exclusion claimed for lines the technology catalogue decides
# custom:
#   code: MOST23_EXCLUSION_NOT_APPLIED
#   interpretation: I-MOST23-NO-EXCLUSIONS
#   message_en: >-
#     {{.lines_text}}: the exclusion claimed ({{.claims}}) is one of No. 62 clause 6, which does not reach the
#     technology catalogue; no such exclusion was found for the catalogue
#   message_zh: "{{.lines_text_zh}}：所主张的除外情形（{{.claims}}）属第62号公告第六条，不适用于技术目录；未见技术目录有此类除外规定。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _exclusions_not_applied)

# METADATA
# title: A licence on file may not be a technology export licence
# custom:
#   code: MOST23_LICENCE_KIND
#   interpretation: I-MOST23-LICENCE
#   message_en: >-
#     {{.lines_text}}: the licence on file ({{.licences}}) lifts the catalogue's restriction only if it is a
#     technology export licence; the engine cannot tell it from a dual-use export licence
#   message_zh: "{{.lines_text_zh}}：所附许可（{{.licences}}）须为技术出口许可证方可解除技术目录的限制；本系统无法将其与两用物项出口许可区分。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _licences_of_a_kind_unknown)

# What the warnings above say, as [[figures, extra], line] for each line they say it of: each is told
# once for the lines it says the same thing of, under the clause that decides them.
_exclusions_not_applied := {[[{"claims": concat(", ", sort(claims))}, {"measure": _measure, "clause": r.clause}], r.line] |
	some r in findings
	claims := shipment.lines_by_number[r.line].exclusion_claims
	count(claims) > 0
}

_licences_of_a_kind_unknown := {[[{"licences": concat(", ", sort(covering))}, {"measure": _measure, "clause": r.clause}], r.line] |
	some r in part_restricted
	covering := licences.covering(r.line, _date)
	count(covering) > 0
}
