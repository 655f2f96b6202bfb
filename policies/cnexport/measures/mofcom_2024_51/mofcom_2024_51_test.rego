package cnexport.measures.mofcom_2024_51_test

import data.cnexport.fixtures
import data.cnexport.measures.mofcom_2024_51

_anode := fixtures.item(1, {"category": "graphite_anode_material", "elements": ["C"]})

_anode_warning := {
	"code": "GRAPHITE_ANODE_NATURAL_CONTENT",
	"interpretation": "I-39-ANODE-MATERIAL",
	"lines": [1],
	"measure": "MOFCOM-2023-39",
	"message_en": concat("", [
		"line 1: graphite anode material: if it is or contains natural flake graphite (spherical graphite, a blended anode ",
		"material), that material is mofcom-2023-39-2-natural-flake-graphite, a Dual-Use List item in force: declare it as a ",
		"line of category natural_graphite",
	]),
	"message_zh": concat("", [
		"第1行为石墨负极材料：如其为或含有天然鳞片石墨（球化石墨、混合负极材料），该材料属mofcom-2023-39-2-natural-flake-graphite，",
		"为现行有效的两用物项出口管制清单所列物项：请将其作为类别为natural_graphite的单独一行申报。",
	]),
}

# The natural flake graphite item is listed from 2023-12-01 (No. 39), and by the List from 2024-12-01.
test_anode_material_is_warned_while_natural_flake_graphite_is_listed if {
	mofcom_2024_51.warnings == {_anode_warning} with input as fixtures.export_doc("2023-12-01", [_anode])
	mofcom_2024_51.warnings == {_anode_warning} with input as fixtures.export_doc("2026-11-10", [_anode])
	mofcom_2024_51.warnings == set() with input as fixtures.export_doc("2023-11-30", [_anode])
}

test_only_anode_material_of_an_export_from_china_is_warned if {
	natural := fixtures.item(1, {"category": "natural_graphite", "elements": ["C"]})
	mofcom_2024_51.warnings == set() with input as fixtures.export_doc("2026-11-10", [natural])
	within_china := {"ship_to": "CN", "parties": [{"role": "consignee", "name": "Baotou Co", "country": "CN"}]}
	mofcom_2024_51.warnings == set() with input as object.union(fixtures.export_doc("2026-11-10", [_anode]), within_china)
}

# Anode lines share one warning, naming them in runs; other lines are not named.
test_anode_lines_share_one_warning if {
	natural := fixtures.item(3, {"category": "natural_graphite", "elements": ["C"]})
	lines := [_anode, object.union(_anode, {"line": 2}), natural, object.union(_anode, {"line": 4})]
	warnings := mofcom_2024_51.warnings with input as fixtures.export_doc("2026-11-10", lines)
	[[w.lines, substring(w.message_en, 0, 40)] | some w in warnings] == [[[1, 2, 4], "lines 1-2, 4: graphite anode material: i"]]
}
