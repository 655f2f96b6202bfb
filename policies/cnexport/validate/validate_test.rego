# regal ignore:file-length
package cnexport.validate_test

import data.cnexport.lib.money
import data.cnexport.validate

# Validation in the sidecar (validate/validate.rego): every kind of invalid input yields exactly
# the {path, message} errors listed, and the decision on it is INVALID_INPUT with STOP.

# A valid document: a Japanese Dy NdFeB magnet with 0.15 % China-origin Dy, Japan to the US.
_base := {
	"schema_version": "1",
	"id": "t-validate",
	"export_date": "2026-12-01",
	"exporter": {"name": "Shin-Etsu Magnet Trading KK", "country": "JP"},
	"ship_from": "JP",
	"ship_to": "US",
	"parties": [
		{"role": "consignee", "name": "Great Lakes Motor Works Inc.", "country": "US"},
		{"role": "end_user", "name": "Great Lakes Motor Works Inc.", "country": "US"},
	],
	"end_use": {"purposes": ["civil"]},
	"items": [{
		"line": 1,
		"description": "sintered NdFeB magnet blocks, Dy diffused",
		"kind": "goods",
		"category": "permanent_magnet",
		"elements": ["Nd", "Pr", "Dy"],
		"manufactured_in": "JP",
		"origin": "JP",
		"value": {"amount": 200000, "currency": "USD"},
		"rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}],
	}],
}

_licence := {
	"number": "MOFCOM-LIC-1",
	"type": "single",
	"lines": [1],
	"valid_from": "2026-11-15",
	"valid_until": "2027-11-14",
	"issued_by": "MOFCOM",
}

_patch(ops) := json.patch(_base, ops)

_set(path, value) := _patch([{"op": "add", "path": path, "value": value}])

_without(path) := _patch([{"op": "remove", "path": path}])

_valued_line(amount) := _set("/items/0/value/amount", amount)

_content(amount, currency) := {"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": amount, "currency": currency}}

_exact_message := "the number needs more than 24 significant digits or an exponent outside -18..18 to be computed exactly"

_required(names) := [{"path": concat("", ["/", n]), "message": sprintf("%s is required", [n])} | some n in sort(names)]

# The decision on a document.
# (Regal: the `with` sits in these helpers so that every test reads the same way.)
_decide(doc) := d if {
	# regal ignore:with-outside-test-context,external-reference
	d := data.cnexport.decision with input as doc
}

# The errors of a document, and the decision on it: INVALID_INPUT, STOP, the same errors, nothing else.
_rejected_with(doc, expected) if {
	errors := validate.sorted_errors with input as doc # regal ignore:with-outside-test-context
	errors == expected
	d := _decide(doc)
	d.outcome == "INVALID_INPUT"
	d.clearance == "STOP"
	d.errors == expected
	d.lines == []
	d.parties == []
	d.reasons == []
	d.obligations == []
	d.warnings == []
}

# ---- the base is valid -----------------------------------------------------------------------

test_base_document_is_valid if {
	validate.sorted_errors == [] with input as _base
	d := _decide(_base)
	d.outcome == "LICENCE_REQUIRED"
	d.errors == []
}

test_licence_fx_rates_and_all_optional_fields_are_valid if {
	doc := _patch([
		{"op": "add", "path": "/licences", "value": [_licence]},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.25}},
		{"op": "add", "path": "/items/0/rare_earth_content/-", "value": _content(100, "EUR")},
		{"op": "add", "path": "/items/0/hs_code", "value": "8505111000"},
		{"op": "add", "path": "/items/0/control_code", "value": "1C902.a"},
		{"op": "add", "path": "/items/0/parameters", "value": {"average_particle_size_um": 3.5}},
		{"op": "add", "path": "/items/0/made_with_cn_technology", "value": ["magnet_manufacturing"]},
		{"op": "add", "path": "/exporter/cn_person", "value": false},
		{"op": "add", "path": "/parties/1/owners", "value": [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.5}]},
		{"op": "add", "path": "/end_use/statement", "value": "traction motors"},
	])
	validate.sorted_errors == [] with input as doc
}

# ---- not an object at all --------------------------------------------------------------------

test_a_string_is_rejected if {
	_rejected_with("hello", [{"path": "", "message": "the document must be a JSON object, not string"}])
}

test_an_empty_array_is_rejected if {
	_rejected_with([], [{"path": "", "message": "the document must be a JSON object, not array"}])
}

test_a_number_is_rejected if {
	_rejected_with(42, [{"path": "", "message": "the document must be a JSON object, not number"}])
}

test_null_is_rejected if {
	_rejected_with(null, [{"path": "", "message": "the document must be a JSON object, not null"}])
}

test_a_boolean_is_rejected if {
	_rejected_with(true, [{"path": "", "message": "the document must be a JSON object, not boolean"}])
}

test_no_input_at_all_is_rejected if {
	validate.sorted_errors == [{"path": "", "message": "the document must be a JSON object, not null"}]
	d := data.cnexport.decision
	d.outcome == "INVALID_INPUT"
	d.clearance == "STOP"
	d.id == null
	d.rules_in_force_on == null
	d.errors == [{"path": "", "message": "the document must be a JSON object, not null"}]
}

test_an_empty_object_lacks_every_required_field if {
	_rejected_with({}, _required(["schema_version", "id", "export_date", "exporter", "ship_from", "ship_to", "parties", "end_use", "items"]))
}

# ---- schema errors ---------------------------------------------------------------------------

test_missing_export_date_is_rejected if {
	_rejected_with(_without("/export_date"), [{"path": "/export_date", "message": "export_date is required"}])
}

test_wrong_schema_version_is_rejected if {
	_rejected_with(_set("/schema_version", "2"), [{"path": "/schema_version", "message": "schema_version does not match: \"1\""}])
}

test_date_that_does_not_exist_is_rejected if {
	_rejected_with(_set("/export_date", "2025-02-30"), [{"path": "/export_date", "message": "Does not match format 'date'"}])
}

test_date_with_a_time_is_rejected if {
	_rejected_with(_set("/export_date", "2025-02-01T00:00"), [
		{"path": "/export_date", "message": "Does not match format 'date'"},
		{"path": "/export_date", "message": "Does not match pattern '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$'"},
	])
}

test_country_name_instead_of_code_is_rejected if {
	_rejected_with(_set("/ship_to", "Japan"), [{"path": "/ship_to", "message": "Does not match pattern '^[A-Z]{2}$'"}])
}

test_id_of_the_wrong_type_is_rejected if {
	_rejected_with(_set("/id", 5), [{"path": "/id", "message": "Invalid type. Expected: string, given: integer"}])
}

test_exporter_of_the_wrong_type_is_rejected if {
	_rejected_with(_set("/exporter", "ACME"), [{"path": "/exporter", "message": "Invalid type. Expected: object, given: string"}])
}

test_items_of_the_wrong_type_are_rejected if {
	_rejected_with(_set("/items", {"line": 1}), [{"path": "/items", "message": "Invalid type. Expected: array, given: object"}])
}

test_no_parties_is_rejected if {
	_rejected_with(_set("/parties", []), [{"path": "/parties", "message": "Array must have at least 1 items"}])
}

test_unknown_party_role_is_rejected if {
	_rejected_with(_set("/parties/0/role", "buyer"), [{
		"path": "/parties/0/role",
		"message": concat(" ", [
			"parties.0.role must be one of the following: \"consignee\", \"end_user\",",
			"\"intermediate_consignee\", \"importer\", \"broker\", \"freight_forwarder\",",
			"\"customs_agent\", \"platform\", \"financier\"",
		]),
	}])
}

test_military_flag_of_the_wrong_type_is_rejected if {
	_rejected_with(_set("/parties/1/military", "yes"), [{
		"path": "/parties/1/military",
		"message": "Invalid type. Expected: boolean, given: string",
	}])
}

test_unknown_end_use_purpose_is_rejected if {
	_rejected_with(_set("/end_use/purposes", ["peaceful"]), [{
		"path": "/end_use/purposes/0",
		"message": concat(" ", [
			"end_use.purposes.0 must be one of the following: \"civil\",",
			"\"humanitarian_medical_emergency\", \"public_health_emergency\",",
			"\"natural_disaster_relief\", \"wmd\", \"terrorism\", \"military\",",
			"\"military_potential\", \"logic_chip_14nm_or_below\",",
			"\"memory_chip_256_layers_or_more\", \"advanced_chip_equipment\",",
			"\"advanced_chip_test_equipment\", \"advanced_chip_materials\",",
			"\"ai_potential_military\"",
		]),
	}])
}

test_repeated_end_use_purpose_is_rejected if {
	_rejected_with(_set("/end_use/purposes", ["civil", "civil"]), [{
		"path": "/end_use/purposes",
		"message": "array items[0,1] must be unique",
	}])
}

test_unknown_item_kind_is_rejected if {
	_rejected_with(_set("/items/0/kind", "stuff"), [{
		"path": "/items/0/kind",
		"message": "items.0.kind must be one of the following: \"goods\", \"technology\", \"service\"",
	}])
}

test_line_number_as_a_string_is_rejected if {
	_rejected_with(_set("/items/0/line", "1"), [{"path": "/items/0/line", "message": "Invalid type. Expected: integer, given: string"}])
}

test_fractional_line_number_is_rejected if {
	_rejected_with(_set("/items/0/line", 1.5), [{"path": "/items/0/line", "message": "Invalid type. Expected: integer, given: number"}])
}

test_amount_as_a_string_is_rejected if {
	_rejected_with(_set("/items/0/value/amount", "200000"), [{
		"path": "/items/0/value/amount",
		"message": "Invalid type. Expected: number, given: string",
	}])
}

test_zero_amount_is_rejected if {
	_rejected_with(
		_patch([
			{"op": "replace", "path": "/items/0/value/amount", "value": 0},
			{"op": "remove", "path": "/items/0/rare_earth_content"},
		]),
		[{"path": "/items/0/value/amount", "message": "Must be greater than 0"}],
	)
}

test_negative_amount_is_rejected_and_the_content_exceeds_it if {
	_rejected_with(_set("/items/0/value/amount", -5), [
		{"path": "/items/0/rare_earth_content", "message": "the rare-earth content is worth more than the whole line"},
		{"path": "/items/0/value/amount", "message": "Must be greater than 0"},
	])
}

test_goods_without_origin_are_rejected if {
	_rejected_with(_without("/items/0/origin"), [{"path": "/items/0/origin", "message": "origin is required"}])
}

test_magnet_without_elements_is_rejected if {
	_rejected_with(_without("/items/0/elements"), [{"path": "/items/0/elements", "message": "elements is required"}])
}

test_element_that_is_not_a_symbol_is_rejected if {
	_rejected_with(_set("/items/0/elements", ["dy"]), [{"path": "/items/0/elements/0", "message": "Does not match pattern '^[A-Z][a-z]?$'"}])
}

test_unknown_technology_activity_is_rejected if {
	_rejected_with(_set("/items/0/made_with_cn_technology", ["alchemy"]), [{
		"path": "/items/0/made_with_cn_technology/0",
		"message": concat(" ", [
			"items.0.made_with_cn_technology.0 must be one of the following: \"mining\",",
			"\"smelting_separation\", \"metal_smelting\", \"magnet_manufacturing\",",
			"\"secondary_recycling\"",
		]),
	}])
}

test_content_origin_that_is_neither_code_nor_unknown_is_rejected if {
	_rejected_with(_set("/items/0/rare_earth_content/0/origin", "China"), [
		{"path": "/items/0/rare_earth_content/0/origin", "message": "Does not match pattern '^[A-Z]{2}$'"},
		{"path": "/items/0/rare_earth_content/0/origin", "message": "Must validate at least one schema (anyOf)"},
	])
}

test_unknown_item_category_is_rejected if {
	categories := [json.marshal(c) | some c in json.unmarshal(data.cnexport.schemas.shipment)["$defs"].category.enum]
	_rejected_with(_set("/items/0/category", "magnet"), [{
		"path": "/items/0/category",
		"message": sprintf("items.0.category must be one of the following: %s", [concat(", ", categories)]),
	}])
	count(categories) > 20
}

test_additional_property_on_a_line_is_rejected if {
	_rejected_with(_set("/items/0/colour", "red"), [{"path": "/items/0/colour", "message": "additional property colour is not allowed"}])
}

test_additional_property_at_the_root_is_rejected if {
	_rejected_with(_set("/comment", "x"), [{"path": "/comment", "message": "additional property comment is not allowed"}])
}

test_lower_case_currency_in_fx_rates_is_rejected if {
	_rejected_with(_set("/fx_rates", {"eur": 1}), [
		{"path": "/fx_rates", "message": "Does not match pattern '^[A-Z]{3}$'"},
		{"path": "/fx_rates", "message": "Property name of \"eur\" does not match"},
	])
}

test_negative_fx_rate_is_rejected if {
	_rejected_with(_set("/fx_rates", {"EUR": -1}), [{"path": "/fx_rates/EUR", "message": "Must be greater than 0"}])
}

test_licence_of_unknown_type_is_rejected if {
	_rejected_with(_set("/licences", [object.union(_licence, {"type": "blanket"})]), [{
		"path": "/licences/0/type",
		"message": "licences.0.type must be one of the following: \"single\", \"general\"",
	}])
}

test_licence_without_valid_until_is_rejected if {
	_rejected_with(_set("/licences", [object.remove(_licence, ["valid_until"])]), [{
		"path": "/licences/0/valid_until",
		"message": "valid_until is required",
	}])
}

test_owner_share_above_one_is_rejected if {
	_rejected_with(_set("/parties/1/owners", [{"name": "A", "share": 1.5}]), [
		{"path": "/parties/1/owners", "message": "owner shares add up to more than 1"},
		{"path": "/parties/1/owners/0/share", "message": "Must be less than or equal to 1"},
	])
}

# ---- checks a schema cannot express ----------------------------------------------------------

test_duplicate_line_numbers_are_rejected if {
	_rejected_with(_set("/items/-", _base.items[0]), [{"path": "/items/1/line", "message": "line number 1 is used by more than one line"}])
}

test_every_repeat_of_a_line_number_is_reported if {
	line := _base.items[0]
	_rejected_with(_set("/items", [line, object.union(line, {"line": 2}), line, line]), [
		{"path": "/items/2/line", "message": "line number 1 is used by more than one line"},
		{"path": "/items/3/line", "message": "line number 1 is used by more than one line"},
	])
}

test_content_currency_without_fx_rate_is_rejected if {
	_rejected_with(_set("/items/0/rare_earth_content/0/value/currency", "EUR"), [{
		"path": "/items/0/rare_earth_content/0/value/currency",
		"message": _no_eur_rate_in_usd,
	}])
}

test_content_currency_with_an_fx_rate_for_another_currency_is_rejected if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "EUR"},
		{"op": "add", "path": "/fx_rates", "value": {"JPY": 0.0067}},
	])
	_rejected_with(doc, [{
		"path": "/items/0/rare_earth_content/0/value/currency",
		"message": _no_eur_rate_in_usd,
	}])
}

test_content_currency_with_its_fx_rate_is_valid if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "EUR"},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.25}},
	])
	validate.sorted_errors == [] with input as doc
}

test_content_worth_more_than_the_line_is_rejected if {
	_rejected_with(_set("/items/0/rare_earth_content/0/value/amount", 200000.01), [{
		"path": "/items/0/rare_earth_content",
		"message": "the rare-earth content is worth more than the whole line",
	}])
}

test_content_worth_exactly_the_line_is_valid if {
	validate.sorted_errors == [] with input as _set("/items/0/rare_earth_content/0/value/amount", 200000.00)
}

test_content_summed_over_entries_worth_more_than_the_line_is_rejected if {
	doc := _set("/items/0/rare_earth_content", [_content(100000, "USD"), _content(100000.001, "USD")])
	_rejected_with(doc, [{"path": "/items/0/rare_earth_content", "message": "the rare-earth content is worth more than the whole line"}])
}

# Content worth more than the line by less than a 64-bit float can tell is found: a total near the
# line's value is computed exactly (summed on 64-bit floats, this content is worth 10^20 exactly).
test_content_worth_more_than_the_line_by_a_last_digit_is_rejected if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/value/amount", "value": 100000000000000000000},
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [
			_content(99999999999999999999.5, "USD"),
			_content(0.6, "USD"),
		]},
	])
	_rejected_with(doc, [{"path": "/items/0/rare_earth_content", "message": "the rare-earth content is worth more than the whole line"}])
}

test_content_worth_more_than_the_line_by_a_fraction_is_rejected if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/value/amount", "value": 100},
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [_content(99.5, "USD"), _content(0.6, "USD")]},
	])
	_rejected_with(doc, [{"path": "/items/0/rare_earth_content", "message": "the rare-earth content is worth more than the whole line"}])
}

test_content_summed_to_exactly_the_line_is_valid if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/value/amount", "value": 0.3},
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [_content(0.1, "USD"), _content(0.2, "USD")]},
	])
	validate.sorted_errors == [] with input as doc
}

# Only content worth within a unit per entry of the line's value, or in another currency, is
# totalled exactly.
test_contents_to_total_leave_out_content_clearly_worth_less if {
	doc := _patch([
		{"op": "add", "path": "/items/-", "value": object.union(_base.items[0], {
			"line": 2,
			"rare_earth_content": [_content(199999.9, "USD")],
		})},
		{"op": "add", "path": "/items/-", "value": object.union(_base.items[0], {
			"line": 3,
			"rare_earth_content": [_content(300, "EUR")],
		})},
		{"op": "add", "path": "/items/-", "value": object.union(_base.items[0], {"line": 4, "rare_earth_content": []})},
		{"op": "add", "path": "/items/-", "value": _without("/items/0/rare_earth_content").items[0]},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.25}},
	])
	validate._contents_to_total == {1, 2} with input as doc
}

test_content_worth_more_after_conversion_is_rejected if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [_content(160000.01, "EUR")]},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.25}},
	])
	_rejected_with(doc, [{"path": "/items/0/rare_earth_content", "message": "the rare-earth content is worth more than the whole line"}])
}

# A document whose numbers are all short and without an exponent is not checked number by number.
test_every_number_within_limits_only_without_a_long_number_or_an_exponent if {
	validate._every_number_within_limits with input as _valued_line(123456789012.12345)
	not validate._every_number_within_limits with input as _valued_line(1234567890123.12345)
	not validate._every_number_within_limits with input as _valued_line(2e3)
}

test_within_limits_at_a_glance_only_in_a_document_without_a_long_number_or_an_exponent if {
	validate._within_limits(0.5) with input as _base
	long := _valued_line(1234567890123456789012345)
	validate._within_limits(0.5) with input as long
	not validate._within_limits(1234567890123456789012345) with input as long
}

test_line_amount_with_25_digits_is_rejected if {
	_rejected_with(_set("/items/0/value/amount", 1234567890123456789012345), [{"path": "/items/0/value/amount", "message": _exact_message}])
}

test_line_amount_with_24_digits_is_valid if {
	validate.sorted_errors == [] with input as _set("/items/0/value/amount", 123456789012345678901234)
}

# 24 nines are 24 digits: counted from the number's text, not through abs(), which OPA computes
# with a 64-bit float and would round to 10^24.
test_line_amount_of_24_nines_is_valid if {
	validate.sorted_errors == [] with input as _valued_line(999999999999999999999999)
}

test_content_amount_finer_than_1e_18_is_rejected if {
	_rejected_with(_set("/items/0/rare_earth_content/0/value/amount", 1e-19), [{
		"path": "/items/0/rare_earth_content/0/value/amount",
		"message": _exact_message,
	}])
}

test_fx_rate_with_too_many_digits_is_rejected if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "EUR"},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.0800000000000000000000001}},
	])
	_rejected_with(doc, [{"path": "/fx_rates/EUR", "message": _exact_message}])
}

test_document_with_only_a_too_long_amount_lists_every_error if {
	doc := {"items": [{"value": {"amount": 1234567890123456789012345, "currency": "USD"}}]}
	_rejected_with(doc, array.flatten([
		[
			{"path": "/end_use", "message": "end_use is required"},
			{"path": "/export_date", "message": "export_date is required"},
			{"path": "/exporter", "message": "exporter is required"},
			{"path": "/id", "message": "id is required"},
			{"path": "/items/0/category", "message": "category is required"},
			{"path": "/items/0/description", "message": "description is required"},
			{"path": "/items/0/kind", "message": "kind is required"},
			{"path": "/items/0/line", "message": "line is required"},
			{"path": "/items/0/value/amount", "message": _exact_message},
		],
		_required(["parties", "schema_version", "ship_from", "ship_to"]),
	]))
}

test_licence_naming_a_missing_line_is_rejected if {
	_rejected_with(_set("/licences", [object.union(_licence, {"lines": [1, 7]})]), [{
		"path": "/licences/0/lines/1",
		"message": "licence covers line 7, which is not in the document",
	}])
}

test_licence_ending_before_it_starts_is_rejected if {
	_rejected_with(_set("/licences", [object.union(_licence, {"valid_from": "2026-12-31", "valid_until": "2026-01-01"})]), [{
		"path": "/licences/0/valid_until",
		"message": "valid_until is before valid_from",
	}])
}

test_licence_valid_for_one_day_is_valid if {
	one_day := object.union(_licence, {"valid_from": "2026-12-01", "valid_until": "2026-12-01"})
	validate.sorted_errors == [] with input as _set("/licences", [one_day])
}

test_one_share_is_over_one_exactly_when_it_is_more_than_one if {
	validate._over_one([1.00000000000000000001])
	not validate._over_one([1])
	not validate._over_one([0.99999999999999999999])
	validate._over_one([0.6, 0.5])
	not validate._over_one([0.5, 0.5])
	not validate._over_one([])
}

test_owner_shares_adding_up_to_more_than_one_are_rejected if {
	_rejected_with(_set("/parties/1/owners", [{"name": "A", "share": 0.6}, {"name": "B", "share": 0.5}]), [{
		"path": "/parties/1/owners",
		"message": "owner shares add up to more than 1",
	}])
}

test_owner_shares_adding_up_to_exactly_one_are_valid if {
	owners := [{"name": "A", "share": 0.7}, {"name": "B", "share": 0.2}, {"name": "C", "share": 0.1}]
	validate.sorted_errors == [] with input as _set("/parties/1/owners", owners)
}

test_several_errors_are_all_reported_in_path_order if {
	doc := _patch([
		{"op": "replace", "path": "/ship_to", "value": "Japan"},
		{"op": "add", "path": "/items/-", "value": _base.items[0]},
		{"op": "add", "path": "/licences", "value": [object.union(_licence, {"lines": [9]})]},
	])
	_rejected_with(doc, [
		{"path": "/items/1/line", "message": "line number 1 is used by more than one line"},
		{"path": "/licences/0/lines/0", "message": "licence covers line 9, which is not in the document"},
		{"path": "/ship_to", "message": "Does not match pattern '^[A-Z]{2}$'"},
	])
}

# ---- the decision on an invalid document, whole ----------------------------------------------

test_invalid_decision_echoes_id_and_a_real_export_date if {
	meta := data.cnexport_reference.meta
	_decide(_set("/ship_to", "Japan")) == {
		"id": "t-validate",
		"outcome": "INVALID_INPUT",
		"clearance": "STOP",
		"lines": [],
		"parties": [],
		"reasons": [],
		"obligations": [],
		"warnings": [],
		"sources": {},
		"errors": [{"path": "/ship_to", "message": "Does not match pattern '^[A-Z]{2}$'"}],
		"rules_in_force_on": "2026-12-01",
		"reference_data": {"version": meta.version, "verified_through": meta.verified_through},
	}
}

test_invalid_decision_gives_null_for_a_date_that_does_not_exist if {
	d := _decide(_set("/export_date", "2025-02-30"))
	d.rules_in_force_on == null
	d.id == "t-validate"
}

# ---- JSON pointers ---------------------------------------------------------------------------

# A property name holding "/" or "~" is escaped in a JSON pointer (RFC 6901: "~1" and "~0").
test_pointer_to_an_additional_property_escapes_slash_and_tilde if {
	validate.sorted_errors == [{"path": "/a~1b", "message": "additional property a/b is not allowed"}] with input as _set("/a~1b", 1)
	validate.sorted_errors == [{"path": "/a~0b", "message": "additional property a~b is not allowed"}] with input as _set("/a~0b", 1)
}

# gojsonschema joins field names with "."; a key of fx_rates may itself hold a dot.
test_pointer_keeps_a_dot_inside_a_property_name if {
	errors := validate.sorted_errors with input as _set("/fx_rates", {"US.D": -1})
	{"path": "/fx_rates/US.D", "message": "Must be greater than 0"} in errors
}

# Owner shares are held to the exact limits like every amount: a share too fine to compute
# exactly is refused (fail closed), and the shares are then not added up at all.
test_owner_share_too_fine_to_compute_is_refused if {
	doc := _set("/parties/1/owners", [{"name": "A", "share": 0.6}, {"name": "B", "share": 0.6}, {"name": "C", "share": 1e-150}])
	_rejected_with(doc, [{"path": "/parties/1/owners/2/share", "message": _exact_message}])
}

test_owner_share_readable_but_too_fine_to_compute_is_refused if {
	doc := _set("/parties/1/owners", [{"name": "A", "share": 0.0000000000000000001}])
	_rejected_with(doc, [{"path": "/parties/1/owners/0/share", "message": _exact_message}])
}

test_line_parameter_with_25_digits_is_refused if {
	doc := _set("/items/0/parameters", {"average_particle_size_um": 1234567890123456789012345})
	_rejected_with(doc, [{"path": "/items/0/parameters/average_particle_size_um", "message": _exact_message}])
}

# The other side of the two limits above: 24 digits and 18 places are computed exactly.
test_line_parameter_with_24_digits_and_a_share_with_18_places_are_accepted if {
	doc := json.patch(_base, [
		{"op": "add", "path": "/items/0/parameters", "value": {"average_particle_size_um": 123456789012345678901234}},
		{"op": "add", "path": "/parties/1/owners", "value": [{"name": "A", "share": 0.000000000000000001}]},
	])
	errors := validate.sorted_errors with input as doc # regal ignore:with-outside-test-context
	errors == []
}

test_owner_share_written_with_130_decimals_is_refused if {
	share := 0.3000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
	doc := _set("/parties/1/owners", [{"name": "A", "share": share}])
	_rejected_with(doc, [{"path": "/parties/1/owners/0/share", "message": _exact_message}])
}

test_owner_shares_at_the_exact_limits_are_added_exactly if {
	owners := [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.499999999999999999}]
	validate.sorted_errors == [] with input as _set("/parties/1/owners", array.flatten([owners, {"name": "C", "share": 1e-18}]))
	over := _set("/parties/1/owners", array.flatten([owners, {"name": "C", "share": 2e-18}]))
	_rejected_with(over, [{"path": "/parties/1/owners", "message": "owner shares add up to more than 1"}])
}

# ---- codes: ISO 3166-1 countries, ISO 4217 currencies, rare-earth elements ---------------------

test_uk_is_refused_with_the_code_to_use if {
	_rejected_with(_set("/ship_to", "UK"), [{
		"path": "/ship_to",
		"message": "UK is not an ISO 3166-1 alpha-2 country code: use GB (United Kingdom)",
	}])
}

test_gb_is_a_country if {
	validate.sorted_errors == [] with input as _set("/ship_to", "GB")
}

test_a_code_iso_does_not_assign_is_refused_wherever_a_country_is_given if {
	doc := _patch([
		{"op": "replace", "path": "/exporter/country", "value": "XX"},
		{"op": "replace", "path": "/ship_from", "value": "XX"},
		{"op": "replace", "path": "/parties/0/country", "value": "XX"},
		{"op": "add", "path": "/parties/1/owners", "value": [{"name": "A", "share": 0.5, "country": "XX"}]},
		{"op": "replace", "path": "/items/0/manufactured_in", "value": "XX"},
		{"op": "replace", "path": "/items/0/origin", "value": "XX"},
		{"op": "replace", "path": "/items/0/rare_earth_content/0/origin", "value": "XX"},
	])
	message := concat("", [
		"XX is not an ISO 3166-1 alpha-2 country code (iso-codes 4.15.0, iso_3166-1.json and iso_4217.json ",
		"(https://salsa.debian.org/iso-codes-team/iso-codes))",
	])
	_rejected_with(doc, [{"path": p, "message": message} | some p in [
		"/exporter/country",
		"/items/0/manufactured_in",
		"/items/0/origin",
		"/items/0/rare_earth_content/0/origin",
		"/parties/0/country",
		"/parties/1/owners/0/country",
		"/ship_from",
	]])
}

test_an_unknown_origin_of_content_is_not_a_country_code if {
	validate.sorted_errors == [] with input as _set("/items/0/rare_earth_content/0/origin", "unknown")
}

test_a_currency_iso_does_not_assign_is_refused if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/value/currency", "value": "RMB"},
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "RMB"},
		{"op": "add", "path": "/fx_rates", "value": {"XTS": 1}},
	])
	message := concat("", [
		"%s is not an ISO 4217 currency code (iso-codes 4.15.0, iso_3166-1.json and iso_4217.json ",
		"(https://salsa.debian.org/iso-codes-team/iso-codes))",
	])
	_rejected_with(doc, [
		{"path": "/fx_rates/XTS", "message": sprintf(message, ["XTS"])},
		{"path": "/items/0/rare_earth_content/0/value/currency", "message": sprintf(message, ["RMB"])},
		{"path": "/items/0/value/currency", "message": sprintf(message, ["RMB"])},
	])
}

# The lines are searched for a code's paths only when a code they name is not an ISO code: each
# place a line names a code is searched, and found alone.
test_a_code_iso_does_not_assign_is_found_in_each_place_a_line_names_one if {
	two_lines := _set("/items/-", object.union(_base.items[0], {"line": 2}))
	every case in [
		["/items/1/manufactured_in", "XX"],
		["/items/1/origin", "XX"],
		["/items/1/rare_earth_content/0/origin", "XX"],
		["/items/1/value/currency", "XXX"],
		["/items/1/rare_earth_content/0/value/currency", "XXX"],
	] {
		errors := validate.sorted_errors with input as json.patch(two_lines, [{"op": "replace", "path": case[0], "value": case[1]}])
		[e.path | some e in errors; contains(e.message, "is not an ISO")] == [case[0]]
	}
}

test_cny_is_a_currency if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/value/currency", "value": "CNY"},
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "CNY"},
	])
	validate.sorted_errors == [] with input as doc
}

test_rare_earth_content_of_iron_is_refused if {
	_rejected_with(_set("/items/0/rare_earth_content/0/element", "Fe"), [{
		"path": "/items/0/rare_earth_content/0/element",
		"message": concat("", [
			"Fe is not a rare-earth element: rare_earth_content lists only the 17 rare earths ",
			"(Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu)",
		]),
	}])
}

test_rare_earth_content_of_iron_is_found_in_any_entry_of_any_line if {
	iron := object.union(_content(1, "USD"), {"element": "Fe"})
	second := object.union(_base.items[0], {"line": 2, "rare_earth_content": [_content(1, "USD"), iron]})
	errors := validate.sorted_errors with input as _set("/items/-", second)
	[e.path | some e in errors] == ["/items/1/rare_earth_content/1/element"]
}

test_rare_earth_content_of_each_rare_earth_is_valid if {
	every element in data.cnexport_reference.meta.rare_earth_elements {
		validate.sorted_errors == [] with input as _set("/items/0/rare_earth_content/0/element", element)
	}
}

# ---- fx rates: quoted in a named currency, or bare when the lines are in one -------------------

_no_eur_rate_in_usd := concat("", [
	"currency EUR differs from the line's currency USD and fx_rates gives no rate of EUR in USD: ",
	`add "fx_rates": {"EUR": {"USD": <value of one EUR in USD>}}`,
])

# The base with a second line in EUR, and JPY content on both lines.
_two_currencies(fx_rates) := _patch([
	{"op": "add", "path": "/items/-", "value": object.union(_base.items[0], {"line": 2, "value": {"amount": 1000, "currency": "EUR"}})},
	{"op": "replace", "path": "/items/0/rare_earth_content/0/value", "value": {"amount": 300, "currency": "JPY"}},
	{"op": "replace", "path": "/items/1/rare_earth_content/0/value", "value": {"amount": 300, "currency": "JPY"}},
	{"op": "add", "path": "/fx_rates", "value": fx_rates},
])

_no_jpy_rate_in(line_currency) := concat("", [
	sprintf("currency JPY differs from the line's currency %s and fx_rates gives no rate of JPY in %s: ", [line_currency, line_currency]),
	sprintf(`add "fx_rates": {"JPY": {"%s": <value of one JPY in %s>}}`, [line_currency, line_currency]),
])

test_a_rate_quoted_in_the_line_currency_is_valid if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "EUR"},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": {"USD": 1.25}}},
	])
	validate.sorted_errors == [] with input as doc
}

test_a_rate_quoted_in_another_currency_than_the_line_is_refused if {
	doc := _patch([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/currency", "value": "EUR"},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": {"GBP": 0.85}}},
	])
	_rejected_with(doc, [{"path": "/items/0/rare_earth_content/0/value/currency", "message": _no_eur_rate_in_usd}])
}

test_a_bare_rate_is_refused_when_the_lines_are_in_two_currencies if {
	_rejected_with(_two_currencies({"JPY": 0.0067}), [
		{"path": "/fx_rates/JPY", "message": concat("", [
			"the JPY rate does not say which currency it is quoted in, and the lines are in EUR and USD: quote it in each, ",
			`as "fx_rates": {"JPY": {"EUR": <value of one JPY in EUR>, "USD": <value of one JPY in USD>}}`,
		])},
		{"path": "/items/0/rare_earth_content/0/value/currency", "message": _no_jpy_rate_in("USD")},
		{"path": "/items/1/rare_earth_content/0/value/currency", "message": _no_jpy_rate_in("EUR")},
	])
}

test_a_rate_quoted_in_each_line_currency_is_valid_and_each_line_takes_its_own if {
	doc := _two_currencies({"JPY": {"USD": 0.0067, "EUR": 0.0062}})
	validate.sorted_errors == [] with input as doc
	usd := money.in_line_currency(doc.items[0], doc.items[0].rare_earth_content[0].value) with input as doc
	money.exact_text(usd, "USD") == {"amount": "2.0100", "currency": "USD"}
	eur := money.in_line_currency(doc.items[1], doc.items[1].rare_earth_content[0].value) with input as doc
	money.exact_text(eur, "EUR") == {"amount": "1.8600", "currency": "EUR"}
}

test_a_rate_quoted_in_one_line_currency_only_is_refused_for_the_other_line if {
	_rejected_with(_two_currencies({"JPY": {"USD": 0.0067}}), [{
		"path": "/items/1/rare_earth_content/0/value/currency",
		"message": _no_jpy_rate_in("EUR"),
	}])
}

test_a_bare_rate_beside_lines_in_one_currency_is_valid if {
	doc := _patch([
		{"op": "add", "path": "/items/-", "value": object.union(_base.items[0], {"line": 2})},
		{"op": "replace", "path": "/items/1/rare_earth_content/0/value/currency", "value": "EUR"},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.25}},
	])
	validate.sorted_errors == [] with input as doc
}

test_a_quoted_rate_that_is_not_positive_is_refused if {
	_rejected_with(_set("/fx_rates", {"EUR": {"USD": 0}}), [{"path": "/fx_rates/EUR/USD", "message": "Must be greater than 0"}])
}

test_a_rate_quoted_in_no_currency_is_refused if {
	_rejected_with(_set("/fx_rates", {"EUR": {}}), [{"path": "/fx_rates/EUR", "message": "Must have at least 1 properties"}])
}

test_a_rate_quoted_in_a_code_iso_does_not_assign_is_refused if {
	_rejected_with(_set("/fx_rates", {"EUR": {"XTS": 1}}), [{
		"path": "/fx_rates/EUR/XTS",
		"message": concat("", [
			"XTS is not an ISO 4217 currency code (iso-codes 4.15.0, iso_3166-1.json and iso_4217.json ",
			"(https://salsa.debian.org/iso-codes-team/iso-codes))",
		]),
	}])
}

test_a_quoted_rate_too_fine_to_compute_exactly_is_refused if {
	_rejected_with(_set("/fx_rates", {"EUR": {"USD": 1e-19}}), [{"path": "/fx_rates/EUR/USD", "message": _exact_message}])
}
