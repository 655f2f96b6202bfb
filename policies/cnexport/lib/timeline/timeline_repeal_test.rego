package cnexport.lib.timeline_test

import data.cnexport.lib.timeline

test_a_repealed_measure_applies_up_to_the_day_before_its_repeal if {
	not timeline.in_force("MOFCOM-2023-23", "1", "2023-07-31")
	timeline.in_force("MOFCOM-2023-23", "1", "2023-08-01")
	timeline.in_force("MOFCOM-2023-23", "1", "2024-11-30")
	not timeline.in_force("MOFCOM-2023-23", "1", "2024-12-01")
	timeline.repealed_on("MOFCOM-2023-23", "2024-12-01")
	not timeline.repealed_on("MOFCOM-2023-23", "2024-11-30")
	not timeline.repealed_on("MOFCOM-2025-18", "2026-12-31")
}

test_why_a_clause_does_not_apply if {
	timeline.not_in_force_because("MOFCOM-2023-23", "1", "2023-07-31").because == "clause 1 of MOFCOM-2023-23 applies only from 2023-08-01"
	timeline.not_in_force_because("MOFCOM-2023-23", "1", "2024-12-01") == {
		"state": "repealed",
		"because": "MOFCOM-2024-51 repealed MOFCOM-2023-23 on 2024-12-01",
		"because_zh": "MOFCOM-2024-51已于2024-12-01废止MOFCOM-2023-23",
	}
	timeline.not_in_force_because("MOFCOM-2024-46", "2", "2025-11-09").because == concat(" ", [
		"MOFCOM-2025-72 suspends MOFCOM-2024-46",
		"from 2025-11-09 until 2026-11-27",
	])
}
