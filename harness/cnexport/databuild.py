"""Validate the reference data and compile it into the documents OPA loads.

Each file in data/ is checked against its schema in schemas/data/, then against the other files
(every measure, clause and interpretation a file names must exist). The output is:

- build/data/cnexport_reference/data.json  the reference data, plus `index`: lookups derived
  from it (holiday sets, screening keys, the name normaliser's tables) so that rules look things
  up instead of scanning. The listings of data/entities.yaml go in only as the compact listing
  index (index.listings: listing_index, checked against schemas/built/listings.schema.json); the
  Traditional-Simplified table only as part of the character map;
- build/data/cnexport/schemas/data.json    the shipment, screen and status schemas as JSON text, for the
  sidecar's own validation, and the decision schema, against which the Rego tests check whole decisions;
- build/data/cnexport_reference/manifest/data.json   what a complete build of the reference data
  holds: its file, content digest and parts, and the version; it ships in the reference-data
  bundle, and the decision and the screen refuse to answer when a part is missing
  (cnexport.validate.data_errors);
- build/schemas/                           the schemas `opa check --strict` type-checks against
  (structure only: see structure_only).

`version` is a digest of everything that went in, so a decision names the exact data it used.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from datetime import date
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker

from . import names, opa
from .paths import ROOT

DATA_FILES = ("meta", "measures", "catalogue", "calendar", "entities", "names", "traditional_simplified", "listing_measures", "iso_codes")
# Folded into the index and not loaded into OPA as such (see build_index).
INDEX_ONLY = ("entities", "traditional_simplified")
# These two are folders of files, one per measure, merged into one document each.
MERGED = {"measures": "measures", "catalogue": "entries"}
INTERPRETATION_HEADING = re.compile(r"^## (I-[A-Z0-9-]+)\b", re.M)


class DataError(Exception):
    """The reference data is not consistent; the message lists every problem."""


def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def schema_errors(document, schema: dict) -> list[dict]:
    """Every error of a data file against its schema (Draft 2020-12, formats checked) as {path, message};
    `required` and `additionalProperties` errors point at the property concerned."""
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    found = []
    for error in validator.iter_errors(document):
        parts = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in error.validator_value:
                if name not in error.instance:
                    found.append({"path": _pointer(parts + [name]), "message": f"{name} is required"})
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for name in error.instance:
                if name not in allowed:
                    found.append({"path": _pointer(parts + [name]), "message": f"additional property {name} is not allowed"})
        else:
            found.append({"path": _pointer(parts), "message": error.message})
    unique = {(e["path"], e["message"]) for e in found}
    return [{"path": p, "message": m} for p, m in sorted(unique)]


def source_files(root: Path = ROOT) -> dict[str, list[Path]]:
    """The files of each kind of data: data/<name>.yaml, or every file of data/<name>/."""
    return {
        name: sorted((root / "data" / name).glob("*.yaml")) if name in MERGED else [root / "data" / f"{name}.yaml"] for name in DATA_FILES
    }


def _read(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_sources(root: Path = ROOT) -> dict:
    """Every kind of data as one document; folders are merged file by file."""
    sources = {}
    for name, paths in source_files(root).items():
        if name == "measures":
            sources[name] = {"measures": {k: v for p in paths for k, v in _read(p)["measures"].items()}}
        elif name == "catalogue":
            sources[name] = {"entries": [e for p in paths for e in _read(p)["entries"]]}
        else:
            sources[name] = _read(paths[0])
    return sources


def load_schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def interpretation_ids(root: Path = ROOT) -> list[str]:
    return INTERPRETATION_HEADING.findall((root / "docs" / "interpretations.md").read_text(encoding="utf-8"))


def _walk(value, key=None):
    """Yield (key, value) for every member of nested objects and arrays."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from _walk(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)


def consistency_errors(sources: dict, interpretations: list[str]) -> list[str]:
    errors = []
    measures = sources["measures"]["measures"]
    known = set(interpretations)
    for key, value in _walk(sources):
        if key == "interpretation" and value not in known:
            errors.append(f"interpretation {value} is not described in docs/interpretations.md")
    ids = [e["id"] for e in sources["catalogue"]["entries"]]
    errors += [f"catalogue id {i} appears more than once" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for entry in sources["catalogue"]["entries"]:
        if entry["measure"] not in measures:
            errors.append(f"catalogue entry {entry['id']} names unknown measure {entry['measure']}")
        for field in ("listed_by", "exclusions"):
            for cited in entry.get(field, []):
                clause = measures.get(cited["measure"], {}).get("clauses", {}).get(cited["clause"])
                if clause is None:
                    errors.append(
                        f"catalogue entry {entry['id']}: {field} names {cited['measure']} clause {cited['clause']}, "
                        "which no file of data/measures/ describes"
                    )
                elif field == "listed_by" and "reason" not in clause:
                    # The one item-list rule gives the reason a listing clause carries: without one, the
                    # entry would be listed and no rule would say so.
                    errors.append(
                        f"catalogue entry {entry['id']}: listed_by names {cited['measure']} clause "
                        f"{cited['clause']}, which gives no reason in data/measures/"
                    )
    roles: dict[str, list[str]] = {}
    for measure_id, measure in measures.items():
        for number, clause in measure["clauses"].items():
            if "role" in clause:
                roles.setdefault(clause["role"], []).append(f"{measure_id} clause {number}")
    errors += [
        f"role {role} is given to {len(where)} clauses: {', '.join(where)}" for role, where in sorted(roles.items()) if len(where) > 1
    ]
    schema_roles = load_schema(ROOT / "schemas" / "data" / "measures.schema.json")["$defs"]["clause"]["properties"]["role"]["enum"]
    errors += [f"role {role} is given to no clause of data/measures/" for role in schema_roles if role not in roles]
    for measure_id, measure in measures.items():
        for suspension in measure["suspensions"]:
            if suspension["by"] not in measures:
                errors.append(f"{measure_id} is suspended by {suspension['by']}, which no file of data/measures/ describes")
            if suspension["from"] >= suspension["until"]:
                errors.append(f"{measure_id}: suspension by {suspension['by']} ends before it starts")
            listed = suspension["clauses"]
            if listed != "all":
                errors += [f"{measure_id}: suspension names unknown clause {c}" for c in listed if c not in measure["clauses"]]
        repeal = measure.get("repealed")
        if repeal and repeal["by"] not in measures:
            errors.append(f"{measure_id} is repealed by {repeal['by']}, which no file of data/measures/ describes")
    for year, spec in sources["calendar"]["years"].items():
        for field in ("holidays", "makeup_workdays"):
            errors += [f"calendar {year}: {field} date {d} is outside the year" for d in spec[field] if not d.startswith(year)]
    iso = sources["iso_codes"]
    for code, spec in iso["not_codes"].items():
        if code in iso["countries"] or spec["use"] not in iso["countries"]:
            errors.append(f"iso_codes: not_codes {code} is an assigned code or names an unassigned one ({spec['use']})")
    entity_ids = [e["id"] for e in sources["entities"]["entities"]]
    errors += [f"entity id {i} appears more than once" for i in sorted({i for i in entity_ids if entity_ids.count(i) > 1})]
    errors += listing_errors(sources)
    return errors


def listing_errors(sources: dict) -> list[str]:
    """Every listing cites an announcement described in data/measures/, every measure of a listing is
    in the vocabulary, and a measure a rule acts on is imposed by a clause of the listing's
    announcement (else the rule would find no clause to cite and stay silent)."""
    errors = []
    measures = sources["measures"]["measures"]
    vocabulary = sources["listing_measures"]["measures"]
    for entity in sources["entities"]["entities"]:
        where = f"entity {entity['id']}"
        if entity["announcement"] not in measures:
            errors.append(f"{where}: announcement {entity['announcement']} is not described in data/measures/")
            continue
        imposed = listing_clauses(measures[entity["announcement"]])
        for code in entity["measures"]:
            if code not in vocabulary:
                errors.append(f"{where}: measure {code} is not in data/listing_measures.yaml")
            elif vocabulary[code]["effect"] != "none" and code not in imposed:
                errors.append(f"{where}: no clause of {entity['announcement']} imposes {code} (params.listing_measures)")
    return errors


def listing_clauses(measure: dict) -> dict[str, str]:
    """The clause of an announcement that imposes each measure of the vocabulary it names."""
    return {code: number for number, clause in measure["clauses"].items() for code in clause.get("params", {}).get("listing_measures", [])}


def entity_names(entity: dict) -> list[str]:
    return [n for n in [entity["name_en"], entity["name_zh"], *entity["aliases"]] if n]


def build_index(sources: dict) -> dict:
    """Lookups derived from the data, so that rules find a fact by key, never by scanning."""
    years = sources["calendar"]["years"]
    return {
        "holidays": {d: True for spec in years.values() for d in spec["holidays"]},
        "makeup_workdays": {d: True for spec in years.values() for d in spec["makeup_workdays"]},
        "calendar_years": {year: True for year in years},
        "clause_roles": clause_roles(sources["measures"]["measures"]),
        "catalogue": {e["id"]: e for e in sources["catalogue"]["entries"]},
        "catalogue_by_part": catalogue_by_part(sources["catalogue"]["entries"]),
        "catalogue_by_category": catalogue_by_category(sources["catalogue"]["entries"]),
        "catalogue_by_code_heading": catalogue_by_code_heading(sources["catalogue"]["entries"]),
        "classification": classification_index(sources["catalogue"]["entries"]),
        **screening_index(sources, sources["entities"]["entities"]),
    }


def clause_roles(measures: dict) -> dict:
    """role -> the clause that has it, {"measure", "clause"} (consistency_errors: one clause a role)."""
    return {
        clause["role"]: {"measure": measure_id, "clause": number}
        for measure_id, measure in measures.items()
        for number, clause in measure["clauses"].items()
        if "role" in clause
    }


def catalogue_by_part(entries: list[dict]) -> dict:
    """measure -> part -> its entries, in catalogue order (entries without a part are not listed)."""
    index: dict = {}
    for entry in entries:
        if "part" in entry:
            index.setdefault(entry["measure"], {}).setdefault(entry["part"], []).append(entry)
    return index


def catalogue_by_category(entries: list[dict]) -> dict:
    """measure -> part ("" for none) -> item category -> the entries a line of that category may be."""
    index: dict = {}
    for entry in entries:
        for category in entry["match"]["line"]["categories"]:
            part = entry.get("part", "")
            index.setdefault(entry["measure"], {}).setdefault(part, {}).setdefault(category, []).append(entry)
    return index


def catalogue_by_code_heading(entries: list[dict]) -> dict:
    """Every entry with a control code, by the code's heading (its first five characters), whatever
    the measure: to tell whether a declared code is on any list the engine holds."""
    index: dict[str, list[str]] = {}
    for entry in entries:
        for code in [entry["control_code"], *entry.get("control_code_alternatives", [])]:
            if code and entry["id"] not in index.setdefault(code[:5], []):
                index[code[:5]].append(entry["id"])
    return index


def _dotted_headings(code: str) -> list[str]:
    """The headings a control code lies under, shortest first: 1C902.a.1 -> 1C902, 1C902.a."""
    parts = code.split(".")
    return [".".join(parts[:n]) for n in range(1, len(parts))]


def _add(index: dict, key: str, entry_id: str) -> None:
    if entry_id not in index.setdefault(key, []):
        index[key].append(entry_id)


def classification_index(entries: list[dict]) -> dict:
    """The listed entries (those with `listed_by`) by every fact a line can be identified by, so that
    a line is tested only against the entries it could be (classification/classify.rego). Each way
    of cnexport.classification.identification has its keys, and a line's lookups find every entry
    that way could identify it as:

    - control codes (codes_relate): by_control_code holds each code, under_control_code each dotted
      heading above a code; a line looks up its code and its headings in the first, its code in the
      second;
    - customs codes (tariff_hit): by_hs_code holds each reference code, under_hs_code each of its
      shorter prefixes of six digits or more (a line's code has six at least); a line looks up its
      code and its prefixes in the first, its code in the second;
    - the description (category, elements, parameters) by category: any_line, the entries every
      line of the category may be; no_elements, those a line that declares no elements may be;
      elements, those a line declaring that element may be; not_identified, those the category
      alone does not identify, and parameters, those of them a line declaring that parameter may be.
    """
    index: dict = {"by_control_code": {}, "under_control_code": {}, "by_hs_code": {}, "under_hs_code": {}, "by_description": {}}
    for entry in entries:
        if not entry.get("listed_by"):
            continue
        entry_id = entry["id"]
        for code in [c for c in [entry["control_code"], *entry.get("control_code_alternatives", [])] if c]:
            _add(index["by_control_code"], code, entry_id)
            for heading in _dotted_headings(code):
                _add(index["under_control_code"], heading, entry_id)
        for code in entry["hs_codes"] + entry.get("hs_codes_alt", []):
            _add(index["by_hs_code"], code, entry_id)
            for length in range(6, len(code)):
                _add(index["under_hs_code"], code[:length], entry_id)
        match = entry["match"]["line"]
        named = match.get("elements_any", []) + match.get("elements_all", [])
        has_elements = "elements_any" in match or "elements_all" in match
        identifies = match.get("category_identifies", True) is True
        for category in match["categories"]:
            keys = index["by_description"].setdefault(
                category, {"any_line": [], "no_elements": [], "elements": {}, "not_identified": [], "parameters": {}}
            )
            if identifies and not has_elements:
                keys["any_line"].append(entry_id)
            elif identifies:
                keys["no_elements"].append(entry_id)
            # An entry with elements is met by a line declaring one of them; one whose category does
            # not identify it is named by a declared parameter (or by the elements it names).
            for element in named:
                _add(keys["elements"], element, entry_id)
            if not identifies:
                keys["not_identified"].append(entry_id)
                for parameter in entry["parameters"]:
                    _add(keys["parameters"], parameter["name"], entry_id)
    return index


def _ids(table) -> set[str]:
    """Every id a part of the classification index holds (lists, in objects at any depth)."""
    return set(table) if isinstance(table, list) else {i for value in table.values() for i in _ids(value)}


def classification_index_errors(index: dict) -> list[str]:
    """Ids in the classification index that are not listed entries of the catalogue: a line would be
    tested against an entry that is not there instead of the one it is."""
    listed = {i for i, e in index["catalogue"].items() if e.get("listed_by")}
    return [
        f"index.classification/{name}: {i} is not a listed catalogue entry"
        for name, table in index["classification"].items()
        for i in sorted(_ids(table) - listed)
    ]


def screening_index(sources: dict, entities: list[dict]) -> dict:
    """What screening reads, for a list of listings:

    - names: the normaliser's tables (cnexport.names.tables); every listed name is keyed by the
      normaliser itself, lib/names/names.rego (cnexport.names.rego_parts runs it with `opa eval`);
    - listings: the compact listing index (listing_index);
    - listing_effects: the effects of data/listing_measures.yaml.
    """
    config = sources["names"]
    listed = [n for e in entities for n in entity_names(e)]
    tables = names.tables(config, sources["traditional_simplified"]["characters"], listed)
    parted = names.rego_parts(listed, tables)
    unkeyed = [
        f"entity {e['id']}: the name {n!r} has no screening key"
        for e in entities
        for n in entity_names(e)
        if not (n in parted and parted[n].key)
    ]
    if unkeyed:
        raise DataError("\n".join(unkeyed))
    return {
        "names": tables,
        "listings": listing_index(sources, entities, parted, tables),
        "listing_effects": sources["listing_measures"]["effects"],
    }


def listing_index(sources: dict, entities: list[dict], parted: dict, tables: dict) -> dict:
    """The listings as screening and the rules read them, each one row, found by its number (its
    place in data/entities.yaml, as a string: OPA reads a member of a large object without reading
    the others, but not an item of a large array), so that the index names a listing by a short
    number instead of repeating its id:

    - groups: the fields listings share (list, announcement, dates, effects: shared_fields), each
      combination once;
    - rows: number -> [id, name, group, names]: the listing's id, its English name, the number of its
      group, and its names, whose tokens are scored (names.listed_tokens), as one string, which OPA
      holds in far less memory than an array of strings: each name's words and unspaced string
      joined by a tab, the names by a new line (neither is left in a normalised name);
    - numbers: id -> the listing's number;
    - keys: screening key -> the number of the listing one of whose names has it (a name's sorted
      key and, for two words or more, its joined key), or the numbers when several have it;
    - tokens: token -> the numbers of the listings one of whose names has it, for the tokens worth
      looking up: not generic words, not shorter than min_token_length, and found in at most
      max_postings listings; a possible match starts from these, never from a scan;
    - typos: for each of those tokens that can be read through a typo (parties.typo_eligible), every
      string it gives with one character deleted, and the token itself, -> the tokens that give it,
      so that a word one typo from a listed token is found by lookups (the word itself, and
      parties.deletions of the word: one of which is the token when the word has a character too
      many), never by a scan;
    - deletion_formats: word length -> the format parties.deletions writes a word's deletions with
      (names.deletion_formats), up to one character longer than the longest token: a longer word is
      one typo from no listed token.
    """
    vocabulary = sources["listing_measures"]["measures"]
    measures = sources["measures"]["measures"]
    matching = sources["names"]["matching"]
    generic = set(sources["names"]["generic_words"])
    groups: dict[str, int] = {}
    rows, keys, postings = {}, {}, {}
    for n, entity in enumerate(entities):
        number = str(n)
        shared = json.dumps(shared_fields(entity, vocabulary, measures), sort_keys=True, ensure_ascii=False)
        scored, tokens = set(), set()
        for name in entity_names(entity):
            parts = parted[name]
            for key in (parts.key, parts.joined_key):
                if key and number not in keys.setdefault(key, []):
                    keys[key].append(number)
            scored.add((" ".join(sorted(set(parts.words))), parts.unspaced))
            tokens |= {t for t in parts.tokens if t not in generic and len(t) >= matching["min_token_length"]}
        for token in tokens:
            postings.setdefault(token, []).append(number)
        rows[number] = [
            entity["id"],
            entity["name_en"],
            groups.setdefault(shared, len(groups)),
            "\n".join("\t".join(name) for name in sorted(scored)),
        ]
    listed_tokens = {t: numbers for t, numbers in sorted(postings.items()) if len(numbers) <= matching["max_postings"]}
    typos: dict[str, list[str]] = {}
    formats = names.deletion_formats(max((len(t) for t in listed_tokens), default=1) + 1)
    variants_of = names.typo_variants(listed_tokens, tables, formats)
    for token, variants in variants_of.items():
        for variant in [token, *variants]:
            typos.setdefault(variant, []).append(token)
    return {
        "groups": [json.loads(shared) for shared in groups],
        "rows": rows,
        "numbers": {row[0]: number for number, row in rows.items()},
        "keys": {key: numbers[0] if len(numbers) == 1 else numbers for key, numbers in keys.items()},
        "tokens": listed_tokens,
        "typos": typos,
        "deletion_formats": formats,
    }


def shared_fields(entity: dict, vocabulary: dict, measures: dict) -> dict:
    """What a listing has in common with the others of its announcement, as the rules read it: list,
    announcement, dates, flags and the clause that imposes each effect (no sources or notes: those
    stay in data/entities.yaml)."""
    record = {"list": entity["list"], "announcement": entity["announcement"], "effective_from": entity["effective_from"]}
    for field in ("document_no", "effective_time", "suspended_from", "suspended_until", "measures_stopped_from"):
        if entity.get(field):
            record[field] = entity[field]
    if entity.get("inferred"):
        record["inferred"] = True
    if not entity["measures"]:
        record["no_measure"] = True
    imposed = listing_clauses(measures[entity["announcement"]]) if entity["announcement"] in measures else {}
    effects = {
        vocabulary[c]["effect"]: imposed[c]
        for c in entity["measures"]
        if c in vocabulary and vocabulary[c]["effect"] != "none" and c in imposed
    }
    if effects:
        record["effects"] = effects
    return record


def _prefixed(schema: dict, prefix: str) -> dict:
    """A copy of a schema whose local $refs point at `#/$defs/<prefix>__<name>`."""

    def rewrite(node):
        if isinstance(node, dict):
            return {
                k: (v.replace("#/$defs/", f"#/$defs/{prefix}__") if k == "$ref" else rewrite(v))
                for k, v in node.items()
                if k not in ("$schema", "$id")
            }
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    return rewrite(copy.deepcopy(schema))


def structure_only(schema):
    """A copy of a schema without its conditional constraints (allOf of if/then/else), which add no
    structure and which OPA's type checker cannot read. Only the type checker gets this copy."""
    if isinstance(schema, dict):
        return {k: structure_only(v) for k, v in schema.items() if k not in ("allOf", "if", "then", "else")}
    if isinstance(schema, list):
        return [structure_only(v) for v in schema]
    return schema


def reference_schema(data_schemas: dict[str, dict], index_schemas: dict[str, dict]) -> dict:
    """One schema for data.cnexport_reference, made of the per-file schemas and those of the parts of
    the index that have one (schemas/built/), for the type checker."""
    defs, properties = {}, {}
    for name, schema in {**data_schemas, **index_schemas}.items():
        body = _prefixed(schema, name)
        for def_name, definition in body.pop("$defs", {}).items():
            defs[f"{name}__{def_name}"] = definition
        properties[name] = body
    properties["meta"] = copy.deepcopy(properties["meta"])
    properties["meta"]["properties"]["version"] = {"type": "string"}
    properties["meta"]["properties"]["interpretations"] = {"type": "array", "items": {"type": "string"}}
    properties["index"] = {"type": "object", "properties": {name: properties.pop(name) for name in index_schemas}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "data.cnexport_reference as built by cnexport.databuild",
        "type": "object",
        "properties": properties,
        "$defs": defs,
    }


def build(out: Path, root: Path = ROOT) -> dict:
    data_schemas = {name: load_schema(root / "schemas" / "data" / f"{name}.schema.json") for name in DATA_FILES}
    problems = []
    seen_measures: dict[str, Path] = {}
    for name, paths in source_files(root).items():
        for path in paths:
            document = _read(path)
            where = path.relative_to(root)
            problems += [f"{where}{e['path'] or '/'}: {e['message']}" for e in schema_errors(document, data_schemas[name])]
            if name == "measures" and isinstance(document, dict):
                for measure_id in document.get("measures") or {}:
                    if measure_id in seen_measures:
                        problems.append(f"{where}: {measure_id} is also described in {seen_measures[measure_id].relative_to(root)}")
                    seen_measures[measure_id] = path
    if problems:
        raise DataError("\n".join(problems))
    sources = load_sources(root)
    interpretations = interpretation_ids(root)
    if not problems:
        problems += consistency_errors(sources, interpretations)
    if problems:
        raise DataError("\n".join(problems))

    shipment_schema = load_schema(root / "schemas" / "shipment.schema.json")
    decision_schema = load_schema(root / "schemas" / "decision.schema.json")
    screen_schema = load_schema(root / "schemas" / "screen.schema.json")
    status_schema = load_schema(root / "schemas" / "status.schema.json")
    digest = hashlib.sha256(
        json.dumps(
            [sources, shipment_schema, decision_schema, screen_schema, status_schema, interpretations], sort_keys=True, ensure_ascii=False
        ).encode()
    ).hexdigest()
    reference = {name: document for name, document in sources.items() if name not in INDEX_ONLY}
    reference["meta"] = {**sources["meta"], "version": digest[:12], "interpretations": interpretations}
    reference["index"] = build_index(sources)
    listings_schema = load_schema(root / "schemas" / "built" / "listings.schema.json")
    classification_schema = load_schema(root / "schemas" / "built" / "classification.schema.json")
    # The rules read the listing index by position: a row out of shape would misread every listing.
    problems = [f"index.listings{e['path']}: {e['message']}" for e in schema_errors(reference["index"]["listings"], listings_schema)]
    # A line is tested only against the entries the classification index finds for it.
    problems += [
        f"index.classification{e['path']}: {e['message']}"
        for e in schema_errors(reference["index"]["classification"], classification_schema)
    ]
    problems += classification_index_errors(reference["index"])
    if problems:
        raise DataError("\n".join(problems))
    reference["index"]["application_deadlines"] = application_deadlines(reference, root)

    written = write_json(out / "cnexport_reference" / "data.json", reference)
    write_json(out / "cnexport_reference" / "manifest" / "data.json", manifest(reference["meta"]["version"], digest, reference, written))
    # The schemas the sidecar validates requests with go in as JSON text, which json.match_schema reads
    # as it is: given an object from the data, OPA converts it on every request.
    write_json(
        out / "cnexport" / "schemas" / "data.json",
        {
            "shipment": json.dumps(shipment_schema, ensure_ascii=False, separators=(",", ":")),
            "screen": json.dumps(screen_schema, ensure_ascii=False, separators=(",", ":")),
            "status": json.dumps(status_schema, ensure_ascii=False, separators=(",", ":")),
            "decision": decision_schema,
        },
    )
    schemas_out = out.parent / "schemas"
    write_json(schemas_out / "shipment.schema.json", structure_only(shipment_schema))
    write_json(schemas_out / "decision.schema.json", structure_only(decision_schema))
    write_json(
        schemas_out / "reference.schema.json",
        structure_only(reference_schema(data_schemas, {"listings": listings_schema, "classification": classification_schema})),
    )
    return reference["meta"]


def application_deadlines(reference: dict, root: Path = ROOT) -> dict:
    """The latest day to apply for a licence (dates.computed_application_deadline) for every day of the
    years the calendar covers, computed by OPA with the policies themselves, so that a decision looks
    it up instead of counting working days back from its date: one computation, kept in the Rego."""
    days = [
        str(date.fromordinal(n))
        for year in sorted(reference["calendar"]["years"])
        for n in range(date(int(year), 1, 1).toordinal(), date(int(year) + 1, 1, 1).toordinal())
    ]
    try:
        table = opa.evaluate(
            "x := {d: dates.computed_application_deadline(d) | some d in input.days}",
            [
                root / "policies" / "cnexport" / "lib" / "dates",
                root / "policies" / "cnexport" / "lib" / "timeline",
                {"cnexport_reference": reference},
            ],
            {"days": days},
            ("data.cnexport.lib.dates",),
        ).get("x", {})
    except RuntimeError as error:
        raise DataError(f"OPA could not tabulate the application deadlines: {error}") from error
    missing = sorted(set(days) - set(table))
    if missing:
        raise DataError(f"OPA tabulated no application deadline for {len(missing)} day(s), from {missing[0]}")
    return table


def write_json(path: Path, document) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    path.write_bytes(text)
    return text


def manifest(version: str, digest: str, reference: dict, written: bytes) -> dict:
    """What a complete build of the reference data holds, for data.cnexport_reference.manifest (in
    the reference-data bundle, beside what it describes): the file, the SHA-256 of its bytes, and
    its parts (`parts`). On every request OPA reads the leaves of each part's first and last
    member, a few lookups: counting the members would read each part whole where OPA holds data as
    plain values (its test runner). The counts and digests are for people and tools comparing
    builds."""
    return {
        "version": version,
        "digest": digest,
        "file": "cnexport_reference/data.json",
        "sha256": hashlib.sha256(written).hexdigest(),
        "parts": parts(reference),
    }


# The deepest path the manifest gives to a leaf: the policy reads paths up to this length
# (cnexport.validate, manifest.rego), and a value this deep is small.
LEAF_DEPTH = 8


def parts(document: dict) -> list[dict]:
    """[{path, count, leaves}] for every object of the document, and every object inside one of
    two members at most (a wrapper, such as measures.measures): its number of members, and the
    paths to a leaf through its first and its last member (first keys and first items from there
    on, at most LEAF_DEPTH deep), which OPA reads one small value each."""
    found = []

    def leaf(path, value):
        while isinstance(value, (dict, list)) and value and len(path) < LEAF_DEPTH:
            step = sorted(value)[0] if isinstance(value, dict) else 0
            path, value = [*path, step], value[step]
        return path

    def add(path, value):
        keys = sorted(value)
        if keys:
            found.append(
                {"path": path, "count": len(keys), "leaves": [leaf([*path, k], value[k]) for k in dict.fromkeys([keys[0], keys[-1]])]}
            )

    for key, value in sorted(document.items()):
        if isinstance(value, dict):
            add([key], value)
            if len(value) <= 2:  # a wrapper, such as measures.measures: its members are the part
                for k, v in sorted(value.items()):
                    if isinstance(v, dict):
                        add([key, k], v)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "data")
    args = parser.parse_args(argv)
    try:
        meta = build(args.out)
    except DataError as error:
        print(f"reference data is not valid:\n{error}", file=sys.stderr)
        return 1
    print(f"data: reference data {meta['version']} verified through {meta['verified_through']} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
