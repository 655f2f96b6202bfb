"""What the sidecar tests start: `make serve`, a static bundle server with a decision-log collector,
and OPA run with deploy/'s files. Every wait is bounded and polls; none sleeps and hopes."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from cnexport.opa import deploy_container, free_port, stop_process_group
from cnexport.paths import ROOT

# Generous bounds: the machine may be loaded, and OPA loads 1.5 MB of reference data per bundle.
START_SECONDS = 240
POLL_SECONDS = 120


def wait_until(predicate, seconds: float, what: str, interval: float = 0.2):
    """predicate()'s first truthy value within `seconds`, else a failure that says what did not happen."""
    deadline = time.monotonic() + seconds
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {seconds}s")
        time.sleep(interval)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def clean_env(**extra: str) -> dict:
    """The caller's environment without make's own variables (a nested make must not join the outer
    one's jobserver) and without a token, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "CNEXPORT_TOKEN")}
    env.update(extra)
    return env


def run_make(*targets: str) -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", *targets], cwd=ROOT, env=clean_env(), capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


class Process:
    """A process in a group of its own, its output in a file the tests read while it runs."""

    def __init__(self, command: list[str], env: dict, cwd: Path = ROOT):
        self.output_file = tempfile.NamedTemporaryFile(prefix="cnexport-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self.output_file, stderr=subprocess.STDOUT, start_new_session=True
        )

    def output(self) -> str:
        return Path(self.output_file.name).read_text(encoding="utf-8", errors="replace")

    def log_entries(self) -> list[dict]:
        """OPA's JSON log lines (decision logs among them)."""
        entries = []
        for line in self.output().splitlines():
            if line.startswith("{"):
                try:
                    entries.append(json.loads(line))
                except ValueError:
                    pass
        return entries

    def decision_log(self, decision_id: str) -> dict | None:
        return next((e for e in self.log_entries() if e.get("decision_id") == decision_id), None)

    def wait_healthy(self, diagnostic_url: str, seconds: float = START_SECONDS) -> None:
        def healthy():
            assert self.process.poll() is None, f"exited with {self.process.returncode}:\n{self.output()[-3000:]}"
            try:
                return requests.get(f"{diagnostic_url}/health?bundles", timeout=5).status_code == 200
            except requests.RequestException:
                return False

        wait_until(healthy, seconds, f"/health?bundles at {diagnostic_url}", interval=0.5)

    def stop(self) -> None:
        stop_process_group(self.process)
        self.output_file.close()
        os.unlink(self.output_file.name)


def make_serve(token: str | None) -> tuple[Process, str, str]:
    """`make serve` on free loopback ports, as a developer runs it: (process, url, diagnostic url)."""
    port, diagnostic = free_port(), free_port()
    env = clean_env(**({"CNEXPORT_TOKEN": token} if token else {}))
    process = Process(
        ["make", "--no-print-directory", "serve", f"OPA_ADDR=127.0.0.1:{port}", f"OPA_DIAGNOSTIC_ADDR=127.0.0.1:{diagnostic}"], env
    )
    return process, f"http://127.0.0.1:{port}", f"http://127.0.0.1:{diagnostic}"


class BundleServer:
    """A static HTTP server on loopback serving a folder, as a bundle server does, that also collects
    the decision logs OPA POSTs to /logs."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.downloads: dict[str, int] = {}
        self.decision_logs: list[dict] = []
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(folder), **kwargs)

            def do_GET(self):
                name = self.path.lstrip("/").split("?")[0]
                super().do_GET()
                server.downloads[name] = server.downloads.get(name, 0) + 1

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                server.decision_logs.extend(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def publish(self, name: str, bundle: Path) -> None:
        """Replace what the server serves as `name` in one step: OPA never downloads half a file."""
        staged = self.folder / f".{name}.new"
        shutil.copyfile(bundle, staged)
        os.replace(staged, self.folder / name)

    def wait_downloads(self, name: str, count: int) -> None:
        """Until OPA has downloaded `name` `count` more times; OPA activates (or refuses) a download
        before it asks again, so two downloads mean the first was dealt with."""
        target = self.downloads.get(name, 0) + count
        wait_until(lambda: self.downloads.get(name, 0) >= target, POLL_SECONDS, f"{count} downloads of {name}")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def deploy_command(
    opa: str, mounted: dict[str, Path], env_values: dict[str, str], port: int, diagnostic: int, extra: list[str]
) -> tuple[list[str], dict]:
    """The container's command line and environment, run here: the same arguments and files, the
    mounted paths pointing at the files they mount, the addresses moved to free loopback ports,
    variables that come from secrets or name cluster services given by `env_values`."""
    container = deploy_container()
    arguments = []
    for argument in container["args"]:
        for mount, path in mounted.items():
            argument = argument.replace(mount, str(path))
        if argument.startswith("--addr="):
            argument = f"--addr=127.0.0.1:{port}"
        elif argument.startswith("--diagnostic-addr="):
            argument = f"--diagnostic-addr=127.0.0.1:{diagnostic}"
        arguments.append(argument)
    env = clean_env()
    for variable in container["env"]:
        env[variable["name"]] = env_values.get(variable["name"], variable.get("value"))
    missing = [k for k, v in env.items() if v is None]
    assert not missing, f"no value for {missing}"
    return [opa, *arguments, *extra], env
