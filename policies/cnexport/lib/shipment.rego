package cnexport.lib

# METADATA
# description: the contract's country code for China, the mainland customs territory (I-CHINA-TERRITORY)
china := "CN"

# METADATA
# description: a money amount in the currency of `line`, exactly; input.fx_rates converts others
# scope: document
in_line_currency(line, money) := decimal(money.amount) if money.currency == line.value.currency

in_line_currency(line, money) := decimal_mul(decimal(money.amount), decimal(fx_rate(money.currency, line.value.currency))) if {
	money.currency != line.value.currency
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
money_text(d, currency) := {"amount": decimal_text(d), "currency": currency}
