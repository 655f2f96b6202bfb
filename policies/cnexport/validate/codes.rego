# The checks of the document's codes that its schema cannot express: countries and currencies from
# the ISO tables of the reference data, and rare-earth elements from its list.
package cnexport.validate

_iso := data.cnexport_reference.iso_codes

# False rather than undefined for an ISO code, so that OPA caches that answer too: the parties, their
# owners and the document's ends mostly name the same few codes.
default _unknown_country(_) := false

_unknown_country(code) if {
	not _iso.countries[code]
	is_string(code)
	regex.match(`^[A-Z]{2}$`, code)
}

default _unknown_currency(_) := false

_unknown_currency(code) if {
	not _iso.currencies[code]
	is_string(code)
	regex.match(`^[A-Z]{3}$`, code)
}

# The codes the lines name, each once. A document of many lines names the same few codes on every
# line: the lines are searched for a code's paths only when one of these is not an ISO code.
_line_countries := ({line.manufactured_in | some line in _items} | {line.origin | some line in _items}) | {content.origin |
	some i in _with_content
	some content in _items[i].rare_earth_content
}

_line_currencies := {line.value.currency | some line in _items} | {content.value.currency |
	some i in _with_content
	some content in _items[i].rare_earth_content
}

_unknown_line_country if {
	some code in _line_countries
	_unknown_country(code)
}

_unknown_line_currency if {
	some code in _line_currencies
	_unknown_currency(code)
}

# Every country code of the document that is not an ISO code, with its path. A code the schema's
# pattern refuses (or the origin "unknown") is left to the schema.
_unknown_country_codes contains ["/exporter/country", document.exporter.country] if _unknown_country(document.exporter.country)

_unknown_country_codes contains ["/ship_from", document.ship_from] if _unknown_country(document.ship_from)

_unknown_country_codes contains ["/ship_to", document.ship_to] if _unknown_country(document.ship_to)

_unknown_country_codes contains [sprintf("/parties/%d/country", [i]), party.country] if {
	some i, party in _parties
	_unknown_country(party.country)
}

_unknown_country_codes contains [sprintf("/parties/%d/owners/%d/country", [i, j]), owner.country] if {
	some i, party in _parties
	some j, owner in party.owners
	_unknown_country(owner.country)
}

_unknown_country_codes contains [sprintf("/items/%d/%s", [i, field]), code] if {
	_unknown_line_country
	some i, line in _items
	some field in ["manufactured_in", "origin"]
	code := line[field]
	_unknown_country(code)
}

_unknown_country_codes contains [sprintf("/items/%d/rare_earth_content/%d/origin", [i, j]), content.origin] if {
	_unknown_line_country
	some i in _with_content
	some j, content in _items[i].rare_earth_content
	_unknown_country(content.origin)
}

# Every currency code of the document that is not an ISO code, with its path.
_unknown_currency_codes contains [sprintf("/items/%d/value/currency", [i]), line.value.currency] if {
	_unknown_line_currency
	some i, line in _items
	_unknown_currency(line.value.currency)
}

_unknown_currency_codes contains [concat("/", ["/fx_rates", _escape(currency)]), currency] if {
	some currency, _ in _fx
	_unknown_currency(currency)
}

_unknown_currency_codes contains [concat("/", ["/fx_rates", _escape(currency), _escape(quoted_in)]), quoted_in] if {
	some currency, rates in _fx
	is_object(rates)
	some quoted_in, _ in rates
	_unknown_currency(quoted_in)
}

_unknown_currency_codes contains [sprintf("/items/%d/rare_earth_content/%d/value/currency", [i, j]), content.value.currency] if {
	_unknown_line_currency
	some i in _with_content
	some j, content in _items[i].rare_earth_content
	_unknown_currency(content.value.currency)
}

_country_message(code, iso) := message if {
	use := iso.not_codes[code].use
	message := sprintf("%s is not an ISO 3166-1 alpha-2 country code: use %s (%s)", [code, use, iso.countries[use]])
} else := sprintf("%s is not an ISO 3166-1 alpha-2 country code (%s)", [code, iso.source])

_checked contains {"path": path, "message": _country_message(code, _iso)} if some [path, code] in _unknown_country_codes

_checked contains {"path": path, "message": sprintf("%s is not an ISO 4217 currency code (%s)", [code, _iso.source])} if {
	some [path, code] in _unknown_currency_codes
}

_checked contains {
	"path": sprintf("/items/%d/rare_earth_content/%d/element", [i, j]),
	"message": sprintf(
		"%s is not a rare-earth element: rare_earth_content lists only the 17 rare earths (%s)",
		[content.element, concat(", ", data.cnexport_reference.meta.rare_earth_elements)],
	),
} if {
	_unknown_element
	some i in _with_content
	some j, content in _items[i].rare_earth_content
	_not_rare_earth(content.element)
}

_not_rare_earth(element) if {
	is_string(element)
	not element in data.cnexport_reference.meta.rare_earth_elements
}

# The elements the content names, each once: the lines are searched for an element's path only when
# one of these is not a rare earth.
_unknown_element if {
	some element in {content.element | some i in _with_content; some content in _items[i].rare_earth_content}
	_not_rare_earth(element)
}
