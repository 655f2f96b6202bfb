# METADATA
# title: The floor of make bench
# description: |
#   A constant answer, loaded into the same OPA server as the policies and queried with the same
#   documents over the same HTTP client: what a decision costs beyond it is the policy's own cost.
package cnexport_bench.floor

# METADATA
# description: a constant object shaped like a small decision; it never reads the input
decision := {
	"id": "floor",
	"outcome": "NOT_CONTROLLED",
	"clearance": "GO",
	"lines": [],
	"parties": [],
	"reasons": [],
	"obligations": [],
	"warnings": [],
	"errors": [],
}
