# METADATA
# title: What decision logs leave out
# description: |
#   OPA removes every JSON pointer of `mask` from a decision log entry before it is written.
#   A status answer leaves its states and listings out of the entry, whatever the setting.
#   With CNEXPORT_LOG_PARTY_NAMES=drop in the OPA process's environment, the names of the exporter
#   and of every party, their aliases and their owners leave the entry (input and result); the
#   outcome, reasons, citations, countries and the listed names a party matched stay, so the
#   entry still shows why the decision was taken. Any other value, or none, keeps the names:
#   an auditor then sees exactly what was decided.
package system.log

# METADATA
# description: True when the deployment asks for party names to be dropped from decision logs.
drop_party_names if opa.runtime().env.CNEXPORT_LOG_PARTY_NAMES == "drop"

# METADATA
# description: The JSON pointers OPA removes from each decision log entry.
# scope: document
# entrypoint: true
mask contains path if {
	drop_party_names
	some path in _name_paths
}

# A status answer (about 100 kB, and cnexport report, status --html and explain ask for dozens) is
# the reference data read on the logged date: the entry keeps the date, the bundle revisions, the
# reference-data version and the warnings, from which the states can be had again.
mask contains path if {
	input.path == "cnexport/status"
	some path in ["/result/measures", "/result/listings", "/result/change_dates"]
}

# A screening request names one party at the top of its input; a shipment names the exporter and
# its parties.
_parties contains ["/input", input.input] if is_string(input.input.name)

_parties contains ["/input/exporter", input.input.exporter] if is_object(input.input.exporter)

_parties contains [sprintf("/input/parties/%d", [i]), party] if {
	is_array(input.input.parties)
	some i, party in input.input.parties
	is_object(party)
}

_name_paths contains concat("/", [prefix, field]) if {
	some [prefix, party] in _parties
	some field in ["name", "name_zh", "aliases"]
	party[field]
}

_name_paths contains sprintf("%s/owners/%d/name", [prefix, j]) if {
	some [prefix, party] in _parties
	is_array(party.owners)
	some j, owner in party.owners
	is_object(owner)
	owner.name
}

# The decision repeats each party's name; a screening answer the name it screened.
_name_paths contains sprintf("/result/parties/%d/name", [i]) if {
	is_array(input.result.parties)
	some i, party in input.result.parties
	is_object(party)
}

_name_paths contains "/result/exporter/name" if is_object(input.result.exporter)

_name_paths contains "/result/name" if is_string(input.result.name)
