package cnexport.measures.entity_lists_test

import data.cnexport.measures.entity_lists as rule

# An export of one line of an unlisted item from China to the United States, decided on 2025-12-01.
_shipment(party_list) := {
	"schema_version": "1",
	"id": "t-lists",
	"export_date": "2025-12-01",
	"exporter": {"name": "Baotou Trading Co", "country": "CN"},
	"ship_from": "CN",
	"ship_to": "US",
	"parties": party_list,
	"end_use": {"purposes": ["civil"]},
	"items": [{
		"line": 1, "description": "gallium metal ingots", "kind": "goods", "category": "other",
		"manufactured_in": "CN", "origin": "CN", "value": {"amount": 1000, "currency": "USD"},
	}],
}

_party(role, name) := {"role": role, "name": name, "country": "US"}

_epirus := _shipment([_party("consignee", "Epirus, Inc.")])

_codes(reasons) := {r.code | some r in reasons}

# ---- UEL: no import or export related to China --------------------------------------------------

test_uel_party_makes_an_export_from_china_prohibited if {
	some r in rule.findings with input as _epirus
	r == {
		"code": "UEL_CHINA_TRADE_BAN",
		"measure": "UEL-2025-10-09",
		"clause": "1",
		"outcome": "PROHIBITED",
		"party": {"index": 0, "role": "consignee", "name": "Epirus, Inc."},
		"interpretation": "I-UEL-CHINA-RELATED",
		"figures": {
			"name": "Epirus, Inc.", "role": "consignee", "listed_name": "Epirus, Inc.",
			"entry_id": "uel-2025-10-09-04-epirus-inc", "list": "unreliable entity list", "list_zh": "不可靠实体清单",
			"announcement": "UEL-2025-10-09", "clause": "1", "document_no": "不可靠实体清单工作机制〔2025〕10号",
			"via_text": "", "via_text_zh": "", "ship_from": "CN", "ship_to": "US",
		},
		"message_en": concat("", [
			"Epirus, Inc. (consignee) is Epirus, Inc. (uel-2025-10-09-04-epirus-inc), put on the unreliable entity list by ",
			"UEL-2025-10-09 (不可靠实体清单工作机制〔2025〕10号), whose clause 1 bars it from import and export related to China: ",
			"this shipment from CN to US is prohibited.",
		]),
		"message_zh": concat("", [
			"Epirus, Inc.（consignee）为不可靠实体清单工作机制〔2025〕10号列入不可靠实体清单的Epirus, Inc.（uel-2025-10-09-04-epirus-inc），",
			"该公告第1项禁止其从事与中国有关的进出口活动：本批自CN至US的货物禁止出口。",
		]),
	}
}

test_uel_ban_reaches_every_role_and_imports_into_china if {
	forwarder := _shipment([_party("consignee", "Plain Trading"), _party("freight_forwarder", "Skydio Inc")])
	"UEL_CHINA_TRADE_BAN" in _codes(rule.findings) with input as object.union(forwarder, {"export_date": "2025-04-04"})
	into_china := object.union(_epirus, {"ship_from": "US", "ship_to": "CN", "exporter": {"name": "X", "country": "US"}})
	_codes(rule.findings) == {"UEL_CHINA_TRADE_BAN"} with input as into_china
}

test_uel_ban_does_not_reach_trade_that_does_not_touch_china if {
	abroad := object.union(_epirus, {"ship_from": "JP", "exporter": {"name": "X", "country": "JP"}})
	count(rule.findings) == 0 with input as abroad
}

test_uel_ban_through_an_owner_of_half if {
	owned := _shipment([object.union(_party("end_user", "Acme Optics"), {"owners": [{"name": "Epirus Inc", "share": 0.5}]})])
	some r in rule.findings with input as owned
	r.code == "UEL_CHINA_TRADE_BAN"
	r.interpretation == "I-OWNERSHIP-50"
	[r.figures.via, r.figures.share] == ["Epirus Inc", 0.5]
	contains(r.message_en, "through its owner Epirus Inc (share 0.5)")
}

test_uel_ban_not_through_an_owner_below_half if {
	owned := _shipment([object.union(_party("end_user", "Acme Optics"), {"owners": [{"name": "Epirus Inc", "share": 0.4999}]})])
	count(rule.findings) == 0 with input as owned
	some w in rule.warnings with input as owned
	w.code == "LISTED_OWNER_BELOW_THRESHOLD"
}

test_suspended_uel_listing_is_not_applied_and_says_why if {
	skydio := object.union(_shipment([_party("consignee", "Skydio Inc")]), {"export_date": "2025-06-01"})
	not "UEL_CHINA_TRADE_BAN" in _codes(rule.findings) with input as skydio
	some w in rule.warnings with input as skydio
	w.code == "LISTING_NOT_IN_FORCE"
	w.measure == "UEL-2025-04-04"
	contains(w.message_en, "its measures are suspended from 2025-05-14 until 2026-11-10")
}

test_suspension_end_day_applies_the_listing_and_warns if {
	skydio := object.union(_shipment([_party("consignee", "Skydio Inc")]), {"export_date": "2026-11-10"})
	"UEL_CHINA_TRADE_BAN" in _codes(rule.findings) with input as skydio
	{"LISTING_SUSPENSION_END_DAY", "LISTING_DATA_INFERRED"} - {w.code | some w in rule.warnings} == set() with input as skydio
}

test_effective_time_warning_on_the_first_day if {
	shield := object.union(_shipment([_party("consignee", "Shield AI")]), {"export_date": "2025-04-10"})
	"UEL_CHINA_TRADE_BAN" in _codes(rule.findings) with input as shield
	some w in rule.warnings with input as shield
	w.code == "LISTING_EFFECTIVE_TIME"
	contains(w.message_en, "takes effect at 12:01 Beijing time on 2025-04-10")
}

test_uel_listing_without_a_measure_only_warns if {
	pvh := _shipment([_party("importer", "PVH Corp")])
	count(rule.findings) == 0 with input as pvh
	some w in rule.warnings with input as pvh
	w.code == "UEL_LISTED_WITHOUT_MEASURE"
	w.interpretation == "I-UEL-NO-MEASURE"
}

# ---- UEL 〔2025〕10号: persons in China may not deal with the entity -------------------------------

_abroad_to_techinsights(exporter) := object.union(_shipment([_party("end_user", "TechInsights Inc.")]), {
	"ship_from": "JP",
	"ship_to": "CA",
	"exporter": exporter,
})

test_exporter_in_china_may_not_deal_with_a_10_entity_wherever_the_goods_leave_from if {
	some r in rule.findings with input as _abroad_to_techinsights({"name": "Shenzhen Parts Co", "country": "CN"})
	[r.code, r.measure, r.clause, r.outcome] == ["UEL_TRANSACTIONS_BAN", "UEL-2025-10-09", "3", "PROHIBITED"]
	r.figures.exporter_basis == "its country is CN"
	r.interpretation == "I-UEL-PERSONS-IN-CHINA"
}

test_a_chinese_person_abroad_counts_as_in_china if {
	some r in rule.findings with input as _abroad_to_techinsights({"name": "Parts KK", "country": "JP", "cn_person": true})
	r.figures.exporter_basis == "it declares itself a Chinese person"
}

test_a_foreign_exporter_abroad_is_not_bound if {
	count(rule.findings) == 0 with input as _abroad_to_techinsights({"name": "Parts KK", "country": "JP"})
}

# ---- control list ---------------------------------------------------------------------------------

# A dual-use item of a measure that controls exports from China, as the catalogue will hold them.
_gallium := {
	"id": "test-gallium", "measure": "MOFCOM-2023-23", "clause": "1", "scope": "export_from_china",
	"effective_from": "2023-08-01", "match": {"line": {"categories": ["rare_earth_metal", "other"]}},
}

_to_leidos := object.union(_shipment([_party("end_user", "Leidos")]), {"export_date": "2025-06-01"})

test_control_list_receiver_of_a_dual_use_item_is_prohibited_per_line if {
	some r in rule.findings with input as _to_leidos with data.cnexport_reference.catalogue.entries as [_gallium]
	[r.code, r.measure, r.clause, r.outcome, r.line] == ["CONTROL_LIST_DUAL_USE_BAN", "MOFCOM-2025-13", "1", "PROHIBITED", 1]
	r.figures.entries == "test-gallium"
	r.interpretation == "I-LISTING-RECEIVING-ROLES"
	some w in rule.warnings with input as _to_leidos with data.cnexport_reference.catalogue.entries as [_gallium]
	w.code == "CONTROL_LIST_SPECIAL_CASE_ROUTE"
	contains(w.message_en, "clause 2 of MOFCOM-2025-13")
}

test_control_list_ban_reaches_receivers_only if {
	forwarder := object.union(_shipment([_party("freight_forwarder", "Leidos")]), {"export_date": "2025-06-01"})
	count(rule.findings) == 0 with input as forwarder with data.cnexport_reference.catalogue.entries as [_gallium]
	count(rule.holds) == 0 with input as forwarder with data.cnexport_reference.catalogue.entries as [_gallium]
}

test_an_item_the_catalogue_cannot_identify_holds_the_shipment if {
	count(rule.findings) == 0 with input as _to_leidos with data.cnexport_reference.catalogue.entries as []
	some h in rule.holds with input as _to_leidos with data.cnexport_reference.catalogue.entries as []
	[h.code, h.lines, h.measure, h.interpretation] == ["CONTROL_LIST_ITEM_NOT_IDENTIFIED", [1], "MOFCOM-2025-13", "I-CONTROL-LIST-DUAL-USE"]
}

test_an_item_of_a_measure_not_yet_in_force_is_not_identified if {
	later := object.union(_gallium, {"effective_from": "2026-01-01"})
	count(rule.findings) == 0 with input as _to_leidos with data.cnexport_reference.catalogue.entries as [later]
	count(rule.holds) == 1 with input as _to_leidos with data.cnexport_reference.catalogue.entries as [later]
}

test_control_list_measures_stopped_do_not_apply if {
	stopped := object.union(_to_leidos, {"export_date": "2025-11-10"})
	count(rule.findings) == 0 with input as stopped with data.cnexport_reference.catalogue.entries as [_gallium]
}

# MOFCOM-2026-11 also bars transfers from abroad of dual-use items of Chinese origin.
_to_ihi(origin) := object.union(_shipment([_party("consignee", "IHI Aerospace Co., Ltd.")]), {
	"export_date": "2026-03-02",
	"ship_from": "JP",
	"ship_to": "JP",
	"exporter": {"name": "Osaka Metals KK", "country": "JP"},
	"items": [{
		"line": 1, "description": "gallium metal", "kind": "goods", "category": "other",
		"manufactured_in": origin, "origin": origin, "value": {"amount": 1000, "currency": "USD"},
	}],
})

test_transfer_from_abroad_of_a_chinese_dual_use_item_to_a_2026_listing_is_prohibited if {
	some r in rule.findings with input as _to_ihi("CN") with data.cnexport_reference.catalogue.entries as [_gallium]
	[r.code, r.measure, r.clause, r.line] == ["CONTROL_LIST_FOREIGN_TRANSFER_BAN", "MOFCOM-2026-11", "1", 1]
	r.figures.ship_from == "JP"
}

test_transfer_from_abroad_of_a_non_chinese_item_is_not if {
	count(rule.findings) == 0 with input as _to_ihi("JP") with data.cnexport_reference.catalogue.entries as [_gallium]
	count(rule.holds) == 0 with input as _to_ihi("JP") with data.cnexport_reference.catalogue.entries as [_gallium]
}

test_transfer_of_an_unidentified_chinese_item_holds if {
	some h in rule.holds with input as _to_ihi("CN") with data.cnexport_reference.catalogue.entries as []
	h.code == "CONTROL_LIST_ITEM_NOT_IDENTIFIED"
}

# ---- possible matches hold -------------------------------------------------------------------------

test_possible_matches_hold_where_an_exact_one_would_decide if {
	near := object.union(_shipment([_party("end_user", "Huntington Ingalls Shipbuilding")]), {"export_date": "2025-10-01"})
	count(rule.findings) == 0 with input as near
	{[h.code, h.measure] | some h in rule.holds} == {
		["POSSIBLE_LISTED_PARTY", "UEL-2025-03-04"],
		["POSSIBLE_LISTED_PARTY", "MOFCOM-2025-51"],
	} with input as near
}

test_possible_matches_do_not_hold_where_an_exact_one_would_not if {
	abroad := object.union(_shipment([_party("end_user", "Huntington Ingalls Shipbuilding")]), {
		"export_date": "2025-10-01",
		"ship_from": "JP",
		"exporter": {"name": "X", "country": "JP"},
	})
	count(rule.holds) == 0 with input as abroad
}

test_possible_uel_10_matches_hold_for_an_exporter_in_china_abroad if {
	near := _abroad_to_techinsights({"name": "Shenzhen Parts Co", "country": "CN"})
	shipment := object.union(near, {"parties": [_party("end_user", "TechInsights Korea Holdings")]})
	some h in rule.holds with input as shipment
	contains(h.message_en, "UEL_TRANSACTIONS_BAN applies")
}

test_possible_transfer_receiver_holds if {
	shipment := object.union(_to_ihi("CN"), {"parties": [_party("consignee", "IHI Aerospace Engineering Services")]})
	some h in rule.holds with input as shipment with data.cnexport_reference.catalogue.entries as [_gallium]
	contains(h.message_en, "CONTROL_LIST_FOREIGN_TRANSFER_BAN applies")
}

# Unidentified lines of one category to the same control-list party share one hold, naming them in runs.
test_unidentified_lines_to_a_control_list_party_share_one_hold if {
	steel := {"category": "other", "elements": ["Fe"], "kind": "goods", "description": "steel", "manufactured_in": "CN", "origin": "CN"}
	doc := object.union(_to_leidos, {"items": [
		object.union_n([_to_leidos.items[0], steel, {"line": 1}]),
		object.union_n([_to_leidos.items[0], steel, {"line": 2}]),
		object.union(_to_leidos.items[0], {"line": 3, "category": "production_equipment", "description": "press"}),
	]})
	holds := rule.holds with input as doc with data.cnexport_reference.catalogue.entries as []
	[h.lines | some h in holds; h.code == "CONTROL_LIST_ITEM_NOT_IDENTIFIED"] == [[1, 2], [3]]
}
