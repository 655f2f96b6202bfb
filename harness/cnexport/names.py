"""Screening keys for names: the same normalisation as data.cnexport.lib.name_key in Rego."""

import re

_SEPARATORS = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """Lower-case, with every run of characters that are neither letters nor digits made one space."""
    return _SEPARATORS.sub(" ", name.lower()).strip()
