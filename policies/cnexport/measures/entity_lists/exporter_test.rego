package cnexport.measures.entity_lists_test

import data.cnexport.measures.entity_lists as rule

# The same shipment made by a listed exporter, from the United States.
_by(exporter, ship_to, party_list) := object.union(_shipment(party_list), {
	"exporter": {"name": exporter, "country": "US"},
	"ship_from": "US",
	"ship_to": ship_to,
})

_buyer := [_party("consignee", "Great Lakes Motor Works Inc.")]

test_a_uel_exporter_is_barred_from_china_related_export if {
	[r] := [r | some r in rule.findings with input as _by("Epirus, Inc.", "CN", _buyer)]
	[r.code, r.measure, r.clause, r.outcome] == ["UEL_EXPORTER_CHINA_TRADE_BAN", "UEL-2025-10-09", "1", "PROHIBITED"]
	r.interpretation == "I-EXPORTER-SCREENING"
	[r.figures.name, r.figures.entry_id] == ["Epirus, Inc.", "uel-2025-10-09-04-epirus-inc"]
	[r.figures.ship_from, r.figures.ship_to] == ["US", "CN"]
	not r.party
	contains(r.message_zh, "出口经营者Epirus, Inc.")
}

test_a_uel_exporter_outside_china_trade_has_no_reason if {
	count(rule.findings) == 0 with input as _by("Epirus, Inc.", "DE", _buyer)
}

test_a_party_in_china_may_not_deal_with_a_uel_exporter if {
	bank := {"role": "financier", "name": "Bank of Ningbo", "country": "CN"}
	[r] := [r | some r in rule.findings with input as _by("Epirus, Inc.", "DE", array.flatten([_buyer, bank]))]
	[r.code, r.clause, r.party] == ["UEL_EXPORTER_TRANSACTIONS_BAN", "3", {"index": 1, "role": "financier", "name": "Bank of Ningbo"}]
	count(rule.findings) == 0 with input as _by("Epirus, Inc.", "DE", _buyer)
}

test_an_exporter_that_is_a_possible_uel_match_holds_the_shipment if {
	bank := {"role": "financier", "name": "Bank of Ningbo", "country": "CN"}
	holds := rule.holds with input as _by("Epiros Inc.", "CN", array.flatten([_buyer, bank]))
	{h.code | some h in holds} == {"POSSIBLE_LISTED_PARTY"}
	count(holds) == 2
	count(rule.holds) == 0 with input as _by("Epiros Inc.", "DE", _buyer)
}

test_an_exporter_on_the_control_list_is_warned_of_without_effect if {
	doc := object.union(_by("Leidos", "US", _buyer), {"export_date": "2025-06-01", "ship_from": "CN"})
	count(rule.findings) == 0 with input as doc
	"EXPORTER_LISTED_WITHOUT_EFFECT" in {w.code | some w in rule.warnings} with input as doc
}

test_an_exporter_whose_listing_is_not_in_force_is_warned_of if {
	doc := object.union(_by("Epirus, Inc.", "CN", _buyer), {"export_date": "2025-10-08"})
	count(rule.findings) == 0 with input as doc
	{w.code | some w in rule.warnings} == {"LISTING_NOT_IN_FORCE"} with input as doc
}

# ---- reviewed clearances ------------------------------------------------------------------------------

_review(who, entry_id) := {
	"party": who, "entry_id": entry_id, "reviewed_by": "Li Wei", "reviewed_on": "2025-11-28",
	"reason": "not the listed entity",
}

test_a_cleared_possible_match_neither_holds_nor_is_dropped if {
	doc := object.union(_by("Epiros Inc.", "CN", _buyer), {"clearances": [_review("exporter", "uel-2025-10-09-04-epirus-inc")]})
	count(rule.holds) == 0 with input as doc
	[w] := [w | some w in rule.warnings with input as doc]
	w.code == "POSSIBLE_MATCH_CLEARED"
	contains(w.message_en, "cleared by Li Wei on 2025-11-28 (not the listed entity)")
}

test_a_clearance_that_clears_nothing_is_warned_of if {
	doc := object.union(_shipment(_buyer), {"clearances": [_review(0, "uel-2025-10-09-04-epirus-inc")]})
	{w.code | some w in rule.warnings} == {"CLEARANCE_NOT_USED"} with input as doc
}
