# make bench runs OPA locked down as the sidecar runs (token authentication, system.authz), so that
# the floor pays what a decision pays for it. This rule, loaded by make bench alone, lets the same
# token query the floor as well; OPA joins it to the sidecar's own allow rules.
package system.authz

# METADATA
# description: The floor with the token, exactly as a decision is allowed.
allow if {
	_authenticated
	input.method == "POST"
	input.path == ["v1", "data", "cnexport_bench", "floor", "decision"]
	_no_parameters
}
