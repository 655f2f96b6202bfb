# Nos. 55 and 58 of 2025 (superhard materials; lithium batteries, cathode and graphite-anode
# materials), decided whole: due on 2025-11-08, suspended from 2025-11-07 until 2026-11-10.
package cnexport.measures.item_lists_test

import data.cnexport.fixtures

_no_55 := [
	[{"category": "synthetic_diamond_powder", "elements": ["C"], "parameters": {"average_particle_size_um": 50}}, "SH55_DIAMOND_MICROPOWDER"],
	[
		{"category": "synthetic_diamond_single_crystal", "elements": ["C"], "parameters": {"average_particle_size_um": 50.01}},
		"SH55_DIAMOND_SINGLE_CRYSTAL",
	],
	[
		{"category": "diamond_wire_saw", "elements": null, "parameters": {
			"wire_diameter_um": 45, "average_diamond_particle_size_um": 8, "breaking_force_n": 16,
		}},
		"SH55_DIAMOND_WIRE_SAW",
	],
	[
		{"category": "diamond_grinding_wheel", "elements": null, "parameters": {
			"hardness_hrb": 30, "average_diamond_particle_size_um": 5, "max_working_speed_m_per_s": 40,
		}},
		"SH55_DIAMOND_GRINDING_WHEEL",
	],
	[{"category": "production_equipment", "elements": null, "control_code": "2B005.b"}, "SH55_DCPCVD_EQUIPMENT"],
	[{"kind": "technology", "category": "technology", "elements": null, "control_code": "2E902"}, "SH55_DCPCVD_TECHNOLOGY"],
]

_no_55_lines := [fixtures.item(i + 1, x[0]) | some i, x in _no_55]

test_no_55_each_item_is_its_own_clause_once_the_suspension_ends if {
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", _no_55_lines)
	fixtures.valid(d)
	every i, x in _no_55 {
		fixtures.line_codes(d, i + 1)[0] == x[1]
		r := fixtures.reason_of(d, x[1])
		[r.measure, r.clause] == ["MOFCOM-2025-55", sprintf("%d", [i + 1])]
	}
}

test_no_55_is_suspended_on_2026_11_09 if {
	suspended := data.cnexport.decision with input as fixtures.export_doc("2026-11-09", _no_55_lines)
	suspended.outcome == "NOT_CONTROLLED"
	count(fixtures.dormant(suspended)) == 6
}

test_no_55_thresholds_on_the_other_side if {
	lines := [
		fixtures.item(1, {"category": "synthetic_diamond_powder", "elements": ["C"], "parameters": {"average_particle_size_um": 50.01}}),
		fixtures.item(2, {"category": "synthetic_diamond_single_crystal", "elements": ["C"], "parameters": {"average_particle_size_um": 500.01}}),
		fixtures.item(3, {"category": "diamond_wire_saw", "elements": null, "parameters": {
			"wire_diameter_um": 45.1, "average_diamond_particle_size_um": 8, "breaking_force_n": 16,
		}}),
	]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	d.outcome == "NOT_CONTROLLED"
	d.reasons == []
}

_no_58 := [
	[{"category": "lithium_battery", "elements": null, "parameters": {"gravimetric_energy_density_wh_per_kg": 300}}, "LB58_BATTERY_ITEM", "1"],
	[
		{"category": "cathode_material", "elements": ["Li", "Fe", "P", "O"], "parameters": {
			"compaction_density_g_per_cm3": 2.5, "gram_capacity_mah_per_g": 156,
		}},
		"LB58_CATHODE_ITEM", "2",
	],
	[{"category": "graphite_anode_material", "elements": ["C"]}, "LB58_GRAPHITE_ANODE_ITEM", "3"],
]

test_no_58_each_section_is_its_own_clause if {
	lines := [fixtures.item(i + 1, x[0]) | some i, x in _no_58]
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", lines)
	every i, x in _no_58 {
		fixtures.line_codes(d, i + 1)[0] == x[1]
		r := fixtures.reason_of(d, x[1])
		[r.measure, r.clause] == ["MOFCOM-2025-58", x[2]]
	}
	count(fixtures.line_of(d, 3).controls) == 2
	"GRAPHITE_ANODE_NATURAL_CONTENT" in fixtures.warning_codes(d)
}

test_no_58_battery_below_300_wh_per_kg_is_not_controlled if {
	d := data.cnexport.decision with input as fixtures.export_doc("2026-11-10", [fixtures.item(1, {
		"category": "lithium_battery", "elements": null, "parameters": {"gravimetric_energy_density_wh_per_kg": 299.99},
	})])
	d.outcome == "NOT_CONTROLLED"
}
