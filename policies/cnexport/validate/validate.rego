# METADATA
# title: Validation of the shipment document, in the sidecar itself
# description: |
#   OPA alone must never decide on a document that is not valid: any input at all (a string, an
#   array, {}, wrong types, no input) yields at least one error here, and the decision is then
#   INVALID_INPUT. Two parts: the JSON Schema of the contract, loaded as data, and the checks a
#   schema cannot express. The harness (cnexport.validation) makes the same checks with the same
#   messages.
package cnexport.validate

import data.cnexport.lib.decimals
import data.cnexport.lib.money

# METADATA
# description: the document as sent; null when there is no input at all
# scope: document
default document := null

document := input

# ---- the parts of the document the checks read, each of the type it must have ---------------

default _items := []

_items := document.items if is_array(document.items)

default _fx := {}

_fx := document.fx_rates if is_object(document.fx_rates)

default _licences := []

_licences := document.licences if is_array(document.licences)

default _parties := []

_parties := document.parties if is_array(document.parties)

# The line numbers in the lines' order, and each once: some number is used more than once exactly
# when there are fewer of the second.
_numbers_of_lines := [line.line | some line in _items; is_number(line.line)]

_line_numbers := {n | some n in _numbers_of_lines}

# The positions of each line number used more than once, grouped in one pass (a comprehension OPA
# indexes by number); nothing to group when every number is used once.
_indexes_of := {n: indexes |
	count(_line_numbers) < count(_numbers_of_lines)
	some n in _line_numbers
	indexes := {i | some i, line in _items; line.line == n}
}

# The positions of the lines that list their rare-earth content (in an array: anything else is the
# schema's error), found once: the checks of content read only these lines.
_with_content := {i | some i, line in _items; is_array(line.rare_earth_content)}

# Most documents give no bare rate: the lines' currencies are then not counted.
_bare_rate_given if {
	some rate in _fx
	is_number(rate)
}

# fx_rates' numbers, with the path of each: a bare rate, or a rate quoted in a named currency.
_fx_numbers contains [concat("/", ["/fx_rates", _escape(currency)]), rate] if {
	some currency, rate in _fx
	is_number(rate)
}

_fx_numbers contains [concat("/", ["/fx_rates", _escape(currency), _escape(quoted_in)]), rate] if {
	some currency, rates in _fx
	is_object(rates)
	some quoted_in, rate in rates
	is_number(rate)
}

_exact_message := sprintf(
	"the number needs more than %d significant digits or an exponent outside %d..%d to be computed exactly",
	[lim.max_digits, lim.min_exponent, lim.max_exponent],
) if {
	lim := data.cnexport_reference.meta.decimal_limits
}

# The lines whose content is totalled exactly to tell whether it is worth more than the line: all
# but those whose content, in the line's currency, is worth no more by whole units. ceil reads a
# 64-bit float, off by far less than one below 10^18 (a document of short numbers), so each entry's
# ceiling plus one bounds it, and the bounds add up as exact integers.
_contents_to_total := _with_content - {i |
	_every_number_within_limits
	some i in _with_content
	line := _items[i]
	contents := line.rare_earth_content
	bounds := [bound |
		some c in contents
		c.value.currency == line.value.currency
		is_number(c.value.amount)
		bound := ceil(c.value.amount) + 1
	]
	count(bounds) == count(contents)
	is_number(line.value.amount)
	sum(bounds) <= line.value.amount
}

# Whether a number can be computed with exactly: at a glance when every number of the document can.
_within_limits(_) if _every_number_within_limits

_within_limits(n) if {
	not _every_number_within_limits
	decimals.within_limits(n)
}

# Content whose value, in the line's currency, can be computed exactly.
_computable(line, content) if {
	is_number(content.value.amount)
	_within_limits(content.value.amount)
	money.in_line_currency(line, content.value)
}

# gojsonschema names fields "(root)" and "items.0.value"; the contract wants JSON pointers
# (RFC 6901: "~" as "~0", "/" as "~1"). Only the maps with free keys (fx_rates, a line's
# parameters) can have a key with a dot; everything after their name is that one key, but for a
# rate quoted in a currency (fx_rates.JPY.USD), whose first key is a currency code. Names may
# hold any character, a newline included, so every pattern reads across lines ((?s)) and every
# field has a pointer: the last branch takes the dots as separators.
_pointer(field) := "" if {
	lower(field) == "(root)"
} else := concat("/", ["/fx_rates", parts[1], _escape(parts[2])]) if {
	parts := regex.find_all_string_submatch_n(`(?s)^fx_rates\.([A-Z]{3})\.(.+)$`, field, 1)[0]
} else := concat("/", ["/fx_rates", _escape(trim_prefix(field, "fx_rates."))]) if {
	startswith(field, "fx_rates.")
} else := concat("/", ["", "items", parts[1], "parameters", _escape(parts[2])]) if {
	parts := regex.find_all_string_submatch_n(`(?s)^items\.([0-9]+)\.parameters\.(.+)$`, field, 1)[0]
} else := concat("", ["/", concat("/", [_escape(p) | some p in split(field, ".")])])

_escape(name) := replace(replace(name, "~", "~0"), "/", "~1")

_child(field, name) := concat("/", [_pointer(field), _escape(name)])

# Failing `allOf` and `then` wrappers: the inner errors that caused them are reported with their paths.
_reported_by_inner_errors := {"number_all_of", "condition_then", "condition_else"}

# Every raw error becomes one error: the property's own path where its name can be read from
# OPA's wording, else the path of the object it was found in with OPA's message.
_schema_error(raw) := {"path": _child(raw.field, name), "message": sprintf("%s is required", [name])} if {
	raw.type == "required"
	name := regex.find_all_string_submatch_n(`(?s)^(.*) is required$`, raw.desc, 1)[0][1]
} else := {"path": _child(raw.field, name), "message": sprintf("additional property %s is not allowed", [name])} if {
	raw.type == "additional_property_not_allowed"
	name := regex.find_all_string_submatch_n(`(?s)^Additional property (.*) is not allowed$`, raw.desc, 1)[0][1]
} else := {"path": _pointer(raw.field), "message": raw.desc}

# The schema check is the authority on validity: a document it calls invalid has at least one
# error even if none of its raw errors could be worded.
_schema_verdict(true, mapped) := mapped

_schema_verdict(false, mapped) := mapped if count(mapped) > 0

_schema_verdict(false, mapped) := {{"path": "", "message": "the document does not match its schema"}} if count(mapped) == 0

# ---- numbers the engine cannot read --------------------------------------------------------------

# A number whose exponent is outside -60..60 or whose text is longer than 55 characters
# (decimals.readable_number) is refused before the schema check or any comparison reads it: OPA's
# schema validator and its number comparison panic on such numbers (docs/upstream/), which would
# drop the connection without an answer. The message is the one of the exact-decimal checks.

# METADATA
# description: an error for every number of the document the engine cannot read, and only those
# scope: document
number_errors contains {"path": _walk_pointer(path), "message": _exact_message} if {
	_suspect_number
	walk(document, [path, value])
	is_number(value)
	not decimals.readable_number(json.marshal(value))
}

# Walking a document of thousands of lines takes seconds, so it is walked only when its JSON text
# has, outside strings, a digit followed by an exponent or a run of 19 number characters: every
# unreadable number has one, and a number without either always fits the limits.
_suspect_number if regex.match(`^(?:[^"]|"(?:[^"\\]|\\.)*")*(?:[0-9][eE]|[-0-9.]{19})`, _json_text(document))

# A document's JSON text, made once per document: the number check searches it and the schema check
# reads it (json.match_schema reads a string as JSON text), so that the document is converted to
# JSON once, not once more inside the schema check.
_json_text(doc) := json.marshal(doc)

# A document without a suspect number has only numbers without an exponent and of at most 18
# characters, which the limits of exact computation allow when they allow 18 digits, 16 places and
# whole numbers (a number with a point has at least "0." before its places): its numbers are then not checked
# against the limits one by one.
_every_number_within_limits if {
	not _suspect_number
	limits := data.cnexport_reference.meta.decimal_limits
	limits.max_digits >= 18
	limits.min_exponent <= -16
	limits.max_exponent >= 0
}

_walk_pointer(path) := concat("", [concat("", ["/", _escape(sprintf("%v", [p]))]) | some p in path])

# ---- the errors ------------------------------------------------------------------------------

# METADATA
# description: |
#   every error, as {path, message} with a JSON-pointer path: only the unreadable numbers when
#   there are any (nothing else may read them), else every check's
# scope: document
errors := number_errors if count(number_errors) > 0

errors := _checked if count(number_errors) == 0

_checked contains {"path": "", "message": sprintf("the document must be a JSON object, not %s", [type_name(document)])} if {
	not is_object(document)
}

# json.match_schema reads a string as JSON text, so only objects are passed to it.
_checked contains error if {
	is_object(document)
	some error in schema_errors(document, data.cnexport.schemas.shipment)
}

_checked contains {"path": sprintf("/items/%d/line", [i]), "message": sprintf("line number %v is used by more than one line", [n])} if {
	some n, indexes in _indexes_of
	some i in indexes
	i > min(indexes)
}

_checked contains {"path": path, "message": _exact_message} if {
	not _every_number_within_limits
	some [path, rate] in _fx_numbers
	not decimals.within_limits(rate)
}

# A bare rate names no currency it is quoted in: it is read in the lines' currency, so it is
# refused when the lines are in more than one (a JPY rate must never convert both EUR and USD).
_checked contains {
	"path": concat("/", ["/fx_rates", _escape(currency)]),
	"message": sprintf(
		`the %s rate does not say which currency it is quoted in, and the lines are in %s: quote it in each, as "fx_rates": {"%s": {%s}}`,
		[currency, concat(" and ", sort(money.line_currencies)), currency, concat(", ", [q |
			some to in sort(money.line_currencies)
			q := sprintf("\"%s\": <value of one %s in %s>", [to, currency, to])
		])],
	),
} if {
	_bare_rate_given
	count(money.line_currencies) > 1
	some currency, rate in _fx
	is_number(rate)
}

_checked contains {"path": sprintf("/parties/%d/owners/%d/share", [i, j]), "message": _exact_message} if {
	not _every_number_within_limits
	some i, party in _parties
	some j, owner in party.owners
	is_number(owner.share)
	not decimals.within_limits(owner.share)
}

_checked contains {"path": sprintf("/items/%d/value/amount", [i]), "message": _exact_message} if {
	not _every_number_within_limits
	some i, line in _items
	is_number(line.value.amount)
	not decimals.within_limits(line.value.amount)
}

_checked contains {"path": sprintf("/items/%d/parameters/%s", [i, name]), "message": _exact_message} if {
	not _every_number_within_limits
	some i, line in _items
	is_object(line.parameters)
	some name, value in line.parameters
	is_number(value)
	not decimals.within_limits(value)
}

_checked contains {"path": sprintf("/items/%d/rare_earth_content/%d/value/amount", [i, j]), "message": _exact_message} if {
	not _every_number_within_limits
	some i in _with_content
	some j, content in _items[i].rare_earth_content
	is_number(content.value.amount)
	not decimals.within_limits(content.value.amount)
}

_checked contains {
	"path": sprintf("/items/%d/rare_earth_content/%d/value/currency", [i, j]),
	"message": sprintf(
		concat("", [
			"currency %[1]s differs from the line's currency %[2]s and fx_rates gives no rate of %[1]s in %[2]s: ",
			`add "fx_rates": {"%[1]s": {"%[2]s": <value of one %[1]s in %[2]s>}}`,
		]),
		[currency, line.value.currency],
	),
} if {
	count(_line_currencies) > 1 # in one currency, no content can differ from its line's
	some i in _with_content
	line := _items[i]
	is_string(line.value.currency)
	some j, content in line.rare_earth_content
	currency := content.value.currency
	is_string(currency)
	currency != line.value.currency
	not money.fx_rate(currency, line.value.currency)
}

_checked contains {
	"path": sprintf("/items/%d/rare_earth_content", [i]),
	"message": "the rare-earth content is worth more than the whole line",
} if {
	some i in _contents_to_total
	line := _items[i]
	is_number(line.value.amount)
	_within_limits(line.value.amount)
	contents := line.rare_earth_content
	every content in contents {
		_computable(line, content)
	}
	total := decimals.total([money.in_line_currency(line, c.value) | some c in contents])
	decimals.compare(total, decimals.from_number(line.value.amount)) > 0
}

_checked contains {
	"path": sprintf("/licences/%d/lines/%d", [k, m]),
	"message": sprintf("licence covers line %v, which is not in the document", [n]),
} if {
	some k, licence in _licences
	some m, n in licence.lines
	is_number(n)
	not n in _line_numbers
}

_checked contains {"path": sprintf("/licences/%d/valid_until", [k]), "message": "valid_until is before valid_from"} if {
	some k, licence in _licences
	is_string(licence.valid_from)
	is_string(licence.valid_until)
	licence.valid_until < licence.valid_from
}

# A clearance must name a party and a listing, precede the export and clear a possible match only.
_checked contains error if some error in data.cnexport.parties.clearance_errors

_checked contains {"path": sprintf("/parties/%d/owners", [i]), "message": "owner shares add up to more than 1"} if {
	some i, party in _parties
	shares := [o.share | some o in party.owners; is_number(o.share)]
	count(shares) > 0 # a party without owners has nothing to add up
	every share in shares {
		_within_limits(share)
	}
	_over_one(shares)
}

# Whether shares add up to more than 1. One share is compared as it is: OPA compares numbers exactly
# (as fractions, v1/ast/compare.go), and the checks are read only when every number can be read. More
# are totalled as exact decimals.
_over_one([share]) if share > 1

_over_one(shares) if {
	count(shares) > 1
	decimals.compare(decimals.total([decimals.from_number(s) | some s in shares]), decimals.from_number(1)) > 0
}

# METADATA
# description: |
#   every error of a document (an object) against a JSON schema, as {path, message} with
#   JSON-pointer paths; never empty when the document does not match or could not be checked
schema_errors(doc, schema) := _schema_verdict(valid, mapped) if {
	# An OPA server compiles each schema once and keeps it in its inter-query value cache (on, and
	# unbounded, by default); `opa eval` and `opa bench` have none, so their profiles show it compiled
	# on every call.
	[valid, found] := json.match_schema(_json_text(doc), schema)
	mapped := {error |
		some raw in found
		not raw.type in _reported_by_inner_errors
		error := _schema_error(raw)
	}
} else := {{"path": "", "message": "the document could not be checked against its schema; nothing may be inferred from this answer"}}

# METADATA
# description: the errors in a stable order, by path and then message
sorted_errors := [{"path": p, "message": m} | some [p, m] in sort([[e.path, e.message] | some e in errors])]
