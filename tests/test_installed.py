"""The package installed from a wheel decides outside the clone: it carries the policies, schemas and
built reference data, and finds the pinned OPA in the tool cache (or says how to get one)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnexport.paths import cached_opa

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "jp-magnet-cn-dy-0.15pct.json"


def run(*command, **kwargs):
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=300, **kwargs)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A new venv with the wheel built from this clone installed in it; its dependencies are this
    venv's (a .pth line), so that installing needs no network."""
    where = tmp_path_factory.mktemp("installed")
    built = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--wheel-dir",
        where / "wheels",
        ROOT,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((where / "wheels").glob("cnexport-*.whl"))
    venv = where / "venv"
    assert run(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    done = run(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--quiet", "--no-deps", "--no-index", wheel)
    assert done.returncode == 0, done.stderr
    site = run(venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    ours = run(sys.executable, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    Path(site, "cnexport-test-dependencies.pth").write_text(ours + "\n")
    elsewhere = where / "elsewhere"
    elsewhere.mkdir()
    return venv, elsewhere


def bare_env(home) -> dict:
    """A shell with nothing exported: no CNEXPORT_OPA, no opa on the PATH (the tool cache moved
    where the user's profile moves it, for this HOME)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    if "XDG_CACHE_HOME" in os.environ and home == Path.home():
        env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    return env


def test_the_installed_package_reads_its_own_copies(installed):
    venv, elsewhere = installed
    where = run(
        venv / "bin" / "python",
        "-c",
        "from cnexport import paths; print(paths.POLICIES, paths.DATA_OUT, paths.SCHEMAS, paths.opa_version())",
        cwd=elsewhere,
        env=bare_env(Path.home()),
    )
    policies, data, schemas, version = where.stdout.split()
    for path in (policies, data, schemas):
        assert path.startswith(str(venv)) and Path(path).is_dir()
    assert (Path(data) / "cnexport_reference" / "manifest" / "data.json").is_file()
    assert not list(Path(policies).rglob("*_test.rego"))
    assert version == "v1.20.2"


def test_the_installed_cli_decides_from_another_directory(installed):
    """With the OPA `make tools` built (make test builds it first) in the tool cache of this HOME."""
    venv, elsewhere = installed
    assert os.access(cached_opa(), os.X_OK), f"{cached_opa()} is missing: run make tools"
    decided = run(venv / "bin" / "cnexport", "decide", "--format", "jsonl", EXAMPLE, cwd=elsewhere, env=bare_env(Path.home()))
    assert decided.returncode == 0, decided.stderr
    decision = json.loads(decided.stdout)
    assert (decision["id"], decision["outcome"], decision["clearance"]) == ("jp-magnet-cn-dy-0.15pct", "LICENCE_REQUIRED", "HOLD")
    assert [r["code"] for r in decision["reasons"]] == ["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"]


def test_without_an_opa_it_says_how_to_get_one(installed, tmp_path):
    venv, elsewhere = installed
    decided = run(venv / "bin" / "cnexport", "decide", EXAMPLE, cwd=elsewhere, env=bare_env(tmp_path))
    assert decided.returncode == 2
    assert decided.stdout == ""
    assert (
        f"no OPA found: set CNEXPORT_OPA to one, put `opa` on the PATH, or run `make tools` in a clone of cnexport, "
        f"which builds OPA v1.20.2 into {tmp_path}/.cache/cnexport/tools/opa-v1.20.2"
    ) in decided.stderr
