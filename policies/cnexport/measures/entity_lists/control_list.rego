# The export-control control list (Export Control Law Art. 18, Dual-Use Regulations Arts. 28-30):
# no dual-use item to a listed receiver (clause 1 of every control-list announcement), no transfer
# of Chinese-origin dual-use items to it from abroad (clause 1 of No. 11 of 2026), the special-case
# application (clause 2). The watch list is in watch_list.rego.
package cnexport.measures.entity_lists

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.parties

# Receivers of an export from China that the dual-use ban reaches.
_dual_use_receivers(strength) := {x | input.ship_from == shipment.china; some x in _reached("dual_use_export_ban", strength)}

# Receivers of an export from abroad that the transfer ban reaches, and the lines of Chinese origin it concerns.
_transfer_receivers(strength) := {x | input.ship_from != shipment.china; some x in _reached("foreign_transfer_ban", strength)}

# One comprehension, not a rule with a value per line: OPA evaluates a rule once for each value.
_cn_origin_lines := {line | some line in input.items; line.origin == shipment.china}

_dual_use(line) := classification.dual_use_entries(line, _date)

_entry_ids(line) := concat(", ", sort([e.id | some e in _dual_use(line)]))

# METADATA
# title: Dual-use item exported from China to a party on the control list
# description: 一、禁止向上述实体出口两用物项；正在开展的相关出口活动应当立即停止 (clause 1 of each control-list announcement)
# custom:
#   code: CONTROL_LIST_DUAL_USE_BAN
#   outcome: PROHIBITED
#   message_en: >-
#     {{.name}} ({{.role}}) is {{.listed_name}} ({{.entry_id}}){{.via_text}}, put on the {{.list}} by
#     {{.announcement}} ({{.document_no}}), whose clause {{.clause}} bars exports of dual-use items to it
#     and stops exports under way: line {{.line}} is a dual-use item ({{.entries}}) exported from China,
#     so its export is prohibited.
#   message_zh: "{{.name}}（{{.role}}）为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}，\
#     该公告第{{.clause}}项禁止向其出口两用物项、正在开展的出口应立即停止：第{{.line}}行为两用物项（{{.entries}}），禁止自中国出口。"
control_list_dual_use_ban contains reason if {
	some receiver in _dual_use_receivers("exact")
	some line in input.items
	count(_dual_use(line)) > 0
	reason := _ban_reason(rego.metadata.chain(), receiver, line, "dual_use_export_ban", {})
}

# METADATA
# title: Dual-use item of Chinese origin transferred from abroad to a party on the control list
# description: 一、……禁止境外组织和个人将原产于中华人民共和国的两用物项转移或提供给上述实体 (No. 11 of 2026)
# custom:
#   code: CONTROL_LIST_FOREIGN_TRANSFER_BAN
#   outcome: PROHIBITED
#   message_en: >-
#     {{.name}} ({{.role}}) is {{.listed_name}} ({{.entry_id}}){{.via_text}}, put on the {{.list}} by
#     {{.announcement}} ({{.document_no}}), whose clause {{.clause}} bars organisations and individuals
#     abroad from transferring or providing dual-use items of Chinese origin to it: line {{.line}} is
#     such an item ({{.entries}}) sent from {{.ship_from}}, so its transfer is prohibited.
#   message_zh: "{{.name}}（{{.role}}）为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}，\
#     该公告第{{.clause}}项禁止境外组织和个人将原产于中国的两用物项转移或提供给该实体：第{{.line}}行为此类物项（{{.entries}}），禁止转移。"
control_list_foreign_transfer_ban contains reason if {
	some receiver in _transfer_receivers("exact")
	some line in _cn_origin_lines
	count(_dual_use(line)) > 0
	reason := _ban_reason(rego.metadata.chain(), receiver, line, "foreign_transfer_ban", {"ship_from": input.ship_from})
}

# The reason a control-list ban gives for one line bound for one listed receiver.
_ban_reason(chain, [i, party, m, e, clause], line, ban, figures) := result.reason(chain, {
	"line": line.line,
	"measure": e.announcement,
	"clause": clause,
	"party": result.party_ref(i, party),
	"figures": object.union_n([_figures(party, m, e, clause), {"line": line.line, "entries": _entry_ids(line)}, figures]),
	"interpretation": _interpretation(m, ban),
})

# Lines bound for a listed receiver that the catalogue cannot say are, or are not, dual-use items.
_unidentified contains [line, party, m, e] if {
	some [_, party, m, e, _] in _dual_use_receivers("exact")
	some line in input.items
	count(_dual_use(line)) == 0
}

_unidentified contains [line, party, m, e] if {
	some [_, party, m, e, _] in _transfer_receivers("exact")
	some line in _cn_origin_lines
	count(_dual_use(line)) == 0
}

# Holds - what keeps a shipment for a person though no outcome requires it: items the catalogue
# cannot identify for a control-list receiver, and parties that are only possible matches for a
# listing that would decide the shipment (also in unreliable_entity_list.rego).

# METADATA
# title: Items the catalogue cannot identify go to a control-list party
# scope: rule
# custom:
#   code: CONTROL_LIST_ITEM_NOT_IDENTIFIED
#   interpretation: I-CONTROL-LIST-DUAL-USE
#   message_en: >-
#     {{.lines_text}}: {{.listing}}: no dual-use item may go to it, and the catalogue does not say whether this item
#     (category {{.category}}) is one; a person must confirm that it is not a dual-use item before it goes
#   message_zh: "{{.lines_text_zh}}：{{.listing_zh}}：不得向其出口两用物项，而目录无法确定本物项（类别{{.category}}）是否属于两用物项；\
#     须经人工确认其不属于两用物项后方可放行。"
holds contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _unidentified_said)

holds contains parties.possible_hold(party, m, e, "CONTROL_LIST_DUAL_USE_BAN") if {
	some [_, party, m, e, _] in _dual_use_receivers("possible")
}

holds contains parties.possible_hold(party, m, e, "CONTROL_LIST_FOREIGN_TRANSFER_BAN") if {
	count(_cn_origin_lines) > 0
	some [_, party, m, e, _] in _transfer_receivers("possible")
}

# Warnings a person should read with an entity-list decision: here those of the control list; the
# watch list's are in watch_list.rego, the others in warnings.rego.

# METADATA
# title: A banned export to a control-list party that its listing lets MOFCOM approve in special cases
# custom:
#   code: CONTROL_LIST_SPECIAL_CASE_ROUTE
#   interpretation: I-CONTROL-LIST-SPECIAL-CASE
#   message_en: >-
#     {{.listing}}: clause {{.clause}} of {{.announcement}} lets an exporter apply to MOFCOM where an export to it is
#     truly needed in special circumstances; without MOFCOM's approval the ban stands
#   message_zh: "{{.listing_zh}}：依该公告第{{.clause}}项，特殊情况下确需出口的，出口经营者可向商务部提出申请；未经商务部批准，禁令仍然适用。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_listing_texts(party, m, e), {"clause": e.effects.special_case_route, "announcement": e.announcement}),
	{"measure": e.announcement},
) if {
	some [i, party, m, e] in _matched
	e.effects.special_case_route
	some reason in (control_list_dual_use_ban | control_list_foreign_transfer_ban)
	i == reason.party.index
	m.entry_id == reason.figures.entry_id
}

# What the hold on items the catalogue cannot identify says, as [[figures, extra], line] for each line
# it says it of: told once for the lines it says the same thing of.
_unidentified_said := {[[figures, {"measure": e.announcement}], line.line] |
	some [line, party, m, e] in _unidentified
	figures := object.union(_listing_texts(party, m, e), {"category": line.category})
}
