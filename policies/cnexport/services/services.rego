# METADATA
# title: cnexport services - may a service provider serve this export?
# description: >-
#   A broker's, forwarder's, customs agent's, platform's or financier's answer, built from the
#   decision's lines and the measures' service clauses (schemas/policy/measure-package.schema.json,
#   `service_clauses`): one clause per answer (GO, HOLD, STOP), each with the roles it speaks to,
#   the METADATA of the rule that words it, and the lines it speaks for: every line (Export Control Law
#   Art. 20, I-LAW20-SERVICES), or only the lines and shipment-level reasons of its own measure
#   (`own_lines_only`: No. 62 clause 5, I-62-SERVICE-OWN-LINES). A clause answers with the clearance
#   over its lines; its reason is built from its METADATA by result.reason. Service reasons stand in
#   parties[].service, outside the shipment's own reasons: they follow from the lines' outcomes and
#   add nothing to them. Which clauses are in force on the export date is the decision's to say.
package cnexport.services

import data.cnexport.lib.result

# METADATA
# description: |
#   The service answer of each party a clause speaks to, by party index:
#   {"may_provide", "clearance", "reasons"}, the strictest of its clauses' answers. `clauses` are
#   the service clauses in force on the export date; `lines` the decision's lines (line, outcome,
#   clearance, licence); `reasons_of` each line's reasons by line number (a line itself gives them by
#   their places in the decision's reasons); `reasons` its shipment-level reasons; `holds` the codes
#   that hold the shipment for a person (a possible match), which hold every service to it under Art. 20.
answers(clauses, lines, reasons_of, reasons, holds) := _by_party(_reasons(clauses, {
	"lines": lines,
	"reasons_of": reasons_of,
	"reasons": reasons,
	"holds": holds,
}))

_by_party(service_reasons) := {i: {"may_provide": clearance == "GO", "clearance": clearance, "reasons": _sorted(reasons)} |
	some i, _ in input.parties
	reasons := {r | some r in service_reasons; r.party.index == i}
	count(reasons) > 0
	clearance := result.strictest_clearance({r.figures.clearance | some r in reasons})
}

# A clause's reason for each party in one of its roles, when its answer is the one that fits. What it
# speaks for and its answer are worked out only for a clause that speaks to one of the parties (the
# calls are cached by clause).
_reasons(clauses, shipment) := {reason |
	some sc in clauses
	some i, party in input.parties
	party.role in sc.roles
	spoken := _spoken_for(sc, shipment)
	answer := _answer(spoken)
	sc.answer == answer
	reason := result.reason(sc.chain, {
		"party": result.party_ref(i, party),
		"outcome": result.strictest({l.outcome | some l in spoken.lines} | {r.outcome | some r in spoken.reasons}),
		"figures": object.union({"name": party.name, "role": party.role}, _figures(spoken, answer)),
	})
}

# What a clause speaks for: its lines, the shipment-level reasons and the holds.
_spoken_for(sc, shipment) := shipment if not sc.own_lines_only

_spoken_for(sc, shipment) := _own_measure(sc.measure, shipment) if sc.own_lines_only

# The lines and shipment-level reasons of one measure, once for all its clauses.
_own_measure(measure, shipment) := {
	"lines": {l |
		some l in shipment.lines
		some r in object.get(shipment.reasons_of, l.line, [])
		r.measure == measure
	},
	"reasons_of": shipment.reasons_of,
	"reasons": {r | some r in shipment.reasons; r.measure == measure},
	"holds": set(),
}

# A clause's answer: the strictest clearance over what it speaks for; none when that is nothing.
_answer(spoken) := result.strictest_clearance(clearances) if {
	clearances := ({l.clearance | some l in spoken.lines} | {result.clearance(r.outcome, false) | some r in spoken.reasons}) | {"HOLD" |
		count(spoken.holds) > 0
	}
	count(clearances) > 0
}

_figures(spoken, answer) := {
	"clearance": answer,
	"export_date": input.export_date,
	"controlled_lines": concat(", ", [sprintf("%v", [l.line]) |
		some l in _sorted_lines(spoken.lines)
		l.outcome in result.licence_lifted_outcomes
	]),
	"licences": concat(", ", sort({l.licence | some l in spoken.lines; l.licence})),
	"blocking": concat(", ", [b | answer != "GO"; some b in _blocking(spoken, answer)]),
}

_sorted_lines(lines) := [l | some [_, l] in sort({[l.line, l] | some l in lines})]

# What holds or stops the service: each line spoken for whose clearance is the answer, with the
# codes of the reasons that set its outcome, then the shipment-level reasons and holds of that
# clearance.
_blocking(spoken, answer) := array.flatten([
	[sprintf("line %v (%s)", [l.line, concat(", ", sort(codes))]) |
		some l in _sorted_lines(spoken.lines)
		l.clearance == answer
		codes := {r.code | some r in object.get(spoken.reasons_of, l.line, []); r.outcome == l.outcome}
	],
	sort({r.code | some r in spoken.reasons; result.clearance(r.outcome, false) == answer}),
	sort({c | answer == "HOLD"; some c in spoken.holds}),
])

# A party's reasons by citation and code.
_sorted(reasons) := [r | some [_, r] in sort({[[r.measure, r.clause, r.code], r] | some r in reasons})]
