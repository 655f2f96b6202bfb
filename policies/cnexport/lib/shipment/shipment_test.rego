package cnexport.lib.shipment_test

import data.cnexport.lib.shipment

_shipment(changes) := object.union(
	{
		"exporter": {"name": "Exporter", "country": "CN"},
		"ship_from": "CN",
		"ship_to": "JP",
		"parties": [{"role": "consignee", "name": "Consignee", "country": "JP"}],
		"items": [{"line": 1}],
	},
	changes,
)

test_goods_leaving_china_are_exported_from_china_whoever_ships_them if {
	shipment.export_from_china with input as _shipment({"exporter": {"name": "Tokyo Trading KK", "country": "JP"}})
	shipment.leaves_china with input as _shipment({})
	not shipment.leaves_china with input as _shipment({"ship_to": "CN"})
	not shipment.export_from_china with input as _shipment({"ship_from": "JP", "ship_to": "US"})
	not shipment.export_from_china with input as _shipment({"ship_from": "HK", "ship_to": "US"})
}

test_a_chinese_person_providing_to_a_foreign_party_exports_from_anywhere if {
	cn_person := {"name": "Jiangxi Magnet Co", "country": "CN", "cn_person": true}
	shipment.provided_by_chinese_person with input as _shipment({"exporter": cn_person, "ship_from": "VN", "ship_to": "US"})
	shipment.export_from_china with input as _shipment({"exporter": cn_person, "ship_from": "VN", "ship_to": "US"})
	domestic_to_foreigner := _shipment({
		"exporter": cn_person,
		"ship_to": "CN",
		"parties": [{"role": "end_user", "name": "Foreign Lab", "country": "DE"}],
	})
	shipment.export_from_china with input as domestic_to_foreigner
	domestic := _shipment({"exporter": cn_person, "ship_to": "CN", "parties": [{"role": "consignee", "name": "Shanghai Co", "country": "CN"}]})
	not shipment.export_from_china with input as domestic
	broker_abroad := _shipment({"exporter": cn_person, "ship_to": "CN", "parties": [{"role": "broker", "name": "Broker", "country": "SG"}]})
	not shipment.export_from_china with input as broker_abroad
}

test_the_lines_of_an_export_from_china if {
	shipment.exported_lines == {{"line": 1}} with input as _shipment({})
	shipment.exported_lines == set() with input as _shipment({"ship_to": "CN"})
}

test_china_is_the_mainland_code if {
	shipment.china == "CN"
}
