"""The CLI: decisions only from OPA, each document on its own, errors (never decisions) when it
cannot decide."""

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import cli_env, raw, shipment

from cnexport import render
from cnexport.cli import answer_timeout, main
from cnexport.opa import free_port

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def cli(*args, stdin=None, server=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "cnexport.cli", *args], input=stdin, capture_output=True, text=True, timeout=timeout, env=cli_env(server)
    )


def test_json_output_is_one_decision_per_line_in_input_order(opa, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(raw(shipment(id="first")))
    second.write_bytes(raw(shipment(id="second", export_date="2026-03-02")))
    run = cli("decide", "--json", "--opa-url", opa.url, str(first), str(second), server=opa)
    assert run.returncode == 0, run.stderr
    decisions = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(d["id"], d["outcome"]) for d in decisions] == [("first", "LICENCE_REQUIRED"), ("second", "NOT_CONTROLLED")]


def test_standard_input(opa):
    run = cli("decide", "--json", "--opa-url", opa.url, "-", stdin=raw(shipment(id="stdin")).decode(), server=opa)
    assert run.returncode == 0 and json.loads(run.stdout)["id"] == "stdin"


def test_unreachable_opa_is_an_error_not_a_decision(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(raw(shipment()))
    run = cli("decide", "--json", "--opa-url", f"http://127.0.0.1:{free_port()}", str(path))
    assert run.returncode == 2
    assert run.stdout == ""
    assert "cannot be reached" in run.stderr


def test_unreadable_and_non_json_files_are_errors(opa, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    good = tmp_path / "good.json"
    good.write_bytes(raw(shipment(id="good")))
    run = cli("decide", "--json", "--opa-url", opa.url, str(tmp_path / "missing.json"), str(bad), str(good), server=opa)
    assert run.returncode == 2
    assert [json.loads(row)["id"] for row in run.stdout.splitlines()] == ["good"]
    assert "missing.json: no decision: cannot read" in run.stderr
    assert "bad.json: no decision: not JSON: Expecting property name" in run.stderr


def test_starts_its_own_opa_and_leads_with_what_to_do():
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", str(EXAMPLES / "jp-magnet-cn-dy-0.15pct.json")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**cli_env(), "COLUMNS": "100"},
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    verdict = out.index("HOLD LICENCE_REQUIRED: hold: do not ship until a licence covers it")
    apply_by = out.index("by 2026-09-21: Before exporting line 1, obtain a MOFCOM dual-use export")
    notice = out.index("by 2026-12-01: Give the recipient of line 1 a compliance notice")
    because = out.index("Because: RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD (MOFCOM-2025-61 1(1))")
    why = out.index("0.1500000%")
    assert verdict < apply_by < notice < because < why
    assert out.count("0.1500000%") == 1  # the reason is shown once, not again for its line
    assert "line 1: LICENCE_REQUIRED / HOLD China-content ratio 0.0015" in out
    assert "1 document: 1 decided (0 resumed from --out), 0 not decided" in out
    assert "by outcome: LICENCE_REQUIRED 1" in out and "by clearance: HOLD 1" in out
    assert max(len(line) for line in out.splitlines()) <= 100


class _FixedAnswer:
    """A stand-in sidecar that answers every query with the same status and body."""

    def __init__(self, body: bytes, status: int = 200):
        answer = (status, body)

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(answer[0])
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer[1])))
                self.end_headers()
                self.wfile.write(answer[1])

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fixed_answer():
    started = []

    def start(body: bytes, status: int = 200) -> str:
        started.append(_FixedAnswer(body, status))
        return started[-1].url

    yield start
    for server in started:
        server.close()


def _files(tmp_path, documents: dict) -> list[str]:
    paths = []
    for name, document in documents.items():
        (tmp_path / name).write_bytes(raw(document))
        paths.append(str(tmp_path / name))
    return paths


def test_a_decision_for_another_document_is_an_error(client, fixed_answer, tmp_path):
    other = client.decide(raw(shipment(id="other")))
    url = fixed_answer(json.dumps({"result": other}).encode())
    files = _files(tmp_path, {"mine.json": shipment(id="mine"), "other.json": shipment(id="other")})
    run = cli("decide", "--json", "--opa-url", url, *files)
    assert run.returncode == 2
    assert [json.loads(row)["id"] for row in run.stdout.splitlines()] == ["other"]
    assert "mine.json: no decision: OPA's answer is for id 'other', not this document's 'mine'" in run.stderr


@pytest.mark.parametrize(
    "body, message",
    [
        (b"<html>gateway</html>", "answered 200 with a body that is not JSON"),
        (b"[1]", "answered 200 with JSON that is not an object"),
        (b'{"result": "GO"}', "breaks the decision contract"),
        (b"{}", "has no result"),
    ],
)
def test_a_bad_answer_names_the_file_and_the_batch_goes_on(fixed_answer, tmp_path, body, message):
    url = fixed_answer(body)
    files = _files(tmp_path, {"a.json": shipment(id="a"), "b.json": shipment(id="b")})
    run = cli("decide", "--json", "--opa-url", url, *files)
    assert run.returncode == 2
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    for name in ("a.json", "b.json"):
        assert f"{name}: no decision: " in run.stderr and message in run.stderr


def test_a_decision_on_a_number_no_field_accepts_is_an_error(client, fixed_answer, tmp_path):
    """A sidecar that decides such a document (one without the number guard) is not believed."""
    decision = client.decide(raw(shipment(id="huge")))
    url = fixed_answer(json.dumps({"result": decision}).encode())
    path = tmp_path / "huge.json"
    path.write_text(raw(shipment(id="huge")).decode().replace('"amount": 300', '"amount": 3e1001'))
    run = cli("decide", "--json", "--opa-url", url, str(path))
    assert (run.returncode, run.stdout) == (2, "")
    assert (
        "huge.json: no decision: OPA decided a document that cannot be valid: "
        "[{'path': '/items/0/rare_earth_content/0/value/amount'" in run.stderr
    )


def test_a_harness_failure_names_the_file_and_the_batch_goes_on(opa, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CNEXPORT_TOKEN", opa.token)
    real = render.decision_block

    def failing(source, decision, decision_id, lang):
        if decision["id"] == "second":
            raise KeyError("reasons")
        return real(source, decision, decision_id, lang)

    monkeypatch.setattr(render, "decision_block", failing)
    files = _files(tmp_path, {"1.json": shipment(id="first"), "2.json": shipment(id="second"), "3.json": shipment(id="third")})
    assert main(["decide", "--opa-url", opa.url, *files]) == 2
    out, err = capsys.readouterr()
    assert "2.json: no decision: the harness failed: KeyError: 'reasons'" in err
    assert "first  [" in out and "third  [" in out and "second  [" not in out
    said = " ".join(out.split())  # as wide as the terminal: the summary's lines may be wrapped
    assert "3 documents: 2 decided (0 resumed from --out), 1 not decided" in said
    assert f"not decided: {files[1]}: the harness failed: KeyError: 'reasons'" in said


def test_text_the_harness_cannot_read_is_named_and_the_batch_goes_on(opa, tmp_path):
    deep, nan, good = tmp_path / "deep.json", tmp_path / "nan.json", tmp_path / "good.json"
    deep.write_text('{"id": "deep", "x": ' + "[" * 1000 + "]" * 1000 + "}")
    nan.write_text('{"id": "nan", "x": NaN}')
    good.write_bytes(raw(shipment(id="good")))
    run = cli("decide", "--json", "--opa-url", opa.url, str(deep), str(nan), str(good), server=opa)
    assert run.returncode == 2
    assert [json.loads(row)["id"] for row in run.stdout.splitlines()] == ["good"]
    assert "deep.json: no decision: not JSON: nested more than 64 levels deep" in run.stderr
    assert "nan.json: no decision: not JSON: NaN is not a JSON number" in run.stderr


def test_a_line_number_written_1_0_is_decided(opa, tmp_path):
    path = tmp_path / "a.json"
    path.write_text(raw(shipment(id="spelt")).decode().replace('"line": 1', '"line": 1.0'))
    run = cli("decide", "--json", "--opa-url", opa.url, str(path), server=opa)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["outcome"] == "LICENCE_REQUIRED"


def test_the_wait_grows_with_the_document():
    assert answer_timeout(b"x" * 1000) == 30.1
    assert answer_timeout(b"x" * 2_000_000) == 230.0


def test_a_5000_line_document_is_decided(opa, tmp_path):
    document = shipment(id="big")
    document["items"] = [{**document["items"][0], "line": n} for n in range(1, 5001)]
    path = tmp_path / "big.json"
    path.write_bytes(raw(document))
    # The CLI waits for the answer as long as its own limit for a document of this size says; the
    # test waits that long and a minute more, so that a loaded machine fails the CLI, not the test.
    run = cli("decide", "--json", "--opa-url", opa.url, str(path), server=opa, timeout=answer_timeout(path.read_bytes()) + 60)
    assert run.returncode == 0, run.stderr
    decision = json.loads(run.stdout)
    assert decision["outcome"] == "LICENCE_REQUIRED"
    assert [line["line"] for line in decision["lines"]] == list(range(1, 5001))


def test_a_screening_warning_is_printed_in_english_and_chinese():
    warning = {
        "code": "LISTINGS_NOT_VERIFIED",
        "message_en": "the date 2026-08-23 is after 2026-08-22, the date of the newest source that lists designations",
        "message_zh": "日期2026-08-23晚于所收录最新列名来源的日期2026-08-22。",
    }
    screened = {
        "name": "Epirus Inc",
        "date": "2026-08-23",
        "outcome": "MATCH",
        "reference_data": {"version": "v"},
        "keys": [],
        "matches": [],
        "warnings": [warning],
    }
    assert render.screen_block(screened).splitlines()[-3:] == [
        "  note LISTINGS_NOT_VERIFIED: the date 2026-08-23 is after 2026-08-22, the date of the newest source that",
        "    lists designations",
        "        日期2026-08-23晚于所收录最新列名来源的日期2026-08-22。",
    ]
