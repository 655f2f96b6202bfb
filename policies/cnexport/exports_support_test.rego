# Shipments from China for the tests of the export rules (Nos. 18, 55-58, the 2023-2024 items, the
# Dual-Use List, No. 46, the Law and the Regulations), decided whole. Measure packages are tested
# through the decision from here: a test package under data.cnexport.measures would itself be
# collected by the decision.
package cnexport_test

import data.cnexport

# A valid shipment from China to Japan on `date`, for civil use.
_exp_doc(date, items) := {
	"schema_version": "1",
	"id": "t-export",
	"export_date": date,
	"exporter": {"name": "Ganzhou Rare Earth Trading Co", "country": "CN", "cn_person": true},
	"ship_from": "CN",
	"ship_to": "JP",
	"parties": [
		{"role": "consignee", "name": "Osaka Magnet KK", "country": "JP"},
		{"role": "end_user", "name": "Osaka Magnet KK", "country": "JP"},
	],
	"end_use": {"purposes": ["civil"]},
	"items": items,
}

# A goods line made in China; a field set to null in `changes` is left out.
_exp_item(n, changes) := {k: v | some k, v in object.union(_exp_base_item(n), changes); v != null}

_exp_base_item(n) := {
	"line": n,
	"description": "test line",
	"kind": "goods",
	"category": "rare_earth_metal",
	"elements": ["Sm"],
	"manufactured_in": "CN",
	"origin": "CN",
	"value": {"amount": 1000, "currency": "USD"},
}

_exp_line(d, n) := l if {
	some l in d.lines
	l.line == n
}

# The reason codes of one line, in the decision's order.
_exp_codes(d, n) := [r.code | some r in _exp_line(d, n).reasons]

_exp_reason(d, code) := r if {
	some r in d.reasons
	r.code == code
}

_exp_warnings(d) := {w.code | some w in d.warnings}

_exp_dormant(d) := {w.message_en | some w in d.warnings; w.code == "MEASURE_NOT_IN_FORCE"}

# A decision is a valid document of the contract.
_exp_valid(d) if {
	[true, _] = json.match_schema(d, cnexport.schemas.decision)
}

test_the_export_shipment_is_valid if {
	doc := _exp_doc("2025-06-01", [_exp_item(1, {})])
	d := cnexport.decision with input as doc
	_exp_valid(d)
	d.errors == []
}
