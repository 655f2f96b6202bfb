"""The wheel carries what the harness needs to decide outside a clone: the policies (without their
tests), the contract schemas, the reference data as `make data` built and checked it and the readings
of docs/interpretations.md, under cnexport/bundled/, with the OPA version the Makefile pins. An editable install reads them from the
clone instead. Build the wheel from a clone after `make data`: `pip install .` or `pip wheel .`."""

import re
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUILT_DATA = ROOT / "build" / "data"


class BuildWithBundle(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        if not (BUILT_DATA / "cnexport_reference" / "manifest" / "data.json").is_file():
            raise SystemExit(f"cnexport: {BUILT_DATA} is missing: run `make data` in the clone before building the package")
        target = Path(self.build_lib) / "cnexport" / "bundled"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "policies", target / "policies", ignore=shutil.ignore_patterns("*_test.rego"))
        shutil.copytree(ROOT / "schemas", target / "schemas")
        shutil.copytree(BUILT_DATA, target / "data", ignore=shutil.ignore_patterns(".built"))
        shutil.copy(ROOT / "docs" / "interpretations.md", target / "interpretations.md")  # the readings reports cite
        pinned = re.search(r"^OPA_VERSION\s*:=\s*(\S+)", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
        (target / "OPA_VERSION").write_text(pinned.group(1) + "\n", encoding="utf-8")


setup(cmdclass={"build_py": BuildWithBundle})
