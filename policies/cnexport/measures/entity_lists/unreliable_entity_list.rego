# The unreliable entity list: the ban on China-related import and export (clause 1 of the UEL
# decisions that impose it) and, from UEL 〔2025〕10号, the ban on transactions by persons in China.
package cnexport.measures.entity_lists

import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.parties

# An activity related to China: goods leaving China or entering it (I-UEL-CHINA-RELATED).
_china_related if input.ship_from == shipment.china

_china_related if input.ship_to == shipment.china

_china_trade(strength) := {x | _china_related; some x in _reached("china_trade_ban", strength)}

# METADATA
# title: Party on the unreliable entity list, barred from import and export related to China
# description: 一、禁止上述企业（实体）从事与中国有关的进出口活动 (the clause of each UEL decision that imposes the ban)
# custom:
#   code: UEL_CHINA_TRADE_BAN
#   outcome: PROHIBITED
#   message_en: >-
#     {{.name}} ({{.role}}) is {{.listed_name}} ({{.entry_id}}){{.via_text}}, put on the {{.list}} by
#     {{.announcement}} ({{.document_no}}), whose clause {{.clause}} bars it from import and export
#     related to China: this shipment from {{.ship_from}} to {{.ship_to}} is prohibited.
#   message_zh: "{{.name}}（{{.role}}）为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}，\
#     该公告第{{.clause}}项禁止其从事与中国有关的进出口活动：本批自{{.ship_from}}至{{.ship_to}}的货物禁止出口。"
uel_china_trade_ban contains reason if {
	some [i, party, m, e, clause] in _china_trade("exact")
	reason := result.reason(rego.metadata.chain(), {
		"measure": e.announcement,
		"clause": clause,
		"party": result.party_ref(i, party),
		"figures": object.union(_figures(party, m, e, clause), {"ship_from": input.ship_from, "ship_to": input.ship_to}),
		"interpretation": _interpretation(m, "china_trade_ban"),
	})
}

# The exporter is a person in China by its seat or by its own declaration (I-UEL-PERSONS-IN-CHINA).
_exporter_in_china := sprintf("its country is %s", [shipment.china]) if input.exporter.country == shipment.china

_exporter_in_china := "it declares itself a Chinese person" if {
	input.exporter.country != shipment.china
	input.exporter.cn_person == true
}

_transactions(strength) := {x | _exporter_in_china; some x in _reached("transactions_ban", strength)}

# METADATA
# title: Party on the unreliable entity list with which persons in China may not deal
# description: 三、禁止中国境内的组织、个人与上述实体进行有关交易、合作等活动 (UEL 〔2025〕10号)
# custom:
#   code: UEL_TRANSACTIONS_BAN
#   outcome: PROHIBITED
#   message_en: >-
#     {{.name}} ({{.role}}) is {{.listed_name}} ({{.entry_id}}){{.via_text}}, put on the {{.list}} by
#     {{.announcement}} ({{.document_no}}), whose clause {{.clause}} bars organisations and individuals
#     in China from transactions and cooperation with it: the exporter {{.exporter}} is in China
#     ({{.exporter_basis}}), so this transaction is prohibited wherever the goods leave from.
#   message_zh: "{{.name}}（{{.role}}）为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}，\
#     该公告第{{.clause}}项禁止中国境内的组织、个人与其进行交易、合作：出口经营者{{.exporter}}属中国境内主体，本次交易禁止进行。"
uel_transactions_ban contains reason if {
	some [i, party, m, e, clause] in _transactions("exact")
	reason := result.reason(rego.metadata.chain(), {
		"measure": e.announcement,
		"clause": clause,
		"party": result.party_ref(i, party),
		"figures": object.union(_figures(party, m, e, clause), {"exporter": input.exporter.name, "exporter_basis": _exporter_in_china}),
		"interpretation": _interpretation(m, "transactions_ban"),
	})
}

# METADATA
# title: Holds for parties that are only possible matches for a UEL listing that would prohibit the shipment
# scope: rule
holds contains parties.possible_hold(party, m, e, "UEL_CHINA_TRADE_BAN") if {
	some [_, party, m, e, _] in _china_trade("possible")
}

holds contains parties.possible_hold(party, m, e, "UEL_TRANSACTIONS_BAN") if {
	some [_, party, m, e, _] in _transactions("possible")
}
