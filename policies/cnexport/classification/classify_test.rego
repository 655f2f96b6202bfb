package cnexport.classification_test

import data.cnexport.classification
import data.cnexport.fixtures

# A made-up entry and line: each test replaces only the fields it is about.
_entry(changes) := object.union(object.remove(_base_entry, object.keys(changes)), changes)

_base_entry := {
	"id": "t-sm-metal",
	"measure": "MOFCOM-2025-18",
	"clause": "1(1)1",
	"control_code": "1C902.a.1",
	"hs_codes": ["2805301910"],
	"parameters": [],
	"match": {"line": {"categories": ["rare_earth_metal"], "elements_any": ["Sm"]}},
}

_line(changes) := object.union({"line": 1, "category": "rare_earth_metal", "elements": ["Sm"]}, changes)

_kettle := _entry({
	"control_code": "3B901.c.1",
	"hs_codes": [],
	"parameters": [{"name": "granulation_volume_m3", "operator": ">=", "value": 5, "unit": "m3"}],
	"match": {"line": {"categories": ["production_equipment"], "category_identifies": false}},
})

_press := _entry({
	"control_code": null,
	"hs_codes": ["8479899956"],
	"logic": "any",
	"parameters": [
		{"name": "cylinder_bore_mm", "operator": ">=", "value": 500, "unit": "mm"},
		{"name": "design_working_pressure_gpa", "operator": ">=", "value": 5, "unit": "GPa"},
	],
	"match": {"line": {"categories": ["production_equipment"], "category_identifies": false}},
})

# ---- thresholds, exactly, on both sides ----------------------------------------------------------

test_every_operator_on_both_sides_of_its_threshold if {
	classification.meets_threshold({"operator": "<", "value": 50}, 49.999999)
	not classification.meets_threshold({"operator": "<", "value": 50}, 50)
	classification.meets_threshold({"operator": "<=", "value": 0.5}, 0.5)
	not classification.meets_threshold({"operator": "<=", "value": 0.5}, 0.50000000000000001)
	classification.meets_threshold({"operator": ">", "value": 99.99999}, 99.999991)
	not classification.meets_threshold({"operator": ">", "value": 99.99999}, 99.99999)
	classification.meets_threshold({"operator": ">=", "value": 2.5}, 2.5)
	not classification.meets_threshold({"operator": ">=", "value": 2.5}, 2.49999999999999999)
	classification.meets_threshold({"operator": "==", "value": 3}, 3.0)
	not classification.meets_threshold({"operator": "==", "value": 3}, 3.0001)
	classification.meets_threshold({"operator": "in", "value": [915, 2450]}, 2450)
	not classification.meets_threshold({"operator": "in", "value": [915, 2450]}, 2449.9)
}

test_all_thresholds_met_failed_or_not_declared if {
	entry := _entry({"parameters": [
		{"name": "size_um", "operator": ">", "value": 50, "unit": "um"},
		{"name": "size_um", "operator": "<=", "value": 500, "unit": "um"},
	]})
	at_500 := classification.parameter_check(entry, _line({"parameters": {"size_um": 500}}))
	at_500 == {"state": "met", "met": {"size_um"}, "failed": set(), "missing": set()}
	classification.parameter_check(entry, _line({"parameters": {"size_um": 50}})) == {
		"state": "not_met", "met": {"size_um"}, "failed": {"size_um 50 (needs > 50 um)"}, "missing": set(),
	}
	classification.parameter_check(entry, _line({})) == {"state": "unknown", "met": set(), "failed": set(), "missing": {"size_um"}}
	classification.parameter_check(_entry({}), _line({})).state == "met"
}

test_any_threshold_met_failed_or_not_declared if {
	classification.parameter_check(_press, _line({"parameters": {"cylinder_bore_mm": 499, "design_working_pressure_gpa": 5}})).state == "met"
	classification.parameter_check(_press, _line({"parameters": {"cylinder_bore_mm": 499}})).state == "unknown"
	below_both := _line({"parameters": {"cylinder_bore_mm": 499, "design_working_pressure_gpa": 4.99}})
	classification.parameter_check(_press, below_both).state == "not_met"
}

# ---- elements -------------------------------------------------------------------------------------

test_elements_any_all_and_undeclared if {
	classification.element_state({"categories": ["metal"]}, _line({})) == "met"
	classification.element_state({"elements_any": ["Sm"]}, _line({"elements": ["Nd", "Sm"]})) == "met"
	classification.element_state({"elements_any": ["Sm"]}, _line({"elements": ["Nd"]})) == "not_met"
	classification.element_state({"elements_all": ["Ga", "As"]}, _line({"elements": ["In", "Ga", "As"]})) == "met"
	classification.element_state({"elements_all": ["Ga", "As"]}, _line({"elements": ["Ga", "N"]})) == "not_met"
	classification.element_state({"elements_all": ["Ga", "As"]}, {"line": 1, "category": "compound"}) == "unknown"
	classification.element_state({"elements_all": ["Ga"], "elements_only": true}, _line({"elements": ["Ga"]})) == "met"
	classification.element_state({"elements_all": ["Ga"], "elements_only": true}, _line({"elements": ["Ga", "In", "Sn"]})) == "not_met"
}

# ---- customs codes --------------------------------------------------------------------------------

test_customs_codes_meet_either_way if {
	classification.tariff_hit(_entry({}), _line({"hs_code": "2805301910"})) == "exact"
	classification.tariff_hit(_entry({"hs_codes": ["28053019"]}), _line({"hs_code": "2805301910"})) == "within"
	classification.tariff_hit(_entry({}), _line({"hs_code": "280530"})) == "covers"
	classification.tariff_hit(_entry({"hs_codes": [], "hs_codes_alt": ["8112929010"]}), _line({"hs_code": "8112929010"})) == "exact"
	not classification.tariff_hit(_entry({}), _line({"hs_code": "2805302000"}))
	not classification.tariff_hit(_entry({}), _line({}))
}

# ---- control codes --------------------------------------------------------------------------------

test_control_codes_relate_to_headings_and_sub_items if {
	classification.codes_relate("1C902", "1C902.a.1")
	classification.codes_relate("1C905.a.4", "1C905.a")
	classification.codes_relate("1C902.a.1", "1C902.a.1")
	not classification.codes_relate("1C902.a.1", "1C902.a.10")
	not classification.codes_relate("1C90", "1C902.a")
	blended := _entry({"control_code": "3C902.b.2", "control_code_alternatives": ["3C901.b.2"]})
	classification.declares_code_of(blended, _line({"control_code": "3C901.b.2"}))
	not classification.declares_code_of(_entry({"control_code": null}), _line({"control_code": "1C902"}))
}

test_code_in_catalogue if {
	classification.code_in_catalogue("1C902")
	classification.code_in_catalogue("3C901.b.2")
	not classification.code_in_catalogue("1C999.a")
}

# ---- identification and classification ------------------------------------------------------------

test_a_material_is_identified_by_its_description_and_its_code if {
	declared := _line({"hs_code": "2805301910", "control_code": "1C902.a"})
	classification.identification(_entry({}), declared) == {"control_code", "description", "tariff_code"}
	classification.identification(_entry({"hs_codes": ["28053019"]}), _line({"hs_code": "2805301910"})) == {"description"}
	classification.identification(_entry({}), _line({"elements": ["Gd"]})) == set()
	classification.identification(_entry({}), _line({"category": "rare_earth_oxide"})) == set()
}

test_an_unclassified_line_is_identified_by_any_customs_code_that_meets if {
	classification.identification(_entry({}), _line({"category": "other", "hs_code": "280530"})) == {"tariff_code"}
	classification.identification(_entry({}), _line({"category": "other"})) == set()
}

test_equipment_needs_a_code_a_commodity_number_or_one_of_its_parameters if {
	classification.identification(_kettle, _line({"category": "production_equipment"})) == set()
	kettle_with_volume := _line({"category": "production_equipment", "parameters": {"granulation_volume_m3": 4}})
	classification.identification(_kettle, kettle_with_volume) == {"description"}
	classification.identification(_kettle, _line({"category": "production_equipment", "control_code": "3B901.c"})) == {"control_code"}
	classification.identification(_press, _line({"category": "production_equipment", "hs_code": "8479899956"})) == {"tariff_code"}
	classification.identification(_press, _line({"category": "production_equipment", "hs_code": "847989"})) == set()
	classification.identification(_press, _line({"category": "other", "hs_code": "8479899956"})) == {"tariff_code"}
}

test_technology_is_named_by_the_elements_its_entry_names if {
	gold := _entry({
		"control_code": null,
		"hs_codes": [],
		"match": {"line": {"categories": ["technology"], "category_identifies": false, "elements_all": ["Au", "Sb"]}},
	})
	classification.identification(gold, _line({"category": "technology", "elements": ["Au", "Sb"]})) == {"description"}
	classification.identification(gold, _line({"category": "technology", "elements": ["Sb"]})) == set()
	classification.identification(gold, {"line": 1, "category": "technology"}) == set()
}

test_a_line_outside_the_thresholds_is_not_the_item_unless_its_code_says_so if {
	below := _line({"category": "production_equipment", "parameters": {"granulation_volume_m3": 4.999}})
	not classification.classified_as(_kettle, below)
	c := classification.classified_as(_kettle, object.union(below, {"control_code": "3B901.c.1"}))
	c.by == {"control_code", "description"}
	c.parameters.state == "not_met"
	at := _line({"category": "production_equipment", "parameters": {"granulation_volume_m3": 5}})
	classification.classified_as(_kettle, at).parameters.state == "met"
}

test_a_classification_says_how_the_line_was_found if {
	classification.classified_as(_entry({}), _line({"line": 3})) == {
		"entry": _entry({}),
		"line": 3,
		"category": "rare_earth_metal",
		"by": {"description"},
		"elements": "met",
		"parameters": {"state": "met", "met": set(), "failed": set(), "missing": set()},
		"exclusions": [],
	}
}

test_a_line_is_classified_by_what_says_which_item_it_is if {
	line := _line({"line": 3, "description": "samarium ingots", "hs_code": "2805301910", "value": {"amount": 1, "currency": "USD"}})
	classification.item_facts(line) == {"category": "rare_earth_metal", "elements": ["Sm"], "hs_code": "2805301910"}
	coded := object.union(line, {"control_code": "1C902.a.1", "parameters": {"purity_pct": 99}})
	object.keys(classification.item_facts(coded)) == {"category", "elements", "hs_code", "control_code", "parameters"}
}

test_lines_alike_in_what_they_are_share_their_classifications if {
	doc := fixtures.export_doc("2025-06-01", [
		fixtures.item(1, {}),
		fixtures.item(2, {"description": "another lot"}),
		fixtures.item(3, {"elements": ["Gd"]}),
	])
	by_line := classification.by_line with input as doc
	by_line[1] == by_line[2]
	by_line[1] != by_line[3]
	count(by_line[1]) > 0
	every c in by_line[1] {
		classification.classified_as(c.entry, fixtures.item(1, {})) == object.union(c, {"line": 1})
	}
}

test_lines_are_grouped_by_their_item_facts if {
	doc := fixtures.export_doc("2025-06-01", [
		fixtures.item(1, {}),
		fixtures.item(2, {"description": "another lot"}),
		fixtures.item(3, {"elements": ["Gd"]}),
	])
	grouped := classification.lines_by_facts with input as doc
	grouped == {
		classification.item_facts(fixtures.item(1, {})): {1, 2},
		classification.item_facts(fixtures.item(3, {"elements": ["Gd"]})): {3},
	}
	inside := object.union(doc, {"ship_to": "CN", "parties": [{"role": "consignee", "name": "Baotou Co", "country": "CN"}]})
	classification.lines_by_facts == {} with input as inside
}

test_by_facts_is_what_by_line_gives_the_lines_with_those_facts if {
	steel := fixtures.item(3, {"category": "other", "elements": ["Fe"]})
	doc := fixtures.export_doc("2025-06-01", [fixtures.item(1, {}), fixtures.item(2, {}), steel])
	by_facts := classification.by_facts with input as doc
	object.keys(by_facts) == {classification.item_facts(fixtures.item(1, {}))}
	by_line := classification.by_line with input as doc
	by_facts[classification.item_facts(fixtures.item(1, {}))] == by_line[1]
	object.keys(by_line) == {1, 2}
}

test_listed_items_of_facts_is_what_listed_items_gives_each_line_with_them if {
	gallium := fixtures.item(2, {"category": "compound", "elements": ["Ga", "As"]})
	doc := fixtures.export_doc("2025-06-01", [fixtures.item(1, {}), gallium])
	listed := classification.listed_items("2025-06-01") with input as doc
	classification.listed_items_of(classification.item_facts(fixtures.item(1, {})), "2025-06-01") == listed[1]
	classification.listed_items_of(classification.item_facts(gallium), "2023-07-31") == []
	classification.listed_items_of(classification.item_facts(fixtures.item(3, {"category": "other", "elements": ["Fe"]})), "2025-06-01") == []
}

test_what_contradicts_an_entry if {
	classification.description_contradicts(_entry({}), _line({"category": "permanent_magnet"}))
	classification.description_contradicts(_entry({}), _line({"elements": ["Nd"]}))
	classification.description_contradicts(_kettle, _line({"category": "production_equipment", "parameters": {"granulation_volume_m3": 1}}))
	not classification.description_contradicts(_entry({}), _line({"category": "other"}))
	not classification.description_contradicts(_entry({}), _line({}))
}

# ---- listings, on a shipment from China ------------------------------------------------------------

# The entries of the catalogue a clause lists.
_listed_by(measure_id, clause_id) := [e.id |
	some e in data.cnexport_reference.catalogue.entries
	some cited in object.get(e, "listed_by", [])
	[cited.measure, cited.clause] == [measure_id, clause_id]
]

# The clauses that list an entry a line is, as [line, measure, clause].
_listing_clauses(by_line) := {[n, cited.measure, cited.clause] |
	some n, of_line in by_line
	some c in of_line
	some cited in c.entry.listed_by
}

# The entries of a line that a clause lists.
_of_clause(of_line, measure_id, clause_id) := [c |
	some c in of_line
	some cited in c.entry.listed_by
	[cited.measure, cited.clause] == [measure_id, clause_id]
]

test_a_clause_speaks_of_the_lines_classified_as_its_entries if {
	doc := fixtures.export_doc("2025-06-01", [fixtures.item(1, {}), fixtures.item(2, {"elements": ["Gd"]})])
	by_line := classification.by_line with input as doc
	_listing_clauses(by_line) == {[1, "MOFCOM-2025-18", "1"], [2, "MOFCOM-2025-18", "2"]}
	[c.entry.id | some c in _of_clause(by_line[1], "MOFCOM-2025-18", "1")] == ["cn2025-18-1c902a1-sm-metal"]
	count(_listed_by("MOFCOM-2025-18", "1")) == 12
	_listed_by("MOFCOM-2099-1", "1") == []
}

test_the_faq_takes_products_out_of_no_18_from_its_date_unless_a_code_is_declared if {
	rotor := [fixtures.item(1, {"category": "product_with_magnet", "elements": ["Nd", "Dy"]})]
	[magnet] := _of_clause(classification.by_line[1], "MOFCOM-2025-18", "4") with input as fixtures.export_doc("2025-09-16", rotor)
	[x.measure | some x in magnet.exclusions] == ["MOFCOM-FAQ-2025-5"]
	not classification.excluded_on(magnet, "2025-09-15")
	classification.listed_on(magnet, "2025-09-15")
	classification.excluded_on(magnet, "2025-09-16")
	not classification.listed_on(magnet, "2025-09-16")
	declared_magnet := fixtures.item(1, {"category": "product_with_magnet", "elements": ["Dy"], "control_code": "1C905.a"})
	declared := fixtures.export_doc("2025-09-16", [declared_magnet])

	# 1C905.a is the (inferred) code of both dysprosium a-entries: the declared code names both.
	kept := _of_clause(classification.by_line[1], "MOFCOM-2025-18", "4") with input as declared
	[c.entry.id | some c in kept] == ["cn2025-18-1c905a-dy-metal-alloys-targets", "cn2025-18-1c905a-dy-ndfeb-magnet"]
	every c in kept {
		c.exclusions == []
		classification.listed_on(c, "2025-09-16")
	}
}

test_items_in_force_are_those_whose_listing_applies_on_the_export_date if {
	doc := fixtures.export_doc("2025-06-01", [
		fixtures.item(1, {"category": "compound", "elements": ["Ga", "As"]}),
		fixtures.item(2, {"category": "lithium_battery", "elements": null, "parameters": {"gravimetric_energy_density_wh_per_kg": 300}}),
	])
	by_line := classification.listed_items("2025-06-01") with input as doc
	object.keys(by_line) == {1}
	[c.entry.id | some c in by_line[1]] == ["mofcom-2023-23-ga-5-gallium-arsenide"]
}

test_candidates_for_a_warning_come_from_a_line_s_category_and_codes if {
	ids := {e.id | some e in classification.tariff_candidates(fixtures.item(1, {"hs_code": "2805301910"}))}
	ids == {
		"cn2025-18-1c902a1-sm-metal", "cn2025-18-1c903a1-gd-metal",
		"cn2025-57-1c909a1-ho-metal", "cn2025-57-1c910a1-er-metal", "cn2025-57-1c911a1-tm-metal", "cn2025-57-1c912a1-eu-metal",
	}
	classification.tariff_candidates(fixtures.item(1, {})) == []
	count(classification.unidentified_by_category(fixtures.item(1, {"category": "equipment_part"}))) == 8
	classification.unidentified_by_category(fixtures.item(1, {"category": "diamond_window"})) == []
	classification.unidentified_by_category(fixtures.item(1, {"category": "other"})) == []
}

# Lines that could name an entry, built from its own facts: in its first category, with its
# elements, one it does not name, or none, with its parameters at their thresholds, or with all of
# its facts; unclassified, with each of its customs codes, their six-digit heading or a longer code
# under them, or with each of its control codes, their heading or a sub-item under them.
_lines_from(e) := array.concat(
	[object.union({"line": 1, "category": e.match.line.categories[0]}, facts) | some facts in _described(e)],
	[object.union({"line": 1, "category": "other"}, facts) | some facts in _coded(e)],
)

_described(e) := [
	{},
	{"elements": array.flatten([_named_elements(e), ["Fe"]])},
	{"elements": ["Fe"]},
	_at_thresholds(e),
	object.union_n(array.flatten([[{"elements": _named_elements(e)}, _at_thresholds(e)], _coded(e)])),
]

_at_thresholds(e) := {"parameters": {name: _at_threshold(e, name) | some name in {p.name | some p in e.parameters}}}

_coded(e) := array.flatten([
	[{"hs_code": h} | some h in array.concat(e.hs_codes, object.get(e, "hs_codes_alt", []))],
	[{"hs_code": substring(h, 0, 6)} | some h in e.hs_codes],
	[{"hs_code": substring(concat("", [h, "0000"]), 0, 10)} | some h in e.hs_codes],
	[{"control_code": c} | some c in _control_codes(e)],
	[{"control_code": substring(c, 0, 5)} | some c in _control_codes(e)],
	[{"control_code": concat("", [c, ".z"])} | some c in _control_codes(e)],
])

_named_elements(e) := array.concat(object.get(e.match.line, "elements_any", []), object.get(e.match.line, "elements_all", []))

_control_codes(e) := array.flatten([[e.control_code | is_string(e.control_code)], object.get(e, "control_code_alternatives", [])])

_at_threshold(e, name) := [v |
	some p in e.parameters
	p.name == name
	some v in array.flatten([p.value])
][0]

# The index is only ever a shortcut: every listed entry that a line built from it is classified as
# (testing the entry itself) is among the line's candidates, and the lines do name many entries.
test_every_entry_a_line_is_classified_as_is_among_its_candidates if {
	named := [[e.id, line] |
		some e in data.cnexport_reference.catalogue.entries
		e.listed_by
		some line in _lines_from(e)
		classification.classified_as(e, line)
	]
	count({id | some [id, _] in named}) > 180
	missed := [[id, line] | some [id, line] in named; not id in classification.candidates(line)]
	missed == []
}

test_a_line_is_tested_only_against_the_entries_it_could_be if {
	classification.candidates(fixtures.item(1, {"category": "rare_earth_oxide", "elements": ["Dy"]})) == {"cn2025-18-1c905b-dy-oxide"}
	count(classification.candidates(fixtures.item(1, {"category": "rare_earth_oxide", "elements": null}))) == 12
	classification.candidates(fixtures.item(1, {"category": "other", "elements": null, "control_code": "1C902.a.1.x"})) == {
		"cn2025-18-1c902a1-sm-metal",
	}
	classification.candidates(fixtures.item(1, {"category": "production_equipment", "elements": null})) == set()
}

_details(found) := classification.listing_details(1, found)

_on(date, changes) := fixtures.export_doc(date, [fixtures.item(1, changes)])

test_a_listing_reason_names_the_items_and_the_reading_it_rests_on if {
	metal := classification.listed_items("2025-06-01")[1] with input as _on("2025-06-01", {"hs_code": "2805301910"})
	_details(metal) == {
		"line": 1,
		"control_code": "1C902.a.1",
		"figures": {
			"line": 1,
			"entries": "cn2025-18-1c902a1-sm-metal",
			"items": "samarium metal (1C902.a.1, item 1(1)1)",
			"items_zh": "金属钐（1C902.a.1，第1(1)1项）",
			"introduced_by": "MOFCOM-2025-18",
			"identified_by": "description, tariff_code",
			"missing_parameters": "",
		},
	}
}

test_a_listing_reason_rests_on_a_threshold_taken_as_met if {
	battery := classification.listed_items("2026-11-10")[1] with input as _on("2026-11-10", {"category": "lithium_battery", "elements": null})
	_details(battery).interpretation == "I-CLASSIFICATION-FAIL-CLOSED"
	_details(battery).figures.missing_parameters == "gravimetric_energy_density_wh_per_kg"
}

test_a_listing_reason_rests_on_a_declared_code_only_where_the_description_does_not_name_the_item if {
	unclassified := classification.listed_items("2025-06-01")[1] with input as _on(
		"2025-06-01",
		{"category": "other", "elements": null, "control_code": "1C902.a.1"},
	)
	_details(unclassified).interpretation == "I-DECLARED-CODE"
	contradicted := classification.listed_items("2025-06-01")[1] with input as _on(
		"2025-06-01",
		{"category": "rare_earth_oxide", "elements": ["Nd"], "control_code": "1C902.b"},
	)
	_details(contradicted).interpretation == "I-DECLARED-CODE"
	consistent := classification.listed_items("2025-06-01")[1] with input as _on(
		"2025-06-01",
		{"category": "rare_earth_oxide", "control_code": "1C902.b"},
	)
	not _details(consistent).interpretation
}

test_a_listing_reason_names_the_entry_reading_and_one_code_only_when_there_is_one if {
	magnet := classification.listed_items("2025-06-01")[1]
		with input as _on("2025-06-01", {"category": "permanent_magnet", "elements": ["Dy"]})
	_details(magnet).interpretation == "I-18-MAGNET-BY-ELEMENT"
	alloys := classification.listed_items("2025-06-01")[1] with input as _on("2025-06-01", {"category": "rare_earth_alloy"})
	not _details(alloys).control_code
	not _details(alloys).interpretation
	count(split(_details(alloys).figures.entries, ", ")) == 5
}

# A declared value that cannot be compared exactly (beyond the decimal table) is never a failed
# threshold: it counts as not declared, so the line stays controlled, with the parameter named.
test_a_value_that_cannot_be_compared_is_missing_not_failed if {
	entry := _entry({"parameters": [{"name": "purity_percent", "operator": ">=", "value": 99, "unit": "%"}]})
	line := {"line": 1, "category": "rare_earth_metal", "elements": ["Sm"], "parameters": {"purity_percent": 1e-200}}
	check := classification.parameter_check(entry, line)
	check.failed == set()
	check.missing == {"purity_percent"}
	check.state == "unknown"
}

# A listed item's figures name its control code, or say it is not known, each in its own language.
test_an_items_control_code_is_named_in_each_language if {
	coded := {"id": "x", "name_en": "Coded item", "name_zh": "有编码物项", "control_code": "1C903.a.1", "clause": "1"}
	uncoded := object.remove(object.union(coded, {"name_en": "Uncoded item", "name_zh": "无编码物项"}), ["control_code"])
	figures := classification.listing_details(1, [{"entry": coded, "by": {"control_code"}}, {"entry": uncoded, "by": {"description"}}]).figures
	figures.items == "Coded item (1C903.a.1, item 1); Uncoded item (control code not known, item 1)"
	figures.items_zh == "有编码物项（1C903.a.1，第1项）；无编码物项（管制编码不详，第1项）"
}
