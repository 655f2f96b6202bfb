package cnexport.lib_test

import data.cnexport.lib

# Exact decimals (lib/decimal.rego) and the money helpers built on them (lib/shipment.rego).
# Every case here is one where reading a number as a binary float could give another answer.

# ---- reading a number's JSON text -------------------------------------------------------------

test_decimal_reads_one_tenth_exactly if {
	lib.decimal(0.1) == {"digits": 1, "exponent": -1}
}

test_decimal_keeps_trailing_zeros_of_the_text if {
	lib.decimal(200000.0) == {"digits": 2000000, "exponent": -1}
	lib.decimal(0.000) == {"digits": 0, "exponent": -3}
}

test_decimal_reads_an_integer if {
	lib.decimal(200000) == {"digits": 200000, "exponent": 0}
	lib.decimal(0) == {"digits": 0, "exponent": 0}
}

test_decimal_reads_lower_case_exponent_form if {
	lib.decimal(1e-3) == {"digits": 1, "exponent": -3}
}

test_decimal_reads_upper_case_exponent_with_plus_sign if {
	lib.decimal(1.5E+3) == {"digits": 15, "exponent": 2}
}

test_decimal_reads_fraction_with_exponent if {
	lib.decimal(2.5e-3) == {"digits": 25, "exponent": -4}
}

test_decimal_of_text_reads_json_number_text_and_nothing_else if {
	lib.decimal_of_text("-12.050e+2") == {"digits": -12050, "exponent": -1}
	lib.decimal_of_text("7e5") == {"digits": 7, "exponent": 5}
	not lib.decimal_of_text("1.2.3")
	not lib.decimal_of_text("1e2e3")
	not lib.decimal_of_text(".5")
	not lib.decimal_of_text("12 ")
}

test_decimal_reads_negative_numbers if {
	lib.decimal(-0.25) == {"digits": -25, "exponent": -2}
	lib.decimal(-7) == {"digits": -7, "exponent": 0}
}

test_decimal_strips_leading_zeros_of_the_digits if {
	lib.decimal(0.0003) == {"digits": 3, "exponent": -4}
}

test_decimal_reads_24_digit_number_without_rounding if {
	lib.decimal(123456789012345678901234) == {"digits": 123456789012345678901234, "exponent": 0}
	lib.decimal(123456789012345678901.234) == {"digits": 123456789012345678901234, "exponent": -3}
}

test_decimal_is_undefined_for_a_string if {
	not lib.decimal("0.1")
}

# ---- arithmetic ------------------------------------------------------------------------------

test_point_one_plus_point_two_is_exactly_point_three if {
	total := lib.decimal_sum([lib.decimal(0.1), lib.decimal(0.2)])
	total == {"digits": 3, "exponent": -1}
	lib.decimal_compare(total, lib.decimal(0.3)) == 0
}

test_point_one_times_three_is_exactly_point_three if {
	three_tenths := lib.decimal_mul(lib.decimal(0.1), lib.decimal(3))
	three_tenths == {"digits": 3, "exponent": -1}
	lib.decimal_compare(three_tenths, lib.decimal(0.3)) == 0
}

test_decimal_mul_adds_exponents if {
	lib.decimal_mul({"digits": 125, "exponent": -2}, {"digits": 160, "exponent": 0}) == {"digits": 20000, "exponent": -2}
}

test_decimal_sum_of_nothing_is_zero if {
	lib.decimal_sum([]) == {"digits": 0, "exponent": 0}
}

test_decimal_sum_aligns_to_the_finest_exponent if {
	lib.decimal_sum([lib.decimal(1e-3), lib.decimal(2), lib.decimal(0.25)]) == {"digits": 2251, "exponent": -3}
}

test_decimal_compare_orders_both_ways if {
	lib.decimal_compare(lib.decimal(0.001), lib.decimal(0.0011)) == -1
	lib.decimal_compare(lib.decimal(0.0011), lib.decimal(0.001)) == 1
	lib.decimal_compare(lib.decimal(0.001), lib.decimal(1e-3)) == 0
	lib.decimal_compare(lib.decimal(-0.5), lib.decimal(0.1)) == -1
}

test_decimal_compare_sees_the_last_of_24_digits if {
	# equal as binary floats; one apart as decimals
	lib.decimal_compare(lib.decimal(123456789012345678901234), lib.decimal(123456789012345678901235)) == -1
}

test_threshold_product_of_24_digit_value_is_exact if {
	value := lib.decimal(123456789012345678901234)
	threshold := lib.decimal(0.001)
	lib.decimal_compare(lib.decimal(123456789012345678901.234), lib.decimal_mul(threshold, value)) == 0
	lib.decimal_compare(lib.decimal(123456789012345678901.233), lib.decimal_mul(threshold, value)) == -1
	lib.decimal_compare(lib.decimal(123456789012345678901.235), lib.decimal_mul(threshold, value)) == 1
}

# ---- quotient --------------------------------------------------------------------------------

test_0_0003_divided_by_0_3_is_exactly_0_001 if {
	q := lib.decimal_quotient(lib.decimal(0.0003), lib.decimal(0.3), 9)
	q == {"digits": 1000000, "exponent": -9}
	lib.decimal_text(q) == "0.001000000"
}

test_199_99_of_200000_is_0_00099995 if {
	q := lib.decimal_quotient(lib.decimal(199.99), lib.decimal(200000), 9)
	lib.decimal_text(q) == "0.000999950"
}

test_decimal_quotient_truncates_rather_than_rounds if {
	lib.decimal_quotient(lib.decimal(2), lib.decimal(3), 4) == {"digits": 6666, "exponent": -4}
}

test_decimal_quotient_of_24_digit_numbers if {
	q := lib.decimal_quotient(lib.decimal(123456789012345678901.234), lib.decimal(123456789012345678901234), 9)
	q == {"digits": 1000000, "exponent": -9}
}

test_decimal_quotient_is_undefined_for_a_zero_divisor if {
	not lib.decimal_quotient(lib.decimal(1), lib.decimal(0), 2)
}

# ---- powers of ten ---------------------------------------------------------------------------

test_pow10_gives_exact_integers if {
	lib.pow10(0) == 1
	lib.pow10(3) == 1000
	lib.pow10(24) == 1000000000000000000000000
	lib.pow10(119) == lib.pow10(60) * lib.pow10(59)
}

test_pow10_is_undefined_for_negative_powers if {
	not lib.pow10(-1)
}

# pow10 reads its zeros from a string of 120: beyond it, it is undefined rather than wrong (a
# comparison that would need it fails instead of answering), and validation refuses numbers whose
# exponents could get there.
test_pow10_beyond_its_table_is_undefined_not_wrong if {
	lib.pow10(119) == lib.pow10(118) * 10
	not lib.pow10(120)
	not lib.pow10(121)
}

# A number with 130 decimals is beyond the exact limits, and cannot be compared with one whose
# exponent is 120 or more away: the comparison is undefined, never a wrong answer.
test_decimal_compare_of_130_decimal_places_is_refused_not_wrong if {
	share := 0.4999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
	lib.decimal(share).exponent == -130
	not lib.decimal_within_limits(share)
	not lib.decimal_compare(lib.decimal(share), lib.decimal(5))
}

# ---- limits ----------------------------------------------------------------------------------

test_24_significant_digits_are_within_limits if {
	lib.decimal_within_limits(123456789012345678901234)
	lib.decimal_within_limits(123456789012345678901.234)
}

test_25_significant_digits_are_beyond_limits if {
	not lib.decimal_within_limits(1234567890123456789012345)
	not lib.decimal_within_limits(1234567890123.456789012345)
}

test_exponent_limits_are_inclusive if {
	lib.decimal_within_limits(1e-18)
	lib.decimal_within_limits(1e18)
	not lib.decimal_within_limits(1e-19)
	not lib.decimal_within_limits(1e19)
}

# Digits are counted from the number's text, not through abs() (a 64-bit float in OPA, which
# would round 24 nines up to 10^24, a 25-digit number).
test_24_nines_are_within_limits if {
	lib.decimal_within_limits(999999999999999999999999)
}

test_trailing_zeros_count_as_significant_digits if {
	# 1.000...0 with 24 zeros after the point has 25 digits in its text
	not lib.decimal_within_limits(1.000000000000000000000000)
}

# ---- text ------------------------------------------------------------------------------------

test_decimal_text_of_negative_exponents if {
	lib.decimal_text({"digits": 1, "exponent": -3}) == "0.001"
	lib.decimal_text({"digits": 15, "exponent": -1}) == "1.5"
	lib.decimal_text({"digits": 2000000, "exponent": -1}) == "200000.0"
	lib.decimal_text({"digits": -25, "exponent": -2}) == "-0.25"
	lib.decimal_text({"digits": 0, "exponent": -2}) == "0.00"
}

test_decimal_text_of_non_negative_exponents if {
	lib.decimal_text({"digits": 5, "exponent": 2}) == "500"
	lib.decimal_text({"digits": 42, "exponent": 0}) == "42"
	lib.decimal_text({"digits": -3, "exponent": 1}) == "-30"
}

test_decimal_text_of_19_digits_is_exact if {
	lib.decimal_text({"digits": 1234567890123456789, "exponent": -2}) == "12345678901234567.89"
}

# decimal_text writes the digits from their exact text; through abs() (a 64-bit-mantissa float in
# OPA) anything beyond about 20 significant digits would come out wrong.
test_decimal_text_round_trips_24_digits if {
	lib.decimal_text(lib.decimal(123456789012345678901.234)) == "123456789012345678901.234"
}

test_decimal_text_short_drops_trailing_zeros if {
	lib.decimal_text_short({"digits": 100, "exponent": -3}) == "0.1"
	lib.decimal_text_short({"digits": 1000, "exponent": -1}) == "100"
	lib.decimal_text_short({"digits": 150, "exponent": -2}) == "1.5"
	lib.decimal_text_short({"digits": 0, "exponent": -3}) == "0"
	lib.decimal_text_short({"digits": 1, "exponent": 2}) == "100"
}

# ---- money in the line's currency (lib/shipment.rego) -----------------------------------------

_money_line := {"line": 1, "value": {"amount": 200000, "currency": "USD"}}

test_money_in_the_line_currency_is_read_exactly if {
	lib.in_line_currency(_money_line, {"amount": 199.99, "currency": "USD"}) == {"digits": 19999, "exponent": -2}
}

test_money_in_another_currency_is_converted_with_the_rate_quoted_in_the_line_currency if {
	doc := {"items": [_money_line], "fx_rates": {"EUR": {"GBP": 0.85, "USD": 1.25}}}
	converted := lib.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as doc
	converted == {"digits": 20000, "exponent": -2}
	lib.money_text(converted, "USD") == {"amount": "200.00", "currency": "USD"}
}

test_a_bare_rate_converts_when_every_line_is_in_the_line_currency if {
	doc := {"items": [_money_line, object.union(_money_line, {"line": 2})], "fx_rates": {"EUR": 1.25}}
	converted := lib.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as doc
	lib.money_text(converted, "USD") == {"amount": "200.00", "currency": "USD"}
}

test_a_bare_rate_converts_nothing_when_the_lines_are_in_two_currencies if {
	eur_line := {"line": 2, "value": {"amount": 1000, "currency": "EUR"}}
	doc := {"items": [_money_line, eur_line], "fx_rates": {"JPY": 0.0067}}
	not lib.in_line_currency(_money_line, {"amount": 160, "currency": "JPY"}) with input as doc
	not lib.in_line_currency(eur_line, {"amount": 160, "currency": "JPY"}) with input as doc
}

test_a_rate_quoted_in_another_currency_converts_nothing if {
	doc := {"items": [_money_line], "fx_rates": {"EUR": {"GBP": 0.85}}}
	not lib.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as doc
}

test_money_in_another_currency_without_a_rate_is_undefined if {
	not lib.in_line_currency(_money_line, {"amount": 160, "currency": "EUR"}) with input as {"fx_rates": {}}
}

test_china_is_the_mainland_code if {
	lib.china == "CN"
}
