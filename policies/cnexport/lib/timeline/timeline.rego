# METADATA
# title: The timeline of measures
# description: |
#   Each measure and clause of data/measures/ with its parameters, and whether it applies on a date:
#   effective dates, suspensions, repeals, and the reported extension of the Kuala Lumpur arrangement.
package cnexport.lib.timeline

# Every clause applies from its own effective date. A suspension covers the half-open interval
# [from, until): `until` is the date as printed, and by I-70-END-DAY the measure applies again on
# that day. A repealed measure applies up to the day before its repeal. Dates are compared as ISO
# strings, which order as the dates do.

# METADATA
# description: a measure of data/measures/ by its id (MOFCOM-2025-61)
measure(id) := _measures[id]

# Read in place by the functions below, which a decision calls tens of times: a call of measure() or
# clause() on the way costs more than the lookup itself.
_measures := data.cnexport_reference.measures.measures

# METADATA
# description: a clause of a measure, with its dates, source and parameters
clause(id, c) := _measures[id].clauses[c]

# METADATA
# description: |
#   the source grade of a text known only from a machine-written summary of the official one
#   (schemas/data/measures.schema.json and catalogue.schema.json), which warnings point out
machine_summary_grade := "secondary_llm_summary"

# METADATA
# description: a parameter a rule reads from the clause's data (thresholds, end uses, roles)
param(id, c, name) := _measures[id].clauses[c].params[name]

# METADATA
# description: |
#   the clause data/measures/ gives a role (its `role`, one of those schemas/data/measures.schema.json
#   lists), as {"measure", "clause"}: a rule reads a clause of the law by what it does, never by its id
clause_with_role(role) := data.cnexport_reference.index.clause_roles[role]

# METADATA
# description: a parameter of the clause data/measures/ gives a role
role_param(role, name) := param(c.measure, c.clause, name) if c := clause_with_role(role)

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
# scope: document
default in_force(_, _, _) := false

# False rather than undefined when the clause does not apply, so that OPA caches that answer too: a
# decision asks about each clause not in force once for every finding that cites it.
in_force(id, c, d) if {
	_measures[id].clauses[c].effective_from <= d
	not _suspended_on(id, c, d)
	not repealed_on(id, d)
}

# Whether a suspension covers clause c of measure id on date d: what suspensions_on finds, without
# building the set, since a decision asks in_force about each of its findings and clauses.
_suspended_on(id, c, d) if {
	some s in _measures[id].suspensions
	s.from <= d
	d < s.until
	_suspends_clause(s, c)
}

# METADATA
# description: whether measure id has been repealed by date d (it applied up to the day before)
repealed_on(id, d) if _measures[id].repealed.on <= d

# METADATA
# description: |
#   Why a clause does not apply on date d, for the warning that says so: its state on d
#   (not_yet_in_force, suspended or repealed, as the status answer names them) and why, in English
#   and Chinese.
# scope: document
not_in_force_because(id, c, d) := {
	"state": "not_yet_in_force",
	"because": sprintf("clause %s of %s applies only from %s", [c, id, from]),
	"because_zh": sprintf("%s第%s条自%s起施行", [id, c, from]),
} if {
	from := clause(id, c).effective_from
	d < from
}

not_in_force_because(id, c, d) := {
	"state": "suspended",
	"because": sprintf("%s suspends %s from %s until %s", [s.by, id, s.from, s.until]),
	"because_zh": sprintf("%s自%s起至%s暂停实施%s", [s.by, s.from, s.until, id]),
} if {
	clause(id, c).effective_from <= d
	not repealed_on(id, d)
	some s in suspensions_on(id, c, d)
}

not_in_force_because(id, c, d) := {
	"state": "repealed",
	"because": sprintf("%s repealed %s on %s", [r.by, id, r.on]),
	"because_zh": sprintf("%s已于%s废止%s", [r.by, r.on, id]),
} if {
	clause(id, c).effective_from <= d
	repealed_on(id, d)
	r := measure(id).repealed
}

# METADATA
# description: the suspensions of a measure whose printed end date is d (I-70-END-DAY)
suspension_ending_on(id, d) := {s | some s in measure(id).suspensions; s.until == d}

# ---- the reported extension of the Kuala Lumpur arrangement (I-EXTENSION-REPORTED) ----------------

_extension_citation := clause_with_role("reported_extension")

# METADATA
# description: |
#   the readout that reported the Kuala Lumpur arrangement extended, and what it may touch: its
#   params name the suspending instruments, the listing announcements and the reported date
reported_extension := clause(_extension_citation.measure, _extension_citation.clause)

# The readout as the warnings name it (its title, issuer and date, from the data) and what it reported.
_extension := {
	"readout": sprintf("%s (%s, %s)", [m.title_en, m.issuer, m.issued]),
	"readout_zh": sprintf("商务部%s《%s》", [m.issued, m.title_zh]),
	"params": reported_extension.params,
} if {
	m := measure(_extension_citation.measure)
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
#   what the warnings on a revival in doubt say of the reported extension, in English and Chinese,
#   by the suspension's key (its suspending instrument or listing announcement): the readout (title,
#   issuer, date, from the data), the reported date, that no implementing announcement was found in
#   the sources read (the newest verified through the data's date), and, for a suspension the
#   readout does not name, that it does not say whether it is covered
reported_extension_texts[key] := {
	"extension": sprintf(
		concat("", [
			"An extension was reported: the %s says the two sides agreed to extend the Kuala Lumpur ",
			"joint arrangement to %s (%s). No MOFCOM/GAC ",
			"announcement implementing it (re-dating this suspension) was found in the sources read, the latest of which date ",
			"from about %s. If such an announcement was issued, this measure may remain suspended until %s or the date it ",
			"prints. Verify on www.mofcom.gov.cn before relying on this decision.%s",
		]),
		[_extension.readout, p.reported_until, p.quote_zh, verified_through, p.reported_until, coverage.en],
	),
	"extension_zh": sprintf(
		concat("", [
			"据报道已延期：%s称，双方同意%s。在所查阅的资料（最新约至%s）中，未见商务部、海关总署落实该延期",
			"（重新确定本项暂停期限）的公告。如已发布此类公告，本措施可能继续暂停至%s或公告所载日期。",
			"依据本决定行事前，请在商务部网站（www.mofcom.gov.cn）核实。%s",
		]),
		[_extension.readout_zh, p.quote_zh, verified_through, p.reported_until, coverage.zh],
	),
} if {
	p := _extension.params
	verified_through := data.cnexport_reference.meta.verified_through
	some key in array.concat(p.suspensions_by, p.listing_suspensions)
	coverage := _coverage_texts(key, p.coverage_not_stated)
}

_coverage_texts(by, not_stated) := {
	"en": sprintf(" The readout does not say whether %s is covered.", [by]),
	"zh": sprintf("该解读未说明%s是否在延期范围内。", [by]),
} if {
	by in not_stated
}

_coverage_texts(by, not_stated) := {"en": "", "zh": ""} if not by in not_stated
