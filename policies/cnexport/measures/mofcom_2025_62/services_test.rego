# Clause 5 through the whole decision (parties[].service), and No. 62's dates on each side of
# every boundary: what a service provider, and everyone else, reads in the answer.
package cnexport.measures.mofcom_2025_62_test

_forwarder := {"role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics", "country": "CN"}

_end_user := {"role": "end_user", "name": "Hai Phong Magnet Recycling JSC", "country": "VN"}

_with_forwarder(changes, line) := object.union(_doc(changes, line), {"parties": [_end_user, _forwarder]})

_licence := {
	"number": "MOFCOM-T-2026-0042", "type": "single", "lines": [1],
	"valid_from": "2026-11-15", "valid_until": "2027-11-14", "issued_by": "MOFCOM",
}

_service_of(d, i) := d.parties[i].service

test_forwarder_on_an_unlicensed_line_is_held if {
	d := data.cnexport.decision with input as _with_forwarder({}, {})
	[d.outcome, d.clearance] == ["LICENCE_REQUIRED", "HOLD"]
	service := _service_of(d, 1)
	[service.may_provide, service.clearance] == [false, "HOLD"]
	forwarder := {"index": 1, "role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics"}
	[[r.code, r.measure, r.clause, r.outcome, r.interpretation, r.party] | some r in service.reasons] == [
		["RE62_SERVICE_HOLD", "MOFCOM-2025-62", "5", "LICENCE_REQUIRED", "I-62-SERVICE-OWN-LINES", forwarder],
		["LAW20_SERVICE_HOLD", "NPCSC-2020-58", "20", "LICENCE_REQUIRED", "I-LAW20-SERVICES", forwarder],
	]
	every r in service.reasons {
		r.figures == {
			"name": "Sinotrans Guangxi Logistics", "role": "freight_forwarder", "clearance": "HOLD",
			"export_date": "2026-12-01", "controlled_lines": "1", "licences": "",
			"blocking": "line 1 (RE62_RE_TECHNOLOGY)",
		}
		startswith(r.message_en, "Sinotrans Guangxi Logistics (freight_forwarder) may not provide its service")
	}
	not d.parties[0].service
}

test_service_answers_stay_out_of_the_shipments_reasons if {
	d := data.cnexport.decision with input as _with_forwarder({}, {})
	{r.code | some r in d.reasons} == {"RE62_RE_TECHNOLOGY"}
}

test_forwarder_may_serve_a_licensed_export if {
	d := data.cnexport.decision with input as _with_forwarder({"licences": [_licence]}, {})
	[d.outcome, d.clearance] == ["LICENCE_REQUIRED", "GO"]
	service := _service_of(d, 1)
	[service.may_provide, service.clearance] == [true, "GO"]
	[r.code | some r in service.reasons] == ["RE62_SERVICE_MAY_PROVIDE", "LAW20_SERVICE_MAY_PROVIDE"]
	every r in service.reasons {
		[r.figures.controlled_lines, r.figures.licences, r.figures.blocking] == ["1", "MOFCOM-T-2026-0042", ""]
	}
	[r.message_en | some r in service.reasons] == [
		concat("", [
			"Sinotrans Guangxi Logistics (freight_forwarder) may provide its service as far as No. 62 goes: every line under ",
			"it that needs a licence (1) is covered by a MOFCOM licence on file (MOFCOM-T-2026-0042); under clause 5 the ",
			"exporter must show it the licence.",
		]),
		concat("", [
			"Sinotrans Guangxi Logistics (freight_forwarder) may provide its service for this export: every line that needs a ",
			"licence (1) is covered by a MOFCOM licence on file (MOFCOM-T-2026-0042). Art. 20 of the Export Control Law bars ",
			"services only to an export-control violation.",
		]),
	]
}

test_forwarder_may_serve_an_uncontrolled_export if {
	d := data.cnexport.decision with input as _with_forwarder({}, {"rare_earth_activities": []})
	service := _service_of(d, 1)

	# No. 62 gives the line no reason, so only Art. 20 answers.
	[service.may_provide, [[r.code, r.outcome] | some r in service.reasons]] == [true, [["LAW20_SERVICE_MAY_PROVIDE", "NOT_CONTROLLED"]]]
	service.reasons[0].message_en == concat("", [
		"Sinotrans Guangxi Logistics (freight_forwarder) may provide its service for this export: ",
		"no line of it needs a licence on 2026-12-01. Art. 20 of the Export Control Law bars services only to an ",
		"export-control violation.",
	])
}

test_forwarder_may_not_serve_a_prohibited_export_even_with_a_licence if {
	d := data.cnexport.decision with input as _with_forwarder({"licences": [_licence]}, {"rare_earth_activities": ["magnet_manufacturing"]})
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	service := _service_of(d, 1)
	[service.may_provide, service.clearance] == [false, "STOP"]
	[[r.code, r.outcome, r.figures.blocking] | some r in service.reasons] == [
		["RE62_SERVICE_STOP", "PROHIBITED", "line 1 (MOST23_PROHIBITED_TECHNOLOGY)"],
		["LAW20_SERVICE_STOP", "PROHIBITED", "line 1 (MOST23_PROHIBITED_TECHNOLOGY)"],
	]
}

test_every_service_role_gets_an_answer_and_no_other_role_does if {
	roles := [
		"consignee", "end_user", "intermediate_consignee", "importer",
		"broker", "freight_forwarder", "customs_agent", "platform", "financier",
	]
	parties := [{"role": role, "name": sprintf("party %s", [role]), "country": "VN"} | some role in roles]
	d := data.cnexport.decision with input as object.union(_base, {"parties": parties})
	{p.role | some p in d.parties; p.service.clearance == "HOLD"} == {"broker", "freight_forwarder", "customs_agent", "platform", "financier"}
	count([p | some p in d.parties; p.service]) == 5
}

test_a_line_of_another_measure_is_answered_under_art_20_alone if {
	# A Japanese magnet with 0.15 % Chinese dysprosium, shipped from Japan: a No. 61 line only.
	magnet := {
		"kind": "goods", "category": "permanent_magnet", "elements": ["Nd", "Dy"], "manufactured_in": "JP", "origin": "JP",
		"value": {"amount": 200000, "currency": "USD"}, "rare_earth_activities": [],
		"rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}],
	}
	exporter := {"name": "Shin-Etsu Magnet Trading KK", "country": "JP", "cn_person": false}
	shipment := _with_exporter(_with_forwarder({"ship_from": "JP", "ship_to": "US"}, magnet), exporter)
	d := data.cnexport.decision with input as shipment
	[r.code | some r in d.reasons] == ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]
	[[r.code, r.clause, r.figures.blocking] | some r in _service_of(d, 1).reasons] == [[
		"LAW20_SERVICE_HOLD", "20",
		"line 1 (RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD)",
	]]
}

test_a_shipment_level_reason_holds_the_service_too if {
	listed := {
		"code": "TEST_LISTED_PARTY", "measure": "MOFCOM-2025-62", "clause": "5", "outcome": "PROHIBITED",
		"message_en": "m", "message_zh": "m",
	}
	d := data.cnexport.decision with input as _with_forwarder({}, {"rare_earth_activities": []})
		with data.cnexport.measures.mofcom_most_2023_57.findings as {listed}
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	[[r.code, r.figures.blocking] | some r in _service_of(d, 1).reasons] == [
		["RE62_SERVICE_STOP", "TEST_LISTED_PARTY"],
		["LAW20_SERVICE_STOP", "TEST_LISTED_PARTY"],
	]
}

test_decisions_with_service_answers_meet_the_decision_schema if {
	every changes in [{}, {"licences": [_licence]}, {"export_date": "2026-03-02"}] {
		d := data.cnexport.decision with input as _with_forwarder(changes, {})
		[ok, _] := json.match_schema(d, data.cnexport.schemas.decision)
		ok
	}
}

# ---- dates: each side of 2025-10-09, 2025-11-07 and 2026-11-10 -------------------------------------

# date -> whether No. 62 applies (No. 70 suspends it over [2025-11-07, 2026-11-10), I-70-END-DAY),
# by boundary: each test takes one, so that a test decides two documents, not six.
_no62_dates := {
	"publication": {"2025-10-08": false, "2025-10-09": true},
	"suspension": {"2025-11-06": true, "2025-11-07": false},
	"revival": {"2026-11-09": false, "2026-11-10": true},
}

_dormant(d) := {w.message_en | some w in d.warnings; w.code == "MEASURE_NOT_IN_FORCE"}

_technology_as_expected(d, applies) if {
	expected := {true: ["LICENCE_REQUIRED", ["RE62_RE_TECHNOLOGY"], 0], false: ["NOT_CONTROLLED", [], 1]}
	[d.outcome, [r.code | some r in d.reasons], count(_dormant(d))] == expected[applies]
}

_outcome_and_codes_as_expected(d, code, applies) if {
	expected := {true: ["LICENCE_REQUIRED", [code]], false: ["NOT_CONTROLLED", []]}
	[d.outcome, [r.code | some r in d.reasons]] == expected[applies]
}

# While No. 62 applies, the forwarder is held under clause 5 and Art. 20; while it does not, the
# line needs no licence, Art. 20 alone answers GO, and a warning says clause 5 would have spoken.
_service_answers_as_expected(d, applies) if {
	expected := {
		true: [[["HOLD", ["RE62_SERVICE_HOLD", "LAW20_SERVICE_HOLD"]]], 0],
		false: [[["GO", ["LAW20_SERVICE_MAY_PROVIDE"]]], 1],
	}
	answers := [[p.service.clearance, [r.code | some r in p.service.reasons]] | some p in d.parties; p.service]
	notes := [m | some m in _dormant(d); startswith(m, "party Sinotrans Guangxi Logistics (freight_forwarder)")]
	[answers, count(notes)] == expected[applies]
}

test_technology_on_both_sides_of_the_publication if {
	every date, applies in _no62_dates.publication {
		_technology_as_expected(data.cnexport.decision, applies) with input as _doc({"export_date": date}, {})
	}
}

test_technology_on_both_sides_of_the_suspension if {
	every date, applies in _no62_dates.suspension {
		_technology_as_expected(data.cnexport.decision, applies) with input as _doc({"export_date": date}, {})
	}
}

test_technology_on_both_sides_of_the_revival if {
	every date, applies in _no62_dates.revival {
		_technology_as_expected(data.cnexport.decision, applies) with input as _doc({"export_date": date}, {})
	}
}

test_catch_all_on_both_sides_of_the_publication if {
	every date, applies in _no62_dates.publication {
		_outcome_and_codes_as_expected(data.cnexport.decision, "RE62_CATCH_ALL_KNOWN_USE", applies) with input as _doc(
			object.union(_knows(["magnet_manufacturing"]), {"export_date": date}),
			_furnace,
		)
	}
}

test_catch_all_on_both_sides_of_the_suspension if {
	every date, applies in _no62_dates.suspension {
		_outcome_and_codes_as_expected(data.cnexport.decision, "RE62_CATCH_ALL_KNOWN_USE", applies) with input as _doc(
			object.union(_knows(["magnet_manufacturing"]), {"export_date": date}),
			_furnace,
		)
	}
}

test_catch_all_on_both_sides_of_the_revival if {
	every date, applies in _no62_dates.revival {
		_outcome_and_codes_as_expected(data.cnexport.decision, "RE62_CATCH_ALL_KNOWN_USE", applies) with input as _doc(
			object.union(_knows(["magnet_manufacturing"]), {"export_date": date}),
			_furnace,
		)
	}
}

test_substantial_support_on_both_sides_of_the_publication if {
	every date, applies in _no62_dates.publication {
		_outcome_and_codes_as_expected(data.cnexport.decision, "RE62_SUBSTANTIAL_SUPPORT", applies) with input as _doc(
			{"export_date": date},
			_commissioning,
		)
	}
}

test_substantial_support_on_both_sides_of_the_suspension if {
	every date, applies in _no62_dates.suspension {
		_outcome_and_codes_as_expected(data.cnexport.decision, "RE62_SUBSTANTIAL_SUPPORT", applies) with input as _doc(
			{"export_date": date},
			_commissioning,
		)
	}
}

test_substantial_support_on_both_sides_of_the_revival if {
	every date, applies in _no62_dates.revival {
		_outcome_and_codes_as_expected(data.cnexport.decision, "RE62_SUBSTANTIAL_SUPPORT", applies) with input as _doc(
			{"export_date": date},
			_commissioning,
		)
	}
}

test_service_providers_on_both_sides_of_the_publication if {
	every date, applies in _no62_dates.publication {
		_service_answers_as_expected(data.cnexport.decision, applies) with input as _with_forwarder({"export_date": date}, {})
	}
}

test_service_providers_on_both_sides_of_the_suspension if {
	every date, applies in _no62_dates.suspension {
		_service_answers_as_expected(data.cnexport.decision, applies) with input as _with_forwarder({"export_date": date}, {})
	}
}

test_service_providers_on_both_sides_of_the_revival if {
	every date, applies in _no62_dates.revival {
		_service_answers_as_expected(data.cnexport.decision, applies) with input as _with_forwarder({"export_date": date}, {})
	}
}

test_why_no_62_does_not_apply if {
	before := data.cnexport.decision with input as _with_forwarder({"export_date": "2025-10-08"}, {})
	_dormant(before) == {
		"line 1: RE62_RE_TECHNOLOGY (MOFCOM-2025-62 clause 1(1)) would apply, but clause 1(1) of MOFCOM-2025-62 applies only from 2025-10-09",
		concat("", [
			"party Sinotrans Guangxi Logistics (freight_forwarder): MOFCOM-2025-62 clause 5 would say whether it may provide its service, ",
			"but clause 5 of MOFCOM-2025-62 applies only from 2025-10-09",
		]),
	}
	suspended := data.cnexport.decision with input as _doc({"export_date": "2025-11-07"}, {})
	_dormant(suspended) == {
		concat("", [
			"line 1: RE62_RE_TECHNOLOGY (MOFCOM-2025-62 clause 1(1)) would apply, ",
			"but MOFCOM-2025-70 suspends MOFCOM-2025-62 from 2025-11-07 until 2026-11-10",
		]),
	}
}

test_publication_date_in_doubt_only_on_the_eighth if {
	every date in ["2025-10-07", "2025-10-08", "2025-10-09"] {
		d := data.cnexport.decision with input as _doc({"export_date": date}, {})
		warned := "RE62_PUBLICATION_DATE_IN_DOUBT" in {w.code | some w in d.warnings}
		warned == {"2025-10-07": false, "2025-10-08": true, "2025-10-09": false}[date]
	}
	quiet := data.cnexport.decision with input as _doc({"export_date": "2025-10-08"}, {"rare_earth_activities": []})
	not "RE62_PUBLICATION_DATE_IN_DOUBT" in {w.code | some w in quiet.warnings}
}

test_suspension_end_day_is_warned_for_no_62 if {
	d := data.cnexport.decision with input as _doc({"export_date": "2026-11-10"}, {})
	[w.interpretation | some w in d.warnings; w.code == "SUSPENSION_END_DAY"; w.measure == "MOFCOM-2025-62"] == ["I-70-END-DAY"]
}

test_no_application_for_a_prohibited_line if {
	prohibited := data.cnexport.decision with input as _doc({}, {"rare_earth_activities": ["magnet_manufacturing"]})
	count(prohibited.obligations) == 0
	licensable := data.cnexport.decision with input as _base
	[o.type | some o in licensable.obligations] == ["licence_application"]
}

test_a_line_of_another_measure_beside_a_licensed_no_62_line_is_answered_under_art_20 if {
	# line 1: the licensed rare-earth technology (No. 62); line 2: gallium metal from China, unlicensed.
	gallium := {
		"line": 2, "description": "gallium metal 6N", "kind": "goods", "category": "metal", "elements": ["Ga"],
		"manufactured_in": "CN", "origin": "CN", "value": {"amount": 50000, "currency": "USD"},
	}
	doc := object.union(_with_forwarder({"licences": [_licence]}, {}), {"items": [_base_line, gallium]})
	d := data.cnexport.decision with input as doc
	service := _service_of(d, 1)
	[service.may_provide, service.clearance] == [false, "HOLD"]
	[[r.code, r.figures.controlled_lines, r.figures.blocking] | some r in service.reasons] == [
		["RE62_SERVICE_MAY_PROVIDE", "1", ""],
		["LAW20_SERVICE_HOLD", "1, 2", sprintf("line 2 (%s)", [concat(", ", sort({r.code | some r in d.reasons; r.line == 2}))])],
	]
}

test_a_possible_match_holds_the_service_under_art_20 if {
	held := {"code": "TEST_POSSIBLE_MATCH", "message_en": "m", "message_zh": "m"}
	d := data.cnexport.decision with input as _with_forwarder({}, {"rare_earth_activities": []})
		with data.cnexport.measures.entity_lists.holds as {held}
	[[r.code, r.figures.blocking] | some r in _service_of(d, 1).reasons] == [["LAW20_SERVICE_HOLD", "TEST_POSSIBLE_MATCH"]]
}
