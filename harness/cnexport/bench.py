"""`make bench`: what a decision costs, measured against a floor on the same OPA server.

One `opa run --server` per data size (the real entity lists, then 10,000 and 100,000 synthetic
listings added) loads the policies, the data and bench/floor, locked down as the sidecar runs
(token authentication, system.authz, decision logs on its output): that is what users pay for. A
keep-alive session sends the same document bytes to the floor (a constant answer) and to the
decision, in turn, so the ratio between the two is the policy's own cost, measured in the same
window. The linearity check times documents of 250 and 5,000 lines on three paths (foreign magnets
under No. 61, an export from China, technology lines with service providers) and compares the time
per line, with the live heap a 5,000-line decision reaches (what GOMEMLIMIT must leave room for) and
the garbage collections it costs; it runs again under the higher limit deploy/ sets, to show what
make serve's limit costs. Validation and screening, asked alone at each size, show what a decision
pays before its measures. `opa bench` gives eval-only figures. Nothing is asserted: every target is reported as met
or not met with the figure reached, and the run fails only when OPA does.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from . import databuild
from .opa import GOGC, GOMEMLIMIT, OpaServer, deploy_container
from .paths import DATA_OUT, POLICIES, ROOT, opa_binary

FLOOR = ROOT / "bench" / "floor"
DECISION = "/v1/data/cnexport/decision"
SCREEN = "/v1/data/cnexport/screen"
# One party alone: a possible match among the real listings (its words are looked up, and one
# candidate scored), with a Chinese name and an owner, so that every step of screening runs.
SCREEN_REQUEST = {
    "name": "Huntington Ingalls Shipbuilding Inc.",
    "name_zh": "亨廷顿英格尔斯造船公司",
    "date": "2026-12-01",
    "owners": [{"name": "Newport Maritime Holdings", "share": 0.6}],
}
FLOOR_PATH = "/v1/data/cnexport_bench/floor/decision"
# What every decision does before its measures, asked alone (bench/floor/parts.rego): how much of a
# target they take by themselves.
PARTS = ("validation", "screening", "validation_and_screening")
PARTS_PATH = "/v1/data/cnexport_bench/parts/"
LINE_COUNTS = (1, 10, 100, 1000)
LINEARITY_LINES = (250, 5000)
EXAMPLES = ROOT / "examples"
SYNTHETIC_SIZES = (10_000, 100_000)
CLIENTS = 4
BUDGET_S = 20.0  # at most this long per case, so that a slow policy cannot make the run endless
MIN_SAMPLES = 5

# ---- documents ------------------------------------------------------------------------------------


def _money(amount: float, currency: str = "USD") -> dict:
    return {"amount": round(amount, 2), "currency": currency}


def _line(n: int) -> dict:
    """Line n of a generated shipment: five realistic kinds in turn, values varying with n."""
    value = 20_000 + 137 * n
    common = {"line": n, "kind": "goods", "manufactured_in": "JP", "origin": "JP", "value": _money(value)}
    kinds = [
        {
            "description": f"sintered NdFeB magnet blocks 48SH, Dy diffused, lot {n}",
            "category": "permanent_magnet",
            "elements": ["Nd", "Pr", "Dy"],
            "hs_code": "8505111000",
            "rare_earth_content": [
                {"element": "Dy", "form": "metal", "origin": "CN", "value": _money(value * 0.0015)},
                {"element": "Nd", "form": "metal", "origin": "AU", "value": _money(value * 0.045)},
            ],
        },
        {
            "description": f"SmCo 2:17 magnets for actuators, lot {n}",
            "category": "permanent_magnet",
            "elements": ["Sm"],
            "rare_earth_content": [{"element": "Sm", "form": "alloy", "alloy": "SmCo", "origin": "CN", "value": _money(value * 0.03)}],
        },
        {
            "description": f"gadolinium sputtering target 99.95%, lot {n}",
            "category": "sputtering_target",
            "elements": ["Gd"],
            "manufactured_in": "CN",
            "origin": "CN",
        },
        {
            "description": f"sintered NdFeB magnet blocks N52, lot {n}",
            "category": "permanent_magnet",
            "elements": ["Nd", "Pr"],
            "hs_code": "8505111000",
            "rare_earth_content": [{"element": "Nd", "form": "metal", "origin": "CN", "value": _money(value * 0.05)}],
        },
        {
            "description": f"rotor assembly with Tb-NdFeB magnets, lot {n}",
            "category": "magnet_part",
            "elements": ["Nd", "Tb"],
            "made_with_cn_technology": ["magnet_manufacturing"] if n % 10 == 4 else [],
            "rare_earth_content": [{"element": "Tb", "form": "metal", "origin": "unknown", "value": _money(value * 0.0004)}],
        },
    ]
    return {**common, **kinds[(n - 1) % len(kinds)]}


def _party(role: str, name: str, owners: list[tuple[str, float]] = (), **extra) -> dict:
    party = {"role": role, "name": name, "country": "US", **extra}
    if owners:
        party["owners"] = [{"name": o, "share": s, "country": "US"} for o, s in owners]
    return party


def shipment(lines: int, parties: list[dict] | None = None) -> dict:
    """A shipment from Japan to the United States of `lines` generated lines and a few parties."""
    return {
        "schema_version": "1",
        "id": f"bench-{lines}-lines",
        "export_date": "2026-12-01",
        "exporter": {"name": "Shin-Etsu Magnet Trading KK", "country": "JP"},
        "ship_from": "JP",
        "ship_to": "US",
        "parties": parties
        or [
            _party("consignee", "Great Lakes Motor Works Inc."),
            _party("end_user", "Great Lakes Motor Works Inc.", [("Lakeshore Mobility Holdings", 0.7)]),
            _party("importer", "Midwest Components Import LLC"),
            _party("freight_forwarder", "Pacific Bridge Logistics Co."),
        ],
        "end_use": {"purposes": ["civil"], "statement": "traction motors and actuators for passenger cars"},
        "items": [_line(n) for n in range(1, lines + 1)],
        "licences": [
            {
                "number": "MOFCOM-LIC-2026-000123",
                "type": "single",
                "lines": [n for n in (1, 2) if n <= lines],
                "valid_from": "2026-11-15",
                "valid_until": "2027-11-14",
                "issued_by": "MOFCOM",
            }
        ],
    }


def screening_shipment() -> dict:
    """One line, five parties with Chinese names, aliases and owners: the decision is mostly
    screening. One owner (L3 Harris Technologies, 60%) is on the control list."""
    roles = ["consignee", "end_user", "importer", "intermediate_consignee", "freight_forwarder"]
    parties = [
        _party(
            role,
            f"Northwind {role.replace('_', ' ').title()} Corp. {i}",
            name_zh=f"北风公司{i}",
            aliases=[f"Northwind {i}", f"NW {role} {i}"],
            owners=[(f"Northwind Holdings {i}", 0.55), (f"Harbor Capital Partners {i}", 0.45)],
        )
        for i, role in enumerate(roles)
    ]
    parties[1]["owners"] = [
        {"name": "Northwind Holdings 1", "share": 0.4, "country": "US"},
        {"name": "L3 Harris Technologies", "share": 0.6, "country": "US"},
    ]
    document = shipment(1, parties)
    document["id"] = "bench-screening"
    return document


def _examples(predicate) -> list[dict]:
    """The example documents (examples/*.json) that the predicate accepts, in file order."""
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    return [d for d in documents if d.get("schema_version") == "1" and predicate(d)]


def _technology(item: dict) -> bool:
    return item.get("category") == "technology"


def _from_examples(documents: list[dict], lines: int, take, export_date: str) -> dict:
    """A document of `lines` lines: the first example's parties and ends, and the lines `take` picks
    from all of the examples in turn, renumbered."""
    items = [item for d in documents for item in d["items"] if take(item)]
    base = documents[0]
    return {
        **base,
        "id": f"bench-{base['id']}-{lines}-lines",
        "export_date": export_date,
        "licences": [],
        "items": [{**items[(n - 1) % len(items)], "line": n} for n in range(1, lines + 1)],
    }


def linearity_shipment(path: str, lines: int) -> dict:
    """A document of `lines` lines on one of the three paths the linearity check times, built from
    the example documents so that the lines are the ones users send: an export from China of listed
    goods, and technology with a freight forwarder and a customs agent; and the generated shipment
    of foreign magnets under No. 61."""
    if path == "no61_foreign_magnets":
        return shipment(lines)
    from_china = _examples(lambda d: d["ship_from"] == "CN" and d["exporter"].get("country") == "CN")
    if path == "export_from_china":
        return _from_examples(from_china, lines, lambda item: not _technology(item), "2026-12-03")
    with_services = [d for d in from_china if {"freight_forwarder", "customs_agent"} <= {p["role"] for p in d["parties"]}]
    technology = with_services + [d for d in from_china if d not in with_services]
    return _from_examples(technology, lines, _technology, "2026-12-03")


LINEARITY_PATHS = ("no61_foreign_magnets", "export_from_china", "technology_services")


def raw(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


# ---- synthetic listings ---------------------------------------------------------------------------

_WORDS = [
    "Aster",
    "Boreal",
    "Cobalt",
    "Delta",
    "Ember",
    "Falcon",
    "Granite",
    "Helix",
    "Ion",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Nimbus",
    "Orion",
    "Pioneer",
    "Quartz",
    "Raven",
    "Sierra",
    "Titan",
]
_KINDS = ["Aerospace", "Defense Systems", "Electronics", "Technologies", "Dynamics", "Materials", "Labs", "Industries"]
_LISTS = ["unreliable_entity_list", "control_list", "watch_list"]
# Each list's measures as the first real listing on it has them (data/entities.yaml): the vocabulary
# stays the data's, so that no synthetic listing names a measure the data build does not know.
_MEASURES = {e["list"]: e["measures"] for e in reversed(databuild.load_sources()["entities"]["entities"])}


def synthetic_entity(i: int) -> dict:
    """A listing shaped as schemas/data/entities.schema.json requires, with a unique name."""
    w = _WORDS[i % 20], _WORDS[(i // 20) % 20], _KINDS[(i // 400) % len(_KINDS)]
    name = f"{w[0]} {w[1]} {w[2]} {i:06d} Inc."
    listed = _LISTS[i % 3]
    month = 1 + i % 12
    return {
        "id": f"bench-{i:06d}-{w[0].lower()}-{w[1].lower()}",
        "name_en": name,
        "name_zh": f"合成实体{i:06d}有限公司",
        "aliases": [f"{w[0]}{w[1]} {i:06d}"],
        "country": ["US", "TW", "GB", "DE", "JP"][i % 5],
        "list": listed,
        "measures": _MEASURES[listed],
        "decided": f"2025-{month:02d}-02",
        "effective_from": f"2025-{month:02d}-02",
        "suspended_from": None,
        "suspended_until": None,
        "announcement": f"BENCH-2025-{month:02d}",
        "source": ["https://cnexport.invalid/bench/synthetic-listing"],
        "status_note": "Synthetic listing generated by make bench.",
    }


def data_with_listings(extra: int, out: Path) -> Path:
    """build/data with `extra` synthetic listings added to the real ones, the screening index
    rebuilt by cnexport.databuild over all of them, written to out/ as `make data` writes build/data:
    the reference data, its manifest (without which OPA answers only engine errors) and the schemas."""
    reference = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))
    built = json.loads((DATA_OUT / "cnexport_reference" / "manifest" / "data.json").read_text(encoding="utf-8"))
    sources = databuild.load_sources()
    entities = sources["entities"]["entities"] + [synthetic_entity(i) for i in range(extra)]
    reference["index"].update(databuild.screening_index(sources, entities))
    written = databuild.write_json(out / "cnexport_reference" / "data.json", reference)
    databuild.write_json(
        out / "cnexport_reference" / "manifest" / "data.json", databuild.manifest(built["version"], built["digest"], reference, written)
    )
    schemas = out / "cnexport" / "schemas" / "data.json"
    schemas.parent.mkdir(parents=True, exist_ok=True)
    schemas.write_bytes((DATA_OUT / "cnexport" / "schemas" / "data.json").read_bytes())
    return out


# The synthetic data sets are kept between runs in build/bench/, one folder per size and digest of
# what they are made from: keying 100,000 listings through OPA's normaliser takes many minutes.
SYNTHETIC_CACHE = ROOT / "build" / "bench"
SYNTHETIC_INPUTS = [
    DATA_OUT / "cnexport_reference" / "data.json",
    DATA_OUT / "cnexport" / "schemas" / "data.json",
    # The Rego the data build runs (Makefile DATA_RULES): the library and the parties.
    *sorted(p for p in (POLICIES / "cnexport" / "lib").glob("*/*.rego") if not p.name.endswith("_test.rego")),
    POLICIES / "cnexport" / "parties" / "parties.rego",
    Path(databuild.__file__),
    Path(databuild.__file__).with_name("names.py"),
]


def synthetic_key(extra: int) -> str:
    """The folder name of a synthetic data set: its size and a digest of the files and generator it comes from."""
    digest = hashlib.sha256(inspect.getsource(synthetic_entity).encode() + repr((_WORDS, _KINDS, _LISTS, _MEASURES)).encode())
    for path in SYNTHETIC_INPUTS:
        digest.update(path.read_bytes())
    return f"listings-{extra}-{digest.hexdigest()[:12]}"


def synthetic_data(extra: int) -> tuple[Path, bool]:
    """data_with_listings(extra), made once per digest (the folder appears whole, by a rename) and
    reused; and whether it was made now."""
    target = SYNTHETIC_CACHE / synthetic_key(extra)
    if target.is_dir():
        return target, False
    partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    data_with_listings(extra, partial)
    partial.rename(target)
    return target, True


# ---- measuring ------------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc/<pid>/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmRSS for process {pid}")


def heap_mb(session: requests.Session, url: str) -> float | None:
    """Go heap in use in the OPA process (its /metrics): the live data, as opposed to RSS."""
    for line in session.get(f"{url}/metrics", timeout=10).text.splitlines():
        if line.startswith("go_memstats_heap_inuse_bytes "):
            return round(float(line.split()[1]) / 2**20, 1)
    return None


def _mallocs(session: requests.Session, url: str) -> float:
    """Objects the OPA process has allocated since it started (go_memstats_mallocs_total)."""
    for line in session.get(f"{url}/metrics", timeout=10).text.splitlines():
        if line.startswith("go_memstats_mallocs_total "):
            return float(line.split()[1])
    raise RuntimeError(f"{url}/metrics has no go_memstats_mallocs_total")


def allocations(session: requests.Session, server: OpaServer, path: str, document: bytes, rounds: int) -> int:
    """Objects OPA allocates to answer one request, over `rounds` requests after one: a count, not a
    time, so that other load on the machine barely changes it (Go counts them by blocks per CPU:
    repeat runs of a 1- or 10-line decision agreed within 0.2%). The allocations of reading /metrics
    itself are taken out."""
    body = b'{"input":' + document + b"}"
    post(session, server.url + path, body)
    before = _mallocs(session, server.url)
    for _ in range(rounds):
        post(session, server.url + path, body)
    after = _mallocs(session, server.url)
    reading = _mallocs(session, server.url) - after
    return round((after - before - reading) / rounds)


def _gc_state(session: requests.Session, url: str) -> tuple[float, float]:
    """The garbage collections the OPA process has run, and the heap in MB the last one found live."""
    found = {}
    for line in session.get(f"{url}/metrics", timeout=10).text.splitlines():
        name, _, value = line.partition(" ")
        if name in ("go_gc_cycles_total_gc_cycles_total", "go_gc_heap_live_bytes"):
            found[name] = float(value)
    if len(found) < 2:
        raise RuntimeError(f"{url}/metrics lacks go_gc_cycles_total_gc_cycles_total or go_gc_heap_live_bytes")
    return found["go_gc_cycles_total_gc_cycles_total"], round(found["go_gc_heap_live_bytes"] / 2**20, 1)


def peak_live_mb(server: OpaServer, path: str, document: bytes, every_s: float = 0.05) -> float | None:
    """The most the garbage collections during one request found live (read from /metrics every
    `every_s` seconds by a second session): what a decision holds at once, which the collector must
    keep under GOMEMLIMIT; None if no collection ran. Its own request: reading /metrics allocates, so
    it cannot share one with allocations()."""
    body = b'{"input":' + document + b"}"
    with client(server) as poller, client(server) as asker:
        cycles, _ = _gc_state(poller, server.url)
        done = threading.Event()
        readings, failures = [], []

        def read() -> None:
            now, live = _gc_state(poller, server.url)
            if now > cycles:
                readings.append(live)

        def poll() -> None:
            try:
                while not done.wait(every_s):
                    read()
            except Exception as error:  # raised again below, not lost with the thread
                failures.append(error)

        thread = threading.Thread(target=poll)
        thread.start()
        try:
            post(asker, server.url + path, body)
        finally:
            done.set()
            thread.join()
        if failures:
            raise failures[0]
        read()  # a collection that ran after the last reading
    return max(readings, default=None)


def _live_heap_text(heap: dict) -> str:
    """The live heap of the long document, and the limit it was under, as the table says it."""
    if heap["peak"] is None:
        return f"live heap at {LINEARITY_LINES[1]} lines: no garbage collection ran during the request"
    return (
        f"live heap at {LINEARITY_LINES[1]} lines {heap['after_load']} -> {heap['peak']} MB "
        f"({heap['kb_per_line']} KB a line; GOMEMLIMIT {heap['gomemlimit']})"
    )


def client(server: OpaServer) -> requests.Session:
    """A keep-alive session that sends the server's token, as cnexport.client.Client does."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {server.token}"
    return session


def post(session: requests.Session, url: str, body: bytes) -> requests.Response:
    """POST a query body as cnexport.client.Client does, and fail on anything but an answer."""
    response = session.post(url, data=body, headers={"Content-Type": "application/json"}, timeout=600)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: {response.text[:300]}")
    return response


def latencies(
    session: requests.Session,
    urls: list[str],
    document: bytes,
    count: int,
    warmup: int,
    budget_s: float = BUDGET_S,
    min_samples: int = MIN_SAMPLES,
) -> list[dict]:
    """p50/p95/p99 in microseconds of `count` rounds of sequential requests, one to each URL in
    turn, after `warmup` rounds; stopping early (after MIN_SAMPLES rounds) when `budget_s` is
    spent. Taking turns puts the compared cases in the same window, so that other load on the
    machine weighs on each alike. The body is read but not parsed inside the timing. Each figure
    has the outcome answered, as a check of the document (a part answers a count: `answer`)."""
    body = b'{"input":' + document + b"}"
    for _ in range(max(warmup, 1)):
        answers = [post(session, url, body).json()["result"] for url in urls]
    samples: list[list[float]] = [[] for _ in urls]
    deadline = time.perf_counter() + budget_s
    while len(samples[0]) < count and (len(samples[0]) < min_samples or time.perf_counter() < deadline):
        for url, times in zip(urls, samples, strict=True):
            start = time.perf_counter_ns()
            post(session, url, body)
            times.append((time.perf_counter_ns() - start) / 1000)
    figures = []
    for times, answer in zip(samples, answers, strict=True):
        cuts = statistics.quantiles(times * (2 if len(times) == 1 else 1), n=100, method="inclusive")
        figures.append(
            {
                "p50_us": round(cuts[49]),
                "p95_us": round(cuts[94]),
                "p99_us": round(cuts[98]),
                "mean_us": round(statistics.fmean(times)),
                "n": len(times),
                **({"outcome": answer.get("outcome")} if isinstance(answer, dict) else {"answer": answer}),
            }
        )
    return figures


def throughput(server: OpaServer, path: str, document: bytes, per_client: int, clients: int = CLIENTS) -> float:
    """Requests per second with `clients` threads, each with its own keep-alive session."""
    url = server.url + path
    body = b'{"input":' + document + b"}"
    sessions = [client(server) for _ in range(clients)]
    for s in sessions:
        post(s, url, body)
    barrier = threading.Barrier(clients + 1)
    errors = []

    def run(s: requests.Session) -> None:
        barrier.wait()
        try:
            for _ in range(per_client):
                post(s, url, body)
        except Exception as error:  # reported after the threads are joined
            errors.append(error)

    threads = [threading.Thread(target=run, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    for s in sessions:
        s.close()
    if errors:
        raise errors[0]
    return round(clients * per_client / elapsed, 1)


def with_ratio(decision: dict, floor: dict) -> dict:
    """A decision's figures with their ratios to the floor's; a generated document that OPA finds
    invalid would measure validation only, so it stops the run."""
    if decision.get("outcome") == "INVALID_INPUT":
        raise RuntimeError("a generated document was decided INVALID_INPUT: fix the generator")
    return {
        **decision,
        "ratio_to_floor_p50": round(decision["p50_us"] / floor["p50_us"], 2),
        "ratio_to_floor_p99": round(decision["p99_us"] / floor["p99_us"], 2),
    }


def opa_bench(binary: str, document: bytes, workdir: Path) -> dict:
    """`opa bench` of data.cnexport.decision for one document: eval only, no HTTP, no JSON."""
    path = workdir / "input.json"
    path.write_bytes(document)
    out = subprocess.run(
        [
            binary,
            "bench",
            "--format",
            "json",
            "--ignore",
            "*_test.rego",
            "-d",
            str(POLICIES),
            "-d",
            str(DATA_OUT),
            "-i",
            str(path),
            "data.cnexport.decision",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(out)
    n = result["N"]
    return {
        "ns_per_op": round(result["T"] / n),
        "allocs_per_op": round(result["MemAllocs"] / n),
        "bytes_per_op": round(result["MemBytes"] / n),
        "n": n,
        "eval_p50_us": round(result["Extra"].get("histogram_timer_rego_query_eval_ns_median", 0) / 1000),
    }


def opa_version(binary: str) -> str:
    out = subprocess.run([binary, "version"], capture_output=True, text=True, check=True).stdout
    return next((row.split(":", 1)[1].strip() for row in out.splitlines() if row.startswith("Version:")), "unknown")


def revision() -> dict:
    """The reference data version OPA is given, the commit, and a digest of the policy text (the
    working tree may differ from the commit)."""
    reference = json.loads((DATA_OUT / "cnexport_reference" / "data.json").read_text(encoding="utf-8"))
    version = reference["meta"]["version"]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    digest = hashlib.sha256()
    for path in sorted(POLICIES.rglob("*.rego")):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return {"reference_data": version, "git": commit, "policies_sha256": digest.hexdigest()[:12]}


# ---- the run --------------------------------------------------------------------------------------


def counts(lines: int) -> tuple[int, int]:
    """Rounds (a floor and a decision request each) and warm-up rounds for `lines` lines."""
    return {1: (300, 30), 10: (200, 20), 100: (60, 3), 1000: (30, 1)}[lines]


def measure_real(binary: str, report: dict) -> None:
    """Floor and decisions of 1 to 1,000 lines, screening and throughput, with the real data."""
    with OpaServer(paths=[POLICIES, DATA_OUT, FLOOR], binary=binary) as server:
        pid = server.process.pid
        session = client(server)
        report["rss_mb"]["real"] = {
            "after_load": rss_mb(pid),
            "heap_after_load": heap_mb(session, server.url),
            "live_after_load": _gc_state(session, server.url)[1],
        }
        report["revision"] = revision()
        for lines in LINE_COUNTS:
            document, (n, warmup) = raw(shipment(lines)), counts(lines)
            urls = [server.url + FLOOR_PATH, server.url + DECISION] + [server.url + PARTS_PATH + part for part in PARTS]
            floor, decision, *parts = latencies(session, urls, document, n, warmup)
            report["floor"][f"{lines}_lines"] = floor
            report[f"decision_{lines}_lines"] = with_ratio(decision, floor)
            report[f"parts_{lines}_lines"] = {part: with_ratio(figures, floor) for part, figures in zip(PARTS, parts, strict=True)}
            report[f"decision_{lines}_lines"]["allocations"] = allocations(session, server, DECISION, document, max(3, n // 10))
            print(f"  measured {lines}-line documents", file=sys.stderr)
        screening(session, server, "real", report)
        document = raw(shipment(10))
        report["throughput"] = {
            "clients": CLIENTS,
            "floor_10_lines_rps": throughput(server, FLOOR_PATH, document, 150),
            "decision_10_lines_rps": throughput(server, DECISION, document, 40),
            "decision_100_lines_rps": throughput(server, DECISION, raw(shipment(100)), 8),
        }
        report["throughput"]["decision_10_lines_to_floor"] = round(
            report["throughput"]["decision_10_lines_rps"] / report["throughput"]["floor_10_lines_rps"], 3
        )
        report["rss_mb"]["real"]["after_run"] = rss_mb(pid)
        linearity(session, server, report, "linearity", GOMEMLIMIT)
        session.close()
    # Again with the heap limit deploy/ gives the sidecar, sized to its container rather than to
    # 100,000 listings as make serve's: what that limit costs a long document, whose live heap
    # brings the collector near it.
    limit = deployed_gomemlimit()
    with OpaServer(paths=[POLICIES, DATA_OUT, FLOOR], binary=binary, env={"GOMEMLIMIT": limit}) as deployed, client(deployed) as session:
        linearity(session, deployed, report, "linearity_deployed", limit)


def deployed_gomemlimit() -> str:
    """The GOMEMLIMIT that deploy/sidecar.yaml sets for its OPA container."""
    return next(v["value"] for v in deploy_container()["env"] if v["name"] == "GOMEMLIMIT")


def linearity(session: requests.Session, server: OpaServer, report: dict, key: str, limit: str) -> None:
    """On each path, the p50 time per line of documents of 250 and of 5,000 lines, and their ratio:
    1 when the cost grows in a straight line with the lines; with the garbage collections a request
    of each ran, for every 1,000 lines (the server's heap limit is `limit`)."""
    report[key] = {}
    for path in LINEARITY_PATHS:
        figures = {}
        for lines in LINEARITY_LINES:
            cycles_before, _ = _gc_state(session, server.url)
            (decision,) = latencies(
                session,
                [server.url + DECISION],
                raw(linearity_shipment(path, lines)),
                count=15 if lines < 1000 else 3,
                warmup=1,
                budget_s=60,
                min_samples=3,
            )
            if decision["outcome"] == "INVALID_INPUT":
                raise RuntimeError(f"the {path} document was decided INVALID_INPUT: fix the generator")
            cycles = _gc_state(session, server.url)[0] - cycles_before
            made = allocations(session, server, DECISION, raw(linearity_shipment(path, lines)), 1)
            figures[f"{lines}_lines"] = {
                **decision,
                "per_line_us": round(decision["p50_us"] / lines, 1),
                "allocations_per_line": round(made / lines),
                # over the timed requests and the one warm-up
                "gc_cycles_per_1000_lines": round(cycles * 1000 / ((decision["n"] + 1) * lines), 1),
            }
        small, large = (figures[f"{n}_lines"] for n in LINEARITY_LINES)
        # Above what the server held after loading the data: what the decision itself holds at once.
        base, peak = (
            report["rss_mb"]["real"]["live_after_load"],
            peak_live_mb(server, DECISION, raw(linearity_shipment(path, LINEARITY_LINES[1]))),
        )
        per_line = None if peak is None else round((peak - base) * 1024 / LINEARITY_LINES[1], 1)
        large["live_heap_mb"] = {"after_load": base, "peak": peak, "kb_per_line": per_line, "gomemlimit": limit}
        report[key][path] = {
            **figures,
            "ratio_per_line": round(large["per_line_us"] / small["per_line_us"], 2),
            "allocations_ratio_per_line": round(large["allocations_per_line"] / small["allocations_per_line"], 2),
        }
        print(f"  measured linearity of {path}", file=sys.stderr)


def screening(session: requests.Session, server: OpaServer, size: str, report: dict, real: str | None = None) -> None:
    """The party-heavy one-line document against one data size, taking turns with its floor and,
    given the URL of a server with the real data, with the same decision there; then one party
    alone through POST /v1/data/cnexport/screen, taking turns with the floor."""
    urls = [server.url + FLOOR_PATH, server.url + DECISION] + ([real + DECISION] if real else [])
    # 400 rounds span several Go GC cycles, whose cost grows with the data held: they are part of
    # what more listings cost, and too few samples would catch one cycle or none.
    floor, decision, *on_real = latencies(session, urls, raw(screening_shipment()), 400, 50)
    report["floor"][f"screening_{size}"] = floor
    report[f"screening_{size}"] = with_ratio(decision, floor)
    if on_real:
        report[f"screening_{size}"]["real_p50_us_same_window"] = on_real[0]["p50_us"]
        report[f"screening_{size}"]["ratio_to_real_p50"] = round(decision["p50_us"] / on_real[0]["p50_us"], 2)
    floor, screen = latencies(session, [server.url + FLOOR_PATH, server.url + SCREEN], raw(SCREEN_REQUEST), 200, 20)
    report["floor"][f"screen_endpoint_{size}"] = floor
    report[f"screen_endpoint_{size}"] = with_ratio(screen, floor)


def measure_synthetic(binary: str, extra: int, report: dict) -> None:
    """Screening and RSS with `extra` synthetic listings added to the real ones; a second server
    with the real data only answers in turn, for the ratio of the two."""
    start = time.perf_counter()
    data, made = synthetic_data(extra)
    written = time.perf_counter()
    with OpaServer(paths=[POLICIES, data, FLOOR], binary=binary, startup_seconds=180) as server:
        pid = server.process.pid
        with client(server) as session:
            heap = heap_mb(session, server.url)
        report["rss_mb"][str(extra)] = {
            "after_load": rss_mb(pid),
            "heap_after_load": heap,
            "data_json_mb": round((data / "cnexport_reference/data.json").stat().st_size / 2**20, 1),
            "load_s": round(time.perf_counter() - written, 1),
            "generate_s": round(written - start, 1),
            "generated_now": made,
        }
        with OpaServer(paths=[POLICIES, DATA_OUT, FLOOR], binary=binary, token=server.token) as real, client(server) as session:
            screening(session, server, str(extra), report, real=real.url)
        report["rss_mb"][str(extra)]["after_run"] = rss_mb(pid)
    print(f"  measured screening with {extra} synthetic listings", file=sys.stderr)


def target(value: float, limit: float, unit: str, at_least: bool = False) -> dict:
    return {"value": value, "limit": limit, "unit": unit, "at_least": at_least, "met": value >= limit if at_least else value <= limit}


# The long-term goal for 10 lines, reported beside the target.
GOAL_10_LINES = 1.5


def targets(report: dict) -> dict:
    """The targets, each with the figure reached."""
    found = {
        "decision_1_line_p50_to_floor": target(report["decision_1_lines"]["ratio_to_floor_p50"], 2, "x floor"),
        "decision_10_lines_p50_to_floor": target(report["decision_10_lines"]["ratio_to_floor_p50"], 3, "x floor"),
        "decision_10_lines_p50_to_floor_goal": target(report["decision_10_lines"]["ratio_to_floor_p50"], GOAL_10_LINES, "x floor"),
        "decision_1000_lines_p50_ms": target(round(report["decision_1000_lines"]["p50_us"] / 1000, 1), 250, "ms"),
        "throughput_10_lines_to_floor": target(report["throughput"]["decision_10_lines_to_floor"], 0.25, "of floor", at_least=True),
        "rss_100000_mb": target(report["rss_mb"]["100000"]["after_run"], 300, "MB"),
        "screening_100000_p50_to_real": target(report["screening_100000"]["ratio_to_real_p50"], 1.2, "x real"),
    }
    for path, figures in report["linearity"].items():
        found[f"linear_{path}"] = target(figures["ratio_per_line"], 1.2, "x per line (5,000 to 250 lines)")
    return found


def table(report: dict) -> str:
    """The figures as a plain text table."""
    rev = report["revision"]
    out = [
        f"OPA {report['opa_version']}  reference data {rev['reference_data']}  commit {rev['git']}  "
        f"policies {rev['policies_sha256']}  {os.cpu_count()} CPUs",
        "",
        f"{'case':24} {'p50 us':>9} {'p95 us':>9} {'p99 us':>9} {'floor p50':>10} {'x floor':>8} {'allocs':>9}  outcome",
    ]
    cases = [f"decision_{n}_lines" for n in LINE_COUNTS] + ["screening_real"] + [f"screening_{n}" for n in SYNTHETIC_SIZES]
    cases += ["screen_endpoint_real"] + [f"screen_endpoint_{n}" for n in SYNTHETIC_SIZES]
    for case in cases:
        r = report[case]
        floor = report["floor"][case.removeprefix("decision_")]
        out.append(
            f"{case:24} {r['p50_us']:>9} {r['p95_us']:>9} {r['p99_us']:>9} {floor['p50_us']:>10} "
            f"{r['ratio_to_floor_p50']:>8} {r.get('allocations', ''):>9}  {r['outcome']}"
        )
    out += ["", parts_table(report), ""]
    for n in SYNTHETIC_SIZES:
        r = report[f"screening_{n}"]
        out.append(
            f"screening with {n} synthetic listings: p50 {r['p50_us']} us against {r['real_p50_us_same_window']} us "
            f"with the real data in the same window: {r['ratio_to_real_p50']} x"
        )
    t = report["throughput"]
    out += [
        "",
        f"throughput, {t['clients']} keep-alive clients: floor {t['floor_10_lines_rps']} req/s, "
        f"10 lines {t['decision_10_lines_rps']} req/s ({t['decision_10_lines_to_floor']} of floor), "
        f"100 lines {t['decision_100_lines_rps']} req/s",
    ]
    for size, r in report["rss_mb"].items():
        out.append(
            f"OPA RSS with {size} listings: {r['after_load']} MB after load (Go heap {r['heap_after_load']} MB), "
            f"{r['after_run']} MB after the run"
        )
    out += linearity_lines(report["linearity"], "linearity")
    out += linearity_lines(report["linearity_deployed"], "linearity as deployed")
    for case, b in report["opa_bench"].items():
        out.append(
            f"opa bench {case}: {b['ns_per_op'] / 1000:.0f} us/op (eval p50 {b['eval_p50_us']} us), "
            f"{b['allocs_per_op']} allocs/op, {b['bytes_per_op'] / 1024:.0f} KiB/op, n={b['n']}"
        )
    out += ["", f"targets (reported, not asserted; OPA locked down as the sidecar runs: token, authz, decision logs, GOGC={GOGC}):"]
    for name, t in report["targets"].items():
        out.append(
            f"  {'met    ' if t['met'] else 'not met'} {name}: {t['value']} {t['unit']} "
            f"({'at least' if t['at_least'] else 'at most'} {t['limit']})"
        )
    out.append(f"wall time {report['wall_seconds']} s")
    return "\n".join(out)


def linearity_lines(linearity: dict, title: str) -> list[str]:
    """A line of the table for each path of a linearity check."""
    out = []
    for path, figures in linearity.items():
        small, large = (figures[f"{n}_lines"] for n in LINEARITY_LINES)
        out.append(
            f"{title} {path}: {small['per_line_us']} us a line at {LINEARITY_LINES[0]} lines, "
            f"{large['per_line_us']} us at {LINEARITY_LINES[1]}: {figures['ratio_per_line']} x; allocations a line "
            f"{small['allocations_per_line']} and {large['allocations_per_line']}: {figures['allocations_ratio_per_line']} x; "
            f"garbage collections every 1,000 lines {small['gc_cycles_per_1000_lines']} and {large['gc_cycles_per_1000_lines']}; "
            f"{_live_heap_text(large['live_heap_mb'])} ({small['outcome']}, {large['outcome']})"
        )
    return out


def parts_table(report: dict) -> str:
    """What validation and screening cost alone at each number of lines, beside the decision: the
    least a decision can cost while it validates its document and screens its parties."""
    out = [
        "what a decision does before its measures, asked alone (p50 us, x floor), beside the whole decision:",
        f"{'lines':>7} {'validation':>18} {'screening':>18} {'both':>18} {'decision':>18}",
    ]
    for n in LINE_COUNTS:
        parts = report[f"parts_{n}_lines"]
        cells = [parts[part] for part in PARTS] + [report[f"decision_{n}_lines"]]
        texts = [f"{c['p50_us']} ({c['ratio_to_floor_p50']} x)" for c in cells]
        out.append(f"{n:>7} " + " ".join(f"{t:>18}" for t in texts))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench.json")
    args = parser.parse_args(argv)
    if not (DATA_OUT / "cnexport_reference" / "data.json").is_file():
        print(f"{DATA_OUT} is missing: run `make data` first", file=sys.stderr)
        return 1
    started = time.perf_counter()
    binary = opa_binary()
    report = {"opa_version": opa_version(binary), "cpus": os.cpu_count(), "floor": {}, "rss_mb": {}}
    measure_real(binary, report)
    for extra in SYNTHETIC_SIZES:
        measure_synthetic(binary, extra, report)
    with tempfile.TemporaryDirectory(prefix="cnexport-bench-") as tmp:
        report["opa_bench"] = {f"decision_{n}_lines": opa_bench(binary, raw(shipment(n)), Path(tmp)) for n in (10, 1000)}
    report["targets"] = targets(report)
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(table(report))
    print(f"\nfigures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
