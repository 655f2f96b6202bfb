# Completeness of the data the engine answers with.
# The data build writes, beside the reference data and in its bundle, a manifest
# (data.cnexport_reference.manifest) of what a complete build holds: its parts and the version. A
# part without the leaves of its first or last member, a version that is not the manifest's, or no
# manifest at all is an engine error, and so is a contract schema that was not loaded (they ship
# with the policies): the decision and the screen then refuse to answer (INVALID_INPUT, STOP).
# Leaves are looked up one by one, nothing is counted or hashed, so that the check costs a few lookups.
package cnexport.validate

_incomplete(why) := {
	"path": "",
	"message": sprintf("the reference data is incomplete (%s): nothing may be inferred from this answer", [why]),
}

_manifest := data.cnexport_reference.manifest

# The contract's schemas the sidecar validates requests with (build/data/cnexport/schemas/data.json).
_contract_schemas := {"shipment", "screen", "status"}

# METADATA
# description: every way the data loaded is not the complete build; empty when it is
# scope: document
data_errors contains _incomplete("no manifest: build/data/cnexport_reference/manifest/data.json was not loaded") if {
	not _manifest.parts
}

data_errors contains _incomplete(sprintf("%s was not loaded", [_manifest.file])) if {
	_manifest.parts
	not _loaded
}

data_errors contains _incomplete(sprintf("%s: %s lacks members the build wrote", [_manifest.file, concat(".", p.path)])) if {
	_loaded
	count(_absent_leaves) > 0
	some p in _manifest.parts
	not _whole(p)
}

data_errors contains _incomplete(sprintf("the reference data is version %v, the manifest's is %v", [_version, built])) if {
	_loaded
	built := _manifest.version
	_version != built
}

data_errors contains _incomplete(sprintf("the %s schema was not loaded from cnexport/schemas/data.json", [name])) if {
	some name in _contract_schemas
	not _schema_loaded(name)
}

# The build writes them as JSON text (json.match_schema reads it as it is). A helper, not
# `not is_string(data.cnexport.schemas[name])`: that is undefined, not true, when the schema is missing.
_schema_loaded(name) if is_string(data.cnexport.schemas[name])

default _version := null

_version := data.cnexport_reference.meta.version

# Every leaf the manifest names (parts share some), each once.
_leaves := {leaf | some p in _manifest.parts; some leaf in p.leaves}

# The leaves the loaded data has, each with its type. Leaves are read one by one, in place, up to
# the depth the build gives them (cnexport.databuild.LEAF_DEPTH): reading a whole part would copy it
# on every request where OPA holds data as plain values. They are read in one set per depth, not
# through a function, so that a request pays for a read of each leaf and little more.
_leaf_types := union({
	{[leaf, type_name(data.cnexport_reference[a][b])] | some leaf in _leaves; [a, b] := leaf},
	{[leaf, type_name(data.cnexport_reference[a][b][c])] | some leaf in _leaves; [a, b, c] := leaf},
	{[leaf, type_name(data.cnexport_reference[a][b][c][d])] | some leaf in _leaves; [a, b, c, d] := leaf},
	{[leaf, type_name(data.cnexport_reference[a][b][c][d][e])] | some leaf in _leaves; [a, b, c, d, e] := leaf},
	{[leaf, type_name(data.cnexport_reference[a][b][c][d][e][f])] | some leaf in _leaves; [a, b, c, d, e, f] := leaf},
	{[leaf, type_name(data.cnexport_reference[a][b][c][d][e][f][g])] | some leaf in _leaves; [a, b, c, d, e, f, g] := leaf},
	{[leaf, type_name(data.cnexport_reference[a][b][c][d][e][f][g][h])] | some leaf in _leaves; [a, b, c, d, e, f, g, h] := leaf},
})

_absent_leaves := _leaves - {leaf | some [leaf, _] in _leaf_types}

# A part is whole when the leaves of its first and last member are there.
_whole(p) if every leaf in p.leaves { not leaf in _absent_leaves }

# The reference data is loaded when any of its parts is there.
_loaded if {
	some p in _manifest.parts
	_whole(p)
}
