package cnexport.lib

# The contract's country code for China: the mainland customs territory (I-CHINA-TERRITORY).
china := "CN"

# METADATA
# description: a money amount in the currency of `line`, exactly; input.fx_rates converts others
in_line_currency(line, money) := decimal(money.amount) if money.currency == line.value.currency

in_line_currency(line, money) := decimal_mul(decimal(money.amount), decimal(input.fx_rates[money.currency])) if {
	money.currency != line.value.currency
}

money_text(d, currency) := {"amount": decimal_text(d), "currency": currency}
