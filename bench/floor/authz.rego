# make bench runs OPA locked down as the sidecar runs (token authentication, system.authz), so that
# the floor pays what a decision pays for it. These rules, loaded by make bench alone, let the same
# token query the floor and the parts every decision needs; OPA joins them to the sidecar's own
# allow rules.
package system.authz

# The floor and each part of cnexport_bench.parts, asked with the token as a decision is.
_bench_paths := {
	["v1", "data", "cnexport_bench", "floor", "decision"],
	["v1", "data", "cnexport_bench", "parts", "validation"],
	["v1", "data", "cnexport_bench", "parts", "screening"],
	["v1", "data", "cnexport_bench", "parts", "validation_and_screening"],
}

# METADATA
# description: The floor and the parts with the token, exactly as a decision is allowed.
allow if {
	_authenticated
	input.method == "POST"
	input.path in _bench_paths
	_no_parameters
}
