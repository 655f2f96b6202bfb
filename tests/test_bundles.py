"""Distribution: the signed bundles, and OPA run with deploy/'s container arguments and
deploy/opa-config.yaml against a real bundle server on loopback. It activates both bundles, picks up
a reference-data release while serving, refuses tampered, unsigned and foreign-signed bundles while
the previous ones stay active and deciding, and sends its decision logs to the collector."""

from __future__ import annotations

import io
import json
import re
import secrets
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
import requests
import yaml
from conftest import cli_env, raw, run_cli, shipment
from servers import POLL_SECONDS, BundleServer, Process, bearer, deploy_command, run_make, wait_until

from cnexport import bundle, opa
from cnexport.opa import deploy_container, free_port
from cnexport.paths import DATA_OUT, ROOT, opa_binary

KEYS = ROOT / "build" / "keys"
DECISION = "/v1/data/cnexport/decision"


def members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as archive:
        return {m.name.lstrip("/"): archive.extractfile(m).read() for m in archive.getmembers() if m.isfile()}


def write_bundle(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, content in files.items():
            info = tarfile.TarInfo("/" + name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return path


@pytest.fixture(scope="module")
def keys():
    run_make("bundle")
    return KEYS / "bundle-signing.pem", KEYS / "bundle-verification.pem"


def test_built_bundles_are_signed_with_their_roots_revision_and_metadata(keys):
    policy, reference = members(ROOT / "build" / "cnexport.tar.gz"), members(ROOT / "build" / "cnexport-reference.tar.gz")
    meta = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))["meta"]
    for files, roots in ((policy, ["cnexport", "system/authz", "system/log"]), (reference, ["cnexport_reference"])):
        manifest = json.loads(files[".manifest"])
        assert manifest["roots"] == roots
        assert manifest["rego_version"] == 1
        assert re.fullmatch(r"([0-9a-f]{12}(-dirty)?|unversioned)\+" + meta["version"], manifest["revision"]), manifest["revision"]
        assert ".signatures.json" in files
    assert json.loads(reference[".manifest"])["metadata"]["verified_through"] == meta["verified_through"]
    sources = json.loads(reference[".manifest"])["metadata"]["sources"]
    assert sources["MOFCOM-2025-61"].startswith("http") and len(sources) >= 30
    assert "cnexport/decision.rego" in policy and "system/authz/authz.rego" in policy and "system/log/log.rego" in policy
    assert not [name for name in policy if name.endswith("_test.rego")]
    assert list(json.loads(policy["data.json"])) == ["cnexport"] and list(json.loads(policy["data.json"])["cnexport"]) == ["schemas"]
    assert set(reference) == {".manifest", ".signatures.json", "data.json"}
    assert list(json.loads(reference["data.json"])) == ["cnexport_reference"]


def test_deploy_example_is_non_root_pinned_limited_and_ready_on_bundles():
    container = deploy_container()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    version = re.search(r"^OPA_VERSION\s*:= v(\S+)$", makefile, re.M).group(1)
    assert container["image"] == f"openpolicyagent/opa:{version}-static"
    document = next(d for d in yaml.safe_load_all((ROOT / "deploy" / "sidecar.yaml").read_text()) if d)
    pod = document["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["readinessProbe"]["httpGet"]["path"] == "/health?bundles"
    env = {e["name"]: e for e in container["env"]}
    assert env["CNEXPORT_TOKEN"]["valueFrom"]["secretKeyRef"]["name"] == "cnexport-sidecar-token"
    limit = container["resources"]["limits"]["memory"]
    assert limit.endswith("Gi") and env["GOMEMLIMIT"]["value"].endswith("MiB")
    assert int(env["GOMEMLIMIT"]["value"][:-3]) < int(limit[:-2]) * 1024
    # The sidecar, make serve and the harness's OPA collect garbage at the same target.
    assert env["GOGC"]["value"] == opa.GOGC == re.search(r"^OPA_GOGC\s*:= (\S+)$", makefile, re.M).group(1)
    assert re.search(r"GOGC=\$\(OPA_GOGC\) GOMEMLIMIT=\$\(OPA_GOMEMLIMIT\) exec \$\(OPA\) run --server", makefile)
    # make serve and the harness's OPA keep the heap under the same limit.
    assert opa.GOMEMLIMIT == re.search(r"^OPA_GOMEMLIMIT\s*:= (\S+)$", makefile, re.M).group(1)
    assert "--authentication=token" in container["args"] and "--authorization=basic" in container["args"]
    assert any(a.startswith("--addr=127.0.0.1:") for a in container["args"])
    kustomization = yaml.safe_load((ROOT / "deploy" / "kustomization.yaml").read_text())
    mounted = kustomization["configMapGenerator"][0]["files"]
    assert sorted(mounted) == ["bundle-verification.pem", "opa-config.yaml"]
    assert pod["volumes"][0]["configMap"]["name"] == kustomization["configMapGenerator"][0]["name"]


class Deployment:
    """OPA as deploy/ runs it, polling a bundle server on loopback, logging to its collector."""

    def __init__(self, folder: Path, keys):
        self.signing_key, verification_key = keys
        self.folder = folder
        self.served = folder / "served"
        self.served.mkdir()
        self.built = bundle.build(folder / "r1", self.signing_key, revision="r1")
        for path in self.built.values():
            (self.served / path.name).write_bytes(path.read_bytes())
        self.server = BundleServer(self.served)
        self.token = secrets.token_urlsafe(32)
        port, diagnostic = free_port(), free_port()
        self.url, self.diagnostic = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{diagnostic}"
        # Short delays instead of the example's production ones, so that the tests see several polls.
        quick = []
        for name in ("cnexport", "cnexport-reference"):
            quick += ["--set", f"bundles.{name}.polling.min_delay_seconds=1", "--set", f"bundles.{name}.polling.max_delay_seconds=2"]
        quick += ["--set", "decision_logs.reporting.min_delay_seconds=1", "--set", "decision_logs.reporting.max_delay_seconds=2"]
        command, env = deploy_command(
            opa_binary(),
            {"/config/opa-config.yaml": ROOT / "deploy" / "opa-config.yaml", "/config/bundle-verification.pem": verification_key},
            {"CNEXPORT_TOKEN": self.token, "CNEXPORT_BUNDLE_URL": self.server.url, "CNEXPORT_DECISION_LOG_URL": self.server.url},
            port,
            diagnostic,
            quick,
        )
        self.process = Process(command, env)

    def decide(self) -> dict:
        answer = requests.post(self.url + DECISION, data=b'{"input":' + raw(shipment()) + b"}", headers=bearer(self.token), timeout=60)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def reference_version(self) -> str:
        return self.decide()["result"]["reference_data"]["version"]

    def close(self) -> None:
        self.process.stop()
        self.server.close()


@pytest.fixture(scope="module")
def deployment(keys, tmp_path_factory):
    running = Deployment(tmp_path_factory.mktemp("deploy"), keys)
    try:
        running.process.wait_healthy(running.diagnostic)
        yield running
    finally:
        running.close()


def reference_release(deployment: Deployment, folder: Path, version: str, revision: str) -> Path:
    """A reference-data bundle as a data release makes it: new data, new revision, signed."""
    data = folder / "data"
    (data / "cnexport_reference" / "manifest").mkdir(parents=True)
    (data / "cnexport" / "schemas").mkdir(parents=True)
    reference = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))
    reference["meta"]["version"] = version
    (data / "cnexport_reference" / "data.json").write_text(json.dumps(reference, ensure_ascii=False), encoding="utf-8")
    # A release carries the manifest of its own data: the engine refuses data another manifest describes.
    manifest = json.loads((DATA_OUT / "cnexport_reference" / "manifest" / "data.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    (data / "cnexport_reference" / "manifest" / "data.json").write_text(json.dumps(manifest), encoding="utf-8")
    (data / "cnexport" / "schemas" / "data.json").write_bytes((DATA_OUT / "cnexport" / "schemas" / "data.json").read_bytes())
    return bundle.build(folder / "out", deployment.signing_key, data_out=data, revision=revision)["cnexport-reference"]


def test_both_bundles_activate_and_decide(deployment):
    assert requests.get(f"{deployment.diagnostic}/health?bundles", timeout=10).status_code == 200
    answer = deployment.decide()
    assert answer["result"]["outcome"] == "LICENCE_REQUIRED"
    meta = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))["meta"]
    assert answer["result"]["reference_data"]["version"] == meta["version"]
    # Served from bundles, under the same authorization policy as make serve.
    assert requests.get(f"{deployment.url}/v1/data", headers=bearer(deployment.token), timeout=10).status_code == 401
    assert requests.post(deployment.url + DECISION, json={"input": shipment()}, timeout=10).status_code == 401


def test_status_and_the_audit_report_name_the_bundle_revisions_served(deployment, tmp_path):
    answer = requests.post(
        deployment.url + "/v1/data/cnexport/status", data=b'{"input": {"date": "2026-11-10"}}', headers=bearer(deployment.token), timeout=60
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["result"]["bundle_revisions"] == {"cnexport": "r1", "cnexport-reference": "r1"}
    run = run_cli(
        "report",
        "--out",
        str(tmp_path / "r"),
        str(ROOT / "examples" / "jp-magnet-cn-dy-0.15pct.json"),
        url=deployment.url,
        env={**cli_env(), "CNEXPORT_TOKEN": deployment.token},
    )
    assert run.returncode == 0, run.stderr
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert f"| OPA | {deployment.url} |" in markdown
    assert "| bundle revision | cnexport: r1; cnexport-reference: r1 |" in markdown


def test_decision_logs_reach_the_collector_with_id_revisions_and_input(deployment):
    answer = deployment.decide()
    entry = wait_until(
        lambda: next((e for e in deployment.server.decision_logs if e.get("decision_id") == answer["decision_id"]), None),
        POLL_SECONDS,
        "the decision log entry at the collector",
    )
    assert entry["bundles"] == {"cnexport": {"revision": "r1"}, "cnexport-reference": {"revision": "r1"}}
    assert entry["input"] == shipment()
    assert entry["result"] == answer["result"]


def test_a_reference_data_release_is_picked_up_while_serving(deployment, tmp_path):
    release = reference_release(deployment, tmp_path, "release-2", "r2")
    deployment.server.publish("cnexport-reference.tar.gz", release)
    wait_until(lambda: deployment.reference_version() == "release-2", POLL_SECONDS, "the new reference data in decisions")
    answer = deployment.decide()
    assert answer["result"]["outcome"] == "LICENCE_REQUIRED"
    assert requests.get(f"{deployment.diagnostic}/health?bundles", timeout=10).status_code == 200


def tampered(release: Path, out: Path) -> Path:
    """The release with a suspension of No. 61 for all dates slipped into its data, signature kept."""
    files = members(release)
    data = json.loads(files["data.json"])
    data["cnexport_reference"]["measures"]["measures"]["MOFCOM-2025-61"]["suspensions"].append(
        {"by": "MOFCOM-2025-70", "from": "2000-01-01", "until": "2999-12-31", "clauses": "all"}
    )
    files["data.json"] = json.dumps(data).encode()
    return write_bundle(out, files)


def unsigned(release: Path, out: Path) -> Path:
    files = members(release)
    del files[".signatures.json"]
    return write_bundle(out, files)


def foreign_signed(release: Path, out: Path) -> Path:
    """Signed, but with a key the sidecar does not trust."""
    key = out.parent / "foreign.pem"
    subprocess.run(
        ["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", str(key)], check=True, capture_output=True
    )
    staged = out.parent / "foreign"
    for name, content in members(release).items():
        if name != ".signatures.json":
            (staged / name).parent.mkdir(parents=True, exist_ok=True)
            (staged / name).write_bytes(content)
    return bundle.build_bundle(staged, out, key)


@pytest.mark.parametrize(
    ("make_bad", "expected"),
    [
        (tampered, "Bundle load failed: data.json: digest mismatch"),
        (unsigned, "Bundle load failed: bundle missing .signatures.json file"),
        (foreign_signed, "Bundle load failed: failed to verify JWT signature"),
    ],
    ids=["tampered", "unsigned", "foreign-signed"],
)
def test_a_bad_bundle_is_refused_and_the_previous_one_keeps_deciding(deployment, tmp_path, make_bad, expected):
    before = deployment.decide()["result"]
    assert before["outcome"] == "LICENCE_REQUIRED"
    good = reference_release(deployment, tmp_path / "good", f"never-active-{make_bad.__name__}", "bad")
    bad = make_bad(good, tmp_path / "bad.tar.gz")
    logged = len(deployment.process.log_entries())
    deployment.server.publish("cnexport-reference.tar.gz", bad)

    # OPA refuses the bad bundle (and says why) ...
    def refusals():
        return [
            e["msg"]
            for e in deployment.process.log_entries()[logged:]
            if e.get("level") == "error" and e.get("name") == "cnexport-reference"
        ]

    wait_until(lambda: any(expected in m for m in refusals()), POLL_SECONDS, f"OPA's refusal: {expected}")
    # ... and again on its next poll, while the previous bundles stay active and keep deciding.
    deployment.server.wait_downloads("cnexport-reference.tar.gz", 1)
    assert deployment.decide()["result"] == before
    assert requests.get(f"{deployment.diagnostic}/health?bundles", timeout=10).status_code == 200


def test_a_data_document_under_no_bundle_root_is_an_error_never_left_out(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_OUT, data)
    (data / "elsewhere").mkdir()
    (data / "elsewhere" / "data.json").write_text("{}", encoding="utf-8")
    with pytest.raises(bundle.BundleError, match="elsewhere/data.json is under no bundle's roots"):
        bundle.stage(tmp_path / "out", data_out=data)
