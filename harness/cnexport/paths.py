"""Where the project's files are: in a clone, its policies, schemas and build/data; in an installed
wheel, the copies it carries (cnexport/bundled/, written by setup.py)."""

import os
import re
import shutil
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parents[1]
BUNDLED = PACKAGE / "bundled"
INSTALLED = (BUNDLED / "data").is_dir()

if INSTALLED:
    POLICIES, DATA_OUT, SCHEMAS = BUNDLED / "policies", BUNDLED / "data", BUNDLED / "schemas"
    INTERPRETATIONS = BUNDLED / "interpretations.md"
    TOKEN_FILE = Path("build") / "serve.token"  # where make serve writes it, when run from a clone
else:
    POLICIES, DATA_OUT, SCHEMAS = ROOT / "policies", ROOT / "build" / "data", ROOT / "schemas"
    INTERPRETATIONS = ROOT / "docs" / "interpretations.md"
    TOKEN_FILE = ROOT / "build" / "serve.token"


def opa_version() -> str:
    """The OPA version the Makefile pins (a wheel carries it in bundled/OPA_VERSION)."""
    if INSTALLED:
        return (BUNDLED / "OPA_VERSION").read_text(encoding="utf-8").strip()
    return re.search(r"^OPA_VERSION\s*:=\s*(\S+)", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)


def cached_opa() -> Path:
    """Where `make tools` builds the pinned OPA: the Makefile's CACHE."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cnexport"
    return cache / "tools" / f"opa-{opa_version()}" / "opa"


def opa_binary() -> str:
    """The OPA to run: CNEXPORT_OPA, else the one beside this Python (the Makefile links the OPA it
    built into the venv's bin), else the pinned one in the tool cache, else `opa` on PATH."""
    if os.environ.get("CNEXPORT_OPA"):
        return os.environ["CNEXPORT_OPA"]
    for candidate in (Path(sys.executable).parent / "opa", cached_opa()):
        if os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("opa") or "opa"


def no_opa_message() -> str:
    return (
        f"no OPA found: set CNEXPORT_OPA to one, put `opa` on the PATH, or run `make tools` in a clone of "
        f"cnexport, which builds OPA {opa_version()} into {cached_opa().parent}"
    )


def sidecar_token() -> str | None:
    """The token of a sidecar started by make serve: CNEXPORT_TOKEN, else the file make serve wrote."""
    token = os.environ.get("CNEXPORT_TOKEN", "").strip()
    if token:
        return token
    try:
        return TOKEN_FILE.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None
