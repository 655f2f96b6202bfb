"""Check the METADATA of every rule before it runs: what a reason, obligation or warning is built from.

A rule that builds a reason, an obligation or a warning (cnexport.lib.reason, cnexport.lib.obligation,
cnexport.lib.warning) takes its code (or type), outcome, English and Chinese messages and citation
from its METADATA `custom` block, and a reason its source from the data of the clause it cites. If the clause does not exist, or a field is missing, the decision
fails closed at run time; this check finds it before: it reads the METADATA of every rule with
`opa inspect -a` and names the file and line of each problem.

    python -m cnexport.citations [POLICIES]     exit 1 and one line per problem, else exit 0
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from . import databuild
from .paths import POLICIES, ROOT, opa_binary

# The fields a `custom` block must have, by what it builds: an obligation has a type, a reason a
# code and an outcome, a warning a code and no outcome (it never changes one). The citation
# (measure, clause) may come from the data instead, as for the entity lists, whose listing names its
# announcement; where METADATA gives one it is checked here, and every citation is checked again
# when it is built.
REASON_FIELDS = ("code", "outcome", "message_en", "message_zh")
OBLIGATION_FIELDS = ("type", "message_en", "message_zh")
WARNING_FIELDS = ("code", "message_en", "message_zh")
# The rules that collect warnings: their METADATA builds a warning, never a reason.
WARNING_RULES = ("warnings", "holds", "_screen_warnings")


def builds(annotation: dict) -> str | None:
    """What a METADATA block builds: obligation, reason, warning, or None (no custom block of ours)."""
    custom = annotation["annotations"].get("custom") or {}
    rule = (annotation.get("path") or [{}])[-1].get("value")
    if "type" in custom:
        return "obligation"
    if "code" not in custom:
        return None
    return "warning" if rule in WARNING_RULES or "outcome" not in custom else "reason"


def annotations(policies: Path) -> list[dict]:
    """Every METADATA block of the policies, as `opa inspect -a` reads it (test files left out)."""
    run = subprocess.run([opa_binary(), "inspect", "-a", "-f", "json", str(policies)],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"opa inspect failed: {run.stderr.strip() or run.stdout.strip()}")
    found = json.loads(run.stdout).get("annotations") or []
    return [a for a in found if not a["location"]["file"].endswith("_test.rego")]


def problems(found: list[dict], measures: dict) -> list[str]:
    """One line per problem: file:row: what is wrong."""
    lines = []
    for annotation in found:
        custom = annotation["annotations"].get("custom") or {}
        where = f"{annotation['location']['file']}:{annotation['location']['row']}"
        built = builds(annotation)
        required = {"reason": REASON_FIELDS, "obligation": OBLIGATION_FIELDS, "warning": WARNING_FIELDS}.get(built, ())
        lines += [f"{where}: the {built}'s METADATA has no {field}" for field in required if not custom.get(field)]
        if built == "warning" and "outcome" in custom:
            lines.append(f"{where}: a warning changes no outcome, but its METADATA gives one")
        measure, clause = custom.get("measure"), custom.get("clause")
        if clause is not None and measure is None:
            lines.append(f"{where}: clause {clause} is cited without its measure")
        if measure is None:
            continue
        if measure not in measures:
            lines.append(f"{where}: measure {measure} is not described in data/measures/")
        elif clause is not None and str(clause) not in measures[measure]["clauses"]:
            lines.append(f"{where}: {measure} has no clause {clause} in data/measures/")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("policies", nargs="?", type=Path, default=POLICIES)
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository whose data/measures/ is cited")
    args = parser.parse_args(argv)
    measures = databuild.load_sources(args.root)["measures"]["measures"]
    found = problems(annotations(args.policies), measures)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"citations: {len(found)} problem(s) in the METADATA of the rules", file=sys.stderr)
        return 1
    print("citations: every rule's METADATA cites a measure and clause data/measures/ describes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
