"""`cnexport decide` on batches: folders and JSON Lines, in input order whatever runs at once,
nothing left unsaid, resumable from --out, a progress bar on a terminal."""

import csv
import io
import json
import os
import subprocess
import sys

from conftest import cli_env, raw, shipment

from cnexport.opa import free_port


def cli(server, url, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", "--opa-url", url, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=cli_env(server),
        **kwargs,
    )


def ids(stdout: str) -> list[str]:
    return [json.loads(line)["id"] for line in stdout.splitlines()]


def test_a_folder_and_json_lines_in_order_and_nothing_dropped(opa, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.json").write_bytes(raw(shipment(id="a")))
    (tmp_path / "sub" / "b.json").write_bytes(raw(shipment(id="b")))
    lines = [raw(shipment(id="l1")), raw(shipment(id="l2", export_date="2026-03-02")), b"", b"{not json", raw(shipment(id="l5"))]
    (tmp_path / "lines.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (tmp_path / "notes.txt").write_text("not a document")
    run = cli(opa, opa.url, "--json", str(tmp_path))
    assert run.returncode == 2
    assert ids(run.stdout) == ["a", "l1", "l2", "l5", "b"]
    assert f"cnexport: {tmp_path}/lines.jsonl:4: no decision: not JSON: Expecting property name" in run.stderr
    assert f"cnexport: {tmp_path}/notes.txt: not read: in a folder only .json and JSON Lines" in run.stderr
    assert "cnexport: 6 documents: 5 decided (0 resumed from --out), 1 not decided" in run.stderr
    assert "cnexport: by clearance: GO 1, HOLD 4" in run.stderr


def test_many_at_once_come_out_in_input_order(opa, tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_bytes(b"\n".join(raw(shipment(id=f"d{n:02}", export_date="2026-03-02" if n % 3 else "2026-12-01")) for n in range(60)))
    run = cli(opa, opa.url, "--format", "jsonl", "--jobs", "8", str(path))
    assert run.returncode == 0, run.stderr
    decisions = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["id"] for d in decisions] == [f"d{n:02}" for n in range(60)]
    assert [d["clearance"] for d in decisions] == ["GO" if n % 3 else "HOLD" for n in range(60)]
    assert [line.split(": ")[1] for line in run.stderr.splitlines()[:60]] == [f"{path}:{n}" for n in range(1, 61)]


def test_resume_takes_kept_decisions_only_for_unchanged_text(opa, tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for name in ("one", "two", "three"):
        (folder / f"{name}.json").write_bytes(raw(shipment(id=name)))
    first = cli(opa, opa.url, "--format", "jsonl", "--out", str(out), str(folder))
    assert first.returncode == 0, first.stderr
    kept = sorted(p.name for p in out.iterdir())
    assert len(kept) == 3 and all(name.endswith(".decision.json") for name in kept)

    # The kept decisions stand: every one is resumed, with the decision id it was decided under.
    again = cli(opa, opa.url, "--format", "jsonl", "--out", str(out), "--resume", str(folder))
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert "cnexport: 3 documents: 3 decided (3 resumed from --out), 0 not decided" in again.stderr

    # An OPA that cannot say which reference data it holds resumes nothing: no kept decision stands.
    nowhere = f"http://127.0.0.1:{free_port()}"
    unconfirmed = cli(opa, nowhere, "--format", "jsonl", "--out", str(out), "--resume", str(folder))
    assert unconfirmed.returncode == 2
    assert unconfirmed.stdout == ""
    assert f"{folder}/one.json: no decision: OPA at {nowhere} cannot be reached" in unconfirmed.stderr
    assert "3 documents: 0 decided (0 resumed from --out), 3 not decided" in unconfirmed.stderr
    first = cli(opa, opa.url, "--format", "jsonl", "--out", str(out), str(folder))
    assert first.returncode == 0, first.stderr

    # A changed document, a kept decision that breaks the contract and one kept under other reference
    # data are decided again; only the fourth is resumed.
    (folder / "four.json").write_bytes(raw(shipment(id="four")))
    assert cli(opa, opa.url, "--format", "jsonl", "--out", str(out), str(folder / "four.json")).returncode == 0
    (folder / "two.json").write_bytes(raw(shipment(id="two", export_date="2026-03-02")))
    broken = next(p for p in out.iterdir() if "three" in p.name)
    kept_three = json.loads(broken.read_text())
    kept_three["decision"]["clearance"] = "MAYBE"
    broken.write_text(json.dumps(kept_three))
    older = next(p for p in out.iterdir() if "one" in p.name)
    kept_one = json.loads(older.read_text())
    kept_one["decision"]["reference_data"]["version"] = "000000000000"
    older.write_text(json.dumps(kept_one))
    final = cli(opa, opa.url, "--format", "jsonl", "--out", str(out), "--resume", str(folder))
    assert final.returncode == 0, final.stderr
    assert [(d["id"], d["clearance"]) for d in map(json.loads, final.stdout.splitlines())] == [
        ("four", "HOLD"),
        ("one", "HOLD"),
        ("three", "HOLD"),
        ("two", "GO"),
    ]
    assert "4 documents: 4 decided (1 resumed from --out), 0 not decided" in final.stderr
    assert json.loads(older.read_text())["decision"]["reference_data"]["version"] != "000000000000"


def test_resume_needs_out(opa, tmp_path):
    run = cli(opa, opa.url, "--resume", str(tmp_path))
    assert run.returncode == 2
    assert "--resume takes the decisions kept by --out DIR" in run.stderr


def test_a_progress_bar_on_a_terminal(opa, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(raw(shipment(id=f"p{n}")) for n in range(5)))
    primary, secondary = os.openpty()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "cnexport.cli", "decide", "--opa-url", opa.url, "--format", "csv", str(path)],
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=300,
            env={**cli_env(opa), "TERM": "xterm"},
        )
        os.close(secondary)
        seen = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(primary)
    assert run.returncode == 0
    assert b"deciding" in seen and b"5/5" in seen
    rows = list(csv.reader(io.StringIO(run.stdout.decode())))
    assert [row[1] for row in rows] == ["id", "p0", "p1", "p2", "p3", "p4"]  # the bar stays on the terminal
    assert b"5 documents: 5 decided" in seen
