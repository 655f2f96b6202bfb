package cnexport.lib

import data.cnexport.lib.decimals

# How a line's declared parameters meet a catalogue entry's thresholds, compared exactly.

# METADATA
# description: whether a declared value meets one threshold {name, operator, value}, compared exactly
# scope: document
meets_threshold(p, v) if {
	p.operator == "<"
	decimals.compare(decimals.from_number(v), decimals.from_number(p.value)) < 0
}

meets_threshold(p, v) if {
	p.operator == "<="
	decimals.compare(decimals.from_number(v), decimals.from_number(p.value)) <= 0
}

meets_threshold(p, v) if {
	p.operator == ">"
	decimals.compare(decimals.from_number(v), decimals.from_number(p.value)) > 0
}

meets_threshold(p, v) if {
	p.operator == ">="
	decimals.compare(decimals.from_number(v), decimals.from_number(p.value)) >= 0
}

meets_threshold(p, v) if {
	p.operator == "=="
	decimals.compare(decimals.from_number(v), decimals.from_number(p.value)) == 0
}

meets_threshold(p, v) if {
	p.operator == "in"
	some allowed in p.value
	decimals.compare(decimals.from_number(v), decimals.from_number(allowed)) == 0
}

_declares(line, name) if is_number(line_parameters(line)[name])

# A declared value fails a threshold only when the comparison was computed and came out false; one
# that cannot be compared exactly counts as not declared, so that it can only make the line more
# controlled, never less (fail closed).
_compared(line, p) if {
	_declares(line, p.name)
	v := line_parameters(line)[p.name]
	_comparable(p, v)
}

_comparable(p, v) if {
	p.operator != "in"
	decimals.compare(decimals.from_number(v), decimals.from_number(p.value))
}

_comparable(p, v) if {
	p.operator == "in"
	every allowed in p.value {
		decimals.compare(decimals.from_number(v), decimals.from_number(allowed))
	}
}

# METADATA
# description: |
#   How a line's parameters meet an entry's thresholds: `met`, `failed` (as text with the value and
#   the threshold), `missing` parameter names, and the state: met, not_met, or unknown when no
#   declared value fails but one the entry needs is not declared.
parameter_check(entry, line) := {
	"state": _parameter_state(object.get(entry, "logic", "all"), met, failed, missing, count(entry.parameters)),
	"met": met,
	"failed": failed,
	"missing": missing,
} if {
	declared := line_parameters(line)
	met := {p.name | some p in entry.parameters; _declares(line, p.name); meets_threshold(p, declared[p.name])}
	failed := {_failure_text(p, declared[p.name]) |
		some p in entry.parameters
		_compared(line, p)
		not meets_threshold(p, declared[p.name])
	}
	missing := {p.name | some p in entry.parameters; not _compared(line, p)}
}

_failure_text(p, v) := sprintf("%s %v (needs %s %v %s)", [p.name, v, p.operator, p.value, p.unit])

_parameter_state(_, _, _, _, 0) := "met"

_parameter_state("all", _, failed, _, n) := "not_met" if {
	n > 0
	count(failed) > 0
}

_parameter_state("all", _, failed, missing, n) := "unknown" if {
	n > 0
	count(failed) == 0
	count(missing) > 0
}

_parameter_state("all", _, failed, missing, n) := "met" if {
	n > 0
	count(failed) == 0
	count(missing) == 0
}

_parameter_state("any", met, _, _, n) := "met" if {
	n > 0
	count(met) > 0
}

_parameter_state("any", met, _, missing, n) := "unknown" if {
	n > 0
	count(met) == 0
	count(missing) > 0
}

_parameter_state("any", met, _, missing, n) := "not_met" if {
	n > 0
	count(met) == 0
	count(missing) == 0
}
