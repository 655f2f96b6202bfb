"""Every command of README.md's `sh` blocks, as written, in the order written, from the clone, in
one shell with nothing exported (`env -i PATH=/usr/bin:/bin HOME=$HOME`): what a new user types
after `make eval` / `make test`. Two liberties, both said here: `make test` is not run (it is what
runs this test), and `make serve` is started in the background on free ports, which replace
8181 and 8282 in the commands after it (other programs on the machine may hold those)."""

import os
import re
import subprocess
import time
from pathlib import Path

import requests

from cnexport.opa import free_port, stop_process_group

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    """Each command of the sh blocks; a line ending in a backslash goes on in the next."""
    blocks = re.findall(r"^```sh\n(.*?)^```", README, re.S | re.M)
    return [command for block in blocks for command in re.split(r"(?<!\\)\n", block) if command.strip()]


def expected_status(command: str) -> int:
    """0, or N where the command's comment says `(exits N`."""
    said = re.search(r"#.*\(exits (\d+)", command)
    return int(said.group(1)) if said else 0


def bare_env(**extra) -> dict:
    """A new login shell: PATH and HOME, and the tool cache's folder where the user's profile moves it."""
    kept = {k: os.environ[k] for k in ("HOME", "XDG_CACHE_HOME") if k in os.environ}
    return {"PATH": "/usr/bin:/bin", **kept, **extra}


def test_the_suite_shown_in_the_readme_is_the_example_file():
    shown = re.search(r"^```yaml\n(# examples/lanes\.cnexport\.yaml\n.*?)^```", README, re.S | re.M).group(1)
    assert shown == (ROOT / "examples" / "lanes.cnexport.yaml").read_text(encoding="utf-8")


def test_every_readme_command_works_as_written(tmp_path):
    commands = readme_commands()
    assert commands[:2] == [
        "make eval   # build OPA (once), start it, decide the example shipments, print them",
        "make test   # build Regal (once); static checks, Rego unit tests with coverage, end-to-end tests through a real OPA",
    ]
    suite_before = (ROOT / "examples" / "lanes.cnexport.yaml").read_bytes()
    port, diagnostic = free_port(), free_port()
    serve_log = (tmp_path / "serve.log").open("wb")
    serve = None
    script = ["set +e"]
    for number, command in enumerate(commands):
        if command.startswith("make test "):
            continue
        if command.startswith("make serve "):
            serve = subprocess.Popen(
                ["bash", "-c", command],
                cwd=ROOT,
                stdout=serve_log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env=bare_env(OPA_ADDR=f"127.0.0.1:{port}", OPA_DIAGNOSTIC_ADDR=f"127.0.0.1:{diagnostic}"),
            )
            continue
        command = command.replace(":8181", f":{port}").replace(":8282", f":{diagnostic}")
        script += [f"printf '\\n@@command {number}\\n'", command, f"printf '\\n@@status {number} %d\\n' $?"]
    assert serve is not None, "README starts the sidecar with make serve"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                if requests.get(f"http://127.0.0.1:{diagnostic}/health?bundles", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        else:
            raise AssertionError(f"make serve did not become healthy: {(tmp_path / 'serve.log').read_text()}")
        run = subprocess.run(
            ["bash", "-c", "\n".join(script)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            env=bare_env(),
            stdin=subprocess.DEVNULL,
        )
    finally:
        stop_process_group(serve)
        serve_log.close()

    outputs = dict(re.findall(r"@@command (\d+)\n(.*?)\n@@status \1 ", run.stdout, re.S))
    statuses = dict(re.findall(r"@@status (\d+) (\d+)", run.stdout))
    ran = {int(n) for n in statuses}
    assert ran == {n for n, c in enumerate(commands) if not c.startswith(("make test ", "make serve "))}, run.stdout[-3000:]
    for number in sorted(ran):
        assert int(statuses[str(number)]) == expected_status(commands[number]), (
            f"{commands[number]}\n{outputs.get(str(number), '')[-3000:]}\n{run.stderr[-2000:]}"
        )

    def output(start: str) -> str:
        return outputs[str(next(n for n, c in enumerate(commands) if c.startswith(start)))]

    assert "by clearance: GO" in output("make eval")
    assert '"outcome":"LICENCE_REQUIRED"' in output("curl -s -H")
    assert output("curl -s 'localhost").strip() == "{}"
    assert "HOLD LICENCE_REQUIRED: hold: do not ship until a licence covers it" in output(".venv/bin/cnexport decide examples/*.json")
    assert "第1行出口后，应于2026-11-26前" in output(".venv/bin/cnexport decide --lang both")
    assert '"clearance": "HOLD"' in output(".venv/bin/cnexport decide --format jsonl")
    assert "HOLD LICENCE_REQUIRED: hold" in output(".venv/bin/cnexport decide --opa-url")
    acme = output('.venv/bin/cnexport screen "Acme Optics"')
    assert '"outcome": "MATCH"' in acme and '"via": "L3 Harris Technologies"' in acme and '"state": "in_force"' in acme
    assert "Epirus Inc  screened on 2025-12-01: MATCH" in output('.venv/bin/cnexport screen "Epirus Inc"')
    assert "exact match uel-2025-10-09-04-epirus-inc (Epirus, Inc.) on the unreliable_entity_list, in force" in output(
        '.venv/bin/cnexport screen "Epirus Inc"'
    )
    assert "3 runs: 3 passed, 0 failed, 0 errors" in output(".venv/bin/cnexport verify examples/lanes.cnexport.yaml")
    assert "3 passed" in output(".venv/bin/pytest examples/lanes.cnexport.yaml")
    assert (ROOT / "examples" / "lanes.cnexport.yaml").read_bytes() == suite_before  # --update found nothing to change
    for left in ("build/decisions.xml", "build/decisions.csv", "build/verify.xml", "build/decided", "build/serve.token"):
        assert (ROOT / left).exists(), left
