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

import data.cnexport.lib
import data.cnexport.lib.result
import data.cnexport.lib.timeline

_date := input.export_date

# The METADATA chain result.reason builds a listing reason from: one block, the clause's reason, cited
# as that clause, with the clause's interpretation unless the reason names its own.
_chain_of(measure_id, clause_id) := [{"annotations": {"custom": object.union_n([
	{"measure": measure_id, "clause": clause_id},
	_clause_reading(clause),
	clause.reason,
])}}] if {
	clause := timeline.clause(measure_id, clause_id)
}

_clause_reading(clause) := {"interpretation": clause.interpretation} if clause.interpretation

_clause_reading(clause) := {} if not clause.interpretation

# METADATA
# description: |
#   every reason of the item-list clauses, one per line and clause, in force or not (the decision
#   keeps those in force); the data build makes sure every clause an item is listed by gives one
findings contains reason if {
	some key, found in lib.listed
	[n, measure_id, clause_id] := key
	reason := result.reason(_chain_of(measure_id, clause_id), lib.listing_details(n, lib.sort_classifications(found)))
}

# METADATA
# description: the catalogue entries each line of an export from China is, with the clause that lists it
controls contains {"line": n, "control": lib.control_of(c.entry), "measure": measure_id, "clause": clause_id} if {
	some key, found in lib.listed
	[n, measure_id, clause_id] := key
	some c in found
}
