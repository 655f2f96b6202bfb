# METADATA
# title: MOFCOM Announcement No. 46 of 2024 - dual-use items to the United States
# description: |
#   商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告. Clause 1: no dual-use item may be
#   exported to US military users or for military uses (in force throughout). Clause 2: gallium,
#   germanium, antimony and superhard-material dual-use items are in principle not licensed for
#   export to the US, and graphite dual-use items get stricter end-user and end-use review;
#   suspended by No. 72 of 2025 from 2025-11-09 until 2026-11-27 (data/measures/mofcom-2024-46.yaml).
#   A dual-use item is a line a list in force makes one (classification.listed_items).
# related_resources:
#   - description: Chinese text (scrape of the MOFCOM portal)
#     ref: https://github.com/weiqi-kids/agent.cross-border-trade/blob/b364da096e587f3cfdce9a45fb792435769c8e78/docs/Extractor/cn_export_control/regulation_update/2024-12-17-%E4%B8%AD%E5%9B%BD%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E4%BF%A1%E6%81%AF%E7%BD%91.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/legal-framework.md#3-mofcom-announcement-no-46-of-2024-and-its-partial-suspension-no-72-of-2025
# custom:
#   measure: MOFCOM-2024-46
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2024_46

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_param(clause, name) := timeline.param(_measure, clause, name)

_by_line := classification.listed_items(input.export_date)

_dual_use_lines := object.keys(_by_line)

_purposes := {p | some p in input.end_use.purposes}

_receivers(clause) := {[i, party] | some i, party in input.parties; party.role in _param(clause, "receiving_roles")}

# An export to the US: the destination, or a receiving party, is in the US (I-46-US-NEXUS).
_to_us(clause) if input.ship_to in _param(clause, "countries")

_to_us(clause) if {
	some [_, party] in _receivers(clause)
	party.country in _param(clause, "countries")
}

# The families of a line's items that the clause 2 groups of one kind name: lines classified alike
# share them.
_families(found, groups) := {object.get(c.entry, "item_group", "") | some c in found} & {g | some g in _param("2", groups)}

_family_figures(n, found, families) := object.union(_family_texts(found, families), {"line": n, "ship_to": input.ship_to})

_family_texts(found, families) := {
	"families": concat(", ", sort(families)),
	"entries": concat(", ", sort({c.entry.id | some c in found; object.get(c.entry, "item_group", "") in families})),
}

# METADATA
# title: Dual-use item to a US military user
# description: 一、禁止两用物项对美国军事用户出口
# custom:
#   code: US46_MILITARY_USER
#   clause: "1"
#   outcome: PROHIBITED
#   interpretation: I-46-US-NEXUS
#   message_en: >-
#     Line {{.line}} is a dual-use item and {{.name}} ({{.role}}, {{.country}}) is a US military user:
#     clause 1 of No. 46 prohibits its export.
#   message_zh: 第{{.line}}行为两用物项，{{.name}}（{{.role}}，{{.country}}）为美国军事用户：依第46号公告第一条，禁止出口。
clause_1 contains reason if {
	some [i, party] in _receivers("1")
	party.military == true
	party.country in _param("1", "countries")
	some n in _dual_use_lines
	reason := result.reason(rego.metadata.chain(), {
		"line": n,
		"party": result.party_ref(i, party),
		"figures": {"line": n, "name": party.name, "role": party.role, "country": party.country},
	})
}

# METADATA
# title: Dual-use item to the US for a military use
# description: 一、禁止两用物项对美国……军事用途出口
# custom:
#   code: US46_MILITARY_USE
#   clause: "1"
#   outcome: PROHIBITED
#   interpretation: I-46-US-NEXUS
#   message_en: >-
#     Line {{.line}} is a dual-use item exported to the US for a declared military use ({{.purposes}}):
#     clause 1 of No. 46 prohibits its export.
#   message_zh: 第{{.line}}行为两用物项，申报用途为军事用途（{{.purposes}}）且出口至美国：依第46号公告第一条，禁止出口。
clause_1 contains reason if {
	_to_us("1")
	hits := _purposes & {p | some p in _param("1", "military_purposes")}
	count(hits) > 0
	some n in _dual_use_lines
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": {"line": n, "purposes": concat(", ", sort(hits))}})
}

# METADATA
# title: Gallium, germanium, antimony or superhard-material item to the US
# description: 二、原则上不予许可镓、锗、锑、超硬材料相关两用物项对美国出口
# custom:
#   code: US46_DENIED_FAMILY
#   clause: "2"
#   outcome: DENY_IN_PRINCIPLE
#   interpretation: I-46-ITEM-FAMILIES
#   message_en: >-
#     Line {{.line}} is a {{.families}} dual-use item ({{.entries}}) exported to the US: under clause 2
#     of No. 46 a licence is in principle not granted.
#   message_zh: 第{{.line}}行为{{.families}}相关两用物项（{{.entries}}），出口至美国：依第46号公告第二条，原则上不予许可。
clause_2 contains reason if {
	_to_us("2")
	some n, found in _by_line
	families := _families(found, "deny_groups")
	count(families) > 0
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": _family_figures(n, found, families)})
}

# METADATA
# title: Graphite item to the US - stricter end-user and end-use review
# description: 二、……石墨两用物项对美国出口，实施更严格的最终用户和最终用途审查
# custom:
#   code: US46_GRAPHITE_REVIEW
#   clause: "2"
#   outcome: CASE_BY_CASE
#   interpretation: I-46-ITEM-FAMILIES
#   message_en: >-
#     Line {{.line}} is a {{.families}} dual-use item ({{.entries}}) exported to the US: under clause 2
#     of No. 46 its end user and end use get stricter review, case by case.
#   message_zh: 第{{.line}}行为{{.families}}两用物项（{{.entries}}），出口至美国：依第46号公告第二条，实施更严格的最终用户和最终用途审查。
clause_2 contains reason if {
	_to_us("2")
	some n, found in _by_line
	families := _families(found, "review_groups")
	count(families) > 0
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": _family_figures(n, found, families)})
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := clause_1 | clause_2
