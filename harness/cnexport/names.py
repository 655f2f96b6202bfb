"""The tables of the name normaliser, and the keys of listed names computed by that normaliser.

The normaliser is policies/cnexport/lib/names/names.rego, and only that: OPA keys the names it screens
with it, and the data build keys every listed name with it too (`opa eval`, `rego_parts`), so that
a listing is found exactly when a party's name has one of its keys. What is built here is what the
Rego reads (`tables()`, shipped to OPA as index.names): the character map, which needs Python's
Unicode tables, and the company forms and word variants of data/names.yaml.

A name is normalised in four steps (names.name_parts):

1. every character through `char_map` (NFKC, Latin diacritics removed, case folding, Traditional
   to Simplified Chinese, punctuation to a space, full stops and apostrophes deleted); a character
   the map does not hold is lower-cased;
2. every run of characters that are neither letters nor digits made one space;
3. the characters of the unspaced scripts (Han, kana) taken out as one string, whatever separated
   them, and the rest split into words;
4. company forms left out (words and phrases such as "inc", "co ltd", "sp z oo"; 公司 and
   株式会社 at either end of the unspaced string), and word variants brought to one form.

The key of a name is its remaining words and unspaced string, sorted and joined by spaces, so word
order does not matter; the joined key is the same words run together in their order, so that
"L3Harris" meets "L3 Harris". Its tokens, compared for possible matches, are the words and the
character bigrams of the unspaced string.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from . import opa
from .paths import POLICIES


def _is_letter_or_digit(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


def _in_ranges(char: str, ranges) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in ranges)


def map_character(char: str, config: dict, t2s: dict[str, str]) -> str:
    """What one character becomes: the definition the character map is built from."""
    out = []
    for c in unicodedata.normalize("NFKC", char):
        if c in config["char_overrides"]:
            out.append(config["char_overrides"][c])
            continue
        plain = "".join(d for d in unicodedata.normalize("NFKD", c) if not _in_ranges(d, config["diacritic_ranges"]))
        folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", plain).casefold())
        out += [t2s.get(d, d) if _is_letter_or_digit(d) else " " for d in folded]
    return "".join(out)


def _fallback(char: str) -> str:
    """What OPA does with a character the map does not hold: lower(c), then non-letters to a space."""
    return "".join(c if _is_letter_or_digit(c) else " " for c in char.lower())


def character_map(config: dict, t2s: dict[str, str], listed_names) -> dict[str, str]:
    """Every character whose mapping the fallback would not reproduce, plus the full-width forms,
    the ideographic space and every character of every listed name that the mapping changes (so
    that no listed name depends on how Go and Python lower-case)."""
    table = dict(_base_map(json.dumps([config["char_overrides"], config["diacritic_ranges"], t2s], sort_keys=True)))
    must = {chr(c) for c in range(0xFF01, 0xFF5F)} | {"\u3000"} | {c for name in listed_names for c in name}
    for char in must:
        mapped = map_character(char, config, t2s)
        if mapped != char:
            table[char] = mapped
    return dict(sorted(table.items()))


@lru_cache(maxsize=4)
def _base_map(settings: str) -> tuple[tuple[str, str], ...]:
    """The scan of every code point, once per process for the same settings (it takes seconds)."""
    overrides, diacritics, t2s = json.loads(settings)
    config = {"char_overrides": overrides, "diacritic_ranges": diacritics}
    found = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if unicodedata.category(char) in ("Cn", "Co"):
            continue
        mapped = map_character(char, config, t2s)
        if mapped != _fallback(char):
            found.append((char, mapped))
    return tuple(found)


def _class(ranges) -> str:
    return "[" + "".join(f"\\x{{{low:04X}}}-\\x{{{high:04X}}}" for low, high in ranges) + "]+"


def tables(config: dict, t2s: dict[str, str], listed_names) -> dict:
    """index.names: everything both normalisers read, built from data/names.yaml."""
    forms = {variant: canonical for canonical, variants in config["company_forms"].items() for variant in variants}
    char_map = character_map(config, t2s, listed_names)
    return {
        "char_map": char_map,
        # What the map does to ASCII beyond lower-casing (the overrides), for the ASCII path.
        "ascii_map": {c: v for c, v in char_map.items() if ord(c) < 128 and v != c.lower()},
        "unspaced_pattern": _class(config["unspaced_ranges"]),
        "unspaced_ranges": config["unspaced_ranges"],
        "company_forms": dict(sorted(forms.items())),
        "form_phrase_starts": {f.split(" ")[0]: True for f in sorted(forms) if " " in f},
        "max_form_words": max(len(f.split(" ")) for f in forms),
        "cjk_company_forms": sorted(config["cjk_company_forms"], key=lambda f: (-len(f), f)),
        "word_variants": config["word_variants"],
        # The threshold as an exact fraction, so that OPA compares scores in integers.
        "matching": {
            **config["matching"],
            "possible_threshold_fraction": list(Fraction(Decimal(str(config["matching"]["possible_threshold"]))).as_integer_ratio()),
        },
    }


@dataclass(frozen=True)
class Parts:
    """A name as names.name_parts gives it, with names.parts_key, names.parts_joined_key and names.parts_tokens."""

    words: tuple[str, ...]  # in their order, forms left out, variants brought to one form
    unspaced: str  # the unspaced-script characters, company forms stripped from either end
    key: str
    joined_key: str  # "" for fewer than two words
    tokens: frozenset[str]


# One query for every name: its parts, keys and tokens by the Rego normaliser itself.
_PARTS_QUERY = (
    "x := {n: [p.words, p.unspaced, names.parts_key(p), [k | k := names.parts_joined_key(p)], names.parts_tokens(p)] | "
    "some n in input.names; p := names.name_parts(n)}"
)
# The words a typo may stand for, and their one-deletion variants, as screening reads them.
_TYPOS_QUERY = "x := {w: parties.deletions(w) | some w in input.words; parties.typo_eligible(w)}"


# Strings per `opa eval`: one evaluation's time and memory grow faster than the strings it is given
# (100,000 listings' 300,000 names in one took 13.5 minutes and 3.6 GB), those of a batch do not.
BATCH = 10_000


def _opa_eval(query: str, tables: dict, field: str, strings, listings: dict | None = None) -> dict:
    """`query` over the policies (the normaliser as `names`, parties as `parties`) with `tables` as
    index.names (and `listings`, if given, as index.listings), for the distinct `strings` as
    input.<field>, in batches of BATCH; the merged bindings of `x`."""
    index = {"cnexport_reference": {"index": {"names": tables} | ({"listings": listings} if listings else {})}}
    strings = sorted(set(strings))
    found: dict = {}
    for start in range(0, len(strings), BATCH):
        document = {field: strings[start : start + BATCH]}
        bindings = opa.evaluate(query, [POLICIES, index], document, ("data.cnexport.lib.names", "data.cnexport.parties"))
        if "x" not in bindings:
            raise RuntimeError(f"opa eval gave no answer for {field} {start + 1}-{start + len(document[field])}: {query}")
        found |= bindings["x"]
    return found


def rego_parts(names: list[str], tables: dict) -> dict[str, Parts]:
    """Each name's parts, keys and tokens, by lib/names/names.rego; a name it gives none for is left out."""
    found = _opa_eval(_PARTS_QUERY, tables, "names", names)
    return {
        name: Parts(tuple(words), unspaced, key, joined[0] if joined else "", frozenset(tokens))
        for name, (words, unspaced, key, joined, tokens) in found.items()
    }


def typo_variants(words, tables: dict, formats: dict[str, str]) -> dict[str, list[str]]:
    """word -> its one-deletion variants, for the words screening may read through a typo
    (parties.typo_eligible and parties.deletions, which writes them with `formats`, deletion_formats)."""
    return {w: sorted(v) for w, v in _opa_eval(_TYPOS_QUERY, tables, "words", words, {"deletion_formats": formats}).items()}


def deletion_formats(longest: int) -> dict[str, str]:
    """index.listings.deletion_formats: for each word length n from 2 to `longest`, the sprintf format
    that, given a word's n characters as its arguments, writes the word with its first character left
    out, then with its second, and so on, joined by tabs ("%[2]s%[3]s\t%[1]s%[3]s\t%[1]s%[2]s" for
    3), so that parties.deletions makes all of them in one call."""
    return {
        str(n): "\t".join("".join(f"%[{k}]s" for k in range(1, n + 1) if k != left_out) for left_out in range(1, n + 1))
        for n in range(2, longest + 1)
    }
