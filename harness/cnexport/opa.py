"""The OPA server process: start on a free loopback port, wait for /health, stop cleanly.

The OPA the harness starts (the CLI without --opa-url, the tests, make eval) is locked down like
the served sidecar (make serve): token authentication, the default-deny system.authz policy of
policies/system, health and metrics on a diagnostic address of their own, decision logs on its
output. Its token is random, made for that process alone and given to it as CNEXPORT_TOKEN; the
harness sends it with every call. It loads the policies and build/data as files rather than the
signed bundles, so that `make data` is all it needs.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests
import yaml

from .paths import DATA_OUT, POLICIES, ROOT, no_opa_message, opa_binary


def stop_process_group(process: subprocess.Popen, seconds: float = 20.0) -> None:
    """Stop a process started with a session of its own, and everything it started: SIGTERM, then
    SIGKILL after `seconds`."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


class OpaUnavailable(RuntimeError):
    """OPA could not be started or reached: never a decision."""


def evaluate(query: str, data: list[Path | dict], document, imports: tuple[str, ...] = ()) -> dict:
    """`opa eval` of `query` once, outside a server: over `data` (paths, or documents to load), with
    `document` as input; the bindings of the first result, or {} when there is none."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        loaded = []
        for i, part in enumerate(data):
            if isinstance(part, dict):
                (folder / f"data{i}.json").write_text(json.dumps(part), encoding="utf-8")
                part = folder / f"data{i}.json"
            loaded += ["--data", str(part)]
        (folder / "input.json").write_text(json.dumps(document), encoding="utf-8")
        run = subprocess.run(
            [
                opa_binary(),
                "eval",
                "--format",
                "json",
                *loaded,
                "--input",
                str(folder / "input.json"),
                *[arg for i in imports for arg in ("--import", i)],
                query,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if run.returncode != 0:
        raise RuntimeError(f"opa eval failed: {run.stderr.strip() or run.stdout.strip()}")
    result = json.loads(run.stdout).get("result") or [{"bindings": {}}]
    return result[0].get("bindings", {})


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Times OPA is started on new ports when the ones it was given were taken before it could bind them.
BIND_ATTEMPTS = 5

# The flags that lock an OPA down; make serve and deploy/ pass the same.
LOCKDOWN_FLAGS = ["--authentication=token", "--authorization=basic"]

# Go's garbage collector runs when the heap has grown by this many percent since the last one. A
# decision allocates many times the reference data it reads, so at Go's default (100) collecting
# takes about a third of OPA's CPU; at 400 it takes a quarter less CPU a decision, and GOMEMLIMIT,
# where it is set, still bounds the heap. make serve and deploy/ set the same.
GOGC = "400"

# The heap Go keeps OPA under: with GOGC at 400 an unbounded heap grows to about five times what is
# live (1.5 GB with 100,000 listings); the limit makes Go collect sooner only when that much is held.
# make serve sets the same; deploy/ sizes its own to the container.
GOMEMLIMIT = "250MiB"


def deploy_container() -> dict:
    """The OPA container of deploy/sidecar.yaml (whose GOMEMLIMIT is sized to its container)."""
    documents = yaml.safe_load_all((ROOT / "deploy" / "sidecar.yaml").read_text(encoding="utf-8"))
    return next(
        c
        for d in documents
        if d and d.get("kind") == "Deployment"
        for c in d["spec"]["template"]["spec"]["containers"]
        if c["name"] == "opa"
    )


class OpaServer:
    """A real `opa run --server` with the project's policies and built data, for the life of a `with`.

    `locked=False` starts it open, without authentication or authorization: only make bench does, to
    measure the engine against a trivial policy the authorization policy would refuse. `env` adds
    variables to OPA's environment (CNEXPORT_LOG_PARTY_NAMES, ...). `token` gives a locked server the
    token of another (make bench queries two in turn over one session); by default it is new."""

    def __init__(
        self,
        paths=None,
        binary: str | None = None,
        startup_seconds: float = 60.0,
        locked: bool = True,
        env: dict[str, str] | None = None,
        token: str | None = None,
    ):
        self.paths = [str(p) for p in (paths or [POLICIES, DATA_OUT])]
        self.binary = binary or opa_binary()
        self.startup_seconds = startup_seconds
        self.locked = locked
        self.env = env or {}
        self.token = (token or secrets.token_urlsafe(32)) if locked else None
        self._new_ports()
        self.process: subprocess.Popen | None = None
        self._log = None

    def start(self) -> OpaServer:
        if not os.path.isdir(str(DATA_OUT)) and str(DATA_OUT) in self.paths:
            raise OpaUnavailable(f"{DATA_OUT} is missing: run `make data` in the clone first")
        # A port found free can be taken by another process before OPA binds it (many servers start
        # at once on a busy machine): OPA then exits at once, and is started again on new ports.
        for _ in range(BIND_ATTEMPTS - 1):
            try:
                return self._start()
            except OpaUnavailable:
                if "address already in use" not in self.output():
                    raise
                self.stop()
                self._new_ports()
        return self._start()

    def _new_ports(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.diagnostic_port = free_port()
        self.diagnostic_url = f"http://127.0.0.1:{self.diagnostic_port}"

    def _start(self) -> OpaServer:
        self._log = tempfile.TemporaryFile()
        command = [
            self.binary,
            "run",
            "--server",
            "--addr",
            f"127.0.0.1:{self.port}",
            "--diagnostic-addr",
            f"127.0.0.1:{self.diagnostic_port}",
            "--ignore",
            "*_test.rego",
            "--log-level",
            "error",
        ]
        environment = {**os.environ, "GOGC": GOGC, "GOMEMLIMIT": GOMEMLIMIT, **self.env}
        # Only the token this process was given may call it, never one inherited from the shell.
        environment.pop("CNEXPORT_TOKEN", None)
        if self.locked:
            command += [*LOCKDOWN_FLAGS, "--set", "decision_logs.console=true"]
            environment["CNEXPORT_TOKEN"] = self.token
        command += self.paths
        try:
            # A process group of its own, so that stopping it leaves no orphan behind.
            self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True, env=environment)
        except FileNotFoundError as error:
            if self.binary == "opa":  # none was given and none was found
                raise OpaUnavailable(no_opa_message()) from error
            raise OpaUnavailable(f"cannot run {self.binary}: {error}") from error
        except OSError as error:
            raise OpaUnavailable(f"cannot run {self.binary}: {error}") from error
        deadline = time.monotonic() + self.startup_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise OpaUnavailable(f"OPA exited with {self.process.returncode}: {self._output()}")
            try:
                if requests.get(f"{self.diagnostic_url}/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.05)
        self.stop()
        raise OpaUnavailable(f"OPA did not become healthy within {self.startup_seconds}s: {self._output()}")

    def output(self) -> str:
        """Everything OPA has written so far: errors, and a JSON line per decision log entry."""
        if self._log is None:
            return ""
        # pread leaves the file offset alone: OPA writes through the same open file.
        fd = self._log.fileno()
        return os.pread(fd, os.fstat(fd).st_size, 0).decode(errors="replace")

    def _output(self) -> str:
        return self.output()[-2000:]

    def stop(self) -> None:
        if self.process:
            stop_process_group(self.process)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> OpaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
