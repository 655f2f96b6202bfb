"""Where the project's files are."""

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
DATA_OUT = ROOT / "build" / "data"
SCHEMAS = ROOT / "schemas"


def opa_binary() -> str:
    """The OPA to run: CNEXPORT_OPA, else the one beside this Python (the Makefile links the OPA it
    built into the venv's bin), else `opa` on PATH."""
    if os.environ.get("CNEXPORT_OPA"):
        return os.environ["CNEXPORT_OPA"]
    beside = Path(sys.executable).parent / "opa"
    if os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("opa") or "opa"


TOKEN_FILE = ROOT / "build" / "serve.token"


def sidecar_token() -> str | None:
    """The token of a sidecar started by make serve: CNEXPORT_TOKEN, else the file make serve wrote."""
    token = os.environ.get("CNEXPORT_TOKEN", "").strip()
    if token:
        return token
    try:
        return TOKEN_FILE.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None
