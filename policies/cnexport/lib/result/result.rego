# METADATA
# title: The one builder of reasons, obligations and warnings
# description: |
#   Reasons, obligations and warnings built from the METADATA chain of the rule that gives them, the
#   outcome lattice and clearances of the decision contract. No measure package builds its own.
package cnexport.lib.result

import data.cnexport.lib.timeline

# Note for every rule here: `not f(x.y)` is undefined, not true, when x.y is undefined (the ref is
# evaluated outside the negation). Negations over optional fields read them with object.get.

# METADATA
# description: the outcome lattice of the decision contract, least to most severe
outcome_lattice := [
	"NOT_CONTROLLED",
	"REPORT_ONLY",
	"LICENCE_REQUIRED",
	"CASE_BY_CASE",
	"DENY_IN_PRINCIPLE",
	"PROHIBITED",
	"INVALID_INPUT",
]

# METADATA
# description: each outcome's place in the lattice
outcome_rank := {o: rank | some rank, o in outcome_lattice}

# METADATA
# description: the most severe of a collection of outcomes; NOT_CONTROLLED when there is none
# scope: document
default strictest(_) := "NOT_CONTROLLED"

strictest(outcomes) := outcome_lattice[max({outcome_rank[o] | some o in outcomes})]

# METADATA
# description: |
#   Clearance for an outcome, as the contract gives it: a licence on file lifts the licence-needing
#   outcomes (DENY_IN_PRINCIPLE included) to GO; nothing lifts PROHIBITED or INVALID_INPUT.
# scope: document
clearance(outcome, _) := "GO" if outcome in {"NOT_CONTROLLED", "REPORT_ONLY"}

clearance(outcome, licensed) := "GO" if {
	outcome in licence_lifted_outcomes
	licensed == true
}

clearance(outcome, licensed) := "HOLD" if {
	outcome in {"LICENCE_REQUIRED", "CASE_BY_CASE"}
	not licensed
}

clearance(outcome, licensed) := "STOP" if {
	outcome == "DENY_IN_PRINCIPLE"
	not licensed
}

clearance(outcome, _) := "STOP" if outcome in {"PROHIBITED", "INVALID_INPUT"}

# METADATA
# description: the outcomes a licence on file lifts to GO (the lines that need one)
licence_lifted_outcomes := {"LICENCE_REQUIRED", "CASE_BY_CASE", "DENY_IN_PRINCIPLE"}

# METADATA
# description: clearances, least to most restrictive
clearance_order := ["GO", "HOLD", "STOP"]

# METADATA
# description: each clearance's place in clearance_order
clearance_rank := {c: rank | some rank, c in clearance_order}

# METADATA
# description: the most restrictive of a collection of clearances; GO when there is none
# scope: document
default strictest_clearance(_) := "GO"

strictest_clearance(clearances) := clearance_order[max({clearance_rank[c] | some c in clearances})]

# METADATA
# description: |
#   The METADATA `custom` of a rule as its chain (rego.metadata.chain()) gives it: the rule's own
#   fields over its package's, so that the measure is stated once, on the package, and the clause
#   once, on the rule.
custom(chain) := object.union_n([object.get(a, ["annotations", "custom"], {}) | some a in array.reverse(chain)])

# Each builder fills both messages itself, with no function of its own for them: such a call, made
# once per reason with new figures, cost more than its body. strings.render_template parses its
# template and converts its figures on each call, so both messages are rendered in one call, their
# templates joined by a NUL character and split apart again. What guarantees two messages is the
# split itself: a rendering that does not split into exactly two leaves the item unbuilt. make lint
# refuses a template holding a NUL or a block it opens and does not close (citations.py), which
# would pair with the other language's. Filling the placeholders in Rego (split, sprintf or
# strings.replace_n over them, pre-split or not) measured as slow or slower: each placeholder costs
# an iteration.
_message_separator := "\u0000"

# The English and Chinese templates of a METADATA `custom`, as render_template takes them in one call;
# undefined (the item is unbuilt) when either is missing.
_templates(c) := concat(_message_separator, [c.message_en, c.message_zh])

# METADATA
# description: |
#   The one builder of reasons. A rule passes rego.metadata.chain() and what it found (line, party,
#   figures, and an outcome where the clause's own depends on the case); the code, citation,
#   outcome, messages and interpretation come from the METADATA (result.custom); the clause it cites
#   must be in the data, whose source the decision gives once for all the reasons citing it
#   (`sources`). Messages are templates filled from the figures: one that names a figure the rule
#   did not set (OPA renders it "<undefined>") leaves the reason unbuilt. A rule whose
#   citation depends on the case (a listing cites the announcement that made it) passes `measure`
#   and `clause` with what it found.
reason(chain, details) := object.union(built, details) if {
	# object.union twice rather than object.union_n: union_n copies each nested object it is given
	# (the figures, the party), union does not.
	m := _reason_metadata(chain)
	measure_id := object.get(details, "measure", m.measure)
	clause_id := object.get(details, "clause", m.clause)

	# The decision gives the source of every clause cited (`sources`): one without it is no citation.
	timeline.clause(measure_id, clause_id).source
	messages := strings.render_template(m.messages, object.get(details, "figures", {}))
	contains(messages, "<undefined>") == false
	[en, zh] := split(messages, _message_separator)
	built := object.union(m.fixed, {
		"measure": measure_id,
		"clause": clause_id,
		"message_en": en,
		"message_zh": zh,
	})
} else := unbuilt(chain, details)

# What a reason takes from the METADATA of the rule that gives it, read once per rule (the call is
# cached by chain) rather than once per reason: the code, outcome and interpretation it carries as
# they are, the citation a reason may override, and both templates joined.
_reason_metadata(chain) := {
	"fixed": object.union({"code": c.code, "outcome": c.outcome}, object.filter(c, ["interpretation"])),
	"measure": object.get(c, "measure", null),
	"clause": object.get(c, "clause", null),
	"messages": _templates(c),
} if {
	c := custom(chain)
}

# METADATA
# description: |
#   what result.reason and result.obligation give when the METADATA or the cited clause is missing: a
#   marker with what is known of the citation, on which the decision fails closed
unbuilt(chain, details) := {
	"unbuilt": true,
	"code": object.get(c, "code", object.get(c, "type", null)),
	"measure": object.get(details, "measure", object.get(c, "measure", null)),
	"clause": object.get(details, "clause", object.get(c, "clause", null)),
} if {
	c := custom(chain)
}

# METADATA
# description: |
#   An obligation (a report, an application, a notice), built like a reason from the METADATA chain
#   of the rule that imposes it: type, citation and message template. It is one for all the lines
#   (a sorted array) it is due for alike, which its messages name in runs (lines_text, lines_text_zh).
obligation(chain, due, lines, figures) := {
	"type": m.type,
	"due": due,
	"basis": {"measure": m.measure, "clause": m.clause},
	"lines": lines,
	"message_en": en,
	"message_zh": zh,
	"figures": figures,
} if {
	# result.cited_obligation with the citation of the METADATA, written out: a call of it would
	# evaluate a second function for every obligation.
	m := _obligation_metadata(chain)
	timeline.clause(m.measure, m.clause).source
	messages := strings.render_template(m.messages, object.union(figures, lines_texts(lines)))
	contains(messages, "<undefined>") == false
	[en, zh] := split(messages, _message_separator)
} else := unbuilt(chain, {})

# METADATA
# description: |
#   result.obligation for a rule whose citation depends on the case (a listing cites the announcement
#   that made it): `citation` gives its measure and clause.
cited_obligation(chain, citation, due, lines, figures) := {
	"type": m.type,
	"due": due,
	"basis": {"measure": measure_id, "clause": clause_id},
	"lines": lines,
	"message_en": en,
	"message_zh": zh,
	"figures": figures,
} if {
	m := _obligation_metadata(chain)
	measure_id := object.get(citation, "measure", m.measure)
	clause_id := object.get(citation, "clause", m.clause)
	timeline.clause(measure_id, clause_id).source
	messages := strings.render_template(m.messages, object.union(figures, lines_texts(lines)))
	contains(messages, "<undefined>") == false
	[en, zh] := split(messages, _message_separator)
} else := unbuilt(chain, citation)

# What an obligation takes from the METADATA of the rule that imposes it, read once per rule (the call
# is cached by chain): its type, the citation a case may override, and the templates.
_obligation_metadata(chain) := {
	"type": c.type,
	"measure": object.get(c, "measure", null),
	"clause": object.get(c, "clause", null),
	"messages": _templates(c),
} if {
	c := custom(chain)
}

# METADATA
# description: |
#   A warning (a fact a person should read with the decision; it does not change the outcome), built
#   like a reason from the METADATA of the rule that gives it (rego.metadata.rule(): a warning takes
#   no citation from its package): the code, the English and Chinese templates filled from the
#   figures, and the interpretation it rests on where the rule states one. `extra` adds what the case
#   decides: line, measure, interpretation. A warning that rests on a clause of its measure cites it
#   (`clause` in its METADATA, or in `extra` when the case decides it): the decision gives it only
#   while that clause is in force, and says MEASURE_NOT_IN_FORCE otherwise.
warning(metadata, figures, extra) := built if {
	m := _warning_metadata(metadata)
	messages := strings.render_template(m.messages, figures)
	contains(messages, "<undefined>") == false
	[en, zh] := split(messages, _message_separator)
	built := object.union_n([m.fixed, {"message_en": en, "message_zh": zh}, extra])

	# A warning that cites a clause the data lacks would be dropped by the date filter unseen.
	not _cites_a_clause_the_data_lacks(built)
} else := unbuilt([{"annotations": metadata}], extra)

_cites_a_clause_the_data_lacks(w) if not timeline.clause(object.get(w, "measure", null), w.clause)

# What a warning takes from the METADATA of the rule that gives it, read once per rule (the call is
# cached by it): the code, interpretation and clause it carries as they are, and the templates.
_warning_metadata(metadata) := {
	"fixed": object.union({"code": c.code}, object.filter(c, ["interpretation", "clause"])),
	"messages": _templates(c),
} if {
	c := metadata.custom
}

# METADATA
# description: |
#   The figures that name a warning's lines, for a warning told once for several lines: lines_text
#   ("line 3", "lines 1-250, 300") and lines_text_zh (第3行, 第1-250、300行), the lines in runs.
lines_texts(lines) := {
	"lines_text": concat(" ", [_lines_word[count(lines) == 1], concat(", ", runs)]),
	"lines_text_zh": sprintf("第%s行", [concat("、", runs)]),
} if {
	present := {n | some n in lines}
	firsts := sort({n | some n in present; not (n - 1) in present})
	lasts := sort({n | some n in present; not (n + 1) in present})
	runs := [_run(first, lasts[i]) | some i, first in firsts]
}

# METADATA
# description: |
#   The warnings of a rule that speaks of lines, from what it says of each: `said` holds
#   [[figures, extra], line] for every line; each distinct [figures, extra] is one warning naming its
#   lines (`lines`, and lines_texts among its figures), as result.warning builds it.
warnings_of_lines(metadata, said) := {warning(metadata, object.union(figures, lines_texts(lines)), object.union(extra, {"lines": lines})) |
	some [figures, extra] in {key | some [key, _] in said}
	lines := sort({n | some [key, n] in said; key == [figures, extra]})
}

_lines_word := {true: "line", false: "lines"}

_run(first, last) := format_int(first, 10) if first == last

_run(first, last) := sprintf("%d-%d", [first, last]) if first != last

# METADATA
# description: the reference data every answer names (its version, and the date it is verified through)
reference_data := {"version": m.version, "verified_through": m.verified_through} if {
	m := data.cnexport_reference.meta
}

# METADATA
# description: |
#   A service clause as a measure package exposes it (schemas/policy/measure-package.schema.json):
#   the answer it words, the roles it speaks to, whether it speaks only for its own measure's lines,
#   and the METADATA chain of the rule that words it, whose measure and clause it cites.
service_clause(answer, roles, own_lines_only, chain) := {
	"answer": answer,
	"roles": roles,
	"own_lines_only": own_lines_only,
	"chain": chain,
	"measure": object.get(custom(chain), "measure", null),
	"clause": object.get(custom(chain), "clause", null),
}

# METADATA
# description: a party as reasons refer to it
party_ref(i, party) := {"index": i, "role": party.role, "name": party.name}
