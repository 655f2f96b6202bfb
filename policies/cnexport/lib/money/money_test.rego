package cnexport.lib.money_test

import data.cnexport.lib.decimals
import data.cnexport.lib.money

# Money in the line's currency (lib/money/money.rego), read and converted exactly.

_money_line := {"line": 1, "value": {"amount": 200000, "currency": "USD"}}

test_money_in_the_line_currency_is_read_exactly if {
	money.in_line_currency(_money_line, {"amount": 199.99, "currency": "USD"}) == {"digits": 19999, "exponent": -2}
}

# The line's currency reads the amount as decimals.from_number does, written out.
test_money_in_the_line_currency_is_read_as_decimals_reads_it if {
	every amount in [200000, 0.10, 1.5e3, 2E-2, 123456789012345678901.234] {
		money.in_line_currency(_money_line, {"amount": amount, "currency": "USD"}) == decimals.from_number(amount)
	}
	not money.in_line_currency(_money_line, {"amount": "12", "currency": "USD"})
}

test_money_in_another_currency_is_converted_with_the_rate_quoted_in_the_line_currency if {
	doc := {"items": [_money_line], "fx_rates": {"EUR": {"GBP": 0.85, "USD": 1.25}}}
	converted := money.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as doc
	converted == {"digits": 20000, "exponent": -2}
	money.exact_text(converted, "USD") == {"amount": "200.00", "currency": "USD"}
}

test_a_bare_rate_converts_when_every_line_is_in_the_line_currency if {
	doc := {"items": [_money_line, object.union(_money_line, {"line": 2})], "fx_rates": {"EUR": 1.25}}
	converted := money.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as doc
	money.exact_text(converted, "USD") == {"amount": "200.00", "currency": "USD"}
}

test_a_bare_rate_converts_nothing_when_the_lines_are_in_two_currencies if {
	eur_line := {"line": 2, "value": {"amount": 1000, "currency": "EUR"}}
	doc := {"items": [_money_line, eur_line], "fx_rates": {"JPY": 0.0067}}
	not money.in_line_currency(_money_line, {"amount": 160, "currency": "JPY"}) with input as doc
	not money.in_line_currency(eur_line, {"amount": 160, "currency": "JPY"}) with input as doc
}

test_a_rate_quoted_in_another_currency_converts_nothing if {
	doc := {"items": [_money_line], "fx_rates": {"EUR": {"GBP": 0.85}}}
	not money.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as doc
}

test_money_in_another_currency_without_a_rate_is_undefined if {
	not money.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as {"fx_rates": {}}
}
