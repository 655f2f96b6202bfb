# The exporter on an entity list (I-EXPORTER-SCREENING). The exporter is screened like a party; a
# listing acts on it where the measure's words reach the listed entity as the one that exports: the
# UEL ban on the entity's own China-related import and export, and the UEL ban on persons in China
# transacting with it (a party in China dealing with a listed exporter). The control-list and
# watch-list measures bar exports and transfers *to* the entity; the digest states none for the
# entity's own exports, so a match of the exporter there is shown and warned of, and has no effect.
package cnexport.measures.entity_lists

import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.parties

_exporter := {"name": input.exporter.name, "role": "exporter"}

# Every match of the exporter in force on the export date: [match, listing].
_exporter_matched contains [m, data.cnexport_reference.index.entities[m.entry_id]] if {
	some m in parties.screened_exporter.matches
}

_exporter_reached(effect, strength) := {[m, e, clause] |
	some [m, e] in _exporter_matched
	m.strength == strength
	clause := e.effects[effect]
}

_exporter_china_trade(strength) := {x | _china_related; some x in _exporter_reached("china_trade_ban", strength)}

# METADATA
# title: Exporter on the unreliable entity list, barred from import and export related to China
# description: 一、禁止上述企业（实体）从事与中国有关的进出口活动 (the clause of each UEL decision that imposes the ban)
# custom:
#   code: UEL_EXPORTER_CHINA_TRADE_BAN
#   outcome: PROHIBITED
#   interpretation: I-EXPORTER-SCREENING
#   message_en: >-
#     The exporter {{.name}} is {{.listed_name}} ({{.entry_id}}), put on the {{.list}} by {{.announcement}}
#     ({{.document_no}}), whose clause {{.clause}} bars it from import and export related to China: its
#     export from {{.ship_from}} to {{.ship_to}} is prohibited.
#   message_zh: "出口经营者{{.name}}为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}），\
#     该公告第{{.clause}}项禁止其从事与中国有关的进出口活动：其自{{.ship_from}}至{{.ship_to}}的本批出口禁止进行。"
uel_exporter_china_trade_ban contains reason if {
	some [m, e, clause] in _exporter_china_trade("exact")
	reason := result.reason(rego.metadata.chain(), {
		"measure": e.announcement,
		"clause": clause,
		"figures": object.union(_figures(_exporter, m, e, clause), {"ship_from": input.ship_from, "ship_to": input.ship_to}),
	})
}

# The parties in China by their seat, whom the transactions ban forbids to deal with a listed exporter.
_parties_in_china contains [i, party] if {
	some i, party in input.parties
	party.country == shipment.china
}

# METADATA
# title: Exporter on the unreliable entity list, with which a party in China may not deal
# description: 三、禁止中国境内的组织、个人与上述实体进行有关交易、合作等活动 (UEL 〔2025〕10号)
# custom:
#   code: UEL_EXPORTER_TRANSACTIONS_BAN
#   outcome: PROHIBITED
#   interpretation: I-EXPORTER-SCREENING
#   message_en: >-
#     The exporter {{.name}} is {{.listed_name}} ({{.entry_id}}), put on the {{.list}} by {{.announcement}}
#     ({{.document_no}}), whose clause {{.clause}} bars organisations and individuals in China from
#     transactions and cooperation with it: {{.party}} ({{.party_role}}) is in China, so this transaction is
#     prohibited.
#   message_zh: "出口经营者{{.name}}为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}），\
#     该公告第{{.clause}}项禁止中国境内的组织、个人与其进行交易、合作：{{.party}}（{{.party_role}}）属中国境内主体，本次交易禁止进行。"
uel_exporter_transactions_ban contains reason if {
	some [m, e, clause] in _exporter_reached("transactions_ban", "exact")
	some [i, party] in _parties_in_china
	reason := result.reason(rego.metadata.chain(), {
		"measure": e.announcement,
		"clause": clause,
		"party": result.party_ref(i, party),
		"figures": object.union(_figures(_exporter, m, e, clause), {"party": party.name, "party_role": party.role}),
	})
}

# METADATA
# title: Holds for an exporter that is only a possible match for a UEL listing that would prohibit the shipment
# scope: rule
holds contains parties.possible_hold(_exporter, m, e, "UEL_EXPORTER_CHINA_TRADE_BAN") if {
	some [m, e, _] in _exporter_china_trade("possible")
}

holds contains parties.possible_hold(_exporter, m, e, "UEL_EXPORTER_TRANSACTIONS_BAN") if {
	count(_parties_in_china) > 0
	some [m, e, _] in _exporter_reached("transactions_ban", "possible")
}

# METADATA
# title: The exporter is on a list whose measures bar only exports to it
# custom:
#   code: EXPORTER_LISTED_WITHOUT_EFFECT
#   interpretation: I-EXPORTER-SCREENING
#   message_en: >-
#     the exporter {{.name}} is {{.listed_name}} ({{.entry_id}}) on the {{.list}} by {{.announcement}}: that
#     listing's measures bar exports and transfers to the entity, and the digest states none for its own exports,
#     so none is applied to this shipment
#   message_zh: "出口经营者{{.name}}为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）：该列名的措施禁止向该实体\
#     出口或转移物项，所依据的法规摘要未载明对其自身出口的措施，故本批货物不适用任何措施。"
warnings contains result.warning(
	rego.metadata.rule(),
	_exporter_listing_figures(m, e),
	{"measure": e.announcement},
) if {
	some [m, e] in _exporter_matched
	m.strength == "exact"
	m.list != "unreliable_entity_list"
}

# METADATA
# title: The exporter matches a listing whose measures do not apply on the date
# custom:
#   code: LISTING_NOT_IN_FORCE
#   interpretation: I-LISTING-DATES
#   message_en: >-
#     the exporter {{.name}} is {{.listed_name}} ({{.entry_id}}) on the {{.list}} by {{.announcement}}, but
#     {{.because}}: it is not treated as listed on {{.date}}
#   message_zh: "出口经营者{{.name}}为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}），但{{.because_zh}}：\
#     {{.date}}不按列入名单处理。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(_exporter_listing_figures(m, e), {"because": m.because, "because_zh": m.because_zh, "date": _date}),
	{"measure": e.announcement},
) if {
	some m in parties.screened_exporter.not_in_force
	m.strength == "exact"
	e := data.cnexport_reference.index.entities[m.entry_id]
}

_exporter_listing_figures(m, e) := object.union(_named_listing(m, e), {"name": _exporter.name})
