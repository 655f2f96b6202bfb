package cnexport.lib

# Names as screening compares them (I-NAME-MATCHING). The steps are those of cnexport.names, which
# keys the listed names at data-build time, and both read the tables of index.names: a test proves
# that the two give the same keys and tokens for every listed name and alias. Rego has no NFKC:
# the data build folds NFKC, case folding and Traditional-to-Simplified into one character map,
# applied here character by character.

_name_tables := data.cnexport.reference.index.names

# METADATA
# description: |
#   A name's parts: `words`, in their order, company forms left out and word variants brought to
#   one form; `unspaced`, its Han and kana characters as one string, company forms stripped from
#   either end.
name_parts(name) := {"words": words, "unspaced": unspaced} if {
	cleaned := trim_space(regex.replace(_mapped(name), `[^\p{L}\p{N}]+`, " "))
	pattern := _name_tables.unspaced_pattern
	unspaced := _strip_cjk_prefix(_strip_cjk_suffix(concat("", regex.find_n(pattern, cleaned, -1))))
	raw := [w | some w in split(regex.replace(cleaned, pattern, " "), " "); w != ""]
	forms := _form_positions(raw)
	words := [object.get(_name_tables.word_variants, w, w) | some j, w in raw; not j in forms]
}

# Every character through the map; one it does not hold is only lower-cased.
_mapped(name) := concat("", [object.get(_name_tables.char_map, c, lower(c)) | some c in split(name, "")])

# The positions of the words that belong to a company form (a word or a phrase of a few words).
_form_positions(words) := {j |
	count(words) > 0
	some i in numbers.range(0, count(words) - 1)
	some n in numbers.range(1, _name_tables.max_form_words)
	i + n <= count(words)
	_name_tables.company_forms[concat(" ", array.slice(words, i, i + n))]
	some j in numbers.range(i, (i + n) - 1)
}

# The forms are listed longest first, so 股份有限公司 is stripped whole, not just its 公司.
_strip_cjk_suffix(text) := trim_suffix(text, found[0]) if {
	found := [f | some f in _name_tables.cjk_company_forms; endswith(text, f)]
	count(found) > 0
} else := text

_strip_cjk_prefix(text) := trim_prefix(text, found[0]) if {
	found := [f | some f in _name_tables.cjk_company_forms; startswith(text, f)]
	count(found) > 0
} else := text

# METADATA
# description: the screening key of a name's parts, its words and unspaced string sorted ("" if none)
parts_key(parts) := concat(" ", sort({t | some t in array.concat(parts.words, [parts.unspaced]); t != ""}))

# METADATA
# description: the joined key of a name's parts (two words or more, run together in order), else ""
# scope: document
default parts_joined_key(_) := ""

parts_joined_key(parts) := concat("", array.concat(parts.words, [parts.unspaced])) if count(parts.words) >= 2

# METADATA
# description: the screening key of a name (lower case, no punctuation, no company form, sorted words)
name_key(name) := parts_key(name_parts(name))

# METADATA
# description: the tokens a possible match compares, the words and the bigrams of the unspaced string
parts_tokens(parts) := {w | some w in parts.words} | bigrams(parts.unspaced)

# METADATA
# description: the tokens of a screening key (a listed name's, as the index holds it)
key_tokens(key) := {t |
	some word in split(key, " ")
	some t in _word_tokens(word)
}

_word_tokens(word) := bigrams(word) if regex.match(_name_tables.unspaced_word_pattern, word)

_word_tokens(word) := {word} if not regex.match(_name_tables.unspaced_word_pattern, word)

# METADATA
# description: the character bigrams of a string; the string itself if it has one character
# scope: document
bigrams(text) := set() if count(text) == 0

bigrams(text) := {text} if count(text) == 1

bigrams(text) := {substring(text, i, 2) | some i in numbers.range(0, count(text) - 2)} if count(text) >= 2
