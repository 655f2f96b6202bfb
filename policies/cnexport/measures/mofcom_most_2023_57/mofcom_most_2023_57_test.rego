package cnexport.measures.mofcom_most_2023_57_test

import data.cnexport.measures.mofcom_most_2023_57 as catalogue

# A Chinese company sends NdFeB sintering know-how to a magnet maker in Germany.
_base := {
	"schema_version": "1",
	"id": "t57",
	"export_date": "2026-03-02",
	"exporter": {"name": "Ningbo Magnet Technology Co., Ltd.", "country": "CN", "cn_person": true},
	"ship_from": "CN",
	"ship_to": "DE",
	"parties": [{"role": "end_user", "name": "Rheinland Magnetwerk GmbH", "country": "DE"}],
	"end_use": {"purposes": ["civil"]},
	"items": [_base_line],
}

_base_line := {
	"line": 1,
	"description": "sintering and grain-boundary diffusion process documents for NdFeB magnets",
	"kind": "technology",
	"category": "technology",
	"value": {"amount": 400000, "currency": "EUR"},
	"rare_earth_activities": ["magnet_manufacturing"],
}

_doc(changes, line) := object.union_n([_base, changes, {"items": [object.union(_base_line, line)]}])

_activities(list) := {"rare_earth_activities": list}

_cat := "MOFCOM-MOST-2023-57"

_summary(reasons) := {[r.code, r.clause, r.outcome, r.figures.entry] | some r in reasons}

test_magnet_preparation_reason_in_full if {
	reasons := catalogue.findings with input as _base
	reasons == {{
		"code": "MOST23_PROHIBITED_TECHNOLOGY",
		"measure": _cat,
		"clause": "prohibited",
		"outcome": "PROHIBITED",
		"interpretation": "I-MOST23-ENTRIES",
		"line": 1,
		"figures": {
			"entry": "mofcom-most-2023-57-re-magnet-preparation-technology",
			"control_point": "Preparation technology for samarium-cobalt, NdFeB and cerium magnets",
			"activities": "magnet_manufacturing",
			"export_basis": "moved from CN to DE",
			"export_basis_zh": "自CN出口至DE",
		},
		"message_en": concat("", [
			"The line is Preparation technology for samarium-cobalt, NdFeB and cerium magnets (magnet_manufacturing), ",
			"moved from CN to DE. The Catalogue of Technologies Prohibited or Restricted from Export puts it on its ",
			"prohibited part: it may not be exported at all, and no licence can cover it, whether or not No. 62 applies ",
			"on the day.",
		]),
		"message_zh": concat("", [
			"该行为Preparation technology for samarium-cobalt, NdFeB and cerium magnets（magnet_manufacturing），",
			"自CN出口至DE。《中国禁止出口限制出口技术目录》将其列入禁止出口部分： 一律不得出口，任何许可均不能覆盖，",
			"不论第62号公告当日是否适用。",
		]),
	}}
}

test_each_prohibited_control_point if {
	every case in [
		["smelting_separation", "mofcom-most-2023-57-re-extraction-separation-technology"],
		["metal_smelting", "mofcom-most-2023-57-re-metal-alloy-production-technology"],
		["magnet_manufacturing", "mofcom-most-2023-57-re-magnet-preparation-technology"],
		["calcium_oxyborate_preparation", "mofcom-most-2023-57-re-calcium-oxyborate-technology"],
	] {
		reasons := catalogue.part_prohibited with input as _doc({}, _activities([case[0]]))
		_summary(reasons) == {["MOST23_PROHIBITED_TECHNOLOGY", "prohibited", "PROHIBITED", case[1]]}
	}
}

test_mining_and_beneficiation_are_restricted if {
	every activity in ["mining", "beneficiation"] {
		reasons := catalogue.findings with input as _doc({}, _activities([activity]))
		_summary(reasons) == {[
			"MOST23_RESTRICTED_TECHNOLOGY", "restricted", "LICENCE_REQUIRED",
			"mofcom-most-2023-57-re-mining-beneficiation-smelting-technology",
		]}
	}
}

test_smelting_is_on_both_parts if {
	reasons := catalogue.findings with input as _doc({}, _activities(["smelting_separation"]))
	{[r.code, r.outcome] | some r in reasons} == {
		["MOST23_PROHIBITED_TECHNOLOGY", "PROHIBITED"],
		["MOST23_RESTRICTED_TECHNOLOGY", "LICENCE_REQUIRED"],
	}
}

test_recycling_is_in_no_entry if {
	count(catalogue.findings) == 0 with input as _doc({}, _activities(["secondary_recycling"]))
}

test_goods_and_services_are_not_catalogue_technology if {
	goods := {"kind": "goods", "category": "production_equipment", "manufactured_in": "CN", "origin": "CN"}
	count(catalogue.findings) == 0 with input as _doc({}, goods)
	count(catalogue.findings) == 0 with input as _doc({}, {"kind": "service", "category": "service"})
	codes := {r.code | some r in catalogue.findings} with input as _doc({}, {"kind": "goods", "manufactured_in": "CN", "origin": "CN"})
	codes == {"MOST23_PROHIBITED_TECHNOLOGY"}
}

test_production_line_technology_is_caught_by_its_reading if {
	reasons := catalogue.findings with input as _doc({}, {"production_line_technology": true})
	[[r.code, r.interpretation] | some r in reasons] == [["MOST23_PROHIBITED_TECHNOLOGY", "I-MOST23-PRODUCTION-LINE"]]
}

# ---- what a technology export is ------------------------------------------------------------------

test_provision_from_china_to_a_foreign_party_is_caught_by_its_reading if {
	reasons := catalogue.findings with input as _doc({"ship_to": "CN"}, {})
	[[r.interpretation, r.figures.export_basis, r.figures.export_basis_zh] | some r in reasons] == [[
		"I-MOST23-EXPORT",
		"provided from CN to a receiving party outside China", "自CN向境外接收方提供",
	]]
}

test_no_export_without_leaving_china if {
	chinese := [{"role": "end_user", "name": "Baotou Magnet Works", "country": "CN"}]
	count(catalogue.findings) == 0 with input as _doc({"ship_to": "CN", "parties": chinese}, {})
	count(catalogue.findings) == 0 with input as _doc({"ship_from": "DE"}, {})
}

test_hong_kong_is_outside_china if {
	count(catalogue.findings) == 1 with input as _doc({"ship_to": "HK"}, {})
}

# ---- licences, claims and the wording that was not read ----------------------------------------

_licence := {
	"number": "MOFCOM-TE-2026-0007", "type": "single", "lines": [1],
	"valid_from": "2026-01-01", "valid_until": "2026-12-31", "issued_by": "MOFCOM",
}

test_restricted_technology_needs_a_technology_export_licence if {
	obligations := catalogue.obligations with input as _doc({}, _activities(["mining"]))
	[[o.type, o.basis, o.lines] | some o in obligations] == [["licence_application", {"measure": _cat, "clause": "restricted"}, [1]]]
	count(catalogue.obligations) == 0 with input as _doc({"licences": [_licence]}, _activities(["mining"]))
}

# No licence can cover a line a reason in force prohibits: the catalogue words no application for it.
test_no_technology_licence_application_for_a_prohibited_line if {
	doc := _doc({}, _activities(["mining"]))
	count(catalogue.obligations) == 1 with input as doc
	prohibited := {
		"code": "TEST_PROHIBITED", "measure": "STATECOUNCIL-2024-792", "clause": "14", "line": 1,
		"outcome": "PROHIBITED", "message_en": "m", "message_zh": "m",
	}
	count(catalogue.obligations) == 0 with input as doc
		with data.cnexport.measures.mofcom_2025_62.findings as {prohibited}
}

test_a_licence_on_a_restricted_line_is_warned_about_its_kind if {
	warnings := catalogue.warnings with input as _doc({"licences": [_licence]}, _activities(["mining"]))
	[[w.code, w.interpretation] | some w in warnings; w.code == "MOST23_LICENCE_KIND"] == [["MOST23_LICENCE_KIND", "I-MOST23-LICENCE"]]
	unlicensed := catalogue.warnings with input as _doc({}, _activities(["mining"]))
	{w.code | some w in unlicensed} == {"MOST23_WORDING_NOT_READ"}
}

test_every_rare_earth_technology_line_says_the_catalogue_was_not_read if {
	every activities in [["magnet_manufacturing"], ["secondary_recycling"]] {
		warnings := catalogue.warnings with input as _doc({}, _activities(activities))
		[[w.code, w.lines, w.interpretation] | some w in warnings] == [["MOST23_WORDING_NOT_READ", [1], "I-MOST23-ENTRIES"]]
	}
	count(catalogue.warnings) == 0 with input as _doc({}, _activities([]))
	count(catalogue.warnings) == 0 with input as _doc({"ship_from": "DE"}, {})
}

test_a_no_62_exclusion_does_not_lift_the_catalogue if {
	line := {"exclusion_claims": ["public_domain"]}
	{r.code | some r in catalogue.findings} == {"MOST23_PROHIBITED_TECHNOLOGY"} with input as _doc({}, line)
	warnings := catalogue.warnings with input as _doc({}, line)
	[[w.code, w.interpretation, w.message_en] | some w in warnings; w.code == "MOST23_EXCLUSION_NOT_APPLIED"] == [[
		"MOST23_EXCLUSION_NOT_APPLIED", "I-MOST23-NO-EXCLUSIONS",
		concat("", [
			"line 1: the exclusion claimed (public_domain) is one of No. 62 clause 6, which does not reach the ",
			"technology catalogue; no such exclusion was found for the catalogue",
		]),
	]]
}

# ---- through the decision: dates, alongside No. 62 ------------------------------------------------

# date -> [outcome, reason codes]; a few dates per test, each date a whole decision.
_outcome_and_codes(d) := [d.outcome, [r.code | some r in d.reasons]]

test_in_force_from_its_publication if {
	every date, want in {"2023-12-20": ["NOT_CONTROLLED", []], "2023-12-21": ["PROHIBITED", ["MOST23_PROHIBITED_TECHNOLOGY"]]} {
		_outcome_and_codes(data.cnexport.decision) == want with input as _doc({"export_date": date}, {})
	}
}

test_in_force_beside_no_62_until_its_suspension if {
	every date, want in {
		"2025-10-08": ["PROHIBITED", ["MOST23_PROHIBITED_TECHNOLOGY"]],
		"2025-11-06": ["PROHIBITED", ["RE62_RE_TECHNOLOGY", "MOST23_PROHIBITED_TECHNOLOGY"]],
	} {
		_outcome_and_codes(data.cnexport.decision) == want with input as _doc({"export_date": date}, {})
	}
}

test_never_suspended_with_no_62 if {
	every date, want in {
		"2025-11-07": ["PROHIBITED", ["MOST23_PROHIBITED_TECHNOLOGY"]],
		"2026-11-09": ["PROHIBITED", ["MOST23_PROHIBITED_TECHNOLOGY"]],
		"2026-11-10": ["PROHIBITED", ["RE62_RE_TECHNOLOGY", "MOST23_PROHIBITED_TECHNOLOGY"]],
	} {
		_outcome_and_codes(data.cnexport.decision) == want with input as _doc({"export_date": date}, {})
	}
}

test_no_licence_covers_a_prohibited_technology if {
	d := data.cnexport.decision with input as _doc({"licences": [_licence]}, {})
	[d.outcome, d.clearance, d.lines[0].clearance, object.get(d.lines[0], "licence", "none")] == ["PROHIBITED", "STOP", "STOP", "none"]
}

test_restricted_technology_during_the_suspension if {
	d := data.cnexport.decision with input as _doc({}, _activities(["mining"]))
	[d.outcome, d.clearance, [r.code | some r in d.reasons]] == ["LICENCE_REQUIRED", "HOLD", ["MOST23_RESTRICTED_TECHNOLOGY"]]

	# every one of these warnings is there (a set difference: `>=` on sets is term order, not inclusion)
	{"MEASURE_NOT_IN_FORCE", "MOST23_WORDING_NOT_READ", "CATALOGUE_ENTRY_INFERRED"} - {w.code | some w in d.warnings} == set()
	licensed := data.cnexport.decision with input as _doc({"licences": [_licence]}, _activities(["mining"]))
	[licensed.clearance, licensed.lines[0].licence] == ["GO", "MOFCOM-TE-2026-0007"]
}

test_the_line_names_its_catalogue_entries if {
	d := data.cnexport.decision with input as _doc({}, _activities(["smelting_separation"]))
	{c.entry_id | some c in d.lines[0].controls} == {
		"mofcom-most-2023-57-re-extraction-separation-technology",
		"mofcom-most-2023-57-re-mining-beneficiation-smelting-technology",
	}
}

# ---- a declared rare-earth technology whose activities are not declared -----------------------------

_no_activities := object.union(_base, {"items": [object.remove(
	object.union(_base_line, {"control_code": "1E902.a"}),
	["rare_earth_activities"],
)]})

test_declared_rare_earth_technology_without_activities_is_taken_as_prohibited if {
	[r] := [r | some r in catalogue.findings; r.code == "MOST23_ACTIVITIES_NOT_DECLARED"] with input as _no_activities
	[r.measure, r.clause, r.outcome, r.line, r.interpretation] == [_cat, "prohibited", "PROHIBITED", 1, "I-MOST23-UNDECLARED-ACTIVITIES"]
	r.figures.declared_control_code == "1E902.a"
	r.figures.entries == concat(", ", [
		"mofcom-most-2023-57-re-extraction-separation-technology",
		"mofcom-most-2023-57-re-metal-alloy-production-technology",
		"mofcom-most-2023-57-re-magnet-preparation-technology",
		"mofcom-most-2023-57-re-calcium-oxyborate-technology",
	])
	contains(r.message_en, "Declare its rare_earth_activities (")
	controls := catalogue.controls with input as _no_activities
	count({c.control.entry_id | some c in controls; c.line == 1}) == 4
}

test_declared_activities_place_the_line_instead if {
	declared := catalogue.findings with input as _doc({}, {"control_code": "1E902.a"})
	count([r | some r in declared; r.code == "MOST23_ACTIVITIES_NOT_DECLARED"]) == 0
	without_code := object.union(_base, {"items": [object.remove(_base_line, ["rare_earth_activities"])]})
	count(catalogue.findings) == 0 with input as without_code
}

test_undeclared_activities_only_for_an_export if {
	domestic := object.union(_no_activities, {"ship_to": "CN", "parties": [{"role": "end_user", "name": "Baotou Magnet Co", "country": "CN"}]})
	count(catalogue.findings) == 0 with input as domestic
}

test_undeclared_activities_warn_that_the_catalogue_was_not_read if {
	[w] := [w | some w in catalogue.warnings; w.code == "MOST23_WORDING_NOT_READ"] with input as _no_activities
	[w.lines, w.measure, w.interpretation] == [[1], _cat, "I-MOST23-ENTRIES"]
	startswith(w.message_en, "line 1: the 2023 Catalogue of Technologies Prohibited or Restricted from Export was not read;")
	startswith(w.message_zh, "第1行：未查阅2023年")
}

# Told once for the lines it concerns, in runs: two technology lines and, between them, one of goods.
test_the_catalogue_not_read_is_told_once_for_its_lines if {
	technology := object.union(_base_line, _activities(["magnet_manufacturing"]))
	goods := {
		"line": 2, "kind": "goods", "category": "metal", "elements": ["Ga"], "description": "gallium metal",
		"value": {"amount": 1000, "currency": "EUR"},
	}
	items := [technology, goods, object.union(technology, {"line": 3})]
	[w] := [w | some w in catalogue.warnings; w.code == "MOST23_WORDING_NOT_READ"] with input as object.union(_base, {"items": items})
	w.lines == [1, 3]
	startswith(w.message_en, "lines 1, 3: the 2023 Catalogue of Technologies Prohibited or Restricted from Export was not read;")
	startswith(w.message_zh, "第1、3行：未查阅2023年")
}

# ---- the catalogue entries of a line's facts -------------------------------------------------------

test_the_facts_of_a_line_select_its_catalogue_entries if {
	matches := catalogue._catalogue_matches({"category": "technology", "rare_earth_activities": ["magnet_manufacturing"]})
	{[part, e.id] | some [part, e] in matches} == {["prohibited", "mofcom-most-2023-57-re-magnet-preparation-technology"]}
}

test_facts_no_entry_names_select_none if {
	count(catalogue._catalogue_matches({"category": "technology", "rare_earth_activities": ["secondary_recycling"]})) == 0
}

test_each_line_caught_carries_the_details_of_its_reason if {
	[[part, line, e, details]] := [x | some x in catalogue._caught_all] with input as _base
	[part, line.line, e.id] == ["prohibited", 1, "mofcom-most-2023-57-re-magnet-preparation-technology"]
	details.line == 1
	details.figures.activities == "magnet_manufacturing"
	object.keys(details) == {"line", "figures"}
}

test_the_prohibited_part_is_named_by_its_entries_and_their_activities if {
	ids := split(catalogue._prohibited_entry_ids, ", ")
	count(ids) == count(catalogue._prohibited_entries)
	"mofcom-most-2023-57-re-magnet-preparation-technology" in ids
	"magnet_manufacturing" in split(catalogue._prohibited_activities, ", ")
}

# Lines the same thing is said of share one warning, naming them in runs; other claims and other
# licences get their own.
test_lines_warned_alike_share_one_warning if {
	lines := [
		object.union(_base_line, {"exclusion_claims": ["public_domain"]}),
		object.union(_base_line, {"line": 2, "exclusion_claims": ["public_domain"]}),
		object.union(_base_line, {"line": 3, "exclusion_claims": ["basic_scientific_research"]}),
	]
	warnings := catalogue.warnings with input as object.union(_base, {"items": lines})
	[[w.lines, w.message_en] | some w in warnings; w.code == "MOST23_EXCLUSION_NOT_APPLIED"] == [
		[[1, 2], concat("", [
			"lines 1-2: the exclusion claimed (public_domain) is one of No. 62 clause 6, which does not reach the ",
			"technology catalogue; no such exclusion was found for the catalogue",
		])],
		[[3], concat("", [
			"line 3: the exclusion claimed (basic_scientific_research) is one of No. 62 clause 6, which does not reach the ",
			"technology catalogue; no such exclusion was found for the catalogue",
		])],
	]
	mining := [object.union(_base_line, _activities(["mining"])), object.union(_base_line, {"line": 2, "rare_earth_activities": ["mining"]})]
	other := object.union(_licence, {"number": "MOFCOM-TE-2026-0008", "lines": [2]})
	licensed := catalogue.warnings with input as object.union(_base, {"items": mining, "licences": [_licence, other]})
	[[w.lines, substring(w.message_en, 0, 50)] | some w in licensed; w.code == "MOST23_LICENCE_KIND"] == [
		[[1], "line 1: the licence on file (MOFCOM-TE-2026-0007) "],
		[[2], "line 2: the licence on file (MOFCOM-TE-2026-0008) "],
	]
}
