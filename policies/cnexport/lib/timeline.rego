package cnexport.lib

# Every clause applies from its own effective date. A suspension covers the half-open interval
# [from, until): `until` is the date as printed, and by I-70-END-DAY the measure applies again on
# that day. A repealed measure applies up to the day before its repeal. Dates are compared as ISO
# strings, which order as the dates do.

# METADATA
# description: a measure of data/measures/ by its id (MOFCOM-2025-61)
measure(id) := data.cnexport_reference.measures.measures[id]

# METADATA
# description: a clause of a measure, with its dates, source and parameters
clause(id, c) := measure(id).clauses[c]

# METADATA
# description: a parameter a rule reads from the clause's data (thresholds, end uses, roles)
param(id, c, name) := clause(id, c).params[name]

# METADATA
# description: the suspensions that cover clause c of measure id on date d
suspensions_on(id, c, d) := {s |
	some s in measure(id).suspensions
	_suspends_clause(s, c)
	s.from <= d
	d < s.until
}

# METADATA
# description: the suspensions of clause c of measure id that had ended by date d (it applied again on their `until`)
suspensions_ended_by(id, c, d) := {s |
	some s in measure(id).suspensions
	_suspends_clause(s, c)
	s.until <= d
}

_suspends_clause(s, _) if s.clauses == "all"

_suspends_clause(s, c) if c in s.clauses

# METADATA
# description: whether clause c of measure id applies on date d
in_force(id, c, d) if {
	clause(id, c).effective_from <= d
	count(suspensions_on(id, c, d)) == 0
	not repealed_on(id, d)
}

# METADATA
# description: whether measure id has been repealed by date d (it applied up to the day before)
repealed_on(id, d) if measure(id).repealed.on <= d

# METADATA
# description: why a clause does not apply on date d, for the warning that says so
# scope: document
not_in_force_because(id, c, d) := sprintf("clause %s of %s applies only from %s", [c, id, clause(id, c).effective_from]) if {
	d < clause(id, c).effective_from
}

not_in_force_because(id, c, d) := sprintf("%s suspends %s from %s until %s", [s.by, id, s.from, s.until]) if {
	clause(id, c).effective_from <= d
	not repealed_on(id, d)
	some s in suspensions_on(id, c, d)
}

not_in_force_because(id, c, d) := sprintf("%s repealed %s on %s", [r.by, id, r.on]) if {
	clause(id, c).effective_from <= d
	repealed_on(id, d)
	r := measure(id).repealed
}

# METADATA
# description: the suspensions of a measure whose printed end date is d (I-70-END-DAY)
suspension_ending_on(id, d) := {s | some s in measure(id).suspensions; s.until == d}

# ---- the reported extension of the Kuala Lumpur arrangement (I-EXTENSION-REPORTED) ----------------

_extension_id := "MOFCOM-STATEMENT-2026-09-28"

# METADATA
# description: |
#   the readout that reported the Kuala Lumpur arrangement extended, and what it may touch: its
#   params name the suspending instruments, the listing announcements and the reported date
reported_extension := clause(_extension_id, "8")

# The readout as the warning names it: its title, issuer and date, from the data.
_readout := sprintf("%s (%s, %s)", [m.title_en, m.issuer, m.issued]) if {
	m := measure(_extension_id)
}

# METADATA
# description: |
#   whether date d is on or after the printed (or inferred) end `until` of a suspension and before
#   the date the extension was reported to run to: a decision relying on the revival is in doubt
in_reported_extension(until, d) if {
	until <= d
	d < reported_extension.params.reported_until
}

# METADATA
# description: |
#   the warning's words after `revival` (what applies again, and since when); `key` is the suspending
#   instrument or listing announcement, for the sentence said where the readout does not say whether
#   that suspension is covered
reported_extension_text(revival, key, verified_through) := sprintf(
	concat("", [
		"%s. An extension was reported: the %s says the two sides agreed to extend the Kuala Lumpur ",
		"joint arrangement to %s (%s). No MOFCOM/GAC ",
		"announcement implementing it (re-dating this suspension) was found in the sources read, the latest of which date ",
		"from about %s. If such an announcement was issued, this measure may remain suspended until %s or the date it ",
		"prints. Verify on www.mofcom.gov.cn before relying on this decision.%s",
	]),
	[
		revival, _readout, p.reported_until, p.quote_zh,
		verified_through, p.reported_until, _coverage_text(key),
	],
) if {
	p := reported_extension.params
}

_coverage_text(by) := sprintf(" The readout does not say whether %s is covered.", [by]) if {
	by in reported_extension.params.coverage_not_stated
}

_coverage_text(by) := "" if not by in reported_extension.params.coverage_not_stated
