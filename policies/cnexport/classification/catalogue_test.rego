package cnexport.classification_test

import data.cnexport.classification

# Classification against the item catalogue (catalogue.rego), with the real No. 61 entries.

_known_entry(id) := data.cnexport_reference.index.catalogue[id]

_line_match(id) := _known_entry(id).match.line

_content_match(id) := _known_entry(id).match.content

_magnet_line := {
	"line": 1,
	"kind": "goods",
	"category": "permanent_magnet",
	"elements": ["Nd", "Pr", "Dy"],
	"value": {"amount": 200000, "currency": "USD"},
}

_dy_content := {"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}

# ---- entries ---------------------------------------------------------------------------------

test_catalogue_entries_of_annex_1_part_1 if {
	{e.id | some e in classification.catalogue_entries("MOFCOM-2025-61", "annex1_part1")} == {
		"cn2025-61-annex1-p1-sm-metal", "cn2025-61-annex1-p1-dy-metal", "cn2025-61-annex1-p1-gd-metal",
		"cn2025-61-annex1-p1-tb-metal", "cn2025-61-annex1-p1-lu-metal", "cn2025-61-annex1-p1-sc-metal",
		"cn2025-61-annex1-p1-y-metal", "cn2025-61-annex1-p1-smco-alloy", "cn2025-61-annex1-p1-tbfe-alloy",
		"cn2025-61-annex1-p1-dyfe-alloy", "cn2025-61-annex1-p1-tbdyfe-alloy", "cn2025-61-annex1-p1-dy-oxide",
		"cn2025-61-annex1-p1-tb-oxide",
	}
}

test_catalogue_entries_of_annex_1_part_2 if {
	{e.id | some e in classification.catalogue_entries("MOFCOM-2025-61", "annex1_part2")} == {
		"cn2025-61-annex1-p2-smco-magnet", "cn2025-61-annex1-p2-tb-ndfeb-magnet",
		"cn2025-61-annex1-p2-dy-ndfeb-magnet", "cn2025-61-annex1-p2-magnet-parts-assemblies",
		"cn2025-61-annex1-p2-re-targets",
	}
}

test_catalogue_entries_of_an_unknown_measure_are_empty if {
	classification.catalogue_entries("MOFCOM-2099-1", "annex1_part1") == []
}

test_line_elements_default_to_none if {
	classification.line_elements(_magnet_line) == ["Nd", "Pr", "Dy"]
	classification.line_elements(object.remove(_magnet_line, ["elements"])) == []
}

# ---- lines -----------------------------------------------------------------------------------

# Measures match each distinct set of a line's facts once (No. 61): that is right only while a line
# match reads nothing but line_facts, which line_matches makes so.
test_a_line_match_reads_only_the_line_facts if {
	classification.line_facts(_magnet_line) == {"category": "permanent_magnet", "elements": ["Nd", "Pr", "Dy"]}
	facts := classification.line_facts(_magnet_line)
	every e in classification.catalogue_entries("MOFCOM-2025-61", "annex1_part2") {
		_same_match(e.match.line, _magnet_line, facts)
	}
	classification.line_matches(_line_match("cn2025-61-annex1-p2-dy-ndfeb-magnet"), facts)
}

_same_match(m, line, facts) if {
	classification.line_matches(m, line)
	classification.line_matches(m, facts)
}

_same_match(m, line, facts) if {
	not classification.line_matches(m, line)
	not classification.line_matches(m, facts)
}

test_a_content_match_reads_only_the_material if {
	classification.material(_dy_content) == {"element": "Dy", "form": "metal"}
	classification.content_matches(_content_match("cn2025-61-annex1-p1-dy-metal"), classification.material(_dy_content))
	not classification.content_matches(_content_match("cn2025-61-annex1-p1-dy-oxide"), classification.material(_dy_content))
}

test_dy_magnet_is_the_dy_ndfeb_part_2_entry if {
	classification.line_matches(_line_match("cn2025-61-annex1-p2-dy-ndfeb-magnet"), _magnet_line)
	not classification.line_matches(_line_match("cn2025-61-annex1-p2-tb-ndfeb-magnet"), _magnet_line)
	not classification.line_matches(_line_match("cn2025-61-annex1-p2-smco-magnet"), _magnet_line)
}

test_plain_ndfeb_magnet_matches_no_part_2_entry if {
	plain := object.union(_magnet_line, {"elements": ["Nd", "Pr"]})
	every e in classification.catalogue_entries("MOFCOM-2025-61", "annex1_part2") {
		not classification.line_matches(e.match.line, plain)
	}
}

test_line_without_elements_matches_no_element_entry if {
	bare := object.remove(_magnet_line, ["elements"])
	not classification.line_matches(_line_match("cn2025-61-annex1-p2-dy-ndfeb-magnet"), bare)
}

test_category_must_match if {
	metal := object.union(_magnet_line, {"category": "rare_earth_metal", "elements": ["Dy"]})
	not classification.line_matches(_line_match("cn2025-61-annex1-p2-dy-ndfeb-magnet"), metal)
	classification.line_matches(_line_match("cn2025-61-annex1-p1-dy-metal"), metal)
}

test_product_with_magnet_is_a_part_2_assembly if {
	motor := object.union(_magnet_line, {"category": "product_with_magnet", "elements": ["Tb"]})
	classification.line_matches(_line_match("cn2025-61-annex1-p2-magnet-parts-assemblies"), motor)
}

test_any_rare_earth_target_is_a_part_2_target if {
	target := {"category": "sputtering_target", "elements": ["La"]}
	classification.line_matches(_line_match("cn2025-61-annex1-p2-re-targets"), target)
}

test_tbdyfe_alloy_line_needs_all_its_elements if {
	both := {"category": "rare_earth_alloy", "elements": ["Tb", "Dy"]}
	classification.line_matches(_line_match("cn2025-61-annex1-p1-tbdyfe-alloy"), both)
	only_tb := {"category": "rare_earth_alloy", "elements": ["Tb"]}
	not classification.line_matches(_line_match("cn2025-61-annex1-p1-tbdyfe-alloy"), only_tb)
}

test_line_match_without_element_conditions_matches_by_category if {
	classification.line_matches({"categories": ["other"]}, {"category": "other"})
}

# ---- rare-earth content ----------------------------------------------------------------------

test_dy_metal_content_is_dy_metal if {
	classification.content_matches(_content_match("cn2025-61-annex1-p1-dy-metal"), _dy_content)
	not classification.content_matches(_content_match("cn2025-61-annex1-p1-tb-metal"), _dy_content)
}

test_form_must_match_for_content if {
	oxide := object.union(_dy_content, {"form": "oxide"})
	not classification.content_matches(_content_match("cn2025-61-annex1-p1-dy-metal"), oxide)
	classification.content_matches(_content_match("cn2025-61-annex1-p1-dy-oxide"), oxide)
}

test_named_alloy_system_is_compared_without_case if {
	smco := {"element": "Sm", "form": "alloy", "alloy": "smco", "origin": "CN"}
	classification.content_matches(_content_match("cn2025-61-annex1-p1-smco-alloy"), smco)
}

test_alloy_without_system_counts_when_the_element_fits if {
	unnamed := {"element": "Dy", "form": "alloy", "origin": "CN"}
	classification.content_matches(_content_match("cn2025-61-annex1-p1-dyfe-alloy"), unnamed)
	classification.content_matches(_content_match("cn2025-61-annex1-p1-tbdyfe-alloy"), unnamed)
	not classification.content_matches(_content_match("cn2025-61-annex1-p1-smco-alloy"), unnamed)
}

test_alloy_of_another_named_system_does_not_count if {
	smfen := {"element": "Sm", "form": "alloy", "alloy": "SmFeN", "origin": "CN"}
	not classification.content_matches(_content_match("cn2025-61-annex1-p1-smco-alloy"), smfen)
}

# ---- controls --------------------------------------------------------------------------------

test_control_of_an_entry_without_control_code if {
	classification.control_of(_known_entry("cn2025-61-annex1-p2-dy-ndfeb-magnet")) == {
		"entry_id": "cn2025-61-annex1-p2-dy-ndfeb-magnet",
		"measure": "MOFCOM-2025-61",
		"clause": "annex 1",
		"name_en": "dysprosium-containing NdFeB permanent-magnet material",
		"source_quality": "secondary",
	}
}

test_control_of_an_entry_with_control_code if {
	entry := object.union(_known_entry("cn2025-61-annex1-p1-dy-metal"), {"control_code": "1C902.a"})
	classification.control_of(entry) == {
		"entry_id": "cn2025-61-annex1-p1-dy-metal",
		"measure": "MOFCOM-2025-61",
		"clause": "annex 1",
		"name_en": "dysprosium metal",
		"source_quality": "secondary",
		"control_code": "1C902.a",
	}
}
