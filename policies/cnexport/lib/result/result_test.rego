package cnexport.lib.result_test

import data.cnexport.lib.result

# The outcome lattice, clearance and the builders of reasons, obligations and warnings
# (lib/result/result.rego).

_outcomes := ["NOT_CONTROLLED", "REPORT_ONLY", "LICENCE_REQUIRED", "CASE_BY_CASE", "DENY_IN_PRINCIPLE", "PROHIBITED", "INVALID_INPUT"]

# ---- outcomes --------------------------------------------------------------------------------

test_outcome_rank_follows_the_contract_order if {
	[r | some o in _outcomes; r := result.outcome_rank[o]] == [0, 1, 2, 3, 4, 5, 6]
	count(result.outcome_rank) == 7
}

test_strictest_of_nothing_is_not_controlled if {
	result.strictest(set()) == "NOT_CONTROLLED"
	result.strictest([]) == "NOT_CONTROLLED"
}

test_strictest_picks_the_most_severe if {
	result.strictest({"REPORT_ONLY"}) == "REPORT_ONLY"
	result.strictest({"REPORT_ONLY", "LICENCE_REQUIRED"}) == "LICENCE_REQUIRED"
	result.strictest({"LICENCE_REQUIRED", "CASE_BY_CASE", "REPORT_ONLY"}) == "CASE_BY_CASE"
	result.strictest({"DENY_IN_PRINCIPLE", "CASE_BY_CASE"}) == "DENY_IN_PRINCIPLE"
	result.strictest({"DENY_IN_PRINCIPLE", "PROHIBITED"}) == "PROHIBITED"
	result.strictest(["NOT_CONTROLLED", "INVALID_INPUT", "PROHIBITED"]) == "INVALID_INPUT"
}

test_strictest_of_every_pair_is_the_later_in_the_lattice if {
	every i, a in _outcomes {
		every j, b in _outcomes {
			result.strictest({a, b}) == _outcomes[max({i, j})]
		}
	}
}

# ---- clearance -------------------------------------------------------------------------------

test_clearance_without_a_licence if {
	[result.clearance(o, false) | some o in _outcomes] == ["GO", "GO", "HOLD", "HOLD", "STOP", "STOP", "STOP"]
}

test_clearance_with_a_covering_licence if {
	[result.clearance(o, true) | some o in _outcomes] == ["GO", "GO", "GO", "GO", "GO", "STOP", "STOP"]
}

test_clearance_of_an_unknown_outcome_is_undefined if {
	not result.clearance("MAYBE", false)
}

test_strictest_clearance if {
	result.strictest_clearance(set()) == "GO"
	result.strictest_clearance({"GO"}) == "GO"
	result.strictest_clearance({"GO", "HOLD"}) == "HOLD"
	result.strictest_clearance({"HOLD", "STOP", "GO"}) == "STOP"
	result.clearance_rank == {"GO": 0, "HOLD": 1, "STOP": 2}
}

# ---- reasons ---------------------------------------------------------------------------------

# A rule's METADATA chain: the rule's own block, then its package's, which states the measure.
_metadata := [
	{"annotations": {"custom": {
		"code": "TEST_CODE",
		"clause": "1(3)",
		"outcome": "LICENCE_REQUIRED",
		"message_en": "line of {{.name}} is worth {{.value.amount}} {{.value.currency}}",
		"message_zh": "{{.name}}的价值为{{.value.amount}}",
	}}},
	{"annotations": {"custom": {"measure": "MOFCOM-2025-61"}}},
]

_figures := {"name": "ACME", "value": {"amount": "12.50", "currency": "EUR"}}

test_reason_fills_templates_and_cites_the_clause if {
	result.reason(_metadata, {"line": 3, "figures": _figures}) == {
		"code": "TEST_CODE",
		"measure": "MOFCOM-2025-61",
		"clause": "1(3)",
		"outcome": "LICENCE_REQUIRED",
		"message_en": "line of ACME is worth 12.50 EUR",
		"message_zh": "ACME的价值为12.50",
		"line": 3,
		"figures": _figures,
	}
}

test_custom_takes_the_rule_fields_over_the_package_fields if {
	result.custom(_metadata).measure == "MOFCOM-2025-61"
	chain := [{"annotations": {"custom": {"clause": "2"}}}, {"annotations": {"custom": {"clause": "1", "measure": "M"}}}]
	result.custom(chain) == {"clause": "2", "measure": "M"}
	result.custom([{"annotations": {}}, {"path": ["p"]}]) == {}
}

test_reason_carries_the_interpretation_of_its_metadata if {
	metadata := json.patch(_metadata, [{"op": "add", "path": "/0/annotations/custom/interpretation", "value": "I-61-LISTS"}])
	r := result.reason(metadata, {"line": 1, "figures": _figures})
	r.interpretation == "I-61-LISTS"
}

test_reason_details_override_outcome_and_interpretation if {
	metadata := json.patch(_metadata, [{"op": "add", "path": "/0/annotations/custom/interpretation", "value": "I-61-LISTS"}])
	r := result.reason(metadata, {"line": 1, "outcome": "REPORT_ONLY", "interpretation": "I-61-UNKNOWN-ORIGIN", "figures": _figures})
	r.outcome == "REPORT_ONLY"
	r.interpretation == "I-61-UNKNOWN-ORIGIN"
}

test_reason_without_figures_renders_templates_without_values if {
	metadata := json.patch(_metadata, [
		{"op": "replace", "path": "/0/annotations/custom/message_en", "value": "no figures here"},
		{"op": "replace", "path": "/0/annotations/custom/message_zh", "value": "无"},
	])
	result.reason(metadata, {"line": 2}) == {
		"code": "TEST_CODE",
		"measure": "MOFCOM-2025-61",
		"clause": "1(3)",
		"outcome": "LICENCE_REQUIRED",
		"message_en": "no figures here",
		"message_zh": "无",
		"line": 2,
	}
	not result.reason(metadata, {"line": 2}).interpretation
}

test_a_message_naming_a_figure_the_rule_did_not_set_leaves_the_reason_unbuilt if {
	marker := {"unbuilt": true, "code": "TEST_CODE", "measure": "MOFCOM-2025-61", "clause": "1(3)"}
	result.reason(_metadata, {"line": 3, "figures": object.remove(_figures, ["name"])}) == marker
	result.reason(_metadata, {"line": 3, "figures": object.remove(_figures, ["value"])}) == marker
	zh_only := json.patch(_metadata, [{"op": "replace", "path": "/0/annotations/custom/message_zh", "value": "{{.name}}{{.unset}}"}])
	result.reason(zh_only, {"line": 3, "figures": _figures}) == marker
}

# Both messages are rendered in one call and split on a NUL character: a figure that holds one
# leaves the reason unbuilt, as it was with a call per message.
test_a_figure_holding_the_message_separator_leaves_the_reason_unbuilt if {
	figures := object.union(_figures, {"name": "A\u0000B"})
	result.reason(_metadata, {"line": 3, "figures": figures}) == {
		"unbuilt": true, "code": "TEST_CODE",
		"measure": "MOFCOM-2025-61", "clause": "1(3)",
	}
}

# ---- obligations, warnings, parties ----------------------------------------------------------

test_obligation_is_built_from_metadata if {
	metadata := [{"annotations": {"custom": {
		"type": "humanitarian_report",
		"measure": "MOFCOM-2025-61",
		"clause": "5",
		"message_en": "report {{.lines_text}} by {{.due}}",
		"message_zh": "{{.lines_text_zh}}于{{.due}}前报告",
	}}}]
	result.obligation(metadata, "2026-11-26", [1], {"due": "2026-11-26"}) == {
		"type": "humanitarian_report",
		"due": "2026-11-26",
		"basis": {"measure": "MOFCOM-2025-61", "clause": "5"},
		"lines": [1],
		"message_en": "report line 1 by 2026-11-26",
		"message_zh": "第1行于2026-11-26前报告",
		"figures": {"due": "2026-11-26"},
	}

	# One obligation for several lines names them in runs.
	several := result.obligation(metadata, "2026-11-26", [1, 2, 3, 5], {"due": "2026-11-26"})
	[several.lines, several.message_en, several.message_zh] == [
		[1, 2, 3, 5],
		"report lines 1-3, 5 by 2026-11-26",
		"第1-3、5行于2026-11-26前报告",
	]
}

test_an_obligation_whose_figure_holds_the_message_separator_is_unbuilt if {
	metadata := [{"annotations": {"custom": {
		"type": "humanitarian_report",
		"measure": "MOFCOM-2025-61",
		"clause": "5",
		"message_en": "report {{.lines_text}} by {{.due}}",
		"message_zh": "{{.lines_text_zh}}于{{.due}}前报告",
	}}}]
	result.obligation(metadata, "2026-11-26", [1], {"due": "x\u0000y"}).unbuilt
	result.cited_obligation(metadata, {"clause": "1(1)"}, "2026-11-26", [1], {"due": "x\u0000y"}).unbuilt
	c := result.cited_obligation(metadata, {"clause": "1(1)"}, "2026-11-26", [1], {"due": "2026-11-26"})
	c.basis == {"measure": "MOFCOM-2025-61", "clause": "1(1)"}
	c.message_en == "report line 1 by 2026-11-26"
}

test_an_obligation_whose_message_names_a_figure_it_did_not_set_is_unbuilt if {
	metadata := [{"annotations": {"custom": {
		"type": "humanitarian_report",
		"measure": "MOFCOM-2025-61",
		"clause": "5",
		"message_en": "report line {{.line}} by {{.due}}",
		"message_zh": "第{{.line}}行于{{.due}}前报告",
	}}}]
	result.obligation(metadata, "2026-11-26", 1, {"line": 1}) == {
		"unbuilt": true, "code": "humanitarian_report", "measure": "MOFCOM-2025-61", "clause": "5",
	}
}

_warning_metadata := {"custom": {
	"code": "CODE",
	"interpretation": "I-WORKING-DAYS",
	"message_en": "look at line {{.line}}",
	"message_zh": "请查看第{{.line}}行",
}}

test_warning_is_built_from_metadata_and_merges_its_extra_fields if {
	result.warning(_warning_metadata, {"line": 2}, {}) == {
		"code": "CODE",
		"message_en": "look at line 2",
		"message_zh": "请查看第2行",
		"interpretation": "I-WORKING-DAYS",
	}
	result.warning(_warning_metadata, {"line": 2}, {"line": 2, "measure": "MOFCOM-2025-61", "interpretation": "I-X"}) == {
		"code": "CODE",
		"message_en": "look at line 2",
		"message_zh": "请查看第2行",
		"line": 2,
		"measure": "MOFCOM-2025-61",
		"interpretation": "I-X",
	}
}

# What a rule says of each line becomes one warning for each thing it says, naming its lines in runs;
# what it says of other lines, or under another measure, is a warning of its own.
test_warnings_of_lines_tell_each_thing_once_for_its_lines if {
	metadata := {"custom": {"code": "CODE", "message_en": "{{.lines_text}}: {{.what}}", "message_zh": "{{.lines_text_zh}}：{{.what}}"}}
	said := {
		[[{"what": "a"}, {"measure": "M"}], 1], [[{"what": "a"}, {"measure": "M"}], 2], [[{"what": "a"}, {"measure": "M"}], 4],
		[[{"what": "b"}, {"measure": "M"}], 3], [[{"what": "a"}, {"measure": "N"}], 5],
	}
	result.warnings_of_lines(metadata, said) == {
		{"code": "CODE", "message_en": "lines 1-2, 4: a", "message_zh": "第1-2、4行：a", "lines": [1, 2, 4], "measure": "M"},
		{"code": "CODE", "message_en": "line 3: b", "message_zh": "第3行：b", "lines": [3], "measure": "M"},
		{"code": "CODE", "message_en": "line 5: a", "message_zh": "第5行：a", "lines": [5], "measure": "N"},
	}
	result.warnings_of_lines(metadata, set()) == set()
}

test_a_warning_without_both_messages_or_its_figures_is_unbuilt if {
	no_zh := {"custom": object.remove(_warning_metadata.custom, ["message_zh"])}
	result.warning(no_zh, {"line": 2}, {"line": 2}) == {"unbuilt": true, "code": "CODE", "measure": null, "clause": null}
	result.warning(_warning_metadata, {}, {}).unbuilt
	result.warning({}, {"line": 2}, {}).unbuilt
}

test_a_warning_whose_figure_holds_the_message_separator_is_unbuilt if {
	result.warning(_warning_metadata, {"line": "2\u00003"}, {}).unbuilt
}

test_a_warning_citing_a_clause_the_data_lacks_is_unbuilt if {
	known := result.warning(_warning_metadata, {"line": 2}, {"measure": "MOFCOM-2025-61", "clause": "1(1)"})
	known.clause == "1(1)"
	not known.unbuilt
	result.warning(_warning_metadata, {"line": 2}, {"measure": "MOFCOM-2025-61", "clause": "1(9)"}) == {
		"unbuilt": true, "code": "CODE",
		"measure": "MOFCOM-2025-61", "clause": "1(9)",
	}
	result.warning(_warning_metadata, {"line": 2}, {"clause": "1(1)"}).unbuilt
}

test_party_ref_keeps_index_role_and_name_only if {
	party := {"role": "end_user", "name": "Hudson X", "country": "US", "military": true}
	result.party_ref(1, party) == {"index": 1, "role": "end_user", "name": "Hudson X"}
}

test_service_clause_cites_the_measure_and_clause_of_its_chain if {
	chain := [{"annotations": {"custom": {"code": "X_SERVICE", "clause": "5"}}}, {"annotations": {"custom": {"measure": "MOFCOM-2025-62"}}}]
	result.service_clause("HOLD", ["broker"], true, chain) == {
		"answer": "HOLD", "roles": ["broker"], "own_lines_only": true, "chain": chain,
		"measure": "MOFCOM-2025-62", "clause": "5",
	}
	result.service_clause("GO", [], false, []) == {
		"answer": "GO", "roles": [], "own_lines_only": false, "chain": [],
		"measure": null, "clause": null,
	}
}
