package cnexport.measures.mofcom_2025_62_test

import data.cnexport.measures.mofcom_2025_62 as measure

# A Chinese company sends recycling technology for NdFeB swarf to a recycler in Viet Nam: the shape
# every test below starts from. Dates after the suspension, so that No. 62 applies.
_base := {
	"schema_version": "1",
	"id": "t62",
	"export_date": "2026-12-01",
	"exporter": {"name": "Ganzhou Xintai Rare Earth Technology Co., Ltd.", "country": "CN", "cn_person": true},
	"ship_from": "CN",
	"ship_to": "VN",
	"parties": [{"role": "end_user", "name": "Hai Phong Magnet Recycling JSC", "country": "VN"}],
	"end_use": {"purposes": ["civil"]},
	"items": [_base_line],
}

_base_line := {
	"line": 1,
	"description": "process parameters and drawings for recovering NdFeB swarf",
	"kind": "technology",
	"category": "technology",
	"value": {"amount": 80000, "currency": "USD"},
	"rare_earth_activities": ["secondary_recycling"],
}

_doc(changes, line) := object.union_n([_base, changes, {"items": [object.union(_base_line, line)]}])

_codes(reasons) := {r.code | some r in reasons}

# object.union merges nested objects; an exporter is replaced whole.
_with_exporter(document, exporter) := object.union(object.remove(document, ["exporter"]), {"exporter": exporter})

_62 := "MOFCOM-2025-62"

# ---- clause 1(1) and 1(2) -------------------------------------------------------------------------

test_1e902a_reason_in_full if {
	reasons := measure.findings with input as _base
	reasons == {{
		"code": "RE62_RE_TECHNOLOGY",
		"measure": _62,
		"clause": "1(1)",
		"outcome": "LICENCE_REQUIRED",
		"control_code": "1E902.a",
		"line": 1,
		"figures": {
			"activities": "secondary_recycling",
			"control_code": "1E902.a",
			"entry": "cn2025-62-1e902a-re-technology-and-carriers",
			"export_basis": "moved from CN to VN",
			"export_basis_zh": "自CN出口至VN",
		},
		"message_en": concat("", [
			"The line is rare-earth technology or its carrier for secondary_recycling (1E902.a), moved from CN to VN: ",
			"under clause 1(1) it may not be exported without a MOFCOM dual-use export licence.",
		]),
		"message_zh": concat("", [
			"该行为用于secondary_recycling的稀土相关技术或其载体（1E902.a），自CN出口至VN：依第一条第（一）项， ",
			"未经商务部两用物项出口许可不得出口。",
		]),
	}}
}

test_every_activity_of_1e902a if {
	every activity in ["mining", "beneficiation", "smelting_separation", "metal_smelting", "magnet_manufacturing", "secondary_recycling"] {
		reasons := measure.clause_1_1 with input as _doc({}, {"rare_earth_activities": [activity]})
		[r.figures.activities | some r in reasons] == [activity]
	}
}

test_calcium_oxyborate_is_not_1e902 if {
	count(measure.findings) == 0 with input as _doc({}, {"rare_earth_activities": ["calcium_oxyborate_preparation"]})
}

test_1e902b_when_production_line_technology if {
	reasons := measure.findings with input as _doc({}, {"production_line_technology": true})
	[[r.code, r.clause, r.control_code, r.figures.entry] | some r in reasons] == [[
		"RE62_PRODUCTION_LINE_TECHNOLOGY", "1(2)", "1E902.b",
		"cn2025-62-1e902b-production-line-technology",
	]]
}

test_production_line_false_is_1e902a if {
	_codes(measure.findings) == {"RE62_RE_TECHNOLOGY"} with input as _doc({}, {"production_line_technology": false})
}

test_a_carrier_shipped_as_goods_is_technology if {
	line := {"kind": "goods", "category": "technology", "manufactured_in": "CN", "origin": "CN"}
	_codes(measure.findings) == {"RE62_RE_TECHNOLOGY"} with input as _doc({}, line)
}

test_technology_kind_with_another_category_is_matched_as_technology if {
	_codes(measure.findings) == {"RE62_RE_TECHNOLOGY"} with input as _doc({}, {"category": "other"})
}

test_beneficiation_alone_names_its_reading if {
	reasons := measure.findings with input as _doc({}, {"rare_earth_activities": ["beneficiation"]})
	[r.interpretation | some r in reasons] == ["I-62-BENEFICIATION"]
	cross_border := measure.findings with input as _base
	[object.get(r, "interpretation", "none") | some r in cross_border] == ["none"]
}

# ---- clause 2: who exports, and what an export is -------------------------------------------------

test_provision_inside_china_to_a_foreign_party_is_an_export if {
	reasons := measure.findings with input as _doc({"ship_to": "CN"}, {})
	[[r.code, r.interpretation, r.figures.export_basis] | some r in reasons] == [[
		"RE62_RE_TECHNOLOGY", "I-62-EXPORT",
		"provided inside China to a foreign party: Hai Phong Magnet Recycling JSC (end_user, VN)",
	]]
}

test_provision_inside_china_to_chinese_parties_is_not_an_export if {
	parties := [{"role": "end_user", "name": "Baotou Magnet Works", "country": "CN"}]
	count(measure.findings) == 0 with input as _doc({"ship_to": "CN", "parties": parties}, {})
}

test_a_service_provider_abroad_does_not_make_an_export if {
	parties := [
		{"role": "end_user", "name": "Baotou Magnet Works", "country": "CN"},
		{"role": "freight_forwarder", "name": "Hanoi Freight", "country": "VN"},
	]
	count(measure.findings) == 0 with input as _doc({"ship_to": "CN", "parties": parties}, {})
}

test_a_chinese_person_abroad_exports if {
	reasons := measure.findings with input as _doc({"ship_from": "JP", "ship_to": "JP"}, {})
	[r.figures.export_basis | some r in reasons] == ["provided to JP, outside China"]
	[r.figures.export_basis_zh | some r in reasons] == ["向境外（JP）提供"]
}

test_a_foreign_exporter_abroad_is_not_an_export_operator if {
	exporter := {"name": "Tokyo Magnet Engineering KK", "country": "JP", "cn_person": false}
	count(measure.findings) == 0 with input as _with_exporter(_doc({"ship_from": "JP", "ship_to": "US"}, {}), exporter)
}

test_a_foreign_exporter_in_china_is_an_export_operator if {
	exporter := {"name": "Tokyo Magnet Engineering KK", "country": "JP", "cn_person": false}
	_codes(measure.findings) == {"RE62_RE_TECHNOLOGY"} with input as _with_exporter(_base, exporter)
}

test_hong_kong_is_outside_china if {
	reasons := measure.findings with input as _doc({"ship_to": "HK"}, {})
	[r.figures.export_basis | some r in reasons] == ["moved from CN to HK"]
}

# ---- a declared control code is checked, not trusted ----------------------------------------------

test_declared_1e902b_without_the_facts_controls_under_1_2 if {
	line := {"rare_earth_activities": [], "control_code": "1E902.b"}
	reasons := measure.findings with input as _doc({}, line)
	[[r.code, r.clause, r.figures.declared_control_code, r.interpretation] | some r in reasons] == [[
		"RE62_DECLARED_CONTROL_CODE", "1(2)",
		"1E902.b", "I-62-DECLARED-CODE",
	]]
	[c.control.entry_id | some c in measure.controls] == ["cn2025-62-1e902b-production-line-technology"] with input as _doc({}, line)
}

test_declared_heading_without_the_facts_controls_under_1_1 if {
	every code in ["1E902", "1E902.a", "1E902.a.1"] {
		reasons := measure.findings with input as _doc({}, {"rare_earth_activities": [], "control_code": code})
		[[r.code, r.clause] | some r in reasons] == [["RE62_DECLARED_CONTROL_CODE", "1(1)"]]
	}
}

test_declared_code_of_another_heading_changes_nothing if {
	count(measure.findings) == 0 with input as _doc({}, {"rare_earth_activities": [], "control_code": "1C902.a"})
}

test_declared_code_on_a_goods_line_still_controls if {
	line := {
		"kind": "goods", "category": "permanent_magnet", "elements": ["Nd"], "manufactured_in": "CN", "origin": "CN",
		"rare_earth_activities": [], "control_code": "1E902.a",
	}
	_codes(measure.findings) == {"RE62_DECLARED_CONTROL_CODE"} with input as _doc({}, line)
}

test_facts_decide_over_a_declared_code if {
	reasons := measure.findings with input as _doc({}, {"control_code": "1E902.b"})
	[[r.code, r.control_code] | some r in reasons] == [["RE62_RE_TECHNOLOGY", "1E902.a"]]
	warnings := measure.warnings with input as _doc({}, {"control_code": "1E902.b"})
	[w.message_en | some w in warnings; w.code == "RE62_CONTROL_CODE_MISMATCH"] == [
		"line 1: the exporter declares control code 1E902.b, but the line's facts make it 1E902.a; the facts decide",
	]
}

# Lines the same thing is said of share one warning, naming them in runs; lines something else is
# said of get their own.
test_lines_warned_alike_share_one_warning if {
	mining := {"kind": "goods", "category": "production_equipment", "description": "ore crusher", "rare_earth_activities": ["mining"]}
	doc := object.union(_base, {"items": [
		_numbered_line(1, {"control_code": "1E902.b"}),
		_numbered_line(2, {"control_code": "1E902.b"}),
		_numbered_line(3, {"control_code": "1E902.c"}),
		_numbered_line(4, {"rare_earth_activities": []}),
		_numbered_line(5, {"rare_earth_activities": []}),
		_numbered_line(6, object.union(_furnace, {"rare_earth_activities": ["magnet_manufacturing"]})),
		_numbered_line(7, object.union(mining, {"manufactured_in": "CN", "origin": "CN"})),
		_numbered_line(8, object.union(_furnace, {"rare_earth_activities": ["magnet_manufacturing"]})),
	]})
	{[w.code, w.lines, w.message_en] | some w in measure.warnings with input as doc} == {
		["RE62_ACTIVITIES_NOT_DECLARED", [4, 5], concat("", [
			"lines 4-5: technology that declares no rare_earth_activities: technology for rare-earth mining, smelting ",
			"separation, metal smelting, magnet manufacturing or recycling is 1E902 (No. 62) and may be prohibited or ",
			"restricted by the technology catalogue; the exporter must classify it (clause 4) and declare them",
		])],
		["RE62_CONTROL_CODE_MISMATCH", [1, 2], concat("", [
			"lines 1-2: the exporter declares control code 1E902.b, but the line's facts make it 1E902.a; ",
			"the facts decide",
		])],
		["RE62_CONTROL_CODE_MISMATCH", [3], concat("", [
			"line 3: the exporter declares control code 1E902.c, but the line's facts make it 1E902.a; ",
			"the facts decide",
		])],
		["RE62_KNOWLEDGE_NOT_DECLARED", [6, 8], concat("", [
			"lines 6, 8: for rare-earth magnet_manufacturing; if the exporter knows what it exports will be used for, or ",
			"substantially contribute to, that activity abroad, the catch-all of No. 62 needs a licence; say so in ",
			"end_use.known_overseas_rare_earth_activities",
		])],
		["RE62_KNOWLEDGE_NOT_DECLARED", [7], concat("", [
			"line 7: for rare-earth mining; if the exporter knows what it exports will be used for, or ",
			"substantially contribute to, that activity abroad, the catch-all of No. 62 needs a licence; say so in ",
			"end_use.known_overseas_rare_earth_activities",
		])],
	}
}

test_agreeing_declared_codes_give_no_warning if {
	every code in ["1E902", "1E902.a", "1E902.a.2"] {
		warnings := measure.warnings with input as _doc({}, {"control_code": code})
		every w in warnings {
			w.code != "RE62_CONTROL_CODE_MISMATCH"
		}
	}
}

test_technology_that_says_what_else_it_is_is_not_warned if {
	count(measure.warnings) == 0 with input as _doc({}, {"rare_earth_activities": [], "control_code": "1C992"})
	count(measure.warnings) == 0 with input as _doc({}, {"rare_earth_activities": [], "elements": ["Li"]})
	warnings := measure.warnings with input as _doc({}, {"rare_earth_activities": [], "elements": ["Nd"], "control_code": "1C992"})
	[w.code | some w in warnings] == ["RE62_ACTIVITIES_NOT_DECLARED"]
}

test_technology_without_activities_is_warned_not_guessed if {
	count(measure.findings) == 0 with input as _doc({}, {"rare_earth_activities": []})
	warnings := measure.warnings with input as _doc({}, {"rare_earth_activities": []})
	[[w.code, w.lines, w.interpretation] | some w in warnings] == [["RE62_ACTIVITIES_NOT_DECLARED", [1], "I-62-ACTIVITIES"]]
}

# ---- the catch-all (unnumbered paragraph of clause 1) ---------------------------------------------

# Sintering furnaces, not on any list, for a magnet plant the exporter _knows is being built in Viet Nam.
_furnace := {
	"kind": "goods", "category": "production_equipment", "manufactured_in": "CN", "origin": "CN",
	"description": "vacuum sintering furnace", "rare_earth_activities": [],
}

_knows(activities) := {"end_use": {"purposes": ["civil"], "known_overseas_rare_earth_activities": activities}}

test_catch_all_reason_in_full if {
	reasons := measure.findings with input as _doc(_knows(["magnet_manufacturing"]), _furnace)
	[[r.code, r.clause, r.outcome, r.interpretation, r.figures] | some r in reasons] == [[
		"RE62_CATCH_ALL_KNOWN_USE", "1", "LICENCE_REQUIRED", "I-62-CATCH-ALL",
		{"activities": "magnet_manufacturing", "kind": "goods", "export_basis": "moved from CN to VN", "export_basis_zh": "自CN出口至VN"},
	]]
}

test_catch_all_needs_the_exporters_knowledge if {
	count(measure.findings) == 0 with input as _doc({}, _furnace)
	count(measure.findings) == 0 with input as _doc(_knows([]), _furnace)
}

test_catch_all_reads_only_its_activities if {
	count(measure.findings) == 0 with input as _doc(_knows(["calcium_oxyborate_preparation"]), _furnace)
	reasons := measure.findings with input as _doc(_knows(["calcium_oxyborate_preparation", "mining"]), _furnace)
	[r.figures.activities | some r in reasons] == ["mining"]
}

test_catch_all_does_not_double_a_listed_technology if {
	_codes(measure.findings) == {"RE62_RE_TECHNOLOGY"} with input as _doc(_knows(["secondary_recycling"]), {})
}

test_catch_all_catches_unlisted_technology_and_services if {
	technology := {"rare_earth_activities": [], "description": "kiln control software"}
	_codes(measure.findings) == {"RE62_CATCH_ALL_KNOWN_USE"} with input as _doc(_knows(["metal_smelting"]), technology)
	exporter := {"name": "Shenzhen Kiln Software", "country": "CN", "cn_person": false}
	service := {"kind": "service", "category": "service", "rare_earth_activities": []}
	_codes(measure.findings) == {"RE62_CATCH_ALL_KNOWN_USE"} with input as _with_exporter(_doc(_knows(["mining"]), service), exporter)
}

test_catch_all_only_for_an_export if {
	parties := [{"role": "end_user", "name": "Baotou Magnet Works", "country": "CN"}]
	changes := object.union(_knows(["magnet_manufacturing"]), {"ship_to": "CN", "parties": parties})
	count(measure.findings) == 0 with input as _doc(changes, _furnace)
}

test_a_line_serving_an_activity_without_declared_knowledge_is_warned if {
	line := object.union(_furnace, {"rare_earth_activities": ["magnet_manufacturing"]})
	count(measure.findings) == 0 with input as _doc({}, line)
	warnings := measure.warnings with input as _doc({}, line)
	[[w.code, w.lines, w.interpretation] | some w in warnings] == [["RE62_KNOWLEDGE_NOT_DECLARED", [1], "I-62-CATCH-ALL"]]
	count(measure.warnings) == 0 with input as _doc(_knows(["magnet_manufacturing"]), line)
}

# ---- clause 7: substantial support by Chinese persons ---------------------------------------------

_commissioning := {
	"kind": "service", "category": "service", "description": "engineers _commissioning a separation plant",
	"rare_earth_activities": ["smelting_separation"],
}

test_substantial_support_reason_in_full if {
	reasons := measure.findings with input as _doc({}, _commissioning)
	[[r.code, r.clause, r.outcome, r.interpretation, r.figures] | some r in reasons] == [[
		"RE62_SUBSTANTIAL_SUPPORT", "7", "LICENCE_REQUIRED", "I-62-SUBSTANTIAL-SUPPORT",
		{
			"exporter": "Ganzhou Xintai Rare Earth Technology Co., Ltd.", "activities": "smelting_separation",
			"export_basis": "moved from CN to VN", "export_basis_zh": "自CN出口至VN",
		},
	]]
}

test_substantial_support_only_by_chinese_persons if {
	exporter := {"name": "Tokyo Magnet Engineering KK", "country": "CN", "cn_person": false}
	count(measure.findings) == 0 with input as _with_exporter(_doc({}, _commissioning), exporter)
}

test_an_exporter_in_china_that_does_not_say_is_a_chinese_person if {
	exporter := {"name": "Ganzhou Xintai Rare Earth Technology Co., Ltd.", "country": "CN"}
	_codes(measure.findings) == {"RE62_SUBSTANTIAL_SUPPORT"} with input as _with_exporter(_doc({}, _commissioning), exporter)
	warnings := measure.warnings with input as _with_exporter(_doc({}, _commissioning), exporter)
	[[w.code, w.interpretation] | some w in warnings] == [["RE62_CN_PERSON_ASSUMED", "I-62-CN-PERSON"]]
	count(measure.warnings) == 0 with input as _doc({}, _commissioning)
	abroad := {"name": "Vientiane Mining Services", "country": "LA"}
	count(measure.findings) == 0 with input as _with_exporter(_doc({"ship_from": "LA", "ship_to": "LA"}, _commissioning), abroad)
}

test_a_service_by_category_is_a_service if {
	line := {"kind": "goods", "category": "service", "manufactured_in": "CN", "origin": "CN"}
	_codes(measure.findings) == {"RE62_SUBSTANTIAL_SUPPORT"} with input as _doc({}, object.union(_commissioning, line))
}

test_a_chinese_person_abroad_gives_support if {
	_codes(measure.findings) == {"RE62_SUBSTANTIAL_SUPPORT"} with input as _doc({"ship_from": "MM", "ship_to": "MM"}, _commissioning)
}

test_support_to_activities_in_china_is_not_caught if {
	parties := [{"role": "end_user", "name": "Baotou Separation Plant", "country": "CN"}]
	count(measure.findings) == 0 with input as _doc({"ship_to": "CN", "parties": parties}, _commissioning)
}

test_support_known_for_the_shipment if {
	service := object.union(_commissioning, {"rare_earth_activities": []})
	reasons := measure.clause_7 with input as _doc(_knows(["mining"]), service)
	[r.figures.activities | some r in reasons] == ["mining"]
	count(measure.clause_7) == 0 with input as _doc({}, service)
}

test_recycling_support_is_caught_but_calcium_oxyborate_is_not if {
	recycling := object.union(_commissioning, {"rare_earth_activities": ["secondary_recycling"]})
	_codes(measure.findings) == {"RE62_SUBSTANTIAL_SUPPORT"} with input as _doc({}, recycling)
	oxyborate := object.union(_commissioning, {"rare_earth_activities": ["calcium_oxyborate_preparation"]})
	count(measure.findings) == 0 with input as _doc({}, oxyborate)
}

# ---- clause 3: the application --------------------------------------------------------------------

test_application_names_the_statement_its_case_needs if {
	obligations := measure.applications with input as _base
	[[o.type, o.basis, o.figures.statement] | some o in obligations] == [[
		"licence_application", {"measure": _62, "clause": "3"},
		"the statement on the transfer of controlled technology (Annex 1 guide)",
	]]
	in_china := measure.applications with input as _doc({"ship_to": "CN"}, {})
	[o.figures.statement | some o in in_china] == ["the statement on providing controlled technology inside China (Annex 2 guide)"]
	goods := measure.applications with input as _doc(_knows(["mining"]), _furnace)
	[o.figures.statement | some o in goods] == [""]
}

test_no_application_with_a_licence_on_file if {
	licences := [{
		"number": "MOFCOM-T-2026-0042", "type": "single", "lines": [1],
		"valid_from": "2026-11-15", "valid_until": "2027-11-14", "issued_by": "MOFCOM",
	}]
	count(measure.applications) == 0 with input as _doc({"licences": licences}, {})
}

# Clause 1's catch-all reaches only items no list in force controls: a Chinese terbium-metal line,
# listed under No. 18, is never called "not a listed item" beside its No. 18 reason.
_terbium_metal := {
	"kind": "goods", "category": "rare_earth_metal", "elements": ["Tb"], "manufactured_in": "CN", "origin": "CN",
	"description": "terbium metal 99.99%", "value": {"amount": 50000, "currency": "USD"},
}

test_catch_all_leaves_a_line_another_list_controls if {
	d := data.cnexport.decision with input as _doc(_knows(["magnet_manufacturing"]), _terbium_metal)
	codes := {r.code | some r in d.reasons}
	"RE18_TERBIUM_ITEM" in codes
	not "RE62_CATCH_ALL_KNOWN_USE" in codes
	every r in d.reasons {
		not contains(r.message_en, "not a listed item")
	}
}

test_catch_all_still_reaches_the_unlisted_line_beside_a_listed_one if {
	doc := object.union(_doc(_knows(["magnet_manufacturing"]), _furnace), {"items": [
		object.union_n([_base_line, _furnace, {"line": 1}]),
		object.union(_terbium_metal, {"line": 2}),
	]})
	d := data.cnexport.decision with input as doc
	{[r.line, r.code] | some r in d.reasons; r.code in {"RE62_CATCH_ALL_KNOWN_USE", "RE18_TERBIUM_ITEM"}} == {
		[1, "RE62_CATCH_ALL_KNOWN_USE"],
		[2, "RE18_TERBIUM_ITEM"],
	}
}

# ---- the helpers that ask each line once ----------------------------------------------------------

test_technology_entries_match_the_facts_as_technology_whatever_their_category if {
	facts := {"category": "goods", "rare_earth_activities": ["secondary_recycling"], "production_line_technology": true}
	{e.id | some e in measure._technology_entries(facts)} == {"cn2025-62-1e902b-production-line-technology"}
}

test_a_line_that_is_not_technology_has_no_entries if {
	count(measure._entries(object.union(_base_line, {"kind": "goods", "category": "magnet_alloy"}))) == 0
}

test_only_technology_lines_whose_claim_matters_are_claiming if {
	claimed := object.union(_base_line, {"exclusion_claims": ["public_domain"]})
	goods := object.union(claimed, {"line": 2, "kind": "goods", "category": "magnet_alloy", "rare_earth_activities": []})
	document := object.union(_base, {"items": [claimed, goods]})
	{line.line | some line in measure._claiming} == {1} with input as document
	{line.line | some line in measure._claimed("public_domain")} == {1} with input as document
	count(measure._claimed("patent_application")) == 0 with input as document
}

test_the_lines_clause_7_catches_are_one_set if {
	service := object.union(_base_line, {"kind": "service", "category": "service"})
	measure._clause_7_lines == {1} with input as _doc({}, service)
}

test_statements_are_keyed_by_whether_the_line_is_technology if {
	measure._statements[false] == {"en": "", "zh": ""} with input as _base
	measure._statements[true].en == "the statement on the transfer of controlled technology (Annex 1 guide)" with input as _base
	measure._statements[true].zh == "《在境内提供受出口管制技术情况说明》（附件2）" with input as object.union(_base, {"ship_to": "CN"})
}

test_technology_items_are_the_lines_kind_or_category_makes_technology if {
	goods := object.union(_base_line, {"line": 2, "kind": "goods", "category": "magnet_alloy"})
	carrier := object.union(_base_line, {"line": 3, "kind": "goods"})
	service := object.union(_base_line, {"line": 4, "kind": "service", "category": "service"})
	document := object.union(_base, {"items": [_base_line, goods, carrier, service]})
	[line.line | some line in measure._technology_items] == [1, 3] with input as document
}

test_clause_1_entries_carry_the_clause_and_the_details_of_the_reason if {
	[[clause, details]] := [x | some x in measure._clause_1_entries] with input as _base
	clause == "1(1)"
	[details.line, details.control_code, details.figures.activities] == [1, "1E902.a", "secondary_recycling"]
}

test_service_items_are_the_lines_kind_or_category_makes_a_service if {
	service := object.union(_base_line, {"line": 2, "kind": "service", "category": "service"})
	by_category := object.union(_base_line, {"line": 3, "category": "service"})
	document := object.union(_base, {"items": [_base_line, service, by_category]})
	[line.line | some line in measure._service_items] == [2, 3] with input as document
}

test_declared_entries_are_the_entries_of_the_declared_clause_by_line if {
	declared := object.union(_base_line, {"control_code": "1E902.b", "rare_earth_activities": []})
	entries := measure._declared_entries with input as _doc({}, declared)
	object.keys(entries) == {1}
	{e.id | some e in entries[1]} == {"cn2025-62-1e902b-production-line-technology"}
}

test_technology_numbers_are_the_numbers_of_the_technology_lines if {
	goods := object.union(_base_line, {"line": 2, "kind": "goods", "category": "magnet_alloy"})
	measure._technology_numbers == {1} with input as object.union(_base, {"items": [_base_line, goods]})
}

test_unlicensed_lines_are_those_no_licence_covers_named_or_not if {
	measure._unlicensed == {1} with input as _base
	licence := {
		"number": "MOFCOM-T-2026-0042", "type": "single", "lines": [1],
		"valid_from": "2026-11-15", "valid_until": "2027-11-14", "issued_by": "MOFCOM",
	}
	count(measure._unlicensed) == 0 with input as _doc({"licences": [licence]}, {})
	expired := object.union(licence, {"valid_until": "2026-11-30"})
	measure._unlicensed == {1} with input as _doc({"licences": [expired]}, {})
	elsewhere := object.union(licence, {"lines": [2]})
	measure._unlicensed == {1} with input as _doc({"licences": [elsewhere]}, {})
}
