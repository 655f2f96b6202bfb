# METADATA
# title: Exact decimals
# description: |
#   Numbers read exactly from their JSON text, and exact sums, products, comparisons and quotients of
#   them, so that thresholds such as 0.1 % are tested without binary rounding.
package cnexport.lib.decimals

# A decimal is {"digits": D, "exponent": E} and stands for D x 10^E. It is read from the number's
# JSON text, so 0.1 is exactly one tenth: thresholds such as 0.1 % are tested without the rounding
# of binary floating point. OPA adds, multiplies and compares integers exactly; it does not divide
# them exactly, so nothing here divides except where the result is checked by multiplication.

# METADATA
# description: the exact decimal a JSON number stands for
from_number(n) := {
	# from_text's body on the number's text, written out: a decimal is read for every amount and
	# threshold, and a call of from_text would evaluate a second function for each.
	"digits": to_number(concat("", [m[1], m[2], m[3]])) + 0,
	"exponent": to_number(concat("", [m[4], "0", m[5]])) - count(m[3]),
} if {
	is_number(n)
	m := regex.find_all_string_submatch_n(number_text_parts, json.marshal(n), 1)[0]
}

# METADATA
# description: the exact decimal a JSON number's text stands for
from_text(text) := {
	# Adding 0 writes the digits as an integer: without leading zeros, and 0 for "-0".
	"digits": to_number(concat("", [m[1], m[2], m[3]])) + 0,
	"exponent": to_number(concat("", [m[4], "0", m[5]])) - count(m[3]),
} if {
	m := regex.find_all_string_submatch_n(number_text_parts, text, 1)[0]
}

# METADATA
# description: |
#   the pattern that reads the text of a JSON number as [text, sign, whole digits, fraction digits,
#   exponent sign, exponent digits], at once: a decimal is read for every amount and threshold, so
#   each step saved counts. The written exponent is its sign, a 0 and its digits: "0" when there is
#   none.
number_text_parts := `^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([-+]?)([0-9]+))?$`

# METADATA
# description: 120 zeros, from which powers of ten are cut as exact integers
_zeros := sprintf("%0120d", [0])

# METADATA
# description: 10^k as an exact integer, for 0 <= k < 120 (to_number of "1e40" would be a float)
pow10(k) := to_number(concat("", ["1", substring(_zeros, 0, k)])) if {
	k >= 0
	k < count(_zeros) # beyond the table it is undefined, never wrong; validation keeps exponents far inside
}

# METADATA
# description: whether a number has few enough digits and a small enough exponent to compute exactly
within_limits(n) if {
	# Most numbers are plain decimals that the limits allow at a glance: no exponent, no more
	# fraction digits than the smallest exponent allows, and no more characters than digits allowed.
	text := json.marshal(n)
	count(text) <= data.cnexport_reference.meta.decimal_limits.max_digits
	regex.match(_plain_within_limits, text)
} else if {
	d := from_number(n)
	limits := data.cnexport_reference.meta.decimal_limits
	d.exponent >= limits.min_exponent
	d.exponent <= limits.max_exponent

	# The digits are counted from their text: abs() would round big integers through a 64-bit float.
	count(trim_prefix(json.marshal(d.digits), "-")) <= limits.max_digits
}

_plain_within_limits := sprintf(`^-?[0-9]+(?:\.[0-9]{0,%d})?$`, [0 - data.cnexport_reference.meta.decimal_limits.min_exponent])

# METADATA
# description: |
#   whether the engine can read a number, given as its JSON text: the text is no longer than twice the digits
#   the engine computes with, a sign, a point and a three-digit exponent (55 characters), and its
#   exponent is within half the table of pow10 either way (-60..60), so that any two such numbers
#   can be aligned. Far below the magnitudes where OPA's comparison fails. Whether it can be
#   computed with exactly is within_limits. It takes the text, never the number: OPA caches
#   a function's result under its arguments, and comparing a cached number with one of a huge
#   exponent panics (docs/upstream/).
readable_number(text) if {
	count(text) <= (2 * data.cnexport_reference.meta.decimal_limits.max_digits) + 7
	abs(from_text(text).exponent) * 2 <= count(_zeros)
}

# METADATA
# description: the exact product of two decimals
multiply(a, b) := {"digits": a.digits * b.digits, "exponent": a.exponent + b.exponent}

# METADATA
# description: the exact sum of an array of decimals (0 for an empty one)
total(ds) := ds[0] if {
	count(ds) == 1
} else := {"digits": sum([v | some d in ds; v := d.digits * pow10(d.exponent - e)]), "exponent": e} if {
	e := min([d.exponent | some d in ds]) # undefined for an empty array
} else := {"digits": 0, "exponent": 0}

# METADATA
# description: -1, 0 or 1 as a is less than, equal to or greater than b
compare(a, b) := _order(a.digits * pow10(a.exponent - b.exponent), b.digits) if {
	a.exponent >= b.exponent
} else := _order(a.digits, b.digits * pow10(b.exponent - a.exponent))

_order(x, y) := -1 if x < y

else := 1 if x > y

else := 0

# METADATA
# description: |
#   a / b truncated to `places` decimal places (towards zero), exactly: the remainder is exact, so
#   the float quotient of what is left is a whole number, checked by multiplying back.
quotient(a, b, places) := {"digits": q, "exponent": 0 - places} if {
	b.digits > 0
	e := min([a.exponent, b.exponent])
	num := (a.digits * pow10(a.exponent - e)) * pow10(places)
	den := b.digits * pow10(b.exponent - e)
	truncated := num - (num % den) # the remainder has the sign of num
	q := round(truncated / den)
	q * den == truncated
}

# METADATA
# description: a decimal as plain text, e.g. 1 x 10^-3 is 0.001
to_text(d) := concat("", [json.marshal(d.digits), substring(_zeros, 0, d.exponent)]) if {
	d.exponent >= 0
} else := concat("", [substring(padded, 0, point), ".", substring(padded, point, -1)]) if {
	# The digits are written exactly (sprintf writes a big integer as Go's big.Int, never through
	# a 64-bit float), after their sign and zero-padded to one more digit than the places after the
	# point: %+ always writes a sign, so the width is that of the digits and one for the sign, and a
	# plus is then dropped. The width * takes an argument of its own, which Regal does not count.
	# regal ignore:sprintf-arguments-mismatch
	padded := trim_prefix(sprintf("%+0*d", [2 - d.exponent, d.digits]), "+")
	point := count(padded) + d.exponent
}

# METADATA
# description: |
#   digits x 10^-p as plain text for each p of `places`, e.g. 1500223 at [9, 7] places is
#   ["0.001500223", "0.1500223"]: to_text of each, from one padding of the digits when they are not
#   negative and every p is at least 1
texts_at_places(digits, places) := [concat("", [
	# the whole part is what stands before the point, without the padding's zeros but its last digit
	trim_left(substring(padded, 0, point - 1), "0"),
	substring(padded, point - 1, 1),
	".",
	substring(padded, point, -1),
]) |
	some p in places
	point := count(padded) - p
] if {
	digits >= 0
	min(places) > 0

	# zero-padded to one more digit than the most places, as to_text pads them
	# regal ignore:sprintf-arguments-mismatch
	padded := sprintf("%0*d", [max(places) + 1, digits])
} else := [to_text({"digits": digits, "exponent": 0 - p}) | some p in places]

# METADATA
# description: a decimal as plain text without trailing zeros after the point, e.g. 0.100 is 0.1
to_short_text(d) := trim_suffix(trim_right(to_text(d), "0"), ".") if {
	d.exponent < 0
} else := to_text(d)
