# METADATA
# title: Export Control Law of the PRC - the licence duty and the catch-all (Art. 12)
# description: |
#   中华人民共和国出口管制法 (Presidential Order No. 58 of 2020). Art. 12: exporting an item on a
#   control list needs a licence; so does exporting other goods, technology or services the exporter
#   knows may serve WMD or terrorism. It applies to every export from China (Art. 2,
#   I-EXPORT-FROM-CHINA) of a line a list in force makes a dual-use item, whichever announcement
#   listed it. Art. 13 makes end user and end use factors of MOFCOM's review without setting an
#   outcome for them (I-FRAMEWORK-NO-TIER).
# related_resources:
#   - description: the Law (mirror of the NPC text)
#     ref: https://github.com/ammitto/data-cn/blob/main/reference-docs/legal-instruments/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E6%B3%95.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/legal-framework.md#1-export-control-law-of-the-prc-出口管制法
# custom:
#   measure: NPCSC-2020-58
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.npcsc_2020_58

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

_param(clause, name) := timeline.param(_measure, clause, name)

_by_line := classification.listed_items(_date)

_listed_lines := object.keys(_by_line)

_purposes := {p | some p in input.end_use.purposes}

# METADATA
# title: Listed dual-use item - licence
# description: 第十二条第二款：出口管制清单所列管制物项或者临时管制物项，出口经营者应当向国家出口管制管理部门申请许可
# custom:
#   code: ECL12_LISTED_ITEM_LICENCE
#   clause: "12"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a listed dual-use item ({{.listed_by}}): under Art. 12 of the Export Control Law
#     its exporter must apply to MOFCOM for an export licence.
#   message_zh: 第{{.line}}行为管制清单所列两用物项（{{.listed_by}}）：依出口管制法第十二条，出口经营者应当向商务部申请出口许可。
clause_12 contains reason if {
	some n, found in _by_line
	figures := object.union(classification.listing_details(n, found).figures, {"listed_by": _listed_by(found)})
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": figures})
}

# METADATA
# title: Unlisted item the exporter knows will serve WMD or terrorism - licence
# description: 第十二条第三款：管制清单以外的货物、技术和服务，出口经营者知道可能被用于大规模杀伤性武器或者恐怖主义目的的，应当申请许可
# custom:
#   code: ECL12_CATCH_ALL
#   clause: "12"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-FRAMEWORK-NO-TIER
#   message_en: >-
#     Line {{.line}} is on no list the engine holds, but the declared end use ({{.purposes}}) is one of
#     Art. 12's risks: the exporter, knowing it, must apply to MOFCOM for a licence.
#   message_zh: 第{{.line}}行不在管制清单内，但申报的最终用途（{{.purposes}}）属于出口管制法第十二条第三款所列风险：出口经营者应当申请许可。
clause_12 contains reason if {
	hits := _purposes & {p | some p in _param("12", "catch_all_purposes")}
	count(hits) > 0
	some line in shipment.exported_lines
	not line.line in _listed_lines
	figures := {"line": line.line, "purposes": concat(", ", sort(hits))}
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": figures})
}

# METADATA
# title: Declared control code of an item on no list the engine holds - licence
# description: 第十二条第二款；出口经营者申报该物项属于两用物项并填报其出口管制编码
# custom:
#   code: ECL12_DECLARED_DUAL_USE_ITEM
#   clause: "12"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-DECLARED-CODE
#   message_en: >-
#     Line {{.line}} declares control code {{.control_code}}, which is in no list the engine holds: the
#     exporter takes it for a listed dual-use item, so under Art. 12 of the Export Control Law it needs
#     a MOFCOM licence. Check the code.
#   message_zh: >-
#     第{{.line}}行申报出口管制编码{{.control_code}}，该编码不在本系统所载清单中：出口经营者既认定其为两用物项，
#     依出口管制法第十二条应当申请许可。请核对编码。
clause_12 contains reason if {
	# Lines alike in their item facts declare the same code: each code is looked up once.
	some facts, lines in classification.lines_by_facts
	is_string(facts.control_code)
	not classification.code_in_catalogue(facts.control_code)
	some n in lines
	not n in _listed_lines
	reason := result.reason(rego.metadata.chain(), {
		"line": n,
		"control_code": facts.control_code,
		"figures": {"line": n, "control_code": facts.control_code},
	})
}

# The listings in force that make a line a dual-use item: lines classified alike share them.
_listed_by(found) := concat(", ", sort({sprintf("%s clause %s", [l.measure, l.clause]) |
	some c in found
	some l in c.entry.listed_by
	timeline.in_force(l.measure, l.clause, _date)
}))

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings contains reason if some reason in clause_12

# Warnings a person should read with an export from China.

# METADATA
# title: Goods provided abroad by a Chinese person
# custom:
#   code: EXPORT_BY_CHINESE_PERSON
#   interpretation: I-EXPORT-FROM-CHINA
#   message_en: >-
#     the goods leave from {{.ship_from}}, but the exporter is a Chinese person providing them to {{.ship_to}}:
#     Art. 2 of the Export Control Law makes that an export from China
#   message_zh: "货物自{{.ship_from}}发出，但出口经营者为向{{.ship_to}}提供物项的中华人民共和国公民、法人或非法人组织：依出口管制法第二条，该行为属于自中国出口。"
warnings contains result.warning(rego.metadata.rule(), {"ship_from": input.ship_from, "ship_to": input.ship_to}, {"measure": _measure}) if {
	shipment.provided_by_chinese_person
	not shipment.leaves_china
}

# METADATA
# title: A declared end use that the Law weighs but for which it sets no outcome
# custom:
#   code: END_USE_WITHOUT_TIER
#   clause: "12"
#   interpretation: I-FRAMEWORK-NO-TIER
#   message_en: >-
#     the declared end use ({{.purposes}}) is a factor of MOFCOM's review (Art. 13 of the Export Control Law); the
#     Law and the Dual-Use Regulations set no outcome for it, so the licence duty stands; an announcement may set
#     one (see the reasons)
#   message_zh: "所申报的最终用途（{{.purposes}}）是商务部审查时考虑的因素（出口管制法第十三条）；该法及两用物项出口管制条例未对此规定审查结果，\
#     故许可要求不变；相关公告可能另有规定（见各项理由）。"
warnings contains result.warning(rego.metadata.rule(), {"purposes": concat(", ", sort(hits))}, {"measure": _measure}) if {
	hits := _purposes & {p | some p in _param("13", "end_use_purposes")}
	count(hits) > 0
	count(clause_12) > 0
}
