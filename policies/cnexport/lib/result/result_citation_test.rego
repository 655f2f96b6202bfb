package cnexport.lib.result_test

import data.cnexport.lib.result

_citation_metadata(custom) := [{"annotations": {"custom": object.union(
	{"code": "TEST_REASON", "outcome": "PROHIBITED", "message_en": "{{.name}} is listed", "message_zh": "{{.name}}已列入"},
	custom,
)}}]

test_a_reason_cites_what_the_rule_found_when_its_citation_depends_on_the_case if {
	r := result.reason(_citation_metadata({}), {"measure": "UEL-2025-04-04", "clause": "1", "figures": {"name": "Skydio"}})
	[r.measure, r.clause, r.code, r.outcome] == ["UEL-2025-04-04", "1", "TEST_REASON", "PROHIBITED"]
	[r.message_en, r.message_zh] == ["Skydio is listed", "Skydio已列入"]
	not r.source
}

test_a_reason_cites_its_metadata_otherwise if {
	r := result.reason(_citation_metadata({"measure": "MOFCOM-2025-13", "clause": "2"}), {"figures": {"name": "Leidos"}})
	[r.measure, r.clause] == ["MOFCOM-2025-13", "2"]
}

test_a_citation_the_data_does_not_describe_gives_a_marker_the_decision_fails_closed_on if {
	r := result.reason(_citation_metadata({}), {"measure": "UEL-2099-01-01", "clause": "1"})
	r == {"unbuilt": true, "code": "TEST_REASON", "measure": "UEL-2099-01-01", "clause": "1"}
}

test_a_clause_typo_in_metadata_gives_a_marker if {
	r := result.reason(_citation_metadata({"measure": "MOFCOM-2025-61", "clause": "99"}), {})
	r == {"unbuilt": true, "code": "TEST_REASON", "measure": "MOFCOM-2025-61", "clause": "99"}
}

test_metadata_without_a_message_gives_a_marker if {
	custom := {"code": "TEST_REASON", "outcome": "PROHIBITED", "measure": "MOFCOM-2025-61", "clause": "2"}
	r := result.reason([{"annotations": {"custom": custom}}], {})
	r.unbuilt == true
	result.reason([], {}) == {"unbuilt": true, "code": null, "measure": null, "clause": null}
}

test_an_obligation_citing_an_unknown_clause_gives_a_marker if {
	custom := {
		"type": "licence_application", "measure": "MOFCOM-2025-61",
		"message_en": "apply for {{.lines_text}}", "message_zh": "{{.lines_text_zh}}须申请",
	}
	o := result.obligation([{"annotations": {"custom": object.union(custom, {"clause": "6"})}}], "2026-12-01", [1], {})
	[o.type, o.basis, o.message_en, o.message_zh] == [
		"licence_application", {"measure": "MOFCOM-2025-61", "clause": "6"},
		"apply for line 1", "第1行须申请",
	]
	result.obligation([{"annotations": {"custom": object.union(custom, {"clause": "66"})}}], "2026-12-01", [1], {}) == {
		"unbuilt": true, "code": "licence_application", "measure": "MOFCOM-2025-61", "clause": "66",
	}
}

# A clause the data gives without its source cannot be cited: the decision names the source of every
# clause it cites, so the reason or obligation is a marker the decision fails closed on.
_without_source := json.remove(data.cnexport_reference.measures, [["measures", "MOFCOM-2025-61", "clauses", "6", "source"]])

test_a_clause_without_its_source_gives_a_marker if {
	custom := {
		"type": "licence_application", "measure": "MOFCOM-2025-61", "clause": "6",
		"message_en": "apply for {{.lines_text}}", "message_zh": "{{.lines_text_zh}}须申请",
	}
	chain := [{"annotations": {"custom": custom}}]
	not result.obligation(chain, "2026-12-01", [1], {}).unbuilt
	marker := {"unbuilt": true, "code": "licence_application", "measure": "MOFCOM-2025-61", "clause": "6"}
	result.obligation(chain, "2026-12-01", [1], {}) == marker with data.cnexport_reference.measures as _without_source
	result.cited_obligation(chain, {}, "2026-12-01", [1], {}) == marker with data.cnexport_reference.measures as _without_source
	reason := _citation_metadata({"measure": "MOFCOM-2025-61", "clause": "6"})
	found := {"figures": {"name": "Skydio"}}
	not result.reason(reason, found).unbuilt
	result.reason(reason, found) == object.union(marker, {"code": "TEST_REASON"}) with data.cnexport_reference.measures as _without_source
}

test_an_obligation_without_its_chinese_message_gives_a_marker if {
	custom := {"type": "licence_application", "measure": "MOFCOM-2025-61", "clause": "6", "message_en": "apply for line {{.line}}"}
	result.obligation([{"annotations": {"custom": custom}}], "2026-12-01", [1], {}) == {
		"unbuilt": true, "code": "licence_application", "measure": "MOFCOM-2025-61", "clause": "6",
	}
}

# What a builder reads from the METADATA is read once per rule: reasons of one rule keep their own
# citation and figures, and METADATA without an outcome or a type still gives a marker.
test_reasons_of_one_rule_keep_their_own_citation_and_figures if {
	metadata := _citation_metadata({"measure": "MOFCOM-2025-13", "clause": "2"})
	listed := result.reason(metadata, {"measure": "UEL-2025-04-04", "clause": "1", "figures": {"name": "Skydio"}})
	[listed.measure, listed.clause, listed.message_en] == ["UEL-2025-04-04", "1", "Skydio is listed"]
	own := result.reason(metadata, {"figures": {"name": "Leidos"}})
	[own.measure, own.clause, own.message_en] == ["MOFCOM-2025-13", "2", "Leidos is listed"]
}

test_metadata_without_an_outcome_gives_a_marker if {
	custom := {"code": "TEST_REASON", "measure": "MOFCOM-2025-61", "clause": "2", "message_en": "x", "message_zh": "x"}
	result.reason([{"annotations": {"custom": custom}}], {}) == {
		"unbuilt": true, "code": "TEST_REASON",
		"measure": "MOFCOM-2025-61", "clause": "2",
	}
}

test_a_cited_obligation_cites_what_the_rule_found_or_its_metadata if {
	custom := {
		"type": "licence_application", "measure": "MOFCOM-2025-61", "clause": "6",
		"message_en": "apply for {{.lines_text}}", "message_zh": "{{.lines_text_zh}}须申请",
	}
	chain := [{"annotations": {"custom": custom}}]
	listed := result.cited_obligation(chain, {"measure": "UEL-2025-04-04", "clause": "1"}, "2026-12-01", [2], {})
	[listed.basis, listed.lines, listed.message_en] == [{"measure": "UEL-2025-04-04", "clause": "1"}, [2], "apply for line 2"]
	result.cited_obligation(chain, {}, "2026-12-01", [1], {}) == result.obligation(chain, "2026-12-01", [1], {})
	result.cited_obligation(chain, {"measure": "UEL-2099-01-01", "clause": "1"}, "2026-12-01", [1], {}) == {
		"unbuilt": true, "code": "licence_application", "measure": "UEL-2099-01-01", "clause": "1",
	}
	result.obligation([{"annotations": {"custom": object.remove(custom, ["type"])}}], "2026-12-01", [1], {}).unbuilt
}

test_a_warning_cites_the_clause_of_its_metadata if {
	metadata := {"custom": {"code": "CODE", "clause": "1(1)", "message_en": "line {{.line}}", "message_zh": "第{{.line}}行"}}
	w := result.warning(metadata, {"line": 2}, {"measure": "MOFCOM-2025-61"})
	[w.code, w.clause, w.measure, w.message_en] == ["CODE", "1(1)", "MOFCOM-2025-61", "line 2"]
	result.warning(metadata, {"line": 2}, {"measure": "MOFCOM-2025-62", "clause": "9(9)"}).unbuilt
}
