package cnexport.validate_test

import data.cnexport.lib.decimals
import data.cnexport.validate

# Fail closed: no schema error is lost however OPA words it, numbers the engine cannot read are
# refused before anything reads them, dates outside 1900-2099 are refused, incomplete reference
# data and a reason that cannot be built are engine errors. Helpers are those of validate_test.

_screen(request) := s if {
	# regal ignore:with-outside-test-context,external-reference
	s := data.cnexport.screen with input as request
}

_screen_without_manifest(request) := s if {
	# regal ignore:with-outside-test-context,external-reference
	s := data.cnexport.screen with input as request with data.cnexport_reference.manifest as {}
}

# ---- every schema error is an error --------------------------------------------------------------

test_a_property_name_with_a_newline_is_an_error if {
	_rejected_with(_set("/end_use/known_overseas_rare_earth_activities\n", ["mining"]), [{
		"path": "/end_use/known_overseas_rare_earth_activities\n",
		"message": "additional property known_overseas_rare_earth_activities\n is not allowed",
	}])
}

test_a_parameter_name_with_a_newline_and_a_dot_keeps_its_path if {
	errors := validate.sorted_errors with input as _set("/items/0/parameters", {"a.\nb": "x"})
	some e in errors
	e.path == "/items/0/parameters/a.\nb"
}

test_a_required_name_with_a_newline_is_read if {
	validate.schema_errors({}, {"type": "object", "required": ["a\nb"]}) == {{"path": "/a\nb", "message": "a\nb is required"}}
}

_unworded := [false, [{"type": "required", "field": "(root)", "desc": "something OPA words differently", "error": ""}]]

test_a_raw_error_whose_name_cannot_be_read_keeps_the_best_path_and_opas_message if {
	errors := validate.schema_errors({}, {}) with json.match_schema as _unworded
	errors == {{"path": "", "message": "something OPA words differently"}}
}

test_a_failed_match_without_raw_errors_is_still_an_error if {
	errors := validate.schema_errors({}, {}) with json.match_schema as [false, []]
	errors == {{"path": "", "message": "the document does not match its schema"}}
}

test_a_schema_check_that_cannot_run_is_an_error if {
	validate.schema_errors({}, {"type": 12}) == {{
		"path": "",
		"message": "the document could not be checked against its schema; nothing may be inferred from this answer",
	}}
}

# ---- numbers the engine cannot read ----------------------------------------------------------------

_only_number_error(text, path) if {
	doc := json.unmarshal(text)
	_rejected_with(doc, [{"path": path, "message": _exact_message}])
}

test_an_exponent_of_two_million_is_refused_before_the_schema_check if {
	_only_number_error(`{"items": [{"value": {"amount": 1e2000000}}]}`, "/items/0/value/amount")
}

test_a_magnitude_past_a_double_in_licence_lines_is_refused if {
	_only_number_error(`{"id": "x", "licences": [{"lines": [1e309]}]}`, "/licences/0/lines/0")
}

test_a_negative_exponent_of_two_million_is_refused if {
	_only_number_error(`{"fx_rates": {"EUR": 1e-2000000}}`, "/fx_rates/EUR")
}

test_a_number_of_four_hundred_digits_is_refused if {
	_only_number_error(sprintf(`{"items": [{"line": 1%s}]}`, [concat("", [x | some _ in numbers.range(1, 400); x := "0"])]), "/items/0/line")
}

test_a_document_that_is_an_unreadable_number_is_refused if {
	_only_number_error(`-1e999999999`, "")
}

test_a_key_with_a_slash_is_escaped_in_the_path_of_an_unreadable_number if {
	_only_number_error(`{"fx_rates": {"a/b~": 1e400}}`, "/fx_rates/a~1b~0")
}

test_number_text_inside_a_string_is_not_a_number if {
	validate.sorted_errors == [] with input as _set("/items/0/description", "\"1e2000000\" 0.0000000000000000001")
}

test_numbers_are_read_up_to_sixty_either_way_and_fifty_five_characters if {
	decimals.readable_number("1e60")
	not decimals.readable_number("1e61")
	decimals.readable_number("-1e-60")
	decimals.readable_number("1.5E+60")
	not decimals.readable_number("1e-61")
	decimals.readable_number("0.1e-59")
	not decimals.readable_number("0.11e-59")
	decimals.readable_number(concat("", ["0.", concat("", [x | some _ in numbers.range(1, 53); x := "1"])]))
	not decimals.readable_number(concat("", ["0.", concat("", [x | some _ in numbers.range(1, 54); x := "1"])]))
}

# OPA caches a function's result under its arguments and compares a huge-exponent number with a
# cached one of the same hash (0 here) in a way that panics: the number is never an argument.
test_a_huge_exponent_beside_a_zero_is_refused_without_a_panic if {
	document := json.unmarshal(`{"x": 0, "items": [{"parameters": {"x": 1e-2000000}}]}`)
	errors := validate.sorted_errors with input as document
	errors == [{"path": "/items/0/parameters/x", "message": _exact_message}]
}

test_numbers_at_the_limits_are_read_and_checked if {
	errors := validate.sorted_errors with input as _set("/fx_rates", {"EUR": 1e18, "GBP": 1e-18})
	errors == []
}

# ---- dates: the years 1900 to 2099 ------------------------------------------------------------------

_date_pattern_error(path) := {"path": path, "message": "Does not match pattern '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$'"}

test_the_year_zero_is_refused_and_not_given_as_the_date_of_the_rules if {
	doc := _set("/export_date", "0000-01-01")
	_rejected_with(doc, [_date_pattern_error("/export_date")])
	_decide(doc).rules_in_force_on == null
}

test_export_dates_on_both_sides_of_the_range if {
	_rejected_with(_set("/export_date", "1899-12-31"), [_date_pattern_error("/export_date")])
	_rejected_with(_set("/export_date", "2100-01-01"), [_date_pattern_error("/export_date")])
	validate.sorted_errors == [] with input as _set("/export_date", "1900-01-01")
	validate.sorted_errors == [] with input as _set("/export_date", "2099-12-31")
}

test_licence_dates_outside_the_range_are_refused if {
	licence := object.union(_licence, {"valid_from": "0001-01-01", "valid_until": "9999-12-31"})
	_rejected_with(_set("/licences", [licence]), [
		_date_pattern_error("/licences/0/valid_from"),
		_date_pattern_error("/licences/0/valid_until"),
	])
}

test_a_screening_date_outside_the_range_is_refused if {
	s := _screen({"name": "Skydio", "date": "0000-01-01"})
	[s.outcome, s.errors] == ["INVALID_INPUT", [_date_pattern_error("/date")]]
	_screen({"name": "Skydio", "date": "1900-01-01"}).errors == []
}

test_screen_owner_shares_of_a_hundred_and_twenty_places_are_refused if {
	share := concat("", ["0.", concat("", [x | some _ in numbers.range(1, 120); x := "6"])])
	s := _screen(json.unmarshal(sprintf(`{"name": "X", "owners": [{"name": "A", "share": %s}, {"name": "B", "share": %s}]}`, [share, share])))
	s.outcome == "INVALID_INPUT"
	s.errors == [
		{"path": "/owners/0/share", "message": _exact_message},
		{"path": "/owners/1/share", "message": _exact_message},
	]
}

test_an_unreadable_number_in_a_screening_request_is_refused if {
	s := _screen(json.unmarshal(`{"name": "X", "owners": [{"name": "A", "share": 1e2000000}]}`))
	[s.outcome, s.errors] == ["INVALID_INPUT", [{"path": "/owners/0/share", "message": _exact_message}]]
}

# ---- incomplete reference data ------------------------------------------------------------------------

_incomplete(why) := {
	"path": "",
	"message": sprintf("the reference data is incomplete (%s): nothing may be inferred from this answer", [why]),
}

_no_manifest := _incomplete("no manifest: build/data/cnexport_reference/manifest/data.json was not loaded")

test_the_built_data_is_complete if {
	validate.data_errors == set()
}

test_no_manifest_is_an_engine_error if {
	validate.data_errors == {_no_manifest} with data.cnexport_reference.manifest as {}
}

test_a_part_without_its_last_member_is_an_engine_error if {
	last := max(object.keys(data.cnexport_reference.measures.measures))
	shortened := json.remove(data.cnexport_reference, [sprintf("measures/measures/%s", [last])])
	errors := validate.data_errors with data.cnexport_reference as shortened
	errors == {_incomplete("cnexport_reference/data.json: measures.measures lacks members the build wrote")}
}

test_absent_leaves_are_those_of_the_members_the_data_lacks if {
	validate._absent_leaves == set()
	last := max(object.keys(data.cnexport_reference.measures.measures))
	shortened := json.remove(data.cnexport_reference, [sprintf("measures/measures/%s", [last])])
	absent := validate._absent_leaves with data.cnexport_reference as shortened
	count(absent) > 0
	every leaf in absent {
		array.slice(leaf, 0, 3) == ["measures", "measures", last]
	}
}

test_a_contract_schema_not_loaded_is_an_engine_error if {
	errors := validate.data_errors with data.cnexport.schemas as {"decision": data.cnexport.schemas.decision}
	errors == {
		_incomplete("the shipment schema was not loaded from cnexport/schemas/data.json"),
		_incomplete("the screen schema was not loaded from cnexport/schemas/data.json"),
		_incomplete("the status schema was not loaded from cnexport/schemas/data.json"),
	}
}

# The build writes the contract's schemas as JSON text: one loaded as an object is not the build's.
test_a_contract_schema_loaded_as_an_object_is_an_engine_error if {
	errors := validate.data_errors with data.cnexport.schemas.shipment as json.unmarshal(data.cnexport.schemas.shipment)
	errors == {_incomplete("the shipment schema was not loaded from cnexport/schemas/data.json")}
}

test_a_contract_schema_text_that_is_not_json_refuses_the_document if {
	errors := validate.errors with input as {"export_date": "2025-12-01"} with data.cnexport.schemas.shipment as "{not json"
	{"path": "", "message": "the document could not be checked against its schema; nothing may be inferred from this answer"} in errors
}

test_reference_data_not_loaded_is_an_engine_error if {
	errors := validate.data_errors with data.cnexport_reference as {"manifest": data.cnexport_reference.manifest}
	errors == {_incomplete("cnexport_reference/data.json was not loaded")}
}

test_data_of_another_version_is_an_engine_error if {
	other := json.patch(data.cnexport_reference, [{"op": "replace", "path": "/meta/version", "value": "000000000000"}])
	errors := validate.data_errors with data.cnexport_reference as other
	built := data.cnexport_reference.manifest.version
	errors == {_incomplete(sprintf("the reference data is version 000000000000, the manifest's is %v", [built]))}
}

test_incomplete_data_stops_a_valid_document_and_names_no_version if {
	# regal ignore:external-reference
	d := data.cnexport.decision with input as _base with data.cnexport_reference.manifest as {}
	[d.id, d.outcome, d.clearance, d.reasons, d.rules_in_force_on] == ["t-validate", "INVALID_INPUT", "STOP", [], null]
	d.errors == [_no_manifest]
	d.reference_data == {"version": "unknown", "verified_through": "1970-01-01"}
}

test_incomplete_data_stops_a_screening if {
	s := _screen_without_manifest({"name": "Skydio"})
	[s.outcome, s.name, s.matches, s.reference_data.version] == ["INVALID_INPUT", "Skydio", [], "unknown"]
	s.errors == [_no_manifest]
}

# ---- a reason, obligation or service answer that cannot be built -------------------------------------

_cannot_build(what, code, measure, clause) := {"path": "", "message": sprintf(
	concat("", [
		"the engine could not build %s (%s, %s clause %s): its rule's METADATA or the clause it cites is missing; ",
		"nothing may be inferred from this answer",
	]),
	[what, code, measure, clause],
)}

_engine_error_with(d, errors) if {
	[d.outcome, d.clearance, d.reasons, d.lines, d.errors] == ["INVALID_INPUT", "STOP", [], [], errors]
}

test_a_reason_that_cannot_be_built_stops_the_decision if {
	unbuilt := {"unbuilt": true, "code": "RE61_TYPO", "measure": "MOFCOM-2025-61", "clause": "99"}

	# regal ignore:external-reference
	d := data.cnexport.decision with input as _base with data.cnexport.measures.mofcom_2025_61.findings as {unbuilt}
	_engine_error_with(d, [_cannot_build("a reason", "RE61_TYPO", "MOFCOM-2025-61", "99")])
}

test_an_obligation_that_cannot_be_built_stops_the_decision if {
	unbuilt := {"unbuilt": true, "code": "licence_application", "measure": "MOFCOM-2025-61", "clause": "66"}

	# regal ignore:external-reference
	d := data.cnexport.decision with input as _base with data.cnexport.measures.mofcom_2025_61.obligations as {unbuilt}
	_engine_error_with(d, [_cannot_build("an obligation", "licence_application", "MOFCOM-2025-61", "66")])
}

test_an_application_that_cannot_be_built_stops_the_decision if {
	unbuilt := {"unbuilt": true, "code": "licence_application", "measure": "MOFCOM-2025-62", "clause": "33"}

	# regal ignore:external-reference
	d := data.cnexport.decision with input as _base with data.cnexport.measures.mofcom_2025_62.applications as {unbuilt}
	_engine_error_with(d, [_cannot_build("an obligation", "licence_application", "MOFCOM-2025-62", "33")])
}

test_a_service_answer_citing_an_unknown_clause_stops_the_decision if {
	clause := {
		"answer": "GO", "roles": ["broker"], "measure": "MOFCOM-2025-62", "clause": "55",
		"chain": [{"annotations": {"custom": {"code": "RE62_TYPO", "clause": "55"}}}, {"annotations": {"custom": {"measure": "MOFCOM-2025-62"}}}],
	}

	# regal ignore:external-reference
	d := data.cnexport.decision with input as _base with data.cnexport.measures.mofcom_2025_62.service_clauses as {clause}
	_engine_error_with(d, [_cannot_build("a service answer", "RE62_TYPO", "MOFCOM-2025-62", "55")])
}
