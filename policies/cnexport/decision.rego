# METADATA
# title: cnexport decision - the entry point (POST /v1/data/cnexport/decision)
# description: |
#   Combines what every measure package found into one decision of the contract: the strictest
#   outcome over lines and parties, clearance, reasons, obligations and warnings, for the rules in
#   force on the export date. A document that is not valid gets INVALID_INPUT with every error,
#   and the decision is never undefined.
# entrypoint: true
package cnexport

import data.cnexport.lib.dates
import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.timeline
import data.cnexport.parties
import data.cnexport.services
import data.cnexport.validate

_meta := data.cnexport_reference.meta

_reference_data := result.reference_data

# What an engine error names as the data it had: nothing, when the data is not what was built.
default _reference_data_or_unknown := {"version": "unknown", "verified_through": "1970-01-01"}

_reference_data_or_unknown := _reference_data if count(validate.data_errors) == 0

# METADATA
# description: |
#   The decision. The default is reached only if a valid document could not be decided (an
#   engine fault): it fails closed, as INVALID_INPUT with STOP, never as a decision on the merits.
# scope: document
default decision := {
	"id": null,
	"outcome": "INVALID_INPUT",
	"clearance": "STOP",
	"lines": [],
	"parties": [],
	"reasons": [],
	"obligations": [],
	"warnings": [],
	"sources": {},
	"errors": [{"path": "", "message": "the engine could not decide this document; nothing may be inferred from this answer"}],
	"rules_in_force_on": null,
	"reference_data": {"version": "unknown", "verified_through": "1970-01-01"},
}

# In this order: the data must be complete before a document is validated against it, and a
# valid document is decided only if every reason, obligation and service answer could be built.
decision := _engine_error(validate.data_errors) if count(validate.data_errors) > 0

decision := _invalid if {
	count(validate.data_errors) == 0
	count(validate.errors) > 0
}

decision := _engine_error(_unbuilt) if {
	count(validate.data_errors) == 0
	count(validate.errors) == 0
	count(_unbuilt) > 0
}

decision := _decided if {
	count(validate.data_errors) == 0
	count(validate.errors) == 0
	count(_unbuilt) == 0
}

_engine_error(errors) := _refused(
	[{"path": p, "message": m} | some [p, m] in sort([[e.path, e.message] | some e in errors])],
	null,
	_reference_data_or_unknown,
)

_invalid := _refused(validate.sorted_errors, _date_or_null, _reference_data)

# The answer to a document that is refused, or that the engine could not decide.
_refused(errors, date, reference_data) := {
	"id": _id_or_null,
	"outcome": "INVALID_INPUT",
	"clearance": "STOP",
	"lines": [],
	"parties": [],
	"reasons": [],
	"obligations": [],
	"warnings": [],
	"sources": {},
	"errors": errors,
	"rules_in_force_on": date,
	"reference_data": reference_data,
}

default _id_or_null := null

_id_or_null := input.id if is_string(input.id)

default _date_or_null := null

_date_or_null := input.export_date if {
	dates.is_date(input.export_date)
	not _export_date_refused
}

_export_date_refused if {
	some e in validate.errors
	e.path == "/export_date"
}

# ---- what could not be built -------------------------------------------------------------------
# A reason, obligation or warning whose METADATA or cited clause is missing comes out of result.reason,
# result.obligation and result.warning marked `unbuilt`, and a service clause citing an unknown clause is found here:
# the decision is then an engine error, never a decision without them.

_unbuilt contains _cannot_build("a reason", f) if {
	some f in _findings
	f.unbuilt
}

_unbuilt contains _cannot_build("an obligation", o) if {
	some o in _measures_obligations
	o.unbuilt
}

_unbuilt contains _cannot_build("a warning", w) if {
	some w in warnings
	w.unbuilt
}

_unbuilt contains _cannot_build("a service answer", object.union(result.custom(sc.chain), sc)) if {
	some sc in _service_clauses
	not timeline.clause(sc.measure, sc.clause)
}

_cannot_build(what, x) := {"path": "", "message": sprintf(
	concat("", [
		"the engine could not build %s (%v, %v clause %v): its rule's METADATA or the clause it cites is missing; ",
		"nothing may be inferred from this answer",
	]),
	[what, object.get(x, "code", null), object.get(x, "measure", null), object.get(x, "clause", null)],
)}

# ---- a valid document ----------------------------------------------------------------------------

_date := input.export_date

# What the measure packages expose is read by name (data.cnexport.measures[_].findings): iterating
# over the packages themselves would evaluate every rule of every package, private ones included.
# The names, and what each holds: schemas/policy/measure-package.schema.json.

_findings := {finding | some finding in data.cnexport.measures[_].findings}

_reasons := {f | some f in _findings; timeline.in_force(f.measure, f.clause, _date)}

_dormant := _findings - _reasons

# Reasons, obligations and warnings are each given by line, citation, code and party, sorted by a key
# written for what their builder (result.reason, result.obligation, result.warning) gives them, in
# the comprehension rather than in a function of its own: a call per item cost more than its key.

# Warnings: a code always; a line (the first of its lines), a measure, a clause and a party where the
# warning has them.
_sorted_warnings := [w | some [_, w] in sort([[
	[
		object.get(w, "line", object.get(w, ["lines", 0], 0)),
		object.get(w, "measure", ""),
		object.get(w, "clause", ""),
		w.code,
		object.get(w, ["party", "index"], -1),
	],
	w,
] |
	some w in warnings
])]

# Reasons: a code and a citation always; a line and a party where the reason has them. Sorted once: a
# line's reasons are these, in the same order, since the order is by line first.
_sorted_reasons := [r | some [_, r] in sort([[
	[object.get(r, "line", 0), r.measure, r.clause, r.code, object.get(r, ["party", "index"], -1)],
	r,
] |
	some r in _reasons
])]

# Obligations: their first line, a type, and the citation under `basis`.
_sorted_obligations := [o | some [_, o] in sort([[[o.lines[0], o.basis.measure, o.basis.clause, o.type], o] | some o in _obligations])]

# The licences on file that cover each line they name; a general licence does not cover a line that
# only a single licence can (a dual-use item bound for a watch-list party, I-WATCH-LIST). A line no
# licence covers is not in it.
_covering_of := {n: covering |
	some n in licences.named_lines
	covering := {number |
		some number in licences.covering(n, _date)
		not _general_where_single_needed(n, number)
	}
	count(covering) > 0
}

_licensed_lines := object.keys(_covering_of)

_single_licence_lines := {n | some n in data.cnexport.measures[_].single_licence_lines}

_general_where_single_needed(n, number) if {
	n in _single_licence_lines
	some l in input.licences
	l.number == number
	l.type == "general"
}

# Reasons and controls grouped by line once, so that no line rescans every other line's; a control
# is given while the clause it rests on is in force. Each group is a comprehension over the distinct
# line numbers, which OPA indexes by line: a rule with a key per line would check every new key
# against all the keys before it, a cost that grows with the square of the lines.
_reasons_of := {n: rs |
	some n in {r.line | some r in _reasons}
	rs := [r | some r in _sorted_reasons; r.line == n]
}

# Each line's reasons as the answer gives them: their places in the decision's `reasons`, which holds
# every reason once. A copy of each reason on its line would double the answer, and the memory OPA
# needs to encode it.
_reason_indexes_of := {n: [i | some i, r in _sorted_reasons; r.line == n] | some n in object.keys(_reasons_of)}

_controls_in_force := [x |
	some x in data.cnexport.measures[_].controls
	timeline.in_force(x.measure, x.clause, _date)
]

_controls_of := {n: cs |
	some n in {x.line | some x in _controls_in_force}
	cs := {x.control | some x in _controls_in_force; x.line == n}
}

# Each line's controls as the answer lists them, in their order as a set. A comprehension of its own:
# in the one that groups them it would not be indexed by line.
_control_lists := {n: [c | some c in cs] | some n, cs in _controls_of}

# Each line's outcome, the strictest of its reasons'; a line without reasons has no entry, and the
# outcome of no reasons.
_line_outcomes := {n: result.strictest({r.outcome | some r in rs}) | some n, rs in _reasons_of}

_no_reasons_outcome := result.strictest(set())

# What the measures add to a line whatever the date (its China-content ratio, say), by line: each
# line's looked up only in the packages that add something, not in every package.
_line_figures := {n: object.union_n([by_line[n] | some by_line in _measures_line_figures; by_line[n]]) |
	some n in {n | some by_line in _measures_line_figures; some n, _ in by_line}
}

_measures_line_figures := [by_line | by_line := data.cnexport.measures[_].line_figures]

# Each line, built in one place from what was grouped by line: a function per part of a line, called
# for every line, cost more than the parts.
_lines := [object.union(
	{
		"line": n,
		"outcome": outcome,
		"clearance": result.clearance(outcome, n in _licensed_lines),
		"controls": object.get(_control_lists, n, []),
		"reasons": object.get(_reason_indexes_of, n, []),
	},
	object.get(_line_additions, n, {}),
) |
	some line in input.items
	n := line.line
	outcome := object.get(_line_outcomes, n, _no_reasons_outcome)
]

# The licence named on each line that needs one and that a licence on file covers: the first by number.
_line_licences := {n: {"licence": min(covering)} |
	some n, covering in _covering_of
	_line_outcomes[n] in result.licence_lifted_outcomes
}

# What a line has besides its outcome, controls and reasons: its figures and its licence, merged once.
_line_additions := {n: object.union(object.get(_line_figures, n, {}), object.get(_line_licences, n, {})) |
	some n in (object.keys(_line_figures) | object.keys(_line_licences))
}

# The reasons on no line: what is left once the lines' are taken out, with no test per reason.
_shipment_reasons := _reasons - {r | some rs in _reasons_of; some r in rs}

# What holds the shipment for a person though no outcome requires it (a party that is only a
# possible match for a listed entity, say): each package may expose `holds`, warnings that also
# set the clearance to HOLD at least.
_holds := {h |
	some h in data.cnexport.measures[_].holds
}

# The strictest of the lines' clearances, the shipment-level reasons' and HOLD when anything holds it.
_clearance := result.strictest_clearance(clearances) if {
	lines := {l.clearance | some l in _lines}
	shipment := {result.clearance(r.outcome, false) | some r in _shipment_reasons}
	clearances := (lines | shipment) | {"HOLD" | count(_holds) > 0}
}

# Every party must have been screened: one that could not be leaves the decision undefined, and so
# fails closed (the default decision). Each party is built in the comprehension, with no function of
# its own: a call per party cost more than its body.
_parties := [object.union(
	{"role": party.role, "name": party.name, "matches": [m |
		some [_, m] in sort([[parties.match_key(m), m] | some m in parties.shown_matches(parties.screened[i])])
	]},
	{"service": s | s := _services[i]},
) |
	some i, party in input.parties
] if {
	every i, _ in input.parties { parties.screened[i] }
}

# The exporter is screened like a party; if it could not be, the decision fails closed.
_exporter := {"name": input.exporter.name, "matches": [m |
	some [_, m] in sort([[parties.match_key(m), m] | some m in parties.shown_matches(parties.screened_exporter)])
]}

# A measure's obligations and the licence applications it words itself (which stand for the
# Regulations' general one on their lines: cnexport.measures.statecouncil_2024_792), while the clause
# each rests on is in force. No licence can cover a prohibited line: no measure words an application
# for one (lib.licences.prohibited_lines).
_obligations := {o |
	some o in _measures_obligations
	timeline.in_force(o.basis.measure, o.basis.clause, _date)
}

_measures_obligations := {o | some o in data.cnexport.measures[_].obligations} | {o | some o in data.cnexport.measures[_].applications}

_outcome := result.strictest({r.outcome | some r in _reasons})

# ---- service providers ---------------------------------------------------------------------------
# The measures' service clauses in force on the export date answer each service provider
# (policies/cnexport/services/): from the lines, the shipment-level reasons and the holds.
_service_clauses contains sc if some sc in data.cnexport.measures[_].service_clauses

_services := services.answers(
	{sc | some sc in _service_clauses; timeline.in_force(sc.measure, sc.clause, _date)},
	_lines,
	_reasons_of,
	_shipment_reasons,
	{h.code | some h in _holds},
)

_decided := {
	"id": input.id,
	"outcome": _outcome,
	"clearance": _clearance,
	"lines": _lines,
	"parties": _parties,
	"exporter": _exporter,
	"reasons": _sorted_reasons,
	"obligations": _sorted_obligations,
	"warnings": _sorted_warnings,
	"sources": _sources,
	"errors": [],
	"rules_in_force_on": _date,
	"reference_data": _reference_data,
}

# The source of every clause the answer's reasons (the parties' service answers' too) and obligations
# cite, by measure and clause: once here, where on each reason it made up a sixth of a long answer.
_sources := {measure_id: {clause_id: timeline.clause(measure_id, clause_id).source |
	some [m, clause_id] in _cited
	m == measure_id
} |
	some measure_id in {m | some [m, _] in _cited}
}

_cited contains [r.measure, r.clause] if some r in _reasons

_cited contains [o.basis.measure, o.basis.clause] if some o in _obligations

_cited contains [r.measure, r.clause] if {
	some answer in _services
	some r in answer.reasons
}

# The suspensions of the Kuala Lumpur arrangement that a reason in force relies on having ended.
# Each clause the reasons cite is looked at once, however many reasons cite it.
_revived contains [m, s] if {
	some [m, c] in {[f.measure, f.clause] | some f in _reasons}
	some s in timeline.measure(m).suspensions
	s.by in timeline.reported_extension.params.suspensions_by
	_suspension_covers(s, c)
	timeline.in_reported_extension(s.until, _date)
}

_suspension_covers(s, _) if s.clauses == "all"

_suspension_covers(s, c) if c in s.clauses

_suspended_texts(m, s) := {"suspended": m, "suspended_zh": m} if s.clauses == "all"

_suspended_texts(m, s) := {
	"suspended": sprintf("%s clause %s", [m, concat(", ", s.clauses)]),
	"suspended_zh": sprintf("%s第%s条", [m, concat("、", s.clauses)]),
} if {
	s.clauses != "all"
}
