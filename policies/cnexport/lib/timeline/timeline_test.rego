package cnexport.lib.timeline_test

import data.cnexport.lib.timeline

# The timeline of measures (lib/timeline/timeline.rego): each clause from its own effective date, and the
# No. 70 suspension over [2025-11-07, 2026-11-10) (I-70-START-DAY, I-70-END-DAY).

_no61 := "MOFCOM-2025-61"

_no70_suspension := {
	"by": "MOFCOM-2025-70",
	"from": "2025-11-07",
	"until": "2026-11-10",
	"clauses": "all",
	"interpretation": "I-70-END-DAY",
	"source": "https://udn.com/news/story/7333/9125818",
	"source_quality": "secondary",
}

# ---- the data the rules read -----------------------------------------------------------------

test_measure_and_clause_come_from_the_data if {
	timeline.measure(_no61).issuer == "MOFCOM"
	timeline.clause(_no61, "1(1)").effective_from == "2025-12-01"
	timeline.clause(_no61, "1(2)").effective_from == "2025-12-01"
	timeline.clause(_no61, "1(3)").effective_from == "2025-10-09"
	timeline.measure(_no61).suspensions == [_no70_suspension]
}

test_a_clause_is_found_by_the_role_the_data_gives_it if {
	timeline.clause_with_role("licence_decision_period") == {"measure": "STATECOUNCIL-2024-792", "clause": "17"}
	timeline.role_param("licence_decision_period", "decision_working_days") == 45
	timeline.role_param("export_definition", "receiving_roles") == ["consignee", "end_user", "intermediate_consignee", "importer"]
}

test_a_role_no_clause_has_finds_nothing if {
	not timeline.clause_with_role("no_such_role")
	not timeline.role_param("no_such_role", "decision_working_days")
	not timeline.role_param("licence_decision_period", "no_such_param")
}

test_the_reported_extension_is_the_clause_with_its_role if {
	timeline.reported_extension.params.reported_until == "2027-01-10"
	roles := {"reported_extension": {"measure": "MOFCOM-2025-61", "clause": "2"}}
	timeline.reported_extension.params.ownership_threshold == 0.5 with data.cnexport_reference.index.clause_roles as roles
}

test_param_reads_the_clause_parameters if {
	timeline.param(_no61, "1(1)", "threshold_ratio") == 0.001
	timeline.param(_no61, "1(1)", "content_origins") == ["CN"]
	timeline.param(_no61, "2", "ownership_threshold") == 0.5
	timeline.param(_no61, "2", "lists") == ["control_list", "watch_list"]
	timeline.param(_no61, "5", "report_working_days") == 10
}

test_param_of_an_unknown_clause_is_undefined if {
	not timeline.param(_no61, "9", "threshold_ratio")
}

# ---- clause 1(3) and the tiers: from publication on 2025-10-09 -------------------------------

test_clause_1_3_is_not_in_force_on_2025_10_08 if {
	not timeline.in_force(_no61, "1(3)", "2025-10-08")
}

test_a_clause_not_in_force_is_false_not_undefined if {
	timeline.in_force(_no61, "1(3)", "2025-10-08") == false
	timeline.in_force(_no61, "1(3)", "2025-11-07") == false
	timeline.in_force(_no61, "9", "2025-10-09") == false
	timeline.in_force(_no61, "1(3)", "2025-10-09") == true
}

test_clause_1_3_is_in_force_on_2025_10_09 if {
	timeline.in_force(_no61, "1(3)", "2025-10-09")
	timeline.in_force(_no61, "2", "2025-10-09")
	timeline.in_force(_no61, "5", "2025-10-09")
}

# ---- the suspension by No. 70 ----------------------------------------------------------------

test_no61_is_in_force_on_2025_11_06_the_day_before_the_suspension if {
	timeline.in_force(_no61, "1(3)", "2025-11-06")
	timeline.suspensions_on(_no61, "1(3)", "2025-11-06") == set()
}

test_no61_is_suspended_on_2025_11_07 if {
	not timeline.in_force(_no61, "1(3)", "2025-11-07")
	timeline.suspensions_on(_no61, "1(3)", "2025-11-07") == {_no70_suspension}
}

test_no61_is_suspended_on_2026_11_09 if {
	not timeline.in_force(_no61, "1(3)", "2026-11-09")
	not timeline.in_force(_no61, "1(1)", "2026-11-09")
}

test_no61_applies_again_on_2026_11_10_the_printed_end_day if {
	timeline.in_force(_no61, "1(3)", "2026-11-10")
	timeline.in_force(_no61, "1(1)", "2026-11-10")
	timeline.in_force(_no61, "1(2)", "2026-11-10")
	timeline.suspensions_on(_no61, "1(1)", "2026-11-10") == set()
}

# ---- clause 1(1) and 1(2): from 2025-12-01, but suspended until 2026-11-10 ---------------------

test_clause_1_1_is_dormant_on_2025_12_01_because_of_the_suspension if {
	not timeline.in_force(_no61, "1(1)", "2025-12-01")
	not timeline.in_force(_no61, "1(2)", "2025-12-01")
}

test_clause_1_1_without_the_suspension_starts_on_2025_12_01 if {
	not timeline.in_force(_no61, "1(1)", "2025-11-30") with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
	timeline.in_force(_no61, "1(1)", "2025-12-01") with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
	not timeline.in_force(_no61, "1(2)", "2025-11-30") with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
	timeline.in_force(_no61, "1(2)", "2025-12-01") with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
}

test_a_suspension_of_named_clauses_leaves_the_others_in_force if {
	partial := [object.union(_no70_suspension, {"clauses": ["1(1)"]})]
	not timeline.in_force(_no61, "1(1)", "2026-01-05") with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as partial
	timeline.in_force(_no61, "1(3)", "2026-01-05") with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as partial
}

test_no70_itself_is_in_force_from_its_publication if {
	not timeline.in_force("MOFCOM-2025-70", "1", "2025-11-06")
	timeline.in_force("MOFCOM-2025-70", "1", "2025-11-07")
}

# ---- why a clause does not apply -------------------------------------------------------------

test_not_in_force_because_names_the_effective_date_before_it if {
	timeline.not_in_force_because(_no61, "1(3)", "2025-10-08") == {
		"state": "not_yet_in_force",
		"because": "clause 1(3) of MOFCOM-2025-61 applies only from 2025-10-09",
		"because_zh": "MOFCOM-2025-61第1(3)条自2025-10-09起施行",
	}
	timeline.not_in_force_because(_no61, "1(1)", "2025-11-30").because == "clause 1(1) of MOFCOM-2025-61 applies only from 2025-12-01"
}

test_not_in_force_because_names_the_suspension_during_it if {
	timeline.not_in_force_because(_no61, "1(1)", "2025-12-01") == {
		"state": "suspended",
		"because": "MOFCOM-2025-70 suspends MOFCOM-2025-61 from 2025-11-07 until 2026-11-10",
		"because_zh": "MOFCOM-2025-70自2025-11-07起至2026-11-10暂停实施MOFCOM-2025-61",
	}
	because := timeline.not_in_force_because(_no61, "1(3)", "2026-11-09").because
	because == "MOFCOM-2025-70 suspends MOFCOM-2025-61 from 2025-11-07 until 2026-11-10"
}

test_not_in_force_because_is_undefined_when_in_force if {
	not timeline.not_in_force_because(_no61, "1(3)", "2026-11-10")
}

test_suspension_ending_on_only_the_printed_end_day if {
	timeline.suspension_ending_on(_no61, "2026-11-10") == {_no70_suspension}
	timeline.suspension_ending_on(_no61, "2026-11-09") == set()
	timeline.suspension_ending_on(_no61, "2026-11-11") == set()
	timeline.suspension_ending_on("MOFCOM-2025-70", "2026-11-10") == set()
}
