"""Count the blocks of Rego that stand in more than one place in the policies of a commit.

    python tools/rego_duplicates.py [REV] [--show]

Reads every non-test `.rego` file under policies/ at REV (default HEAD), drops blank and comment
lines and the indentation, and looks at every window of six consecutive lines. A window found at two
or more places is duplicated; a block is a run of consecutive duplicated windows in one file, and
the count is of those blocks. `--show` prints each duplicated window with where it stands.
"""

import argparse
import collections
import subprocess

WINDOW = 6


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def code_lines(rev: str) -> dict[str, list[str]]:
    """Each non-test policy file at rev, as its code lines without indentation."""
    files = [
        f for f in git("ls-tree", "-r", "--name-only", rev, "policies").split() if f.endswith(".rego") and not f.endswith("_test.rego")
    ]
    stripped = {f: [line.strip() for line in git("show", f"{rev}:{f}").splitlines()] for f in files}
    return {f: [line for line in lines if line and not line.startswith("#")] for f, lines in stripped.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", default="HEAD")
    parser.add_argument("--show", action="store_true", help="print each duplicated window and its places")
    args = parser.parse_args()
    files = code_lines(args.rev)
    places = collections.defaultdict(list)
    for f, lines in files.items():
        for i in range(len(lines) - WINDOW + 1):
            places[tuple(lines[i : i + WINDOW])].append((f, i))
    duplicated = {window for window, where in places.items() if len(where) > 1}
    blocks = 0
    for lines in files.values():
        before = False
        for i in range(len(lines) - WINDOW + 1):
            now = tuple(lines[i : i + WINDOW]) in duplicated
            blocks += now and not before
            before = now
    if args.show:
        for window in duplicated:
            print(", ".join(f"{f} (code line {i + 1})" for f, i in places[window]))
            print("    " + " | ".join(window))
    print(f"{args.rev}: {len(files)} policy files, {blocks} duplicated blocks, {len(duplicated)} duplicated {WINDOW}-line windows")


if __name__ == "__main__":
    main()
