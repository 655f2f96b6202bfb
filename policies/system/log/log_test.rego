package system.log_test

import data.system.log

_drop := {"env": {"CNEXPORT_LOG_PARTY_NAMES": "drop"}}

_shipment_entry := {
	"input": {
		"exporter": {"name": "Exporter Co", "country": "JP"},
		"parties": [
			{"role": "consignee", "name": "A Inc.", "country": "US"},
			{
				"role": "end_user", "name": "B Ltd.", "name_zh": "乙", "aliases": ["Bee"], "country": "US",
				"owners": [{"name": "C Holdings", "share": 0.6}],
			},
		],
	},
	"result": {
		"outcome": "NOT_CONTROLLED", "parties": [{"role": "consignee", "name": "A Inc.", "matches": []}],
		"exporter": {"name": "Exporter Co", "matches": []},
	},
}

test_shipment_names_dropped_when_asked if {
	log.mask == {
		"/input/exporter/name",
		"/input/parties/0/name",
		"/input/parties/1/name",
		"/input/parties/1/name_zh",
		"/input/parties/1/aliases",
		"/input/parties/1/owners/0/name",
		"/result/parties/0/name",
		"/result/exporter/name",
	} with input as _shipment_entry with opa.runtime as _drop
}

test_screening_names_dropped_when_asked if {
	entry := {
		"input": {"name": "Epirus", "aliases": ["E"], "owners": [{"name": "O", "share": 1}]},
		"result": {"outcome": "MATCH", "name": "Epirus"},
	}
	log.mask == {"/input/name", "/input/aliases", "/input/owners/0/name", "/result/name"} with input as entry
		with opa.runtime as _drop
}

test_names_kept_by_default_and_for_any_other_setting if {
	count(log.mask) == 0 with input as _shipment_entry with opa.runtime as {"env": {}}
	count(log.mask) == 0 with input as _shipment_entry with opa.runtime as {"env": {"CNEXPORT_LOG_PARTY_NAMES": "keep"}}
}

test_garbage_input_masks_nothing_and_does_not_fail if {
	count(log.mask) == 0 with input as {"input": "hello", "result": 3} with opa.runtime as _drop
	count(log.mask) == 0 with input as {"input": {"parties": ["x", 1]}} with opa.runtime as _drop
}

test_status_answers_logged_without_their_states if {
	entry := {
		"path": "cnexport/status", "input": {"date": "2026-11-10"},
		"result": {"date": "2026-11-10", "measures": {}, "listings": [], "change_dates": [], "bundle_revisions": {}},
	}
	log.mask == {"/result/measures", "/result/listings", "/result/change_dates"} with input as entry with opa.runtime as {"env": {}}
	count(log.mask) == 0 with input as object.union(entry, {"path": "cnexport/decision"}) with opa.runtime as {"env": {}}
}
