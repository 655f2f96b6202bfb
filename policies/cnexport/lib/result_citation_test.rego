package cnexport.lib_test

import data.cnexport.lib

_citation_metadata(custom) := {"custom": object.union(
	{"code": "TEST_REASON", "outcome": "PROHIBITED", "message_en": "{{.name}} is listed", "message_zh": "{{.name}}已列入"},
	custom,
)}

test_a_reason_cites_what_the_rule_found_when_its_citation_depends_on_the_case if {
	r := lib.reason(_citation_metadata({}), {"measure": "UEL-2025-04-04", "clause": "1", "figures": {"name": "Skydio"}})
	[r.measure, r.clause, r.code, r.outcome] == ["UEL-2025-04-04", "1", "TEST_REASON", "PROHIBITED"]
	[r.message_en, r.message_zh] == ["Skydio is listed", "Skydio已列入"]
	r.source == "https://github.com/ammitto/data-cn/blob/main/reference-docs/sanction-lists/unreliable-entity-list/202507.md"
}

test_a_reason_cites_its_metadata_otherwise if {
	r := lib.reason(_citation_metadata({"measure": "MOFCOM-2025-13", "clause": "2"}), {"figures": {"name": "Leidos"}})
	[r.measure, r.clause] == ["MOFCOM-2025-13", "2"]
}

test_a_citation_the_data_does_not_describe_gives_no_reason if {
	not lib.reason(_citation_metadata({}), {"measure": "UEL-2099-01-01", "clause": "1"})
}
