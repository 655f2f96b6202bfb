# METADATA
# title: Name keys for screening
# description: |
#   The one normaliser of names (I-NAME-MATCHING): a name's parts, its screening keys and tokens, used
#   at decision time and, through opa eval, by the data build that keys the listed names.
package cnexport.lib.names

# Names as screening compares them (I-NAME-MATCHING). The steps are those of cnexport.names, which
# keys the listed names at data-build time, and both read the tables of index.names: a test proves
# that the two give the same keys and tokens for every listed name and alias. Rego has no NFKC:
# the data build folds NFKC, case folding and Traditional-to-Simplified into one character map,
# applied here character by character. Most names are plain ASCII, for which the map only lower-
# cases and applies a few overrides (ascii_map): they take a shorter path to the same result.

_name_tables := data.cnexport_reference.index.names

# METADATA
# description: |
#   A name's parts: `words`, in their order, company forms left out and word variants brought to
#   one form; `unspaced`, its Han and kana characters as one string, company forms stripped from
#   either end.
# scope: document
name_parts(name) := {"words": words, "unspaced": ""} if {
	regex.match(`^[\x00-\x7F]*$`, name)
	raw := regex.find_n(_word_pattern, strings.replace_n(_name_tables.ascii_map, lower(name)), -1)
	words := _core_words(raw)
} else := {"words": words, "unspaced": unspaced} if {
	# The character map folds the lower-cased character: lower-casing the name first gives the
	# same characters (a test proves it for every character the map holds), and once, not per character.
	mapped := concat("", [object.get(_name_tables.char_map, c, c) | some c in split(lower(name), "")])
	joined := concat("", regex.find_n(_name_tables.unspaced_pattern, mapped, -1))

	# The forms are listed longest first, so 股份有限公司 is stripped whole, not just its 公司; the
	# prefix is stripped from what the suffix left ("" when no form is there).
	stripped := trim_suffix(joined, array.flatten([[f | some f in _name_tables.cjk_company_forms; endswith(joined, f)], ""])[0])
	unspaced := trim_prefix(stripped, array.flatten([[f | some f in _name_tables.cjk_company_forms; startswith(stripped, f)], ""])[0])
	raw := regex.find_n(_word_pattern, regex.replace(mapped, _name_tables.unspaced_pattern, " "), -1)
	words := _core_words(raw)
}

# Words: the runs of letters and digits.
_word_pattern := `[\p{L}\p{N}]+`

# The words without those of company forms, each variant brought to its one form. A word belongs to a
# company form when it is a form alone, or within a phrase of a few words starting with one of the
# words that start the longer forms (such a phrase is rare: its positions are made from those words
# only). The tables are read from index.names in the body: passed as arguments, they would be
# hashed into the function's cache key on every call.
_core_words(raw) := [object.get(tables.word_variants, w, w) |
	tables := data.cnexport_reference.index.names
	in_phrases := {j |
		some i, start in raw
		tables.form_phrase_starts[start]
		some n in numbers.range(2, tables.max_form_words)
		i + n <= count(raw)
		tables.company_forms[concat(" ", array.slice(raw, i, i + n))]
		some j in numbers.range(i, (i + n) - 1)
	}
	some j, w in raw
	not tables.company_forms[w]
	not in_phrases[j]
]

# METADATA
# description: the screening key of a name's parts, its words and unspaced string sorted ("" if none)
parts_key(parts) := concat(" ", sort({t | some t in array.flatten([parts.words, parts.unspaced]); t != ""}))

# METADATA
# description: the joined key of a name's parts (two words or more, run together in order), else ""
# scope: document
default parts_joined_key(_) := ""

parts_joined_key(parts) := concat("", array.flatten([parts.words, parts.unspaced])) if count(parts.words) >= 2

# METADATA
# description: the screening key of a name (lower case, no punctuation, no company form, sorted words)
name_key(name) := parts_key(name_parts(name))

# METADATA
# description: the tokens a possible match compares, the words and the bigrams of the unspaced string
parts_tokens(parts) := {w | some w in parts.words} | bigrams(parts.unspaced)

# METADATA
# description: the tokens of a listed name as the index holds it, [its sorted words, its unspaced string]
listed_tokens(name) := {w | some w in split(name[0], " "); w != ""} | bigrams(name[1])

# METADATA
# description: the character bigrams of a string; the string itself if it has one character
# scope: document
bigrams(text) := set() if {
	text == ""
} else := {text} if {
	count(text) == 1
} else := {substring(text, i, 2) | some i in numbers.range(0, count(text) - 2)}
