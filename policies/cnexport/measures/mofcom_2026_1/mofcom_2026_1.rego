# METADATA
# title: MOFCOM Announcement No. 1 of 2026 - dual-use items to Japan
# description: |
#   商务部公告2026年第1号 关于加强两用物项对日本出口管制的公告, effective on publication (2026-01-06).
#   Clause 1: no dual-use item may be exported to Japanese military users, for military uses, or to
#   any other end user or end use that helps raise Japan's military strength. Clause 2: anyone,
#   anywhere, who transfers or provides dual-use items of Chinese origin to Japan in breach of
#   clause 1 is held liable (I-2026-1-TRANSFERS). A dual-use item is a line a list in force makes
#   one (classification.listed_items for an export from China, classification.dual_use_entries for a line of
#   Chinese origin sent from abroad).
# related_resources:
#   - description: press copy quoting the text
#     ref: https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60310192/%E5%95%86%E5%8B%99%E9%83%A8-%E5%8A%A0%E5%BC%B7%E5%85%A9%E7%94%A8%E7%89%A9%E9%A0%85%E5%B0%8D%E6%97%A5%E6%9C%AC%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/updates-2026.md
# custom:
#   measure: MOFCOM-2026-1
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2026_1

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

_param(name) := timeline.param(_measure, "1", name)

_purposes := {p | some p in input.end_use.purposes}

# Lines of an export from China that a list in force makes dual-use items.
_exported_dual_use := {n: ids |
	some n, classifications in classification.listed_items(_date)
	ids := _entry_ids(classifications)
}

# A line's entries as the messages list them: lines classified alike share the text.
_entry_ids(classifications) := concat(", ", [c.entry.id | some c in classifications])

# Lines of Chinese origin sent from outside China that a list in force makes dual-use items.
_transferred_dual_use := {line.line: ids |
	_to_japan
	input.ship_from != shipment.china
	some line in input.items
	line.origin in timeline.param(_measure, "2", "origins")
	entries := classification.dual_use_entries(line, _date)
	count(entries) > 0
	ids := concat(", ", sort([e.id | some e in entries]))
}

_receivers := {[i, party] | some i, party in input.parties; party.role in _param("receiving_roles")}

# An export to Japan: the destination, or a receiving party, is in Japan (I-2026-1-JAPAN-NEXUS).
_to_japan if input.ship_to in _param("countries")

_to_japan if {
	some [_, party] in _receivers
	party.country in _param("countries")
}

# The grounds of clause 1 the document shows, as [code, party reference or null, figures]: each
# Japanese military user is a ground of its own.
_grounds contains ["JP01_MILITARY_USER", result.party_ref(i, party), figures] if {
	some [i, party] in _receivers
	party.military == true
	party.country in _param("countries")
	figures := {"name": party.name, "role": party.role, "country": party.country}
}

_grounds contains [code, null, {"purposes": concat(", ", sort(hits))}] if {
	some [code, name] in [["JP01_MILITARY_USE", "military_purposes"], ["JP01_MILITARY_STRENGTH_USE", "strength_purposes"]]
	_to_japan
	hits := _purposes & {p | some p in _param(name)}
	count(hits) > 0
}

_ground_texts := {
	"JP01_MILITARY_USER": ["{{.name}} ({{.role}}, {{.country}}) is a Japanese military user", "{{.name}}（{{.role}}，{{.country}}）为日本军事用户"],
	"JP01_MILITARY_USE": ["its declared use is military ({{.purposes}})", "申报用途为军事用途（{{.purposes}}）"],
	"JP01_MILITARY_STRENGTH_USE": [
		"its declared use ({{.purposes}}) helps raise Japan's military strength",
		"申报用途（{{.purposes}}）有助于提升日本军事实力",
	],
}

# A reason of clause 1 or 2 for line n on one ground: the ground's party, figures and wording.
_reason(metadata, [code, party, ground], n, entries, extra) := object.union(
	result.reason(metadata, {"line": n, "figures": figures}),
	_party(party),
) if {
	figures := object.union_n([ground, extra, {
		"line": n,
		"entries": entries,
		"ground": code,
		"ground_en": strings.render_template(_ground_texts[code][0], ground),
		"ground_zh": strings.render_template(_ground_texts[code][1], ground),
	}])
}

_party(null) := {}

_party(party) := {"party": party} if party != null

_exported_on_ground(code) := {[ground, n, entries] | some ground in _grounds; ground[0] == code; some n, entries in _exported_dual_use}

# METADATA
# title: Dual-use item exported to a Japanese military user
# description: 禁止所有两用物项对日本军事用户……出口
# custom:
#   code: JP01_MILITARY_USER
#   clause: "1"
#   outcome: PROHIBITED
#   interpretation: I-2026-1-JAPAN-NEXUS
#   message_en: >-
#     Line {{.line}} is a dual-use item ({{.entries}}) and {{.ground_en}}: clause 1 of No. 1 of 2026
#     prohibits the export of every dual-use item to Japanese military users.
#   message_zh: 第{{.line}}行为两用物项（{{.entries}}），{{.ground_zh}}：依商务部公告2026年第1号，禁止出口。
clause_1 contains _reason(rego.metadata.chain(), ground, n, entries, {}) if {
	some [ground, n, entries] in _exported_on_ground("JP01_MILITARY_USER")
}

# METADATA
# title: Dual-use item exported to Japan for a military use
# description: 禁止所有两用物项对日本……军事用途……出口
# custom:
#   code: JP01_MILITARY_USE
#   clause: "1"
#   outcome: PROHIBITED
#   interpretation: I-2026-1-JAPAN-NEXUS
#   message_en: >-
#     Line {{.line}} is a dual-use item ({{.entries}}) exported to Japan and {{.ground_en}}: clause 1 of
#     No. 1 of 2026 prohibits the export of every dual-use item to Japan for military uses.
#   message_zh: 第{{.line}}行为两用物项（{{.entries}}），出口至日本，{{.ground_zh}}：依商务部公告2026年第1号，禁止出口。
clause_1 contains _reason(rego.metadata.chain(), ground, n, entries, {}) if {
	some [ground, n, entries] in _exported_on_ground("JP01_MILITARY_USE")
}

# METADATA
# title: Dual-use item exported to Japan for a use that helps raise Japan's military strength
# description: 禁止所有两用物项对……一切有助于提升日本军事实力的其他最终用户用途出口
# custom:
#   code: JP01_MILITARY_STRENGTH_USE
#   clause: "1"
#   outcome: PROHIBITED
#   interpretation: I-2026-1-MILITARY-STRENGTH
#   message_en: >-
#     Line {{.line}} is a dual-use item ({{.entries}}) exported to Japan and {{.ground_en}}: clause 1 of
#     No. 1 of 2026 prohibits the export of every dual-use item for any end user or use that helps raise
#     Japan's military strength.
#   message_zh: 第{{.line}}行为两用物项（{{.entries}}），出口至日本，{{.ground_zh}}：依商务部公告2026年第1号，禁止出口。
clause_1 contains _reason(rego.metadata.chain(), ground, n, entries, {}) if {
	some [ground, n, entries] in _exported_on_ground("JP01_MILITARY_STRENGTH_USE")
}

# METADATA
# title: Dual-use item of Chinese origin transferred from abroad to a Japanese military user or use
# description: 任何国家和地区的组织和个人，违反上述规定，将原产于中华人民共和国的相关两用物项转移或提供给日本组织和个人，将依法追究法律责任
# custom:
#   code: JP01_FOREIGN_TRANSFER
#   clause: "2"
#   outcome: PROHIBITED
#   interpretation: I-2026-1-TRANSFERS
#   message_en: >-
#     Line {{.line}} is a dual-use item of Chinese origin ({{.entries}}) sent from {{.ship_from}}, and
#     {{.ground_en}}: No. 1 of 2026 holds anyone who transfers or provides such an item to Japan in
#     breach of its ban liable, so the transfer is prohibited.
#   message_zh: 第{{.line}}行为原产于中国的两用物项（{{.entries}}），自{{.ship_from}}发出，{{.ground_zh}}：依商务部公告2026年第1号，禁止转移或提供。
clause_2 contains _reason(rego.metadata.chain(), ground, n, entries, {"ship_from": input.ship_from}) if {
	some ground in _grounds
	some n, entries in _transferred_dual_use
}

# METADATA
# title: What a person should read with a dual-use export to Japan
# description: |
#   No. 1 bars every end user and use that helps raise Japan's military strength; the document can
#   declare such a use (military_potential), but the engine cannot judge one it does not declare.
# custom:
#   code: JP01_END_USE_TO_CONFIRM
#   clause: "1"
#   interpretation: I-2026-1-MILITARY-STRENGTH
#   message_en: >-
#     {{.lines_text}}: dual-use items ({{.entries}}) to Japan; No. 1 of 2026 prohibits their export to Japanese
#     military users, for military uses and for any end user or use that helps raise Japan's military strength.
#     The document declares none; a person must confirm that none is involved before they go
#   message_zh: "{{.lines_text_zh}}：两用物项（{{.entries}}）出口至日本；2026年第1号公告禁止向日本军事用户、军事用途以及一切有助于\
#     提升日本军事实力的最终用户和最终用途出口两用物项。本单证未申报上述情形；须经人工确认不涉及上述情形后方可放行。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _end_use_to_confirm)

# The dual-use items to Japan of a document that declares no ground, as [[figures, extra], line]
# (result.warnings_of_lines).
_end_use_to_confirm := {[[{"entries": entries}, {"measure": _measure}], n] |
	_to_japan
	count(_grounds) == 0
	some n, entries in object.union(_exported_dual_use, _transferred_dual_use)
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := clause_1 | clause_2
