package cnexport.lib

# METADATA
# description: the contract's country code for China, the mainland customs territory (I-CHINA-TERRITORY)
china := "CN"

# METADATA
# description: a money amount in the currency of `line`, exactly; input.fx_rates converts others
# scope: document
in_line_currency(line, money) := decimal(money.amount) if money.currency == line.value.currency

in_line_currency(line, money) := decimal_mul(decimal(money.amount), decimal(input.fx_rates[money.currency])) if {
	money.currency != line.value.currency
}

# METADATA
# description: a decimal amount as the contract's money object, the amount as exact text
money_text(d, currency) := {"amount": decimal_text(d), "currency": currency}
