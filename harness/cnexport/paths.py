"""Where the project's files are."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
DATA_OUT = ROOT / "build" / "data"
SCHEMAS = ROOT / "schemas"


def opa_binary() -> str:
    """The OPA the Makefile built (CNEXPORT_OPA), else `opa` on PATH."""
    return os.environ.get("CNEXPORT_OPA", "opa")


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
