# The warnings of a decision that are not any one measure's: measures that would apply but are not
# in force, data not verified for the date, licences that do not cover, holds. They read the
# decision's own private rules (decision.rego, the same package).
package cnexport

import data.cnexport.lib

# METADATA
# description: every warning of the decision
# scope: document
warnings contains w if {
	some w in data.cnexport.measures[_].warnings
}

warnings contains h if some h in _holds

warnings contains lib.warning(
	"REFERENCE_DATA_NOT_VERIFIED",
	sprintf(
		"the export date %s is after %s, the last date the reference data was verified for: later measures, extensions or repeals may be missing",
		[_date, _meta.verified_through],
	),
	{},
) if {
	_date > _meta.verified_through
}

warnings contains lib.warning(
	"LISTINGS_NOT_VERIFIED",
	sprintf(
		concat("", [
			"the export date %s is after %s, the date of the newest source that lists designations: ",
			"a party may be on a later listing the reference data does not hold",
		]),
		[_date, _meta.listings_verified_through],
	),
	{},
) if {
	_date > _meta.listings_verified_through
}

warnings contains lib.warning(
	"MEASURE_NOT_IN_FORCE",
	sprintf(
		"line %v: %s (%s clause %s) would apply, but %s",
		[f.line, f.code, f.measure, f.clause, lib.not_in_force_because(f.measure, f.clause, _date)],
	),
	{"line": f.line, "measure": f.measure},
) if {
	some f in _dormant
}

warnings contains lib.warning(
	"MEASURE_NOT_IN_FORCE",
	sprintf(
		"party %s (%s): %s clause %s would say whether it may provide its service, but %s",
		[party.name, party.role, sc.measure, sc.clause, lib.not_in_force_because(sc.measure, sc.clause, _date)],
	),
	{"measure": sc.measure},
) if {
	some sc in _service_clauses
	not lib.in_force(sc.measure, sc.clause, _date)
	_would_speak(sc)
	some party in input.parties
	party.role in sc.roles
}

warnings contains lib.warning(
	"SUSPENSION_END_DAY",
	sprintf(
		"%s's suspension by %s is printed as lasting until %s; this decision applies the measure on that day",
		[m, s.by, s.until],
	),
	{"measure": m, "interpretation": s.interpretation},
) if {
	some m in {f.measure | some f in _findings}
	some s in lib.suspension_ending_on(m, _date)
}

warnings contains lib.warning(
	"SUSPENSION_EXTENSION_REPORTED",
	lib.reported_extension_text(
		sprintf("%s applies again from %s, when its suspension by %s ends as printed", [_suspended_text(m, s), s.until, s.by]),
		s.by, _meta.verified_through,
	),
	{"measure": m, "interpretation": "I-EXTENSION-REPORTED"},
) if {
	some [m, s] in _revived
}

warnings contains lib.warning(
	"DEADLINE_WITHOUT_CALENDAR",
	sprintf(
		"line %v: the %s deadline %s counts every day of a year without holiday data as a working day; the real one is no earlier",
		[o.line, o.type, o.due],
	),
	{"line": o.line, "measure": o.basis.measure, "interpretation": "I-WORKING-DAYS"},
) if {
	some o in _obligations
	o.figures.calendar_complete == false
	not o.figures.latest_day_to_apply
}

# Counting back from the export, a year without holiday data makes the day too late, never too early.
warnings contains lib.warning(
	"DEADLINE_WITHOUT_CALENDAR",
	sprintf(
		concat("", [
			"line %v: the latest day to apply, %s, counts every weekday of a year without holiday data as a working day; ",
			"the real one may be earlier: apply sooner",
		]),
		[o.line, o.due],
	),
	{"line": o.line, "measure": o.basis.measure, "interpretation": "I-LATEST-DAY-TO-APPLY"},
) if {
	some o in _obligations
	o.figures.calendar_complete == false
	o.figures.latest_day_to_apply
}

warnings contains lib.warning(
	"LOW_GRADE_SOURCE",
	sprintf(
		"line %v: the %s obligation (%s clause %s) is known only from a machine-written summary of the official text",
		[o.line, o.type, o.basis.measure, o.basis.clause],
	),
	{"line": o.line, "measure": o.basis.measure},
) if {
	some o in _obligations
	c := lib.clause(o.basis.measure, o.basis.clause)
	c.source_quality == "secondary_llm_summary"
}

warnings contains lib.warning(
	"CATALOGUE_ENTRY_INFERRED",
	sprintf(
		"line %v: catalogue entry %s rests on inferred data; see its note in data/catalogue/",
		[l.line, c.entry_id],
	),
	{"line": l.line, "measure": c.measure},
) if {
	some l in _lines
	some c in l.controls
	data.cnexport_reference.index.catalogue[c.entry_id].inferred == true
}

warnings contains lib.warning(
	"CATALOGUE_ENTRY_LOW_GRADE_SOURCE",
	sprintf(
		"line %v: catalogue entry %s is known only from a machine-written summary of the official text; see its source in data/catalogue/",
		[l.line, c.entry_id],
	),
	{"line": l.line, "measure": c.measure},
) if {
	some l in _lines
	some c in l.controls
	c.source_quality == "secondary_llm_summary"
}

warnings contains lib.warning(
	"LICENCE_NOT_VALID_ON_DATE",
	sprintf(
		"licence %s is valid from %s to %s, not on the export date %s",
		[l.number, l.valid_from, l.valid_until, _date],
	),
	{},
) if {
	some l in object.get(input, "licences", [])
	not lib.licence_valid_on(l, _date)
}

warnings contains lib.warning(
	"LICENCE_ISSUER_NOT_RECOGNISED",
	sprintf(
		"licence %s was issued by %s, which cannot lift a Chinese licence duty",
		[l.number, l.issued_by],
	),
	{"interpretation": "I-LICENCE-ISSUER"},
) if {
	some l in object.get(input, "licences", [])
	not lib.licence_issuer_recognised(l)
}

# A clause out of force would have spoken: it speaks for every line, or its own measure would
# have given a reason on a line or the shipment.
_would_speak(sc) if not sc.own_lines_only

_would_speak(sc) if {
	sc.own_lines_only
	some f in _dormant
	f.measure == sc.measure
}
