"""Import the item lists of the regulations digest into data/catalogue/, one file per measure.

    python tools/catalogue_import.py DIGEST_DIR [--out data/catalogue]

DIGEST_DIR holds the digest's item files (rare-earth-items.yaml, batteries-superhard-items.yaml,
earlier-items.yaml). The files written are the source of truth the data build reads; this script
records, in one place, how each digest field was carried over and which modelling choices were
made on the way (the contract's item categories, how a line is recognised, the listing clauses).
Nothing here adds a fact the digest does not hold: where a field is unknown it stays unknown.

Entries the engine does not decide here are skipped: No. 61 (data/catalogue/mofcom-2025-61.yaml),
No. 62 and the technology catalogue (the technology rules).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

RARE_EARTHS = ["Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]
LIST = "MOFCOM-2024-51"
FAQ = {"measure": "MOFCOM-FAQ-2025-5", "clause": "1"}
SKIPPED = {"MOFCOM-2025-61", "MOFCOM-2025-62", "MOFCOM-MOST-2023-57", "MOFCOM-MOST-2025-28"}

# The element each numbered section of Nos. 18 and 57 is about: it, not the alloying partners or the
# NdFeB matrix, identifies the item (a Tb-containing NdFeB magnet is recognised by its Tb).
SECTION_ELEMENT = {
    "MOFCOM-2025-18": {"1": "Sm", "2": "Gd", "3": "Tb", "4": "Dy", "5": "Lu", "6": "Sc", "7": "Y"},
    "MOFCOM-2025-57": {"1": "Ho", "2": "Er", "3": "Tm", "4": "Eu", "5": "Yb"},
}

# The digest's rare-earth `form` as the contract's item categories. Magnet material is met as such,
# as a part made of it, and inside products (No. 18 then excludes products by the FAQ).
RE_CATEGORIES = {
    "rare_earth_metal": ["rare_earth_metal"],
    "rare_earth_alloy": ["rare_earth_alloy"],
    "rare_earth_oxide": ["rare_earth_oxide"],
    "rare_earth_compound": ["rare_earth_compound"],
    "sputtering_target": ["sputtering_target"],
    "rare_earth_metal_alloy_target": ["rare_earth_metal", "rare_earth_alloy", "sputtering_target"],
    "permanent_magnet": ["permanent_magnet", "magnet_part", "product_with_magnet"],
    "crystal_material": ["crystal_material"],
    "optical_fibre_material": ["optical_fibre_material"],
    "luminescent_material": ["luminescent_material"],
    "production_equipment": ["production_equipment"],
    "production_equipment_part": ["equipment_part"],
    "process_chemical": ["rare_earth_reagent"],
    "rare_earth_ore": ["rare_earth_ore"],
}

# No. 57's "functional materials" each have a category of their own, named after the function.
FUNCTIONAL = {
    "cn2025-57-1c909a6-ho-functional-material": "magnetocaloric_material",
    "cn2025-57-1c909a7-ho-functional-material": "magnetostrictive_material",
    "cn2025-57-1c910a6-er-functional-material": "hydrogen_storage_material",
    "cn2025-57-1c910a7-er-functional-material": "ceramic_material",
    "cn2025-57-1c912a6-eu-functional-material": "hydrogen_storage_material",
    "cn2025-57-1c913-yb-tbc": "thermal_barrier_coating_material",
}

# Categories that say what kind of thing a line is but not which listed item: equipment, parts,
# technology and reagents are recognised by a declared control code, an exact customs commodity
# number or one of the entry's own parameters (I-CLASSIFICATION).
NOT_IDENTIFYING = {"production_equipment", "equipment_part", "technology", "rare_earth_reagent"}

# Nos. 55 and 58: the digest's `category` as the contract's.
BS_CATEGORIES = {"lithium_battery_cell": ["lithium_battery"], "process_technology": ["technology"], "production_technology": ["technology"]}

# Chemical make-up that tells the No. 58 materials apart (the contract's `elements`, read for these
# items as the elements the material is made of: I-CLASSIFICATION).
BS_ELEMENTS = {
    "mofcom-2025-58-3c901a1-lfp-cathode": ["Li", "Fe", "P"],
    "mofcom-2025-58-3c901a2a-ncm-hydroxide": ["Ni", "Co", "Mn"],
    "mofcom-2025-58-3c901a2b-nca-hydroxide": ["Ni", "Co", "Al"],
}

# What the text leaves unmeasurable: the engine says it could not check it.
BS_CONDITIONS = {
    "mofcom-2025-58-3c901a1-lfp-cathode": [
        "compaction density and gram capacity as the material's specification gives them: the announcement states no test "
        "conditions (pressure, C-rate)"
    ]
}

# Lithium-rich manganese cathode material cannot be told from other Li-Mn cathodes by category
# and elements: it is recognised by its control code.
BS_NOT_IDENTIFYING = {"mofcom-2025-58-3c901a3-li-rich-mn-cathode"}

# The earlier items: category and elements per entry (the digest's `category` is `other` for the
# gallium, germanium, antimony, graphite and window materials).
EARLIER_MATCH = {
    "mofcom-2023-23-ga-1-gallium-metal": (["metal"], ["Ga"]),
    "mofcom-2023-23-ga-2-gallium-nitride": (["compound"], ["Ga", "N"]),
    "mofcom-2023-23-ga-3-gallium-oxide": (["compound", "crystal_material"], ["Ga", "O"]),
    "mofcom-2023-23-ga-4-gallium-phosphide": (["compound", "crystal_material"], ["Ga", "P"]),
    "mofcom-2023-23-ga-5-gallium-arsenide": (["compound", "crystal_material"], ["Ga", "As"]),
    "mofcom-2023-23-ga-6-indium-gallium-arsenide": (["compound"], ["In", "Ga", "As"]),
    "mofcom-2023-23-ga-7-gallium-selenide": (["compound", "crystal_material"], ["Ga", "Se"]),
    "mofcom-2023-23-ga-8-gallium-antimonide": (["compound", "crystal_material"], ["Ga", "Sb"]),
    "mofcom-2023-23-ge-1-germanium-metal": (["metal", "crystal_material"], ["Ge"]),
    "mofcom-2023-23-ge-2-zone-refined-germanium-ingot": (["metal"], ["Ge"]),
    "mofcom-2023-23-ge-3-zinc-germanium-phosphide": (["compound", "crystal_material"], ["Zn", "Ge", "P"]),
    "mofcom-2023-23-ge-4-germanium-epitaxial-substrate": (["metal"], ["Ge"]),
    "mofcom-2023-23-ge-5-germanium-dioxide": (["compound"], ["Ge", "O"]),
    "mofcom-2023-23-ge-6-germanium-tetrachloride": (["compound"], ["Ge", "Cl"]),
    "mofcom-2023-39-1-artificial-graphite-high-purity-strength-density": (["artificial_graphite"], ["C"]),
    "mofcom-2023-39-2-natural-flake-graphite": (["natural_graphite"], ["C"]),
    "mofcom-2024-33-sb-1-antimony-ore-raw-materials": (["ore"], ["Sb"]),
    "mofcom-2024-33-sb-2-antimony-metal-products": (["metal"], ["Sb"]),
    "mofcom-2024-33-sb-3-antimony-oxides": (["compound"], ["Sb", "O"]),
    "mofcom-2024-33-sb-4-organo-antimony-compounds": (["compound"], ["Sb", "C"]),
    "mofcom-2024-33-sb-5-antimony-hydride": (["compound"], ["Sb", "H"]),
    "mofcom-2024-33-sb-6a-indium-antimonide-single-crystal": (["crystal_material"], ["In", "Sb"]),
    "mofcom-2024-33-sb-6b-indium-antimonide-polycrystal": (["compound"], ["In", "Sb"]),
    "mofcom-2024-33-sb-7-gold-antimony-separation-technology": (["technology"], ["Au", "Sb"]),
    "mofcom-2024-33-sh-1-cubic-press": (["production_equipment"], []),
    "mofcom-2024-33-sh-2a-cubic-press-hinge-beam": (["equipment_part"], []),
    "mofcom-2024-33-sh-2b-cubic-press-anvil": (["equipment_part"], []),
    "mofcom-2024-33-sh-2c-cubic-press-hp-control-system": (["equipment_part"], []),
    "mofcom-2024-33-sh-3-mpcvd-equipment": (["production_equipment"], []),
    "mofcom-2024-33-sh-4a-diamond-window-curved": (["diamond_window"], ["C"]),
    "mofcom-2024-33-sh-4b-diamond-window-flat": (["diamond_window"], ["C"]),
    "mofcom-2024-33-sh-5-hpht-single-crystal-synthesis-technology": (["technology"], []),
    "mofcom-2024-33-sh-6-cubic-press-manufacturing-technology": (["technology"], []),
}

# "金属镓（单质）", "金属锗（单质）": the elemental metal, so a line with other elements is not the item.
ELEMENTAL = {"mofcom-2023-23-ga-1-gallium-metal", "mofcom-2023-23-ge-1-germanium-metal"}

EARLIER_GROUP = {
    "gallium": "gallium",
    "germanium": "germanium",
    "graphite": "graphite",
    "antimony": "antimony",
    "superhard_materials": "superhard_material",
    "synthetic_diamond": "superhard_material",
}

INTERPRETATIONS = {
    # No. 18 items 4-7 (Dy, Lu, Sc, Y): the second half of the text was not read.
    "MOFCOM-2025-18:4": "I-18-SECOND-HALF",
    "MOFCOM-2025-18:5": "I-18-SECOND-HALF",
    "MOFCOM-2025-18:6": "I-18-SECOND-HALF",
    "MOFCOM-2025-18:7": "I-18-SECOND-HALF",
    "MOFCOM-2025-57:5": "I-57-YTTERBIUM",
}

# The reading single entries rest on, by the digest's control code (batteries) or id (earlier items).
ENTRY_INTERPRETATIONS = {
    "3C902.b.2": "I-58-BLENDED-ANODE-CODE",
    "3A001": "I-58-CELLS-AND-PACKS",
    "mofcom-2023-39-1-artificial-graphite-high-purity-strength-density": "I-39-ALL-THRESHOLDS",
    "mofcom-2024-33-sh-3-mpcvd-equipment": "I-33-TEN-KW-AND-ABOVE",
    "mofcom-2024-33-sb-2-antimony-metal-products": "I-33-ANTIMONY-PRODUCTS",
}

HEADER = {
    "MOFCOM-2025-18": "MOFCOM/GAC Announcement No. 18 of 2025: medium and heavy rare earths (Sm, Gd, Tb, Dy, Lu, Sc, Y).",
    "MOFCOM-2025-55": "MOFCOM/GAC Announcement No. 55 of 2025: superhard materials.",
    "MOFCOM-2025-56": "MOFCOM/GAC Announcement No. 56 of 2025: rare-earth equipment and raw and auxiliary materials.",
    "MOFCOM-2025-57": "MOFCOM/GAC Announcement No. 57 of 2025: medium and heavy rare earths (Ho, Er, Tm, Eu, Yb).",
    "MOFCOM-2025-58": "MOFCOM/GAC Announcement No. 58 of 2025: lithium batteries, cathode and graphite-anode materials.",
    "MOFCOM-2023-23": "MOFCOM/GAC Announcement No. 23 of 2023: gallium and germanium items, in the Dual-Use List since 2024-12-01.",
    "MOFCOM-2023-39": "MOFCOM/GAC Announcement No. 39 of 2023: graphite items, in the Dual-Use List since 2024-12-01.",
    "MOFCOM-2024-33": "MOFCOM/GAC Announcement No. 33 of 2024: antimony and superhard-material items, in the Dual-Use List since 2024-12-01.",
}

URL = re.compile(r"https?://\S+")

# Units of the rare-earth equipment parameters, which the digest gives only in their names.
UNITS = {
    "leach_liquor_throughput_m3_per_day": "m3/day",
    "reaction_temperature_c": "°C",
    "mixing_chamber_volume_m3": "m3",
    "vessel_volume_m3": "m3",
    "output_power_kw": "kW",
    "operating_temperature_c": "°C",
    "anode_current_density_a_per_cm2": "A/cm2",
    "cathode_current_density_a_per_cm2": "A/cm2",
    "current_a": "A",
    "heating_temperature_c": "°C",
    "melt_capacity_kg": "kg",
    "mf_power_supply_khz": "kHz",
    "max_temperature_c": "°C",
    "particle_size_um": "um",
    "powder_recovery_pct": "%",
    "system_oxygen_ppm": "ppm",
    "magnetic_induction_t": "T",
    "cooling_time_min": "min",
}


def top_clause(clause: str) -> str:
    return re.match(r"[0-9]+", clause).group(0)


def code_known(code) -> dict:
    return {"control_code": code, "control_code_known": code is not None}


def range_parameters(name: str, spec, quality: str | None) -> tuple[list, list]:
    """A digest parameter as {name, operator, value, unit} thresholds, or as a condition the engine
    cannot check when it is not a number (a material, a shape, a wording whose direction is unclear)."""
    unit = UNITS.get(name, "")
    extra = {"source_quality": quality} if quality else {}
    if isinstance(spec, dict) and set(spec) <= {"min", "max"}:
        out = []
        if "min" in spec:
            out.append({"name": name, "operator": ">=", "value": spec["min"], "unit": unit, **extra})
        if "max" in spec:
            out.append({"name": name, "operator": "<=", "value": spec["max"], "unit": unit, **extra})
        return out, []
    if name == "temperature_uniformity_at_1000c" and spec == "within ±3 °C":
        return [{"name": name, "operator": "<=", "value": 3, "unit": "±°C", **extra}], []
    if name == "any_of":
        return [], ["any of: " + "; ".join(spec) + (" (from a machine-written summary)" if quality else "")]
    if spec is True:
        return [], [name.replace("_", " ") + (" (from a machine-written summary)" if quality else "")]
    return [], [f"{name.replace('_', ' ')}: {spec}" + (" (from a machine-written summary)" if quality else "")]


def rare_earth_parameters(entry) -> tuple[list, list, str | None]:
    parameters, conditions, logic = [], [], None
    for source, quality in (("parameters", None), ("parameters_secondary", "secondary_llm_summary")):
        for name, spec in (entry.get(source) or {}).items():
            if name == "all_of":
                logic = "all"
                continue
            found, said = range_parameters(name, spec, quality)
            parameters += found
            conditions += said
    return parameters, conditions, logic


def rare_earth_entry(e: dict) -> dict:
    measure, clause = e["announcement"], e["clause"]
    section = top_clause(clause)
    element = SECTION_ELEMENT.get(measure, {}).get(section)
    form = e["form"]
    categories = [FUNCTIONAL[e["id"]]] if e["id"] in FUNCTIONAL else RE_CATEGORIES[form]
    line = {"categories": categories}
    if element:
        line["elements_any"] = [element]
    if set(categories) & NOT_IDENTIFYING:
        line["category_identifies"] = False
    parameters, conditions, logic = rare_earth_parameters(e)
    out = {
        "id": e["id"],
        "measure": measure,
        "clause": clause,
        **code_known(e.get("control_code")),
        "hs_codes": [str(c) for c in e.get("hs_codes") or []],
        "elements": e["elements"],
        "form": form,
        "item_group": "rare_earth",
        "name_en": e["name_en"],
        "name_zh": e.get("name_zh"),
        "parameters": parameters,
    }
    if logic:
        out["logic"] = logic
    if conditions:
        out["conditions"] = conditions
    out["effective_from"] = str(e["effective_from"])
    out["listed_by"] = [{"measure": measure, "clause": section}]
    if measure == "MOFCOM-2025-18" and form == "permanent_magnet":
        out["exclusions"] = [{"categories": ["product_with_magnet"], **FAQ}]
    out["source"] = e["source"]
    out["also_sources"] = e.get("also_sources") or []
    out["source_quality"] = e["source_quality"]
    out["inferred"] = bool(e.get("inferred"))
    notes = (
        [e["note"].replace("parameters marked in 'parameters_secondary'", "parameters with source_quality secondary_llm_summary")]
        if e.get("note")
        else []
    )
    if e.get("hs_code_kind"):
        notes.append(f"hs_codes: {e['hs_code_kind']}")
    if notes:
        out["note"] = "; ".join(notes)
    interpretation = INTERPRETATIONS.get(f"{measure}:{section}")
    if form == "permanent_magnet":
        interpretation = "I-18-MAGNET-BY-ELEMENT" if measure == "MOFCOM-2025-18" else "I-57-MAGNET-PRODUCTS"
    if interpretation:
        out["interpretation"] = interpretation
    out["match"] = {"line": line}
    return out


def urls(text: str) -> list[str]:
    return URL.findall(text)


# Grading of the battery and superhard sources (the digest's item file lists them without a grade):
# the MOFCOM page, its scrape and full-text reposts are reprints of the official text; an English
# list without codes or a press summary is secondary.
BS_QUALITY = {
    "S55_EN": "primary_reprint",
    "S55_ZH": "primary_reprint",
    "S58_MOFCOM": "primary_reprint",
    "S58_KDSO": "primary_reprint",
    "S58_LB": "secondary",
}


def battery_entry(e: dict, sources: dict) -> dict:
    measure = e["announcement"]
    clause = e["clause"]
    sub = e.get("sub_item")
    if sub is not None:
        clause = f"{clause}{sub}" if str(sub).isdigit() else f"{clause}.{sub}"
    category = e["category"]
    categories = BS_CATEGORIES.get(category, [category])
    line = {"categories": categories}
    elements = BS_ELEMENTS.get(e["id"], [])
    if elements:
        line["elements_all"] = elements
    if set(categories) & NOT_IDENTIFYING or e["id"] in BS_NOT_IDENTIFYING:
        line["category_identifies"] = False
    found = [u for key in e["source"] for u in urls(sources[key])]
    parameters = [{"name": p["name"], "operator": p["operator"], "value": p["value"], "unit": p["unit"]} for p in e.get("parameters") or []]
    out = {"id": e["id"], "measure": measure, "clause": clause, **code_known(e["control_code"])}
    if e["control_code"] == "3C902.b.2":
        out["control_code_alternatives"] = ["3C901.b.2"]
    out.update(
        {
            "hs_codes": [str(c) for c in e["hs_codes"]],
            "elements": elements,
            "form": e["form"],
            "item_group": group_of_battery_item(e),
            "name_en": e["name_en"],
            "name_zh": e.get("name_zh"),
            "parameters": parameters,
        }
    )
    if e.get("logic"):
        out["logic"] = e["logic"]
    conditions = [x for x in e.get("exclusions") or []] + BS_CONDITIONS.get(e["id"], [])
    if conditions:
        out["conditions"] = conditions
    out["effective_from"] = str(e["effective_from"])
    out["listed_by"] = [{"measure": measure, "clause": top_clause(e["clause"])}]
    out["source"] = found[0]
    out["also_sources"] = list(dict.fromkeys(found[1:]))
    out["source_quality"] = BS_QUALITY[e["source"][0]]
    out["inferred"] = bool(e.get("inferred"))
    notes = [" ".join(str(n).split()) for n in (e.get("notes"), e.get("control_code_note")) if n]
    if e.get("applies_to"):
        notes.append("applies to: " + ", ".join(e["applies_to"]))
    if notes:
        out["note"] = "; ".join(notes)
    if e["control_code"] in ENTRY_INTERPRETATIONS:
        out["interpretation"] = ENTRY_INTERPRETATIONS[e["control_code"]]
    out["match"] = {"line": line}
    return out


def group_of_battery_item(e: dict) -> str:
    if e["announcement"] == "MOFCOM-2025-55":
        return "superhard_material"
    if e["clause"].startswith("3"):
        return "graphite"
    return "lithium_battery"


def earlier_entry(e: dict, sources: dict) -> dict:
    categories, elements = EARLIER_MATCH[e["id"]]
    line = {"categories": categories}
    if elements:
        line["elements_all"] = elements
    if e["id"] in ELEMENTAL:
        line["elements_only"] = True
    if set(categories) & NOT_IDENTIFYING:
        line["category_identifies"] = False
    found = [sources[key] for key in e["source"]]
    parameters = [{"name": p["name"], "operator": p["operator"], "value": p["value"], "unit": p["unit"]} for p in e.get("parameters") or []]
    out = {
        "id": e["id"],
        "measure": e["announcement"],
        "clause": e["clause"],
        **code_known(e["control_code"]),
        "hs_codes": [str(c) for c in e["hs_codes"]],
    }
    if e.get("hs_codes_alt"):
        out["hs_codes_alt"] = [str(c) for c in e["hs_codes_alt"]]
    out.update(
        {
            "elements": elements,
            "form": e["form"],
            "item_group": EARLIER_GROUP[e["material"]],
            "name_en": e["name_en"],
            "name_zh": e.get("name_zh"),
            "parameters": parameters,
        }
    )
    if e.get("logic"):
        out["logic"] = e["logic"]
    if e.get("required_design"):
        out["conditions"] = [e["required_design"]]
    out["effective_from"] = str(e["effective_from"])
    out["listed_by"] = [{"measure": e["announcement"], "clause": "1"}, {"measure": LIST, "clause": "1"}]
    out["source"] = found[0]
    out["also_sources"] = list(dict.fromkeys(found[1:]))
    out["source_quality"] = e["source_quality"]
    out["inferred"] = bool(e.get("inferred"))
    out["note"] = " ".join(str(e["note"]).split())
    if e["id"] in ENTRY_INTERPRETATIONS:
        out["interpretation"] = ENTRY_INTERPRETATIONS[e["id"]]
    out["match"] = {"line": line}
    return out


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def collect(digest: Path) -> dict[str, list[dict]]:
    by_measure: dict[str, list[dict]] = {}
    for e in load(digest / "rare-earth-items.yaml"):
        if e["announcement"] not in SKIPPED:
            by_measure.setdefault(e["announcement"], []).append(rare_earth_entry(e))
    batteries = load(digest / "batteries-superhard-items.yaml")
    for e in batteries["items"]:
        by_measure.setdefault(e["announcement"], []).append(battery_entry(e, batteries["sources"]))
    earlier = load(digest / "earlier-items.yaml")
    earlier_sources = {s["key"]: s["url"] for s in earlier["sources"]}
    for e in earlier["items"]:
        if e["announcement"] not in SKIPPED:
            by_measure.setdefault(e["announcement"], []).append(earlier_entry(e, earlier_sources))
    return by_measure


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, value):
    style = "'" if value[:1].isdigit() or value in {"all", "any"} else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def write(out: Path, by_measure: dict[str, list[dict]]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for measure, entries in sorted(by_measure.items()):
        header = f"# {HEADER[measure]}\n# Imported from the regulations digest by tools/catalogue_import.py (see data/README.md).\n"
        body = yaml.dump({"entries": entries}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
        (out / f"{measure.lower()}.yaml").write_text(header + body, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("digest", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "catalogue")
    args = parser.parse_args(argv)
    by_measure = collect(args.digest)
    write(args.out, by_measure)
    print(", ".join(f"{m}: {len(e)}" for m, e in sorted(by_measure.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
