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
