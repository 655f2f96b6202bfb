package cnexport.lib.licences_test

import data.cnexport.lib.licences

# Licences on file (lib/licences/licences.rego): one covers a line when it names the line, is valid on
# the export date (both ends included) and was issued by MOFCOM (I-LICENCE-ISSUER).

_licence := {
	"number": "MOFCOM-LIC-2026-000123",
	"type": "single",
	"lines": [1],
	"valid_from": "2026-11-15",
	"valid_until": "2027-11-14",
	"issued_by": "MOFCOM",
}

test_issuer_mofcom_is_recognised_in_any_case_and_spacing if {
	licences.issuer_recognised(_licence)
	licences.issuer_recognised(object.union(_licence, {"issued_by": "  mofcom "}))
	licences.issuer_recognised(object.union(_licence, {"issued_by": "Ministry of Commerce"}))
	licences.issuer_recognised(object.union(_licence, {"issued_by": "Ministry of Commerce of the People's Republic of China"}))
	licences.issuer_recognised(object.union(_licence, {"issued_by": "商务部"}))
	licences.issuer_recognised(object.union(_licence, {"issued_by": "中华人民共和国商务部"}))
}

test_foreign_issuers_are_not_recognised if {
	not licences.issuer_recognised(object.union(_licence, {"issued_by": "METI"}))
	not licences.issuer_recognised(object.union(_licence, {"issued_by": "BIS"}))
	not licences.issuer_recognised(object.union(_licence, {"issued_by": "MOFCOM Japan Trading"}))
}

test_licence_is_valid_on_both_end_days if {
	licences.valid_on(_licence, "2026-11-15")
	licences.valid_on(_licence, "2027-11-14")
	licences.valid_on(_licence, "2026-12-01")
}

test_licence_is_not_valid_the_day_before_or_after if {
	not licences.valid_on(_licence, "2026-11-14")
	not licences.valid_on(_licence, "2027-11-15")
}

test_covering_licences_names_valid_mofcom_licences_for_the_line if {
	on_file := [
		_licence,
		object.union(_licence, {"number": "L-OTHER-LINE", "lines": [2]}),
		object.union(_licence, {"number": "L-EXPIRED", "valid_until": "2026-11-30"}),
		object.union(_licence, {"number": "L-METI", "issued_by": "METI"}),
		object.union(_licence, {"number": "L-BOTH-LINES", "lines": [1, 2]}),
	]
	licences.covering(1, "2026-12-01") == {"MOFCOM-LIC-2026-000123", "L-BOTH-LINES"} with input as {"licences": on_file}
	licences.covering(2, "2026-12-01") == {"L-OTHER-LINE", "L-BOTH-LINES"} with input as {"licences": on_file}
	licences.covering(3, "2026-12-01") == set() with input as {"licences": on_file}
}

test_covering_licences_without_licences_is_empty if {
	licences.covering(1, "2026-12-01") == set() with input as {"items": []}
}

test_named_lines_are_the_lines_any_licence_on_file_names if {
	on_file := [
		_licence,
		object.union(_licence, {"number": "L-EXPIRED", "valid_until": "2026-11-30", "lines": [3]}),
		object.union(_licence, {"number": "L-BOTH-LINES", "lines": [1, 2]}),
	]
	licences.named_lines == {1, 2, 3} with input as {"licences": on_file}
	licences.named_lines == set() with input as {"items": []}
}

# A line is prohibited by a reason in force on the export date, whatever measure gives it; a reason of
# a clause not in force, or of another outcome, prohibits nothing.
_finding(line, outcome, clause) := {"code": "TEST", "measure": "MOFCOM-2025-61", "clause": clause, "line": line, "outcome": outcome}

test_prohibited_lines_are_those_a_reason_in_force_prohibits if {
	findings := {_finding(1, "PROHIBITED", "2"), _finding(2, "LICENCE_REQUIRED", "2"), _finding(3, "PROHIBITED", "1(1)")}

	# No. 61 clause 2 applies from 2025-10-09 (suspended 2025-11-07 to 2026-11-10); 1(1) from 2025-12-01.
	licences.prohibited_lines == {1, 3} with input as {"export_date": "2026-12-01"}
		with data.cnexport.measures.mofcom_2025_61.findings as findings
	licences.prohibited_lines == {1} with input as {"export_date": "2025-10-09"}
		with data.cnexport.measures.mofcom_2025_61.findings as findings
	licences.prohibited_lines == set() with input as {"export_date": "2026-03-02"}
		with data.cnexport.measures.mofcom_2025_61.findings as findings
}
