package system.authz_test

import data.system.authz

_token := "0123456789abcdef0123456789abcdef"

_runtime := {"env": {"CNEXPORT_TOKEN": _token}}

_call(method, path) := {"method": method, "path": path, "params": {}, "identity": _token}

test_decision_screen_and_status_allowed_with_the_token if {
	authz.allow with input as _call("POST", ["v1", "data", "cnexport", "decision"]) with opa.runtime as _runtime
	authz.allow with input as _call("POST", ["v1", "data", "cnexport", "screen"]) with opa.runtime as _runtime
	authz.allow with input as _call("POST", ["v1", "data", "cnexport", "status"]) with opa.runtime as _runtime
}

test_no_token_or_a_wrong_one_refused if {
	no_identity := object.remove(_call("POST", ["v1", "data", "cnexport", "decision"]), ["identity"])
	not authz.allow with input as no_identity with opa.runtime as _runtime
	wrong := object.union(no_identity, {"identity": "0123456789abcdef0123456789abcdeF"})
	not authz.allow with input as wrong with opa.runtime as _runtime
}

test_a_short_or_missing_server_token_allows_nothing if {
	short := "0123456789abcdef0123456789abcde"
	not authz.allow with input as object.union(_call("POST", ["v1", "data", "cnexport", "decision"]), {"identity": short})
		with opa.runtime as {"env": {"CNEXPORT_TOKEN": short}}
	not authz.allow with input as object.union(_call("POST", ["v1", "data", "cnexport", "decision"]), {"identity": ""})
		with opa.runtime as {"env": {}}
}

test_other_methods_and_paths_refused_with_the_token if {
	refused := [
		_call("GET", ["v1", "data", "cnexport", "decision"]),
		_call("PUT", ["v1", "data", "cnexport", "decision"]),
		_call("PATCH", ["v1", "data", "cnexport_reference"]),
		_call("DELETE", ["v1", "data", "cnexport", "schemas"]),
		_call("POST", ["v1", "data", "cnexport", "decision", "lines"]),
		_call("POST", ["v1", "data", "cnexport", "validate"]),
		_call("GET", ["v1", "data", "cnexport", "status"]),
		_call("POST", ["v1", "data", "cnexport", "status", "measures"]),
		_call("POST", ["v1", "data"]),
		_call("PUT", ["v1", "policies", "policies", "cnexport", "decision.rego"]),
		_call("POST", ["v1", "query"]),
		_call("POST", ["v1", "compile"]),
		_call("GET", ["v1", "config"]),
		_call("POST", [""]),
	]
	every request in refused {
		not authz.allow with input as request with opa.runtime as _runtime
	}
}

test_query_parameters_refused if {
	explain := object.union(_call("POST", ["v1", "data", "cnexport", "decision"]), {"params": {"explain": ["full"]}})
	not authz.allow with input as explain with opa.runtime as _runtime
	metrics := object.union(_call("GET", ["metrics"]), {"params": {"x": ["1"]}})
	not authz.allow with input as metrics with opa.runtime as _runtime
}

test_health_open_metrics_with_the_token if {
	authz.allow with input as {"method": "GET", "path": ["health"], "params": {"bundles": [""]}} with opa.runtime as _runtime
	not authz.allow with input as {"method": "GET", "path": ["metrics"], "params": {}} with opa.runtime as _runtime
	authz.allow with input as _call("GET", ["metrics"]) with opa.runtime as _runtime
}
