"""Summarise `opa test --coverage` output: the figure, and the least covered files."""

import json
import sys


def main(path: str, minimum: str) -> int:
    try:
        report = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError):
        print("rego coverage: no report (a test failed or errored; its output follows)")
        return 1
    total = report.get("coverage", 0.0)
    files = sorted((f.get("coverage", 0.0), name) for name, f in report.get("files", {}).items() if not name.endswith("_test.rego"))
    print(f"rego coverage: {total:.2f}% (minimum {minimum}%) over {len(files)} policy files")
    for figure, name in files[:5]:
        print(f"  {figure:6.2f}%  {name}")
    return 0 if total >= float(minimum) else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
