package cnexport.measures.mofcom_2025_62_test

import data.cnexport.measures.mofcom_2025_62 as measure

_claim(claims) := {"exclusion_claims": claims}

test_each_exclusion_is_a_rule_of_its_own if {
	every c in [
		["public_domain", "RE62_EXCLUDED_PUBLIC_DOMAIN"],
		["basic_scientific_research", "RE62_EXCLUDED_BASIC_RESEARCH"],
		["patent_application", "RE62_EXCLUDED_PATENT_APPLICATION"],
	] {
		reasons := measure.findings with input as _doc({}, _claim([c[0]]))
		[[r.code, r.measure, r.clause, r.outcome, r.interpretation, r.line, r.figures] | some r in reasons] == [[
			c[1], "MOFCOM-2025-62", "6", "NOT_CONTROLLED", "I-62-EXCLUSION-CLAIMS", 1,
			{
				"claims": c[0], "activities": "secondary_recycling",
				"export_basis": "moved from CN to VN", "export_basis_zh": "自CN出口至VN",
			},
		]]
	}
}

test_a_claim_lifts_clause_1 if {
	count(measure._controlled) == 0 with input as _doc({}, _claim(["public_domain"]))
	count(measure._controlled) == 1 with input as _base
}

test_two_claims_give_two_reasons if {
	reasons := measure.findings with input as _doc({}, _claim(["public_domain", "patent_application"]))
	_codes(reasons) == {"RE62_EXCLUDED_PUBLIC_DOMAIN", "RE62_EXCLUDED_PATENT_APPLICATION"}
	{r.figures.claims | some r in reasons} == {"patent_application, public_domain"}
}

test_a_claim_lifts_the_catch_all_too if {
	line := {"rare_earth_activities": [], "exclusion_claims": ["basic_scientific_research"]}
	_codes(measure.findings) == {"RE62_EXCLUDED_BASIC_RESEARCH"} with input as _doc(_knows(["mining"]), line)
	_codes(measure.findings) == {"RE62_CATCH_ALL_KNOWN_USE"} with input as _doc(_knows(["mining"]), {"rare_earth_activities": []})
}

test_a_claim_lifts_a_declared_code if {
	line := {"rare_earth_activities": [], "control_code": "1E902.a", "exclusion_claims": ["public_domain"]}
	_codes(measure.findings) == {"RE62_EXCLUDED_PUBLIC_DOMAIN"} with input as _doc({}, line)
}

test_a_claim_on_a_line_no_62_would_catch_says_nothing if {
	line := {"rare_earth_activities": [], "exclusion_claims": ["public_domain"]}
	count(measure.findings) == 0 with input as _doc({}, line)
}

test_the_claim_is_the_exporters_and_is_warned if {
	warnings := measure.warnings with input as _doc({}, _claim(["public_domain"]))
	[[w.code, w.lines, w.interpretation] | some w in warnings] == [["RE62_EXCLUSION_CLAIMED", [1], "I-62-EXCLUSION-CLAIMS"]]
}

# The warning rests on clause 6: while No. 62 is suspended the decision gives MEASURE_NOT_IN_FORCE instead.
test_no_claim_warning_while_no_62_is_suspended if {
	suspended := _doc({"export_date": "2026-03-02"}, _claim(["public_domain"]))
	[[w.code, w.clause] | some w in measure.warnings] == [["RE62_EXCLUSION_CLAIMED", "6"]] with input as suspended
	d := data.cnexport.decision with input as suspended
	[[w.code, w.line, w.measure, w.clause, w.state] | some w in d.warnings; startswith(w.code, "RE62_")] == []
	[[w.lines, w.clause, w.state, w.message_en] |
		some w in d.warnings
		w.code == "MEASURE_NOT_IN_FORCE"
		w.clause == "6"
	] == [[[1], "6", "suspended", concat("", [
		"line 1: RE62_EXCLUDED_PUBLIC_DOMAIN, RE62_EXCLUSION_CLAIMED (MOFCOM-2025-62 clause 6) would apply, ",
		"but MOFCOM-2025-70 suspends MOFCOM-2025-62 from 2025-11-07 until 2026-11-10",
	])]]
	revived := data.cnexport.decision with input as _doc({}, _claim(["public_domain"]))
	[[w.code, w.lines] | some w in revived.warnings; startswith(w.code, "RE62_")] == [["RE62_EXCLUSION_CLAIMED", [1]]]
	[w | some w in revived.warnings; w.code == "MEASURE_NOT_IN_FORCE"] == []
}

test_a_claim_on_a_service_line_changes_nothing if {
	line := object.union(_commissioning, _claim(["public_domain"]))
	_codes(measure.findings) == {"RE62_SUBSTANTIAL_SUPPORT"} with input as _doc({}, line)
	warnings := measure.warnings with input as _doc({}, line)
	[[w.code, w.message_en] | some w in warnings] == [[
		"RE62_EXCLUSION_NOT_APPLICABLE",
		"line 1 (service): clause 6 excludes technology only; the exclusion claimed changes nothing",
	]]
}

# Lines that claim the same exclusions share one warning, naming them in runs; other claims and other
# kinds of line get their own.
_numbered_line(n, changes) := object.union_n([_base_line, {"line": n}, changes])

test_lines_claiming_alike_share_one_warning if {
	doc := object.union(_base, {"items": [
		_numbered_line(1, _claim(["public_domain"])),
		_numbered_line(2, _claim(["public_domain"])),
		_numbered_line(3, _claim(["patent_application", "public_domain"])),
		_numbered_line(4, _claim(["public_domain"])),
		_numbered_line(5, {}),
		_numbered_line(6, object.union(_commissioning, _claim(["public_domain"]))),
		_numbered_line(7, object.union(_commissioning, _claim(["basic_scientific_research"]))),
		_numbered_line(8, {"kind": "goods", "category": "permanent_magnet", "rare_earth_activities": [], "exclusion_claims": ["public_domain"]}),
	]})
	[[w.code, w.lines, w.message_en, w.message_zh] | some w in measure.warnings with input as doc] == [
		[
			"RE62_EXCLUSION_CLAIMED", [1, 2, 4],
			concat("", [
				"lines 1-2, 4: the exclusion claimed (public_domain) rests on the exporter's word alone; ",
				"keep the evidence, since a claim that fails makes the export an unlicensed one",
			]),
			"第1-2、4行：所主张的除外情形（public_domain）仅凭出口经营者自述；请留存证明材料，主张不成立的，该出口即属未经许可出口。",
		],
		[
			"RE62_EXCLUSION_CLAIMED", [3],
			concat("", [
				"line 3: the exclusion claimed (patent_application, public_domain) rests on the exporter's word alone; ",
				"keep the evidence, since a claim that fails makes the export an unlicensed one",
			]),
			"第3行：所主张的除外情形（patent_application, public_domain）仅凭出口经营者自述；请留存证明材料，主张不成立的，该出口即属未经许可出口。",
		],
		[
			"RE62_EXCLUSION_NOT_APPLICABLE", [6, 7],
			"lines 6-7 (service): clause 6 excludes technology only; the exclusion claimed changes nothing",
			"第6-7行（service）：第六条的除外情形仅适用于技术；所主张的除外不产生任何影响。",
		],
		[
			"RE62_EXCLUSION_NOT_APPLICABLE", [8],
			"line 8 (goods): clause 6 excludes technology only; the exclusion claimed changes nothing",
			"第8行（goods）：第六条的除外情形仅适用于技术；所主张的除外不产生任何影响。",
		],
	]
}
