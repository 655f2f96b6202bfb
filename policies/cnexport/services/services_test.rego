# The service answers from the decision's lines alone: which lines each clause speaks for, the
# answer that fits, the figures its message is filled from, and who gets an answer. Through the
# whole decision, and on both sides of No. 62's dates: measures/mofcom_2025_62/services_test.rego.
package cnexport.services_test

import data.cnexport.services

_clauses := data.cnexport.measures.mofcom_2025_62.service_clauses | data.cnexport.measures.npcsc_2020_58.service_clauses

_input := {
	"export_date": "2026-12-01",
	"parties": [
		{"role": "end_user", "name": "Hai Phong Magnet Recycling JSC", "country": "VN"},
		{"role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics", "country": "CN"},
	],
}

_reason(code, measure, outcome) := {"code": code, "measure": measure, "outcome": outcome}

# Line 1 is No. 62's and needs a licence; line 2 is another measure's and is prohibited.
_line_62 := {
	"line": 1, "outcome": "LICENCE_REQUIRED", "clearance": "HOLD",
	"reasons": [_reason("RE62_RE_TECHNOLOGY", "MOFCOM-2025-62", "LICENCE_REQUIRED")],
}

_line_other := {
	"line": 2, "outcome": "PROHIBITED", "clearance": "STOP",
	"reasons": [_reason("MOST23_PROHIBITED", "MOFCOM-MOST-2023-57", "PROHIBITED")],
}

# The decision gives services its lines and, apart, each line's reasons by line number.
_answers(lines, reasons, holds) := services.answers(_clauses, lines, _reasons_of(lines), reasons, holds)

_reasons_of(lines) := {l.line: l.reasons | some l in lines}

_codes_and_blocking(answer) := [[r.code, r.figures.blocking] | some r in answer.reasons]

test_each_clause_answers_for_the_lines_it_speaks_for if {
	answers := _answers([_line_62, _line_other], set(), set()) with input as _input
	object.keys(answers) == {1}
	[answers[1].clearance, answers[1].may_provide] == ["STOP", false]
	_codes_and_blocking(answers[1]) == [
		["RE62_SERVICE_HOLD", "line 1 (RE62_RE_TECHNOLOGY)"],
		["LAW20_SERVICE_STOP", "line 2 (MOST23_PROHIBITED)"],
	]
	every r in answers[1].reasons {
		r.party == {"index": 1, "role": "freight_forwarder", "name": "Sinotrans Guangxi Logistics"}
		r.figures.export_date == "2026-12-01"
	}
	[r.figures.controlled_lines | some r in answers[1].reasons] == ["1", "1"]
}

test_a_licensed_line_lets_every_clause_say_go if {
	licensed := object.union(_line_62, {"clearance": "GO", "licence": "MOFCOM-T-2026-0042"})
	answers := _answers([licensed], set(), set()) with input as _input
	[answers[1].clearance, answers[1].may_provide] == ["GO", true]
	[[r.code, r.outcome, r.figures.licences, r.figures.blocking] | some r in answers[1].reasons] == [
		["RE62_SERVICE_MAY_PROVIDE", "LICENCE_REQUIRED", "MOFCOM-T-2026-0042", ""],
		["LAW20_SERVICE_MAY_PROVIDE", "LICENCE_REQUIRED", "MOFCOM-T-2026-0042", ""],
	]
}

test_a_clause_whose_measure_gives_no_reason_says_nothing if {
	answers := _answers([_line_other], set(), set()) with input as _input
	[r.code | some r in answers[1].reasons] == ["LAW20_SERVICE_STOP"]
}

test_shipment_reasons_and_holds_hold_the_service_under_art_20 if {
	clear := {"line": 1, "outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	reasons := {_reason("UEL_LISTED", "MOFCOM-UEL-2025-7", "LICENCE_REQUIRED")}
	answers := _answers([clear], reasons, {"TEST_POSSIBLE_MATCH"}) with input as _input
	_codes_and_blocking(answers[1]) == [["LAW20_SERVICE_HOLD", "UEL_LISTED, TEST_POSSIBLE_MATCH"]]
}

test_no_clause_no_answer if {
	services.answers(set(), [_line_62], _reasons_of([_line_62]), set(), set()) with input as _input == {}
}
