# METADATA
# title: Money in the line's currency
# description: |
#   Amounts converted exactly into a line's currency with the document's fx_rates, and amounts as the
#   contract's money text.
package cnexport.lib.money

import data.cnexport.lib.decimals

# METADATA
# description: a money amount in the currency of `line`, exactly; input.fx_rates converts others
in_line_currency(line, money) := {
	# decimals.from_number, written out: a call of it would evaluate a second function for every
	# amount in the line's currency, the most common case.
	"digits": to_number(concat("", [m[1], m[2], m[3]])) + 0,
	"exponent": to_number(concat("", [m[4], "0", m[5]])) - count(m[3]),
} if {
	money.currency == line.value.currency
	m := regex.find_all_string_submatch_n(decimals.number_text_parts, json.marshal(money.amount), 1)[0]
} else := decimals.multiply(decimals.from_number(money.amount), decimals.from_number(rate)) if {
	rate := fx_rate(money.currency, line.value.currency)
}

# METADATA
# description: |
#   the value of one unit of `from` in `to`: the rate input.fx_rates quotes for `from` in `to`
#   (`{"JPY": {"USD": 0.0067}}`), or a bare rate (`{"JPY": 0.0067}`) when every line of the
#   document is in `to`, which alone makes it unambiguous; undefined otherwise (cnexport.validate
#   refuses a document that needs it)
# scope: document
fx_rate(from, to) := rate if {
	rate := input.fx_rates[from][to]
	is_number(rate)
} else := rate if {
	rate := input.fx_rates[from]
	is_number(rate)
	line_currencies == {to}
}

# METADATA
# description: the currencies the document's lines are valued in
line_currencies contains line.value.currency if {
	some line in input.items
	is_string(line.value.currency)
}

# METADATA
# description: a decimal amount as the contract's money object, the amount as exact text
exact_text(d, currency) := {"amount": decimals.to_text(d), "currency": currency}
