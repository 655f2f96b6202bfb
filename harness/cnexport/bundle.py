"""Build the two signed OPA bundles the sidecar serves, from the policies and build/data.

- cnexport.tar.gz            the policies (roots cnexport, system/authz, system/log) and the
                             schemas the sidecar validates with (data.cnexport.schemas);
- cnexport-reference.tar.gz  the reference data (root cnexport_reference), so that a new listing
                             or announcement ships without a policy release.

OPA refuses to activate two bundles whose roots overlap, and a module's package must sit under
its bundle's roots; that is why the reference data has a root of its own. Each bundle's
`.manifest` carries `rego_version`, a `revision` made of the git commit and the reference-data
version, and metadata; `opa build --signing-key` signs it (`.signatures.json`), and the sidecar
activates nothing whose signature does not verify.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from .paths import DATA_OUT, POLICIES, ROOT, opa_binary

POLICY_BUNDLE = "cnexport"
REFERENCE_BUNDLE = "cnexport-reference"
POLICY_ROOTS = ["cnexport", "system/authz", "system/log"]
REFERENCE_ROOTS = ["cnexport_reference"]
SIGNING_ALG = "RS256"
# The key id the sidecar's OPA configuration verifies both bundles with (deploy/opa-config.yaml).
KEY_ID = "cnexport-bundles"


class BundleError(RuntimeError):
    """A bundle could not be built."""


def git_commit(root: Path = ROOT) -> str:
    """The commit the policies come from, marked `-dirty` when the work tree differs from it."""

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout.strip()

    try:
        commit = git("rev-parse", "--short=12", "HEAD")
        dirty = git("status", "--porcelain", "--", "policies", "data", "schemas", "docs")
    except (OSError, subprocess.CalledProcessError):
        return "unversioned"
    return f"{commit}-dirty" if dirty else commit


def reference_meta(data_out: Path = DATA_OUT) -> tuple[dict, dict]:
    """The compiled reference data's `meta` and each measure's source (the sources' index)."""
    path = data_out / "cnexport_reference" / "data.json"
    try:
        reference = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BundleError(f"{path} is missing: run `make data` first ({error.strerror})") from error
    sources = {mid: m.get("source") for mid, m in sorted(reference["measures"]["measures"].items())}
    return reference["meta"], sources


def stage(out: Path, data_out: Path = DATA_OUT, revision: str | None = None) -> dict[str, Path]:
    """Lay out each bundle's files and `.manifest` under out/<bundle>/; returns their folders."""
    meta, sources = reference_meta(data_out)
    revision = revision or f"{git_commit()}+{meta['version']}"
    folders = {POLICY_BUNDLE: out / POLICY_BUNDLE, REFERENCE_BUNDLE: out / REFERENCE_BUNDLE}
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    policies = folders[POLICY_BUNDLE]
    for module in sorted(POLICIES.rglob("*.rego")):
        if module.name.endswith("_test.rego"):
            continue
        target = policies / module.relative_to(POLICIES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(module, target)
    # Every document the data build wrote goes in the bundle whose root holds it; one under no
    # root is an error, never left out.
    homes = {"cnexport": folders[POLICY_BUNDLE], "cnexport_reference": folders[REFERENCE_BUNDLE]}
    for document in sorted(data_out.rglob("*.json")):
        relative = document.relative_to(data_out)
        if relative.parts[0] not in homes:
            raise BundleError(f"{document} is under no bundle's roots ({', '.join(POLICY_ROOTS + REFERENCE_ROOTS)})")
        target = homes[relative.parts[0]] / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(document, target)
    _manifest(policies, POLICY_ROOTS, revision, {"reference_data_built_with": meta["version"]})

    _manifest(
        folders[REFERENCE_BUNDLE],
        REFERENCE_ROOTS,
        revision,
        {
            "reference_data_version": meta["version"],
            "verified_through": meta["verified_through"],
            "verified_through_source": meta.get("verified_through_source"),
            "sources": sources,
        },
    )
    return folders


def _manifest(folder: Path, roots: list[str], revision: str, metadata: dict) -> None:
    manifest = {"roots": roots, "rego_version": 1, "revision": revision, "metadata": metadata}
    (folder / ".manifest").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def build_bundle(folder: Path, output: Path, signing_key: Path | None, opa: str | None = None) -> Path:
    """`opa build` one staged folder into output, signed with signing_key (unsigned only when it is None,
    which the sidecar refuses: tests use that)."""
    # Built from inside the folder, so that module paths in the bundle start at its root.
    command = [opa or opa_binary(), "build", "--bundle", ".", "--output", str(output.resolve())]
    if signing_key is not None:
        command += ["--signing-key", str(signing_key.resolve()), "--signing-alg", SIGNING_ALG]
    result = subprocess.run(command, capture_output=True, text=True, cwd=folder)
    if result.returncode != 0:
        raise BundleError(f"opa build {folder} failed: {result.stderr.strip() or result.stdout.strip()}")
    return output


def build(
    out: Path, signing_key: Path | None, data_out: Path = DATA_OUT, revision: str | None = None, opa: str | None = None
) -> dict[str, Path]:
    """Both bundles, signed, as out/cnexport.tar.gz and out/cnexport-reference.tar.gz."""
    folders = stage(out / "bundles", data_out, revision)
    return {name: build_bundle(folder, out / f"{name}.tar.gz", signing_key, opa) for name, folder in folders.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    parser.add_argument("--signing-key", type=Path, required=True, help="PEM private key (RSA, signed as RS256)")
    args = parser.parse_args(argv)
    try:
        built = build(args.out, args.signing_key)
    except BundleError as error:
        print(f"bundle: {error}", file=sys.stderr)
        return 1
    manifest = json.loads((args.out / "bundles" / POLICY_BUNDLE / ".manifest").read_text(encoding="utf-8"))
    print(f"bundle: revision {manifest['revision']}, signed with {args.signing_key} -> " + ", ".join(str(p) for p in built.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
