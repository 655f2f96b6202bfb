# METADATA
# title: Who may call the sidecar, and what
# description: |
#   OPA consults this policy on every request when it runs with --authentication=token and
#   --authorization=basic (make serve, the harness's own OPA, deploy/). Everything is denied except
#   the contract calls with the sidecar's token, health for anyone, and metrics with the token.
#   The token is the OPA process's environment variable CNEXPORT_TOKEN; without one (or with one
#   shorter than min_token_length) nothing but health is allowed. OPA gives this policy the same
#   input on the main and the diagnostic address, so it cannot confine metrics to the latter; it
#   asks for the token instead.
# related_resources:
#   - description: OPA security guide, authentication and authorization
#     ref: https://www.openpolicyagent.org/docs/latest/security/#authentication-and-authorization
package system.authz

# METADATA
# description: "The token every allowed call but health presents, as `Authorization: Bearer <token>`."
token := object.get(opa.runtime(), ["env", "CNEXPORT_TOKEN"], "")

# METADATA
# description: Shortest token accepted; a shorter one is treated as no token at all.
min_token_length := 32

# METADATA
# description: |
#   The only API calls a caller may make, as OPA splits their paths: the decision, the screening,
#   and the read-only state of the law on a date (cnexport status, diff and explain read it).
contract_paths := {
	["v1", "data", "cnexport", "decision"],
	["v1", "data", "cnexport", "screen"],
	["v1", "data", "cnexport", "status"],
}

_authenticated if {
	count(token) >= min_token_length
	input.identity == token
}

# Query parameters (explain, instrument, provenance, metrics ...) would change what OPA computes or
# returns; the contract needs none.
_no_parameters if count(input.params) == 0

# METADATA
# description: Denied unless a rule below allows the request.
# scope: document
# entrypoint: true
default allow := false

# METADATA
# description: A decision, a screening or the state of the law with the token, exactly as the contract states them.
allow if {
	_authenticated
	input.method == "POST"
	input.path in contract_paths
	_no_parameters
}

# METADATA
# description: Liveness and bundle readiness (/health, /health?bundles) for probes, without a token.
allow if {
	input.method == "GET"
	input.path == ["health"]
}

# METADATA
# description: Prometheus metrics with the token.
allow if {
	_authenticated
	input.method == "GET"
	input.path == ["metrics"]
	_no_parameters
}
