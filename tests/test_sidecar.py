"""The sidecar exactly as `make serve` runs it: signed bundles, token authentication, a default-deny
authorization policy, health and metrics on the diagnostic address, decision logs. Every call but
the two of the contract (and health) is refused, and refused calls change nothing."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys

import pytest
import requests
from conftest import auth, raw, shipment
from servers import bearer, clean_env, make_serve, run_make, wait_until

from cnexport.opa import OpaServer
from cnexport.paths import ROOT, TOKEN_FILE

DECISION = "/v1/data/cnexport/decision"
SCREEN = "/v1/data/cnexport/screen"
SCREEN_REQUEST = {"name": "Epirus Incorporated", "country": "US", "date": "2025-10-15"}
STATUS = "/v1/data/cnexport/status"


@pytest.fixture(scope="module")
def sidecar():
    run_make("bundle")
    token = secrets.token_urlsafe(32)
    process, url, diagnostic = make_serve(token)
    try:
        process.wait_healthy(diagnostic)
        # The licence-required decision every refused call must leave as it is.
        before = decide(url, token).json()["result"]
        yield process, url, diagnostic, token, before
    finally:
        process.stop()


def decide(url: str, token: str, document=None) -> requests.Response:
    body = b'{"input":' + raw(document or shipment()) + b"}"
    return requests.post(url + DECISION, data=body, headers=bearer(token), timeout=60)


def assert_decision_unchanged(sidecar) -> None:
    _, url, _, token, before = sidecar
    answer = decide(url, token)
    assert answer.status_code == 200, answer.text
    assert answer.json()["result"] == before
    assert before["outcome"] == "LICENCE_REQUIRED"


def test_the_three_contract_calls_are_allowed_with_the_token(sidecar):
    _, url, _, token, _ = sidecar
    answer = decide(url, token)
    assert answer.status_code == 200
    assert answer.json()["result"]["outcome"] == "LICENCE_REQUIRED"
    screen = requests.post(url + SCREEN, json={"input": SCREEN_REQUEST}, headers=bearer(token), timeout=60)
    assert screen.status_code == 200
    assert screen.json()["result"]["outcome"] == "MATCH"
    assert [m["entry_id"] for m in screen.json()["result"]["matches"]] == ["uel-2025-10-09-04-epirus-inc"]
    status = requests.post(url + STATUS, json={"input": {"date": "2026-11-10"}}, headers=bearer(token), timeout=60)
    assert status.status_code == 200
    assert status.json()["result"]["measures"]["MOFCOM-2025-61"]["clauses"]["1(1)"]["state"] == "revived"
    # Served from the signed bundles (make serve names each by its file): each with its revision,
    # the commit and the reference-data version.
    result = status.json()["result"]
    assert sorted(result["bundle_revisions"]) == ["build/cnexport-reference.tar.gz", "build/cnexport.tar.gz"]
    assert {r.split("+")[-1] for r in result["bundle_revisions"].values()} == {result["reference_data"]["version"]}


def test_garbage_with_the_token_is_invalid_input_never_a_decision(sidecar):
    _, url, _, token, _ = sidecar
    answer = requests.post(url + DECISION, json={"input": "hello"}, headers=bearer(token), timeout=60).json()["result"]
    assert answer["outcome"] == "INVALID_INPUT" and answer["errors"]


def test_health_and_metrics_on_the_diagnostic_address(sidecar):
    _, _, diagnostic, token, _ = sidecar
    assert requests.get(f"{diagnostic}/health", timeout=10).status_code == 200
    assert requests.get(f"{diagnostic}/health?bundles", timeout=10).status_code == 200
    metrics = requests.get(f"{diagnostic}/metrics", headers=bearer(token), timeout=10)
    assert metrics.status_code == 200 and "http_request_duration_seconds" in metrics.text
    assert requests.get(f"{diagnostic}/metrics", timeout=10).status_code == 401
    # The diagnostic address serves nothing else, with or without the token.
    assert requests.post(diagnostic + DECISION, json={"input": shipment()}, headers=bearer(token), timeout=10).status_code == 404


WRONG_TOKEN = "x" * 43

# Every refusal the sidecar owes: (name, method, path, body, whose token: "none", "wrong" or "valid").
REFUSED = [
    ("no token", "POST", DECISION, {"input": shipment()}, "none"),
    ("no token, screening", "POST", SCREEN, {"input": SCREEN_REQUEST}, "none"),
    ("a wrong token", "POST", DECISION, {"input": shipment()}, "wrong"),
    ("a wrong token, screening", "POST", SCREEN, {"input": SCREEN_REQUEST}, "wrong"),
    ("no token, status", "POST", STATUS, {"input": {}}, "none"),
    ("the status read by GET", "GET", STATUS, None, "valid"),
    ("the status explained", "POST", STATUS + "?explain=full", {"input": {}}, "valid"),
    (
        "a suspension patched into the reference data",
        "PATCH",
        "/v1/data/cnexport_reference/measures/measures/MOFCOM-2025-61/suspensions",
        [{"op": "add", "path": "-", "value": {"by": "MOFCOM-2025-70", "from": "2000-01-01", "until": "2999-12-31", "clauses": "all"}}],
        "valid",
    ),
    (
        "a clause's date replaced",
        "PUT",
        "/v1/data/cnexport_reference/measures/measures/MOFCOM-2025-61/clauses/1(1)/effective_from",
        "2999-01-01",
        "valid",
    ),
    ("the shipment schema emptied", "PUT", "/v1/data/cnexport/schemas/shipment", {}, "valid"),
    ("the reference data deleted", "DELETE", "/v1/data/cnexport_reference", None, "valid"),
    ("all data replaced", "PUT", "/v1/data", {}, "valid"),
    (
        "the decision policy replaced",
        "PUT",
        "/v1/policies/policies/cnexport/decision.rego",
        "package cnexport\n\ndecision := {}\n",
        "valid",
    ),
    ("a new module", "PUT", "/v1/policies/backdoor", "package backdoor\n\nx := 1\n", "valid"),
    ("a policy deleted", "DELETE", "/v1/policies/policies/cnexport/decision.rego", None, "valid"),
    ("the policies listed", "GET", "/v1/policies", None, "valid"),
    ("an ad-hoc query", "POST", "/v1/query", {"query": "data.cnexport_reference.meta"}, "valid"),
    ("an ad-hoc query by GET", "GET", "/v1/query?q=data.cnexport_reference.meta", None, "valid"),
    ("partial evaluation", "POST", "/v1/compile", {"query": "data.cnexport.decision", "unknowns": ["input"]}, "valid"),
    ("the configuration", "GET", "/v1/config", None, "valid"),
    ("the status", "GET", "/v1/status", None, "valid"),
    ("all data read", "GET", "/v1/data", None, "valid"),
    ("the decision read by GET", "GET", DECISION, None, "valid"),
    ("the reference data read", "GET", "/v1/data/cnexport_reference", None, "valid"),
    ("the reference data evaluated", "POST", "/v1/data/cnexport_reference", {"input": {}}, "valid"),
    ("another rule of the policies", "POST", "/v1/data/cnexport/validate", {"input": shipment()}, "valid"),
    ("a part of the decision", "POST", DECISION + "/outcome", {"input": shipment()}, "valid"),
    ("the whole data document", "POST", "/v1/data", {"input": shipment()}, "valid"),
    ("the authorization policy itself", "POST", "/v1/data/system/authz", {"input": {}}, "valid"),
    ("the v0 data API", "POST", "/v0/data/cnexport/decision", shipment(), "valid"),
    ("the default decision", "POST", "/", shipment(), "valid"),
    ("a decision with its explanation", "POST", DECISION + "?explain=full", {"input": shipment()}, "valid"),
    ("a decision with instrumentation", "POST", DECISION + "?instrument=true", {"input": shipment()}, "valid"),
    ("metrics on the main address", "GET", "/metrics", None, "none"),
]


@pytest.mark.parametrize(("name", "method", "path", "body", "who"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused(sidecar, name, method, path, body, who):
    _, url, _, token, _ = sidecar
    headers = {"none": {}, "wrong": bearer(WRONG_TOKEN), "valid": bearer(token)}[who]
    data = body if isinstance(body, str) or body is None else json.dumps(body)
    answer = requests.request(method, url + path, data=data, headers=headers, timeout=60)
    assert answer.status_code == 401, (answer.status_code, answer.text[:300])
    assert answer.json()["code"] == "unauthorized"
    # Nothing a refused call carried changed a decision.
    assert_decision_unchanged(sidecar)


def test_decision_log_has_the_request_with_its_id_bundle_revisions_and_input(sidecar):
    process, url, _, token, _ = sidecar
    document = shipment(id="logged-decision")
    answer = decide(url, token, document).json()
    decision_id = answer["decision_id"]
    entry = wait_until(lambda: process.decision_log(decision_id), 60, f"decision log entry {decision_id}")
    revisions = {
        json.loads((ROOT / "build" / "bundles" / name / ".manifest").read_text())["revision"] for name in ("cnexport", "cnexport-reference")
    }
    assert {b["revision"] for b in entry["bundles"].values()} == revisions
    assert set(entry["bundles"]) == {"build/cnexport.tar.gz", "build/cnexport-reference.tar.gz"}
    assert entry["path"] == "cnexport/decision"
    assert entry["input"] == document
    assert entry["result"]["outcome"] == answer["result"]["outcome"] == "LICENCE_REQUIRED"
    # With names kept (the default), the entry shows who the shipment was for.
    assert entry["input"]["parties"][0]["name"] == "Great Lakes Motor Works Inc."


def test_cli_sends_the_token_and_prints_the_decision_id_found_in_the_log(sidecar, tmp_path):
    process, url, _, token, _ = sidecar
    path = tmp_path / "doc.json"
    path.write_bytes(raw(shipment(id="cli-logged")))
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", "--opa-url", url, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(CNEXPORT_TOKEN=token),
    )
    assert run.returncode == 0, run.stderr
    line = next(line for line in run.stdout.splitlines() if line.startswith("decision id: "))
    decision_id = line.removeprefix("decision id: ")
    entry = wait_until(lambda: process.decision_log(decision_id), 60, f"decision log entry {decision_id}")
    assert entry["input"]["id"] == "cli-logged"


def test_cli_without_the_token_gets_no_decision(sidecar, tmp_path):
    _, url, _, _, _ = sidecar
    path = tmp_path / "doc.json"
    path.write_bytes(raw(shipment()))
    env = clean_env(CNEXPORT_TOKEN=WRONG_TOKEN)
    run = subprocess.run(
        [sys.executable, "-m", "cnexport.cli", "decide", "--json", "--opa-url", url, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert "refused the call (401)" in run.stderr and "CNEXPORT_TOKEN" in run.stderr


def test_make_serve_without_a_token_uses_the_token_file(tmp_path):
    """Without CNEXPORT_TOKEN, make serve makes (or reuses) build/serve.token, says where, and only
    that token is accepted."""
    run_make("bundle")
    process, url, diagnostic = make_serve(None)
    try:
        process.wait_healthy(diagnostic)
        token = TOKEN_FILE.read_text(encoding="utf-8").strip()
        assert len(token) >= 32
        assert f"token in {TOKEN_FILE.relative_to(ROOT)}" in process.output()
        assert decide(url, token).status_code == 200
        assert decide(url, token[:-1]).status_code == 401
    finally:
        process.stop()


def test_make_serve_refuses_a_short_token():
    process, _, _ = make_serve("too-short")
    try:
        wait_until(lambda: process.process.poll() is not None, 600, "make serve to exit")
        assert process.process.returncode != 0
        assert "CNEXPORT_TOKEN must be at least 32 characters" in process.output()
    finally:
        process.stop()


def test_bundle_roots_refuse_writes_even_without_authorization(tmp_path):
    """The second lock: served from its bundles, OPA itself refuses writes under their roots, so that
    a mistake in the authorization policy still cannot change the law the sidecar applies."""
    run_make("bundle")
    bundles = [
        "--bundle",
        str(ROOT / "build" / "cnexport.tar.gz"),
        "--bundle",
        str(ROOT / "build" / "cnexport-reference.tar.gz"),
        "--verification-key",
        str(ROOT / "build" / "keys" / "bundle-verification.pem"),
        "--verification-key-id",
        "cnexport-bundles",
    ]
    with OpaServer(paths=bundles, locked=False) as server:
        patch = requests.patch(
            f"{server.url}/v1/data/cnexport_reference/measures/measures/MOFCOM-2025-61/suspensions",
            json=[{"op": "add", "path": "-", "value": {}}],
            timeout=30,
        )
        assert patch.status_code == 400 and "owned by bundle" in patch.json()["message"]
        put = requests.put(f"{server.url}/v1/policies/policies/cnexport/decision.rego", data="package cnexport\n", timeout=30)
        assert put.status_code == 400 and "owned by bundle" in put.json()["message"]


def logged(server: OpaServer, decision_id: str) -> dict | None:
    """The decision log entry with this id in the output of an OPA the harness started."""
    for line in server.output().splitlines():
        if decision_id in line and line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                return None  # not yet written whole
    return None


def test_decision_logs_drop_party_names_when_asked():
    with OpaServer(env={"CNEXPORT_LOG_PARTY_NAMES": "drop"}) as server:
        document = shipment(
            id="masked",
            parties=[
                {
                    "role": "consignee",
                    "name": "Great Lakes Motor Works Inc.",
                    "country": "US",
                    "aliases": ["GLMW"],
                    "owners": [{"name": "Lakes Holding LLC", "share": 0.7}],
                },
                {"role": "end_user", "name": "Great Lakes Motor Works Inc.", "name_zh": "大湖电机", "country": "US"},
            ],
        )
        answer = requests.post(f"{server.url}{DECISION}", data=b'{"input":' + raw(document) + b"}", headers=auth(server), timeout=60).json()
        entry = wait_until(lambda: logged(server, answer["decision_id"]), 60, "the masked decision log entry")
    text = json.dumps(entry, ensure_ascii=False)
    for name in ("Great Lakes", "GLMW", "Lakes Holding", "大湖电机", "Shin-Etsu"):
        assert name not in text, name
    assert entry["input"]["parties"][0]["owners"] == [{"share": 0.7}]
    assert entry["input"]["parties"][1]["country"] == "US"
    assert entry["result"]["outcome"] == answer["result"]["outcome"] == "LICENCE_REQUIRED"
    assert [p["role"] for p in entry["result"]["parties"]] == ["consignee", "end_user"]
    assert "/input/parties/0/name" in entry["erased"]
