# METADATA
# title: Announcements that list items - one rule for all of them
# description: |
#   Every clause of an announcement that lists items whose export from China needs a licence: Nos.
#   18, 55, 56, 57 and 58 of 2025, Nos. 23 and 39 of 2023, No. 33 of 2024 and the Dual-Use List
#   (No. 51 of 2024). Such a clause carries in data/measures/ the reason it gives (code, outcome,
#   messages, and an interpretation where the reason's is not the clause's own); its items are in
#   data/catalogue/, each naming the clause in `listed_by`. A line of an export from China
#   classified as such an item is a reason citing that clause, so that an announcement that only
#   lists items is added as data, without a rule of its own.
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.item_lists

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.timeline

_date := input.export_date

# The METADATA chain result.reason builds a listing reason from: one block, the clause's reason, cited
# as that clause, with the clause's interpretation unless the reason names its own. A clause the data
# lacks, or one without a reason, gives a chain with no reason in it, which result.reason marks
# unbuilt: the decision is then an engine error, never a line without its reason.
_chain_of(measure_id, clause_id) := [{"annotations": {"custom": object.union_n([
	{"measure": measure_id, "clause": clause_id},
	_clause_reading(clause),
	object.get(clause, "reason", {}),
])}}] if {
	clause := _clause_or_none(measure_id, clause_id)
}

_clause_or_none(measure_id, clause_id) := clause if {
	clause := timeline.clause(measure_id, clause_id)
} else := {}

_clause_reading(clause) := {"interpretation": clause.interpretation} if clause.interpretation

_clause_reading(clause) := {} if not clause.interpretation

# The items of a line under each clause that lists them, in entry order, keyed [measure, clause],
# less those an exclusion in force on the export date takes out: lines classified alike share them.
_by_clause(of_line) := {[measure_id, clause_id]: items |
	some [measure_id, clause_id] in {cited | some c in of_line; some cited in _listing_clauses(c)}
	items := [c | some c in of_line; [measure_id, clause_id] in _listing_clauses(c); not classification.excluded_on(c, _date)]
	count(items) > 0
}

_listing_clauses(c) := {[cited.measure, cited.clause] | some cited in c.entry.listed_by}

# METADATA
# description: |
#   every reason of the item-list clauses, one per line and clause, in force or not (the decision
#   keeps those in force); the data build makes sure every clause an item is listed by gives one
findings contains reason if {
	some facts, of_line in classification.by_facts
	some [measure_id, clause_id], found in _by_clause(of_line)
	some n in classification.lines_by_facts[facts]
	reason := result.reason(_chain_of(measure_id, clause_id), classification.listing_details(n, found))
}

# METADATA
# description: the catalogue entries each line of an export from China is, with the clause that lists it
controls contains {"line": n, "control": classification.control_of(c.entry), "measure": measure_id, "clause": clause_id} if {
	some facts, of_line in classification.by_facts
	some [measure_id, clause_id], found in _by_clause(of_line)
	some c in found
	some n in classification.lines_by_facts[facts]
}
