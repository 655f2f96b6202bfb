# METADATA
# title: Dates and the working-day calendar
# description: |
#   Calendar dates, today's date in Beijing, the official working-day calendar, and the latest day to
#   apply for a dual-use licence counted back from the export date.
package cnexport.lib.dates

import data.cnexport.lib.timeline

# Dates are ISO calendar dates ("2025-12-01"), Beijing dates as the texts give them; arithmetic
# goes through UTC midnight, which no time zone can shift.

_layout := "2006-01-02"

# METADATA
# description: a date as nanoseconds since the epoch at UTC midnight
date_ns(d) := time.parse_ns(_layout, d)

# METADATA
# description: the date n days after d (before it for negative n)
add_days(d, n) := time.format([time.add_date(date_ns(d), 0, 0, n), "UTC", _layout])

# METADATA
# description: today's date in Beijing (UTC+8), the calendar the measures' and lists' dates are written in
today_in_beijing := time.format([time.now_ns() + ((8 * 3600) * 1000000000), "UTC", _layout])

# METADATA
# description: whether a string is a real calendar date written YYYY-MM-DD
is_date(d) if {
	is_string(d)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, d)
	time.format([date_ns(d), "UTC", _layout]) == d
}

# METADATA
# description: whether the calendar data holds the official holidays of the year of d
calendar_covers(d) if data.cnexport_reference.index.calendar_years[substring(d, 0, 4)]

# METADATA
# description: |
#   A working day (工作日) by reading I-WORKING-DAYS: Monday to Friday unless a holiday, and the
#   make-up weekend days the State Council names. In a year the calendar data does not cover,
#   every day counts, so that a deadline computed there is never later than the real one.
# scope: document
is_working_day(d) if not calendar_covers(d)

is_working_day(d) if {
	calendar_covers(d)
	data.cnexport_reference.index.makeup_workdays[d]
}

is_working_day(d) if {
	calendar_covers(d)
	not data.cnexport_reference.index.holidays[d]
	not time.weekday(date_ns(d)) in {"Saturday", "Sunday"}
}

# METADATA
# description: |
#   The n-th working day after `start` (the start day itself is not counted), and whether every
#   day up to it lies in a year the calendar data covers.
working_day_deadline(start, n) := {"due": due, "calendar_complete": complete} if {
	days := [d | some k in numbers.range(1, (3 * n) + 30); d := add_days(start, k); is_working_day(d)]
	due := days[n - 1]
	complete := calendar_covers_span(start, due)
}

# METADATA
# description: whether the calendar data covers the years of both ends of a span of days
# scope: document
default calendar_covers_span(_, _) := false

calendar_covers_span(start, end) if {
	calendar_covers(start)
	calendar_covers(end)
}

# METADATA
# description: |
#   The n-th working day before `end` (`end` itself not counted) and whether every day from it to
#   `end` lies in a year the calendar data covers. Counting back, a working day is Monday to Friday
#   less the calendar's holidays, and no make-up weekend day: the earlier day (I-LATEST-DAY-TO-APPLY).
#   In a year the calendar does not cover every weekday counts, and the real day may be earlier.
working_days_before(end, n) := {"due": due, "calendar_complete": complete} if {
	days := [d | some k in numbers.range(1, (3 * n) + 30); d := add_days(end, 0 - k); _weekday_not_holiday(d)]
	due := days[n - 1]
	complete := calendar_covers_span(due, end)
}

_weekday_not_holiday(d) if {
	not data.cnexport_reference.index.holidays[d]
	not time.weekday(date_ns(d)) in {"Saturday", "Sunday"}
}

# METADATA
# description: |
#   For a dual-use licence needed to export on `export_date`: the latest day to apply so that the
#   45 working days MOFCOM has to decide (Dual-Use Regulations Art. 17) end before the export, and
#   the figures an obligation shows (I-LATEST-DAY-TO-APPLY). It depends on the date and the data
#   alone: the data build tabulates computed_application_deadline for every day of the years the
#   calendar covers (index.application_deadlines), and any other day is computed here.
application_deadline(export_date) := found if {
	found := data.cnexport_reference.index.application_deadlines[export_date]
} else := computed_application_deadline(export_date)

# METADATA
# description: application_deadline counted day by day from the calendar, as the data build tabulates it
computed_application_deadline(export_date) := {
	"latest_day_to_apply": deadline.due,
	"decision_working_days": n,
	"calendar_complete": deadline.calendar_complete,
} if {
	n := timeline.role_param("licence_decision_period", "decision_working_days")
	deadline := working_days_before(export_date, n)
}
