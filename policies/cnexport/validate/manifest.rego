# Completeness of the reference data the engine answers with.
# The data build writes a manifest (data.cnexport.manifest) of what a complete build holds: each
# data document and its parts, and the version. A document that was not loaded, a part without
# the leaves of its first or last member, a version that is not the manifest's, or no manifest at all is an
# engine error: the decision and the screen then refuse to answer (INVALID_INPUT, STOP). Leaves
# are looked up one by one, nothing is counted or hashed, so that the check costs a few lookups.
package cnexport.validate

_incomplete(why) := {
	"path": "",
	"message": sprintf("the reference data is incomplete (%s): nothing may be inferred from this answer", [why]),
}

# METADATA
# description: every way the reference data loaded is not the complete build; empty when it is
# scope: document
data_errors contains _incomplete("no manifest: build/data/cnexport/manifest/data.json was not loaded") if {
	not data.cnexport.manifest.documents
}

data_errors contains _incomplete(sprintf("the manifest does not list the document %s", [name])) if {
	is_object(data.cnexport.manifest.documents)
	some name in _document_names
	not data.cnexport.manifest.documents[name]
}

data_errors contains _incomplete(sprintf("%s was not loaded", [d.file])) if {
	some name, d in data.cnexport.manifest.documents
	not _loaded(name, d)
}

data_errors contains _incomplete(sprintf("%s: %s lacks members the build wrote", [d.file, concat(".", p.path)])) if {
	some name, d in data.cnexport.manifest.documents
	_loaded(name, d)
	some p in d.parts
	not _whole(name, p)
}

data_errors contains _incomplete(sprintf("the reference data is version %v, the manifest's is %v", [_version, built])) if {
	built := data.cnexport.manifest.version
	_version != built
}

default _version := null

_version := data.cnexport.reference.meta.version

# The data documents the rules read, by the name the manifest gives them. Leaves are read one by
# one, in place, up to the depth the build gives them (cnexport.databuild.LEAF_DEPTH): reading a
# whole document or part would copy it on every request where OPA holds data as plain values.
_document_names := {"reference", "schemas"}

_leaf("reference", [a, b]) := type_name(data.cnexport.reference[a][b])

_leaf("reference", [a, b, c]) := type_name(data.cnexport.reference[a][b][c])

_leaf("reference", [a, b, c, d]) := type_name(data.cnexport.reference[a][b][c][d])

_leaf("reference", [a, b, c, d, e]) := type_name(data.cnexport.reference[a][b][c][d][e])

_leaf("reference", [a, b, c, d, e, f]) := type_name(data.cnexport.reference[a][b][c][d][e][f])

_leaf("reference", [a, b, c, d, e, f, g]) := type_name(data.cnexport.reference[a][b][c][d][e][f][g])

_leaf("reference", [a, b, c, d, e, f, g, h]) := type_name(data.cnexport.reference[a][b][c][d][e][f][g][h])

_leaf("schemas", [a, b]) := type_name(data.cnexport.schemas[a][b])

_leaf("schemas", [a, b, c]) := type_name(data.cnexport.schemas[a][b][c])

_leaf("schemas", [a, b, c, d]) := type_name(data.cnexport.schemas[a][b][c][d])

_leaf("schemas", [a, b, c, d, e]) := type_name(data.cnexport.schemas[a][b][c][d][e])

_leaf("schemas", [a, b, c, d, e, f]) := type_name(data.cnexport.schemas[a][b][c][d][e][f])

_leaf("schemas", [a, b, c, d, e, f, g]) := type_name(data.cnexport.schemas[a][b][c][d][e][f][g])

_leaf("schemas", [a, b, c, d, e, f, g, h]) := type_name(data.cnexport.schemas[a][b][c][d][e][f][g][h])

# A part is whole when the leaves of its first and last member are there.
_whole(name, p) if {
	every leaf in p.leaves {
		_leaf(name, leaf)
	}
}

# A document is loaded when any of its parts is there.
_loaded(name, d) if {
	some p in d.parts
	_whole(name, p)
}
