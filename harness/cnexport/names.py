"""Screening keys and tokens of names: the normaliser of policies/cnexport/lib/names.rego, in Python.

The data build uses it to key every listed name; OPA uses the Rego twin to key the names of the
parties it screens. Both read the same tables (`tables()`, shipped to OPA as index.names), and a
test proves that they agree on every listed name and alias.

A name is normalised in four steps:

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
import re
import sys
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

_SPACES = re.compile(r" +")


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
        "matching": {**config["matching"],
                     "possible_threshold_fraction": list(Fraction(Decimal(str(config["matching"]["possible_threshold"])))
                                                         .as_integer_ratio())},
    }


@dataclass(frozen=True)
class Parts:
    words: tuple[str, ...]  # in their order, forms left out, variants brought to one form
    unspaced: str  # the unspaced-script characters, company forms stripped from either end

    def key(self) -> str:
        return " ".join(sorted(set(self.words) | ({self.unspaced} if self.unspaced else set())))

    def joined_key(self) -> str:
        """The words run together in their order, then the unspaced string; only for 2+ words."""
        return "".join(self.words) + self.unspaced if len(self.words) >= 2 else ""

    def tokens(self) -> set[str]:
        return set(self.words) | bigrams(self.unspaced)


def bigrams(text: str) -> set[str]:
    if len(text) == 1:
        return {text}
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _strip_form(text: str, forms: list[str]) -> str:
    suffix = next((f for f in forms if text.endswith(f)), "")
    text = text[: len(text) - len(suffix)]
    prefix = next((f for f in forms if text.startswith(f)), "")
    return text[len(prefix):]


def parts(name: str, t: dict) -> Parts:
    mapped = "".join(t["char_map"].get(c, c.lower()) for c in name)
    cleaned = _SPACES.sub(" ", "".join(c if _is_letter_or_digit(c) else " " for c in mapped)).strip(" ")
    unspaced = "".join(c for c in cleaned if _in_ranges(c, t["unspaced_ranges"]))
    words = [w for w in "".join(" " if _in_ranges(c, t["unspaced_ranges"]) else c for c in cleaned).split(" ") if w]
    covered = set()
    for i in range(len(words)):
        for n in range(1, t["max_form_words"] + 1):
            if i + n <= len(words) and " ".join(words[i:i + n]) in t["company_forms"]:
                covered |= set(range(i, i + n))
    core = tuple(t["word_variants"].get(w, w) for j, w in enumerate(words) if j not in covered)
    return Parts(core, _strip_form(unspaced, t["cjk_company_forms"]))


def name_key(name: str, t: dict) -> str:
    return parts(name, t).key()


_DIGIT = re.compile("[0-9]")


def typo_eligible(token: str, matching: dict) -> bool:
    """Whether a word may be read as another one typo away: long enough that one character is a
    small part of it, and without digits (names that differ in a number are different entities)."""
    return len(token) >= matching["min_typo_token_length"] and not _DIGIT.search(token)


def deletions(token: str) -> set[str]:
    """The strings a word gives with one of its characters deleted."""
    return {token[:i] + token[i + 1:] for i in range(len(token))}
