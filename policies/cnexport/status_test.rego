package cnexport_test

import data.cnexport

_listings(s, announcement) := [[l.state, l.from, object.get(l, "until", null), count(l.entries)] |
	some l in s.listings
	l.announcement == announcement
]

test_status_no_72_suspends_us_military_clause_from_2025_11_09 if {
	s_2025_11_08 := cnexport.status with input as {"date": "2025-11-08"}
	s_2025_11_09 := cnexport.status with input as {"date": "2025-11-09"}
	before := s_2025_11_08.measures["MOFCOM-2024-46"].clauses["2"]
	[before.state, before.from] == ["in_force", "2024-12-03"]
	on := s_2025_11_09.measures["MOFCOM-2024-46"].clauses["2"]
	[on.state, on.from, on.until, on.by] == ["suspended", "2025-11-09", "2026-11-27", "MOFCOM-2025-72"]
	on.change_interpretation == "I-72-END-DAY"
	on.interpretation == "I-46-ITEM-FAMILIES"
	on.change_source == "https://rebee.cn/news/show/494.html"
	s_2025_11_09.measures["MOFCOM-2024-46"].clauses["1"].state == "in_force"
}

test_status_no_70_suspends_no_61_from_2025_11_07 if {
	s_2025_11_06 := cnexport.status with input as {"date": "2025-11-06"}
	s_2025_11_06.measures["MOFCOM-2025-61"].clauses["3"].state == "in_force"
	s_2025_11_07 := cnexport.status with input as {"date": "2025-11-07"}
	on := s_2025_11_07.measures["MOFCOM-2025-61"].clauses["3"]
	[on.state, on.from, on.until, on.by] == ["suspended", "2025-11-07", "2026-11-10", "MOFCOM-2025-70"]
}

test_status_no_61_revives_on_2026_11_10 if {
	s_2026_11_09 := cnexport.status with input as {"date": "2026-11-09"}
	last := s_2026_11_09.measures["MOFCOM-2025-61"].clauses["3"]
	[last.state, last.until] == ["suspended", "2026-11-10"]
	s_2026_11_10 := cnexport.status with input as {"date": "2026-11-10"}
	revived := s_2026_11_10.measures["MOFCOM-2025-61"].clauses["3"]
	[revived.state, revived.from, revived.by, revived.change_interpretation] == ["revived", "2026-11-10", "MOFCOM-2025-70", "I-70-END-DAY"]
	revived.interpretation == "I-61-TIERS-FROM-PUBLICATION"
	revived.effective_from == "2025-10-09"
}

test_status_warns_of_the_reported_extension_while_it_runs if {
	s_2026_11_09 := cnexport.status with input as {"date": "2026-11-09"}
	s_2027_01_10 := cnexport.status with input as {"date": "2027-01-10"}
	s_2026_11_10 := cnexport.status with input as {"date": "2026-11-10"}
	codes := {[w.code, w.measure] | some w in s_2026_11_10.warnings; w.code == "SUSPENSION_EXTENSION_REPORTED"}
	["SUSPENSION_EXTENSION_REPORTED", "MOFCOM-2025-61"] in codes
	["SUSPENSION_EXTENSION_REPORTED", "MOFCOM-2025-55"] in codes
	every w in s_2026_11_09.warnings {
		w.code != "SUSPENSION_EXTENSION_REPORTED"
	}
	every w in s_2027_01_10.warnings {
		w.code != "SUSPENSION_EXTENSION_REPORTED"
	}
}

test_status_clause_not_yet_in_force_before_its_own_date if {
	s_2025_10_08 := cnexport.status with input as {"date": "2025-10-08"}
	s_2025_10_09 := cnexport.status with input as {"date": "2025-10-09"}
	before := s_2025_10_08.measures["MOFCOM-2025-61"].clauses["1(1)"]
	[before.state, before.from] == ["not_yet_in_force", "2025-12-01"]
	s_2025_10_09.measures["MOFCOM-2025-61"].clauses["1(3)"].state == "in_force"
	s_2025_10_08.measures["MOFCOM-2025-61"].clauses["1(3)"].state == "not_yet_in_force"
}

test_status_repeal_from_its_day if {
	s_2024_11_30 := cnexport.status with input as {"date": "2024-11-30"}
	s_2024_11_30.measures["MOFCOM-2023-23"].clauses["1"].state == "in_force"
	s_2024_12_01 := cnexport.status with input as {"date": "2024-12-01"}
	on := s_2024_12_01.measures["MOFCOM-2023-23"].clauses["1"]
	[on.state, on.from, on.by, on.source_quality] == ["repealed", "2024-12-01", "MOFCOM-2024-51", "primary_reprint"]
}

test_status_listings_stopped_and_suspended if {
	s_2025_11_09 := cnexport.status with input as {"date": "2025-11-09"}
	_listings(s_2025_11_09, "MOFCOM-2025-13") == [["in_force", "2025-03-04", null, 15]]
	s_2025_11_10 := cnexport.status with input as {"date": "2025-11-10"}
	_listings(s_2025_11_10, "MOFCOM-2025-13") == [["stopped", "2025-11-10", null, 15]]
	s_2026_11_09 := cnexport.status with input as {"date": "2026-11-09"}
	_listings(s_2026_11_09, "MOFCOM-2025-21") == [["suspended", "2025-05-14", "2026-11-10", 16]]
	s_2026_11_10 := cnexport.status with input as {"date": "2026-11-10"}
	_listings(s_2026_11_10, "MOFCOM-2025-21") == [["in_force", "2025-04-04", null, 16]]
}

test_status_measure_facts_from_the_data if {
	s_2025_12_01 := cnexport.status with input as {"date": "2025-12-01"}
	m := s_2025_12_01.measures["MOFCOM-2025-61"]
	[m.issuer, m.issued, m.source_quality] == ["MOFCOM", "2025-10-09", "primary_reprint"]
	m.clauses["1(1)"].date_source == "https://www.chemradar.com/en/news/detail/f1la2toi5p1c"
}

test_status_reference_data_warnings_after_their_dates if {
	s_2026_08_22 := cnexport.status with input as {"date": "2026-08-22"}
	[w.code | some w in s_2026_08_22.warnings] == []
	s_2026_08_23 := cnexport.status with input as {"date": "2026-08-23"}
	[w.code | some w in s_2026_08_23.warnings] == ["LISTINGS_NOT_VERIFIED"]
	s_2026_10_10 := cnexport.status with input as {"date": "2026-10-10"}
	[w.code | some w in s_2026_10_10.warnings] == ["LISTINGS_NOT_VERIFIED", "REFERENCE_DATA_NOT_VERIFIED"]
}

test_status_today_in_beijing_without_a_date if {
	# 2025-11-06T16:00:00Z is already 2025-11-07 in Beijing.
	s := cnexport.status with input as {} with time.now_ns as 1762444800000000000
	s.date == "2025-11-07"
	s.measures["MOFCOM-2025-61"].clauses["3"].state == "suspended"
}

test_status_bundle_revisions_as_opa_records_them if {
	s_2025_12_01 := cnexport.status with input as {"date": "2025-12-01"}
	s_2025_12_01.bundle_revisions == {}
	bundles := {"cnexport": {"manifest": {"revision": "abc+123"}}, "cnexport-reference": {"manifest": {}}}
	s := cnexport.status with input as {"date": "2025-12-01"} with data.system.bundles as bundles
	s.bundle_revisions == {"cnexport": "abc+123", "cnexport-reference": ""}
}

test_status_invalid_requests_get_every_error if {
	s := cnexport.status with input as {"date": "2025-02-30", "when": 1}
	[s.date, s.measures, s.listings] == [null, {}, []]
	[e.path | some e in s.errors] == ["/date", "/when"]
	not_object := cnexport.status with input as "2025-12-01"
	not_object.errors == [{"path": "", "message": "the request must be a JSON object, not string"}]
	huge := cnexport.status with input as {"date": 1e400}
	[e.path | some e in huge.errors] == ["/date"]
}

test_status_incomplete_data_is_an_error if {
	s := cnexport.status with input as {"date": "2025-12-01"} with cnexport.schemas.status as null
	s.measures == {}
	count(s.errors) > 0
	s.reference_data.version == "unknown"
}

test_status_change_dates_hold_every_dated_state if {
	s := cnexport.status with input as {"date": "2025-12-01"}
	dates := [
		"2020-12-01", "2024-12-01", "2025-05-14", "2025-10-09", "2025-11-07",
		"2025-11-09", "2025-11-10", "2025-12-01", "2026-11-10", "2026-11-27",
	]
	every d in dates {
		d in s.change_dates
	}
	s.change_dates == sort(s.change_dates)
	not "2025-11-11" in s.change_dates
}

test_status_catalogue_entries_named_with_their_sources if {
	entries := ["mofcom-2025-55-2c902a-diamond-micropowder", "no-such-entry"]
	before := cnexport.status with input as {"date": "2026-11-09", "entries": entries}
	object.keys(before.catalogue) == {"mofcom-2025-55-2c902a-diamond-micropowder"}
	entry := before.catalogue["mofcom-2025-55-2c902a-diamond-micropowder"]
	[entry.measure, entry.clause, entry.effective_from, entry.applies] == ["MOFCOM-2025-55", "1", "2025-11-08", false]
	after := cnexport.status with input as {"date": "2026-11-10", "entries": entries}
	after.catalogue["mofcom-2025-55-2c902a-diamond-micropowder"].applies == true
	none := cnexport.status with input as {"date": "2026-11-10"}
	none.catalogue == {}
}
