# Completeness of the reference data the engine answers with.
# The data build writes a manifest (data.cnexport.manifest) of what a complete build holds:
# each data document, the size of each of its parts, and the version. A missing document, a
# missing or shortened part, a version that is not the manifest's, or no manifest at all is an
# engine error: the decision and the screen then refuse to answer (INVALID_INPUT, STOP). Sizes
# are compared, not digests, so that the check costs a few lookups per request.
package cnexport.validate

# The data documents the rules read, by the name the manifest gives them. Each is read in place:
# a rule whose value is a whole document would copy megabytes on every request.
_loaded("reference") if is_object(data.cnexport.reference)

_loaded("schemas") if is_object(data.cnexport.schemas)

_size("reference", [a]) := count(data.cnexport.reference[a])

_size("reference", [a, b]) := count(data.cnexport.reference[a][b])

_size("schemas", [a]) := count(data.cnexport.schemas[a])

_size("schemas", [a, b]) := count(data.cnexport.schemas[a][b])

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
	some name in _built_names
	not data.cnexport.manifest.documents[name]
}

data_errors contains _incomplete(sprintf("%s was not loaded", [d.file])) if {
	some name, d in data.cnexport.manifest.documents
	not _loaded(name)
}

data_errors contains _incomplete(sprintf("%s: %s has not the %v members the build wrote", [d.file, concat(".", c.path), c.count])) if {
	some name, d in data.cnexport.manifest.documents
	_loaded(name)
	some c in d.counts
	not _size(name, c.path) == c.count
}

data_errors contains _incomplete(sprintf("the reference data is version %v, the manifest's is %v", [version, built])) if {
	built := data.cnexport.manifest.version
	version := object.get(data.cnexport.reference, ["meta", "version"], null)
	version != built
}

# The names are fixed by the rules above, whether or not the documents were loaded.
_built_names := {"reference", "schemas"}
