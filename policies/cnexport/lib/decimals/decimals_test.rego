package cnexport.lib.decimals_test

import data.cnexport.lib.decimals

# Exact decimals (lib/decimals/decimals.rego).
# Every case here is one where reading a number as a binary float could give another answer.

# ---- reading a number's JSON text -------------------------------------------------------------

test_decimal_reads_one_tenth_exactly if {
	decimals.from_number(0.1) == {"digits": 1, "exponent": -1}
}

test_decimal_keeps_trailing_zeros_of_the_text if {
	decimals.from_number(200000.0) == {"digits": 2000000, "exponent": -1}
	decimals.from_number(0.000) == {"digits": 0, "exponent": -3}
}

test_decimal_reads_an_integer if {
	decimals.from_number(200000) == {"digits": 200000, "exponent": 0}
	decimals.from_number(0) == {"digits": 0, "exponent": 0}
}

test_decimal_reads_lower_case_exponent_form if {
	decimals.from_number(1e-3) == {"digits": 1, "exponent": -3}
}

test_decimal_reads_upper_case_exponent_with_plus_sign if {
	decimals.from_number(1.5E+3) == {"digits": 15, "exponent": 2}
}

test_decimal_reads_fraction_with_exponent if {
	decimals.from_number(2.5e-3) == {"digits": 25, "exponent": -4}
}

test_from_text_reads_json_number_text_and_nothing_else if {
	decimals.from_text("-12.050e+2") == {"digits": -12050, "exponent": -1}
	decimals.from_text("7e5") == {"digits": 7, "exponent": 5}
	not decimals.from_text("1.2.3")
	not decimals.from_text("1e2e3")
	not decimals.from_text(".5")
	not decimals.from_text("12 ")
}

test_decimal_reads_negative_numbers if {
	decimals.from_number(-0.25) == {"digits": -25, "exponent": -2}
	decimals.from_number(-7) == {"digits": -7, "exponent": 0}
}

test_decimal_strips_leading_zeros_of_the_digits if {
	decimals.from_number(0.0003) == {"digits": 3, "exponent": -4}
}

test_decimal_reads_24_digit_number_without_rounding if {
	decimals.from_number(123456789012345678901234) == {"digits": 123456789012345678901234, "exponent": 0}
	decimals.from_number(123456789012345678901.234) == {"digits": 123456789012345678901234, "exponent": -3}
}

test_decimal_is_undefined_for_a_string if {
	not decimals.from_number("0.1")
}

# ---- arithmetic ------------------------------------------------------------------------------

test_point_one_plus_point_two_is_exactly_point_three if {
	total := decimals.total([decimals.from_number(0.1), decimals.from_number(0.2)])
	total == {"digits": 3, "exponent": -1}
	decimals.compare(total, decimals.from_number(0.3)) == 0
}

test_point_one_times_three_is_exactly_point_three if {
	three_tenths := decimals.multiply(decimals.from_number(0.1), decimals.from_number(3))
	three_tenths == {"digits": 3, "exponent": -1}
	decimals.compare(three_tenths, decimals.from_number(0.3)) == 0
}

test_decimal_mul_adds_exponents if {
	decimals.multiply({"digits": 125, "exponent": -2}, {"digits": 160, "exponent": 0}) == {"digits": 20000, "exponent": -2}
}

test_decimal_sum_of_nothing_is_zero if {
	decimals.total([]) == {"digits": 0, "exponent": 0}
}

test_decimal_sum_of_one_is_that_one if {
	decimals.total([decimals.from_number(0.250)]) == {"digits": 250, "exponent": -3}
}

test_decimal_sum_aligns_to_the_finest_exponent if {
	decimals.total([decimals.from_number(1e-3), decimals.from_number(2), decimals.from_number(0.25)]) == {"digits": 2251, "exponent": -3}
}

test_decimal_compare_orders_both_ways if {
	decimals.compare(decimals.from_number(0.001), decimals.from_number(0.0011)) == -1
	decimals.compare(decimals.from_number(0.0011), decimals.from_number(0.001)) == 1
	decimals.compare(decimals.from_number(0.001), decimals.from_number(1e-3)) == 0
	decimals.compare(decimals.from_number(-0.5), decimals.from_number(0.1)) == -1
	decimals.compare(decimals.from_number(5), decimals.from_number(4.99)) == 1
	decimals.compare(decimals.from_number(4.99), decimals.from_number(5)) == -1
	decimals.compare(decimals.from_number(500e-2), decimals.from_number(5)) == 0
}

test_decimal_compare_sees_the_last_of_24_digits if {
	# equal as binary floats; one apart as decimals
	decimals.compare(decimals.from_number(123456789012345678901234), decimals.from_number(123456789012345678901235)) == -1
}

test_threshold_product_of_24_digit_value_is_exact if {
	value := decimals.from_number(123456789012345678901234)
	threshold := decimals.from_number(0.001)
	decimals.compare(decimals.from_number(123456789012345678901.234), decimals.multiply(threshold, value)) == 0
	decimals.compare(decimals.from_number(123456789012345678901.233), decimals.multiply(threshold, value)) == -1
	decimals.compare(decimals.from_number(123456789012345678901.235), decimals.multiply(threshold, value)) == 1
}

# ---- quotient --------------------------------------------------------------------------------

test_0_0003_divided_by_0_3_is_exactly_0_001 if {
	q := decimals.quotient(decimals.from_number(0.0003), decimals.from_number(0.3), 9)
	q == {"digits": 1000000, "exponent": -9}
	decimals.to_text(q) == "0.001000000"
}

test_199_99_of_200000_is_0_00099995 if {
	q := decimals.quotient(decimals.from_number(199.99), decimals.from_number(200000), 9)
	decimals.to_text(q) == "0.000999950"
}

test_decimal_quotient_truncates_rather_than_rounds if {
	decimals.quotient(decimals.from_number(2), decimals.from_number(3), 4) == {"digits": 6666, "exponent": -4}
}

test_decimal_quotient_truncates_towards_zero if {
	decimals.quotient(decimals.from_number(-2), decimals.from_number(3), 4) == {"digits": -6666, "exponent": -4}
}

test_decimal_quotient_of_24_digit_numbers if {
	q := decimals.quotient(decimals.from_number(123456789012345678901.234), decimals.from_number(123456789012345678901234), 9)
	q == {"digits": 1000000, "exponent": -9}
}

test_decimal_quotient_is_undefined_for_a_zero_divisor if {
	not decimals.quotient(decimals.from_number(1), decimals.from_number(0), 2)
}

# ---- powers of ten ---------------------------------------------------------------------------

test_pow10_gives_exact_integers if {
	decimals.pow10(0) == 1
	decimals.pow10(3) == 1000
	decimals.pow10(24) == 1000000000000000000000000
	decimals.pow10(119) == decimals.pow10(60) * decimals.pow10(59)
}

test_pow10_is_undefined_for_negative_powers if {
	not decimals.pow10(-1)
}

# pow10 reads its zeros from a string of 120: beyond it, it is undefined rather than wrong (a
# comparison that would need it fails instead of answering), and validation refuses numbers whose
# exponents could get there.
test_pow10_beyond_its_table_is_undefined_not_wrong if {
	decimals.pow10(119) == decimals.pow10(118) * 10
	not decimals.pow10(120)
	not decimals.pow10(121)
}

# A number with 130 decimals is beyond the exact limits, and cannot be compared with one whose
# exponent is 120 or more away: the comparison is undefined, never a wrong answer.
test_decimal_compare_of_130_decimal_places_is_refused_not_wrong if {
	share := 0.4999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
	decimals.from_number(share).exponent == -130
	not decimals.within_limits(share)
	not decimals.compare(decimals.from_number(share), decimals.from_number(5))
}

# ---- limits ----------------------------------------------------------------------------------

test_24_significant_digits_are_within_limits if {
	decimals.within_limits(123456789012345678901234)
	decimals.within_limits(123456789012345678901.234)
}

test_25_significant_digits_are_beyond_limits if {
	not decimals.within_limits(1234567890123456789012345)
	not decimals.within_limits(1234567890123.456789012345)
}

test_exponent_limits_are_inclusive if {
	decimals.within_limits(1e-18)
	decimals.within_limits(1e18)
	not decimals.within_limits(1e-19)
	not decimals.within_limits(1e19)
}

# Digits are counted from the number's text, not through abs() (a 64-bit float in OPA, which
# would round 24 nines up to 10^24, a 25-digit number).
test_24_nines_are_within_limits if {
	decimals.within_limits(999999999999999999999999)
}

test_trailing_zeros_count_as_significant_digits if {
	# 1.000...0 with 24 zeros after the point has 25 digits in its text
	not decimals.within_limits(1.000000000000000000000000)
}

# A plain decimal is judged by its text alone when it is short enough; the same limits hold either way.
test_plain_decimals_are_judged_by_the_same_limits_as_any if {
	decimals.within_limits(0.123456789012345678)
	not decimals.within_limits(0.1234567890123456789)
	decimals.within_limits(-12345678901234567890123)
	decimals.within_limits(-123456789012345678901234)
	not decimals.within_limits(-1234567890123456789012345)
	decimals.within_limits(-0.000000000000000001)
	not decimals.within_limits(-0.0000000000000000001)
}

# ---- text ------------------------------------------------------------------------------------

test_decimal_text_of_negative_exponents if {
	decimals.to_text({"digits": 1, "exponent": -3}) == "0.001"
	decimals.to_text({"digits": 15, "exponent": -1}) == "1.5"
	decimals.to_text({"digits": 2000000, "exponent": -1}) == "200000.0"
	decimals.to_text({"digits": -25, "exponent": -2}) == "-0.25"
	decimals.to_text({"digits": 0, "exponent": -2}) == "0.00"
	decimals.to_text({"digits": -25, "exponent": -4}) == "-0.0025"
	decimals.to_text({"digits": 123, "exponent": -3}) == "0.123"
}

test_decimal_text_of_non_negative_exponents if {
	decimals.to_text({"digits": 5, "exponent": 2}) == "500"
	decimals.to_text({"digits": 42, "exponent": 0}) == "42"
	decimals.to_text({"digits": -3, "exponent": 1}) == "-30"
}

test_decimal_text_of_19_digits_is_exact if {
	decimals.to_text({"digits": 1234567890123456789, "exponent": -2}) == "12345678901234567.89"
}

# to_text writes the digits from their exact text; through abs() (a 64-bit-mantissa float in
# OPA) anything beyond about 20 significant digits would come out wrong.
test_decimal_text_round_trips_24_digits if {
	decimals.to_text(decimals.from_number(123456789012345678901.234)) == "123456789012345678901.234"
}

test_decimal_text_of_a_negative_number_beyond_64_bits_is_exact if {
	decimals.to_text(decimals.from_number(-123456789012345678901.234)) == "-123456789012345678901.234"
	decimals.to_text({"digits": -123456789012345678901234, "exponent": -30}) == "-0.000000123456789012345678901234"
}

test_decimal_text_short_drops_trailing_zeros if {
	decimals.to_short_text({"digits": 100, "exponent": -3}) == "0.1"
	decimals.to_short_text({"digits": 1000, "exponent": -1}) == "100"
	decimals.to_short_text({"digits": 150, "exponent": -2}) == "1.5"
	decimals.to_short_text({"digits": 0, "exponent": -3}) == "0"
	decimals.to_short_text({"digits": 1, "exponent": 2}) == "100"
}

# ---- texts at several places -------------------------------------------------------------------

test_texts_at_places_are_those_of_to_text if {
	decimals.texts_at_places(1500223, [9, 7]) == ["0.001500223", "0.1500223"]
	decimals.texts_at_places(70000000, [9, 7]) == ["0.070000000", "7.0000000"]
	decimals.texts_at_places(0, [9, 7]) == ["0.000000000", "0.0000000"]
	decimals.texts_at_places(12345678901, [9, 7]) == ["12.345678901", "1234.5678901"]
	decimals.texts_at_places(1000000000000000000000001, [9, 2]) == ["1000000000000000.000000001", "10000000000000000000000.01"]
	every case in [[1500223, 9], [70000000, 7], [0, 7], [10000000000, 9], [5, 1]] {
		decimals.texts_at_places(case[0], [case[1]]) == [decimals.to_text({"digits": case[0], "exponent": 0 - case[1]})]
	}
}

test_texts_at_places_of_negative_digits_or_no_places_are_those_of_to_text if {
	decimals.texts_at_places(-25, [4, 2]) == ["-0.0025", "-0.25"]
	decimals.texts_at_places(42, [0, 1]) == ["42", "4.2"]
}
