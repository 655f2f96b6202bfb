# The watch list (关注名单, Dual-Use Regulations Art. 26): a dual-use item exported from China to a
# listed receiver needs a single licence - no general licence, no registration route - whose
# application includes the documents the listing announcement names (the `licensing` part of
# Nos. 12 and 28 of 2026). No. 61 clause 2 reads the watch list itself (mofcom_2025_61).
package cnexport.measures.entity_lists

import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline
import data.cnexport.parties

_single_licence_receivers(strength) := {x | input.ship_from == shipment.china; some x in _reached("single_licence_only", strength)}

# Each dual-use line bound for a watch-list receiver: [line number, entry ids, index, party, match, listing, clause].
_watch_lines contains [line.line, _entry_ids(line), i, party, m, e, clause] if {
	some [i, party, m, e, clause] in _single_licence_receivers("exact")
	some line in input.items
	count(_dual_use(line)) > 0
}

# The documents an application for the listing's entity must include, in English and Chinese.
_documents(announcement, clause) := [concat("; ", [d[0] | some d in docs]), concat("；", [d[1] | some d in docs])] if {
	docs := timeline.param(announcement, clause, "application_documents")
}

# METADATA
# description: |
#   the lines that only a single licence can cover: a general licence on file does not
#   (decision.rego reads this)
single_licence_lines contains n if some [n, _, _, _, _, _, _] in _watch_lines

_single_licence_on_file(n) if {
	some l in object.get(input, "licences", [])
	l.type == "single"
	l.number in licences.covering(n, _date)
}

# METADATA
# title: Dual-use item exported from China to a party on the watch list - a single licence only
# description: |
#   出口经营者向上述实体出口两用物项，不得申请通用许可或者以登记填报信息方式获得出口凭证；申请单项许可时，
#   应当提交对列入关注名单实体的风险评估报告，并提供……书面承诺 (the licensing part of each watch-list
#   announcement; Dual-Use Regulations Art. 26)
# custom:
#   code: WATCH_LIST_SINGLE_LICENCE
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     {{.name}} ({{.role}}) is {{.listed_name}} ({{.entry_id}}){{.via_text}}, put on the {{.list}} by
#     {{.announcement}} ({{.document_no}}): line {{.line}} is a dual-use item ({{.entries}}) exported from
#     China, which needs a single licence - no general licence and no registration route - applied for
#     with {{.documents}}; the review is not bound by 45 working days.
#   message_zh: "{{.name}}（{{.role}}）为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}：\
#     第{{.line}}行为两用物项（{{.entries}}），自中国出口须申请单项许可，不得申请通用许可或以登记填报信息方式获得出口凭证，\
#     申请时应提交{{.documents_zh}}；许可审查期限不受45个工作日限制。"
watch_list_single_licence contains reason if {
	some [n, entries, i, party, m, e, clause] in _watch_lines
	[documents, documents_zh] := _documents(e.announcement, clause)
	reason := result.reason(rego.metadata.chain(), {
		"line": n,
		"measure": e.announcement,
		"clause": clause,
		"party": result.party_ref(i, party),
		"figures": object.union(_figures(party, m, e, clause), {
			"line": n, "entries": entries,
			"documents": documents, "documents_zh": documents_zh,
		}),
		"interpretation": _interpretation(m, "single_licence_only"),
	})
}

# METADATA
# title: Single-licence application for a dual-use item bound for a watch-list party
# description: 申请单项许可时，应当提交对列入关注名单实体的风险评估报告，并提供……书面承诺
# custom:
#   type: licence_application
#   message_en: >-
#     Before exporting {{.lines_text}}, obtain a single dual-use export licence from MOFCOM for {{.listed_name}}
#     ({{.entry_id}}, {{.list}}): a general licence or the registration route cannot be used, and the application
#     must include {{.documents}}. No latest day to apply can be counted: the review of this application is not
#     bound by the 45 working days of Art. 17 of the Dual-Use Regulations; apply as early as possible.
#   message_zh: >-
#     出口{{.lines_text_zh}}前，应就{{.listed_name}}（{{.entry_id}}，{{.list_zh}}）向商务部申请两用物项单项许可：不得申请通用许可或以登记填报信息方式获得出口凭证，申请时应提交{{.documents_zh}}。许可审查期限不受两用物项出口管制条例第十七条规定的45个工作日限制，无法推算最迟申请日，请尽早申请。
applications contains obligation if {
	some [[name, entry_id, list, announcement, clause], lines] in _applications_by_listing
	[documents, documents_zh] := _documents(announcement, clause)
	obligation := result.cited_obligation(rego.metadata.chain(), {"measure": announcement, "clause": clause}, _date, lines, {
		"listed_name": name, "entry_id": entry_id,
		"list": _list_names[list][0], "list_zh": _list_names[list][1],
		"documents": documents, "documents_zh": documents_zh,
	})
}

# The lines each listing asks a single licence for, one application for them all: lines with a
# single licence on file need none, nor do lines a reason in force prohibits.
_applications_by_listing := {[listing, lines] |
	some listing in {_listing_key(m, e, clause) | some [_, _, _, _, m, e, clause] in _watch_lines}
	lines := sort({n |
		some [n, _, _, _, m, e, clause] in _watch_lines
		_listing_key(m, e, clause) == listing
		not _single_licence_on_file(n)
		not n in licences.prohibited_lines
	})
	count(lines) > 0
}

_listing_key(m, e, clause) := [m.name, m.entry_id, m.list, e.announcement, clause]

# Lines bound for a watch-list receiver that the catalogue cannot say are, or are not, dual-use items.
_watch_unidentified contains [line, party, m, e] if {
	some [_, party, m, e, _] in _single_licence_receivers("exact")
	some line in input.items
	count(_dual_use(line)) == 0
}

# Warnings and holds of the watch list: a line the catalogue cannot identify; a general licence
# that cannot serve; possible matches.

# METADATA
# title: Items the catalogue cannot identify go to a watch-list party
# custom:
#   code: WATCH_LIST_ITEM_NOT_IDENTIFIED
#   interpretation: I-WATCH-LIST
#   message_en: >-
#     {{.lines_text}}: {{.listing}}: the catalogue does not say whether this item (category {{.category}}) is a
#     dual-use item; if it is one, its export needs a single licence with the documents that announcement names
#   message_zh: "{{.lines_text_zh}}：{{.listing_zh}}：目录无法确定本物项（类别{{.category}}）是否属于两用物项；\
#     如属于，其出口须申请单项许可，并提交该公告要求的材料。"
warnings contains warning if some warning in result.warnings_of_lines(rego.metadata.rule(), _watch_unidentified_said)

# METADATA
# title: A general licence on file for lines that only a single licence can cover
# custom:
#   code: GENERAL_LICENCE_NOT_ACCEPTED
#   interpretation: I-WATCH-LIST
#   message_en: >-
#     licence {{.number}} is a general licence: {{.lines_text}}, to a watch-list party, can be covered only by a single
#     licence
#   message_zh: "许可证{{.number}}为通用许可：{{.lines_text_zh}}的接收方列入关注名单，只能以单项许可出口。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"number": number}, result.lines_texts(lines)),
	{"lines": lines},
) if {
	some number in {number | some [number, _] in _general_where_single_needed}
	lines := sort({n | some [m, n] in _general_where_single_needed; m == number})
}

# METADATA
# title: Holds for parties that are only possible matches for a watch-list listing
# scope: rule
holds contains parties.possible_hold(party, m, e, "WATCH_LIST_SINGLE_LICENCE") if {
	some [_, party, m, e, _] in _single_licence_receivers("possible")
}

# What the warnings above say, as [[figures, extra], line] for each line they say it of: each is told
# once for the lines it says the same thing of.
_watch_unidentified_said := {[[figures, {"measure": e.announcement}], line.line] |
	some [line, party, m, e] in _watch_unidentified
	figures := object.union(_listing_texts(party, m, e), {"category": line.category})
}

# The general licences on file that cover a line only a single licence can, as [number, line].
_general_where_single_needed := {[l.number, n] |
	some n in single_licence_lines
	some l in object.get(input, "licences", [])
	l.type == "general"
	l.number in licences.covering(n, _date)
}
