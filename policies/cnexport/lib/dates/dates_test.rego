package cnexport.lib.dates_test

import data.cnexport.lib.dates

# Calendar dates and working days (lib/dates/dates.rego), read as I-WORKING-DAYS reads 工作日:
# Monday to Friday and the State Council's make-up days, less holidays, not counting the start.

# ---- dates -----------------------------------------------------------------------------------

test_is_date_accepts_real_calendar_dates if {
	dates.is_date("2025-12-01")
	dates.is_date("2024-02-29")
	dates.is_date("2026-11-10")
}

test_is_date_rejects_dates_that_do_not_exist if {
	not dates.is_date("2025-02-30")
	not dates.is_date("2025-02-29")
	not dates.is_date("2025-13-01")
	not dates.is_date("2025-04-31")
}

test_is_date_rejects_other_layouts_and_types if {
	not dates.is_date("2025-2-3")
	not dates.is_date("2025-12-01T00:00")
	not dates.is_date("01.12.2025")
	not dates.is_date("")
	not dates.is_date(20251201)
	not dates.is_date(null)
}

test_add_days_crosses_months_years_and_leap_days if {
	dates.add_days("2025-12-31", 1) == "2026-01-01"
	dates.add_days("2024-02-28", 1) == "2024-02-29"
	dates.add_days("2025-02-28", 1) == "2025-03-01"
	dates.add_days("2026-03-01", -1) == "2026-02-28"
	dates.add_days("2025-09-25", 0) == "2025-09-25"
}

test_date_ns_is_utc_midnight if {
	dates.date_ns("1970-01-02") == ((24 * 3600) * 1000) * 1000000
}

# ---- the calendar data -----------------------------------------------------------------------

test_calendar_covers_2025_and_2026_only if {
	dates.calendar_covers("2025-01-01")
	dates.calendar_covers("2026-12-31")
	not dates.calendar_covers("2024-12-31")
	not dates.calendar_covers("2027-01-01")
}

test_ordinary_weekday_is_a_working_day if {
	dates.is_working_day("2025-12-01") # Monday
	dates.is_working_day("2025-09-26") # Friday
}

test_ordinary_weekend_is_not_a_working_day if {
	not dates.is_working_day("2025-12-06") # Saturday
	not dates.is_working_day("2025-09-27") # Saturday before the make-up Sunday
	not dates.is_working_day("2025-10-12") # Sunday after the make-up Saturday
}

test_make_up_weekend_days_are_working_days if {
	dates.is_working_day("2025-09-28") # Sunday
	dates.is_working_day("2025-10-11") # Saturday
	dates.is_working_day("2026-02-14") # Saturday before Spring Festival
	dates.is_working_day("2026-02-28") # Saturday after it
}

test_national_day_holidays_are_not_working_days if {
	every d in ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"] {
		not dates.is_working_day(d)
	}
	dates.is_working_day("2025-10-09")
}

test_every_day_of_an_uncovered_year_is_a_working_day if {
	dates.is_working_day("2027-01-01") # New Year's Day
	dates.is_working_day("2027-01-02") # Saturday
	dates.is_working_day("2027-01-03") # Sunday
}

# ---- deadlines -------------------------------------------------------------------------------

# I-WORKING-DAYS' own example: reading B (make-up days ignored) would give 2025-10-17.
test_10th_working_day_after_thursday_2025_09_25_is_2025_10_15 if {
	dates.working_day_deadline("2025-09-25", 10) == {"due": "2025-10-15", "calendar_complete": true}
}

test_working_day_deadline_counts_the_make_up_sunday if {
	# 2025-09-26 Friday is the 1st, Sunday 2025-09-28 the 2nd
	dates.working_day_deadline("2025-09-25", 2) == {"due": "2025-09-28", "calendar_complete": true}
}

test_working_day_deadline_skips_national_day if {
	dates.working_day_deadline("2025-09-30", 1) == {"due": "2025-10-09", "calendar_complete": true}
}

test_working_day_deadline_does_not_count_the_start_day if {
	dates.working_day_deadline("2025-12-01", 1) == {"due": "2025-12-02", "calendar_complete": true}
}

test_working_day_deadline_across_spring_festival_2026 if {
	# 13 Feb (1), make-up Sat 14 Feb (2), holidays 15-23 Feb, 24-27 Feb (3-6),
	# make-up Sat 28 Feb (7), 2-4 Mar (8-10)
	dates.working_day_deadline("2026-02-12", 10) == {"due": "2026-03-04", "calendar_complete": true}
}

test_working_day_deadline_in_2027_counts_every_day if {
	dates.working_day_deadline("2027-01-05", 10) == {"due": "2027-01-15", "calendar_complete": false}
}

test_working_day_deadline_running_into_2027_is_incomplete if {
	# 25, 28, 29, 30, 31 Dec 2026 are working days 1-5; 1-5 Jan 2027 count as 6-10
	dates.working_day_deadline("2026-12-24", 10) == {"due": "2027-01-05", "calendar_complete": false}
}

test_calendar_covers_span_looks_at_both_ends if {
	dates.calendar_covers_span("2025-12-24", "2026-01-08") == true
	dates.calendar_covers_span("2026-12-24", "2027-01-05") == false
	dates.calendar_covers_span("2024-12-24", "2025-01-08") == false
}

# ---- counting back: the latest day to apply for a licence (I-LATEST-DAY-TO-APPLY) ----------------

test_the_45th_working_day_before_an_export_skips_holidays_and_no_make_up_day if {
	# 2026-12-01 back to 2026-09-21: the 1-7 October and 25 September holidays are skipped, and the
	# make-up days Sat 10 October and Sun 20 September are not counted.
	dates.working_days_before("2026-12-01", 45) == {"due": "2026-09-21", "calendar_complete": true}
	dates.working_days_before("2026-12-01", 44) == {"due": "2026-09-22", "calendar_complete": true}
	dates.working_days_before("2026-10-12", 1) == {"due": "2026-10-09", "calendar_complete": true}
	dates.working_days_before("2026-10-09", 1) == {"due": "2026-10-08", "calendar_complete": true}
	dates.working_days_before("2026-10-08", 1) == {"due": "2026-09-30", "calendar_complete": true}
}

test_the_export_day_itself_is_not_counted if {
	dates.working_days_before("2026-11-11", 1) == {"due": "2026-11-10", "calendar_complete": true}
}

test_counting_back_into_or_from_a_year_without_holiday_data_is_incomplete if {
	dates.working_days_before("2026-12-31", 45) == {"due": "2026-10-29", "calendar_complete": true}
	dates.working_days_before("2027-01-01", 45) == {"due": "2026-10-30", "calendar_complete": false}
	dates.working_days_before("2025-01-20", 45) == {"due": "2024-11-15", "calendar_complete": false}
}

test_the_application_deadline_reads_the_45_working_days_of_art_17 if {
	dates.application_deadline("2026-12-01") == {
		"latest_day_to_apply": "2026-09-21",
		"decision_working_days": 45,
		"calendar_complete": true,
	}
}

test_the_tabulated_application_deadline_is_the_computed_one if {
	# Days inside the calendar's years come from the table the data build makes, others are computed.
	table := data.cnexport_reference.index.application_deadlines
	every d in ["2025-01-01", "2025-10-09", "2026-02-17", "2026-12-01", "2026-12-31"] {
		table[d] == dates.computed_application_deadline(d)
		dates.application_deadline(d) == table[d]
	}
	not table["2027-01-01"]
	dates.application_deadline("2027-01-01") == {
		"latest_day_to_apply": "2026-10-30",
		"decision_working_days": 45,
		"calendar_complete": false,
	}
}
