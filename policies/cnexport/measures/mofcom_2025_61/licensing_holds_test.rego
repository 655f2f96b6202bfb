package cnexport.measures.mofcom_2025_61_test

import data.cnexport.measures.mofcom_2025_61 as rule

# A foreign-made Dy magnet with 0.15 % China-origin Dy, from Japan on 2025-10-20 (clause 1(3) and
# clause 2 in force): its end user only a possible match for a control-list entity.
_magnet(end_user) := {
	"schema_version": "1", "id": "t-61-holds", "export_date": "2025-10-20",
	"exporter": {"name": "Shin-Etsu Magnet Trading KK", "country": "JP"},
	"ship_from": "JP", "ship_to": "US",
	"parties": [{"role": "end_user", "name": end_user, "country": "US"}],
	"end_use": {"purposes": ["civil"]},
	"items": [{
		"line": 1, "description": "Dy metal", "kind": "goods", "category": "rare_earth_metal", "elements": ["Dy"],
		"manufactured_in": "CN", "origin": "CN", "value": {"amount": 1000, "currency": "USD"},
	}],
}

test_a_receiver_only_possibly_on_the_control_list_holds_a_controlled_line if {
	near := _magnet("Huntington Ingalls Shipbuilding")
	not "RE61_LISTED_PARTY" in {r.code | some r in rule.findings} with input as near
	holds := rule.holds with input as near
	{[h.code, h.measure] | some h in holds} == {["POSSIBLE_LISTED_PARTY", "MOFCOM-2025-51"]}
	some h in holds
	contains(h.message_en, "RE61_LISTED_PARTY applies")
}

test_no_hold_without_a_controlled_line if {
	plain := object.union(_magnet("Huntington Ingalls Shipbuilding"), {"ship_from": "CN"})
	count(rule.holds) == 0 with input as plain
}
