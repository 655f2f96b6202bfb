# METADATA
# title: The entity lists - unreliable entity list, export-control control list, watch list
# description: |
#   What a listing does to a shipment, for every listing decision of data/entities.yaml. The rules
#   act on the effects of data/listing_measures.yaml; each reason cites the announcement that
#   listed the entity (UEL-2025-10-09, MOFCOM-2025-21 ...) and the clause of it that imposes the
#   measure, both from the listing's data, so one rule serves every announcement. A party is a
#   listed entity when screening (cnexport.parties) finds it, or an owner holding 50% or more of
#   it, on a listing in force on the export date; a possible match holds the shipment for a
#   person (POSSIBLE_LISTED_PARTY) wherever an exact one would have decided or held it.
# related_resources:
#   - description: digest of the lists, their measures and suspensions
#     ref: https://cnexport.invalid/shared/regulations/entity-lists.md
#   - description: Export Control Law Art. 18, Dual-Use Regulations Arts. 26 and 28-30
#     ref: https://cnexport.invalid/shared/regulations/legal-framework.md
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.entity_lists

import data.cnexport.parties

_date := input.export_date

_effects := data.cnexport_reference.index.listing_effects

_list_names := parties.titles_of_lists

# Every match of every party in force on the export date: [index, party, match, listing].
_matched contains [i, party, m, e] if {
	some i, party in input.parties
	some m in parties.screened[i].matches
	e := parties.listing(m.entry_id)
}

# The parties an effect of their listing reaches: the listing's announcement imposes it (the
# clause that does so is in the listing's `effects`) and the party's role is one it reaches.
_reached(effect, strength) := {[i, party, m, e, clause] |
	some [i, party, m, e] in _matched
	m.strength == strength
	clause := e.effects[effect]
	party.role in _effects[effect].roles
}

# ---- what reasons and warnings say about a match -----------------------------------------------

_figures(party, m, e, clause) := object.union(
	{
		"name": party.name,
		"role": party.role,
		"listed_name": m.name,
		"entry_id": m.entry_id,
		"list": _list_names[m.list][0],
		"list_zh": _list_names[m.list][1],
		"announcement": e.announcement,
		"clause": clause,
		"document_no": object.get(e, "document_no", e.announcement),
	},
	_via_figures(m),
)

_via_figures(m) := object.union({"via": m.via, "share": m.share}, parties.via_texts(m)) if m.via

_via_figures(m) := parties.via_texts(m) if not m.via

# A match through an owner rests on I-OWNERSHIP-50; one of the party's own names on the effect's reading.
_interpretation(m, _) := "I-OWNERSHIP-50" if m.via

_interpretation(m, effect) := _effects[effect].interpretation if not m.via

_listing_texts(party, m, e) := parties.listing_texts(party, m, e)

# A listing as the messages name it, in English and Chinese.
_named_listing(m, e) := {
	"listed_name": m.name, "entry_id": m.entry_id, "list": titles[0], "list_zh": titles[1],
	"announcement": e.announcement, "document_no": object.get(e, "document_no", e.announcement),
} if {
	titles := _list_names[m.list]
}

# ---- what the decision collects ------------------------------------------------------------------

# METADATA
# description: every reason of the entity lists; the decision keeps those in force
findings := union({
	uel_china_trade_ban, uel_transactions_ban,
	control_list_dual_use_ban, control_list_foreign_transfer_ban,
	watch_list_single_licence,
	uel_exporter_china_trade_ban, uel_exporter_transactions_ban,
})
