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
