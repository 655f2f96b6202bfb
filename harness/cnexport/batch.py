"""Many documents decided against one OPA: files, folders and JSON Lines, several at a time, in
input order, each with its decision or the reason it has none; optionally kept in a folder so that
a stopped run can be resumed without deciding again what was decided there.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .client import BadAnswer, Client, UndefinedResult
from .opa import OpaUnavailable

DOCUMENT_SUFFIXES = (".json",)
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


class NotDecided(Exception):
    """This document got no decision; the message says why."""


@dataclass(frozen=True)
class Source:
    """One document: `label` names it in every output (its path, `path:LINE` for a line of a JSON
    Lines file, `-` for standard input); `raw` is its text when already read, else `path` is read
    when it is decided; `problem` says why it cannot be read at all."""

    label: str
    path: str | None = None
    line: int | None = None
    raw: bytes | None = None
    problem: str | None = None


@dataclass
class Result:
    source: Source
    decision: dict | None = None
    decision_id: str | None = None
    error: str | None = None  # why there is no decision
    resumed: bool = False  # read back from --out, not decided in this run


def _json_lines(path: Path, label: str) -> Iterator[Source]:
    try:
        text = path.read_bytes()
    except OSError as error:
        yield Source(label, str(path), problem=f"cannot read {label}: {error.strerror}")
        return
    for number, line in enumerate(text.split(b"\n"), start=1):
        if line.strip():  # a blank line holds no document
            yield Source(f"{label}:{number}", str(path), number, raw=line.rstrip(b"\r"))


def sources(names: Iterable[str], notes: Callable[[str], None]) -> Iterator[Source]:
    """Every document the names hold, in order: a file is one document (a JSON Lines file one per
    line that is not blank), a folder every .json and JSON Lines file under it, sorted; `-` is
    standard input. A file in a folder that is neither is named through `notes`, never dropped unsaid."""
    for name in names:
        path = Path(name)
        if name == "-":
            yield Source("-", raw=sys.stdin.buffer.read())
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix in JSON_LINES_SUFFIXES:
                    yield from _json_lines(child, str(child))
                elif child.suffix in DOCUMENT_SUFFIXES:
                    yield Source(str(child), str(child))
                else:
                    notes(f"{child}: not read: in a folder only .json and JSON Lines (.jsonl, .ndjson) files are documents")
        elif path.suffix in JSON_LINES_SUFFIXES:
            yield from _json_lines(path, name)
        else:
            yield Source(name, name)


def read(source: Source) -> bytes:
    if source.problem:
        raise NotDecided(source.problem)
    if source.raw is not None:
        return source.raw
    try:
        return Path(source.path).read_bytes()
    except OSError as error:
        raise NotDecided(f"cannot read {source.label}: {error.strerror}") from error


class Store:
    """The folder of --out: one file per decided document, named after its source, holding the
    decision with the digest of the text it was made for. A document is resumed only when its file
    is there for the same text and still passes the decision contract; otherwise it is decided again."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def path(self, source: Source) -> Path:
        name = quote(source.label, safe="-_.")
        if len(name) > 180:  # file names are at most 255 bytes: a long label keeps its end and a digest
            name = name[-120:] + "-" + hashlib.sha256(source.label.encode()).hexdigest()[:16]
        return self.folder / f"{name}.decision.json"

    def load(self, source: Source, raw: bytes, check: Callable[[bytes, dict], None]) -> Result | None:
        try:
            kept = json.loads(self.path(source).read_text(encoding="utf-8"))
            if kept["source"] != source.label or kept["sha256"] != hashlib.sha256(raw).hexdigest():
                return None
            check(raw, kept["decision"])
        except Exception:  # noqa: BLE001 - anything amiss with a kept decision means deciding again
            return None
        return Result(source, kept["decision"], kept.get("decision_id"), resumed=True)

    def save(self, source: Source, raw: bytes, decision: dict, decision_id: str | None) -> None:
        path = self.path(source)
        kept = {"source": source.label, "sha256": hashlib.sha256(raw).hexdigest(), "decision_id": decision_id, "decision": decision}
        partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        partial.write_text(json.dumps(kept, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        partial.replace(path)  # a stopped run leaves a whole file or none

    def forget(self, source: Source) -> None:
        self.path(source).unlink(missing_ok=True)


@dataclass
class Summary:
    """What a batch came to: decisions by outcome and by clearance, and every document without one."""

    decided: int = 0
    resumed: int = 0
    outcomes: Counter = field(default_factory=Counter)
    clearances: Counter = field(default_factory=Counter)
    not_decided: list[tuple[str, str]] = field(default_factory=list)
    failing: int = 0  # decisions at or past --fail-on
    seconds: float = 0.0

    def add(self, result: Result, fails: bool) -> None:
        if result.decision is None:
            self.not_decided.append((result.source.label, result.error or "no decision"))
            return
        self.decided += 1
        self.resumed += result.resumed
        self.outcomes[result.decision["outcome"]] += 1
        self.clearances[result.decision["clearance"]] += 1
        self.failing += fails

    @property
    def total(self) -> int:
        return self.decided + len(self.not_decided)

    def as_dict(self) -> dict:
        return {
            "documents": self.total,
            "decided": self.decided,
            "resumed": self.resumed,
            "not_decided": [{"source": s, "error": e} for s, e in self.not_decided],
            "outcomes": dict(sorted(self.outcomes.items())),
            "clearances": dict(sorted(self.clearances.items())),
            "failing": self.failing,
            "seconds": round(self.seconds, 3),
        }

    def lines(self) -> list[str]:
        rate = f", {self.total / self.seconds:.1f} documents/s" if self.seconds > 0 and self.total else ""
        out = [
            f"{self.total} document{'' if self.total == 1 else 's'}: {self.decided} decided ({self.resumed} resumed from --out), "
            f"{len(self.not_decided)} not decided, in {self.seconds:.1f} s{rate}"
        ]
        if self.outcomes:
            out.append("by outcome: " + ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())))
            out.append("by clearance: " + ", ".join(f"{k} {v}" for k, v in sorted(self.clearances.items())))
        out += [f"not decided: {label}: {error}" for label, error in self.not_decided]
        return out


def default_jobs() -> int:
    """Documents in flight at once: OPA decides them on every core, the harness waits on the network."""
    return min(16, 2 * (os.cpu_count() or 2))


class Batch:
    """Decides sources concurrently against one OPA (url, token), each thread with a client of its
    own, and yields the results in input order; `decide(client, raw)` gives (decision, decision id)
    or raises, `check(raw, decision)` is what a kept decision must pass to be resumed."""

    def __init__(
        self, url: str, token: str | None, decide: Callable, check: Callable, jobs: int, store: Store | None = None, resume: bool = False
    ):
        self.url, self.token, self.decide, self.check = url, token, decide, check
        self.jobs, self.store, self.resume = max(1, jobs), store, resume
        self._local = threading.local()
        self._clients: list[Client] = []
        self._lock = threading.Lock()

    def _client(self) -> Client:
        if not hasattr(self._local, "client"):
            self._local.client = Client(self.url, token=self.token)
            with self._lock:
                self._clients.append(self._local.client)
        return self._local.client

    def one(self, source: Source) -> Result:
        try:
            raw = read(source)
            if self.store and self.resume:
                kept = self.store.load(source, raw, self.check)
                if kept:
                    return kept
            decision, decision_id = self.decide(self._client(), raw)
            if self.store:
                self.store.save(source, raw, decision, decision_id)
            return Result(source, decision, decision_id)
        except (NotDecided, OpaUnavailable, UndefinedResult, BadAnswer) as error:
            problem = str(error)
        except Exception as error:  # noqa: BLE001 - a fault for one document must not stop the others
            problem = f"the harness failed: {type(error).__name__}: {error}"
        if self.store:
            self.store.forget(source)
        return Result(source, error=problem)

    def run(self, todo: Iterable[Source]) -> Iterator[Result]:
        window = 4 * self.jobs
        with ThreadPoolExecutor(self.jobs, thread_name_prefix="cnexport-decide") as pool:
            pending: deque = deque()
            try:
                for source in todo:
                    pending.append(pool.submit(self.one, source))
                    if len(pending) >= window:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            finally:
                for future in pending:
                    future.cancel()
                for client in self._clients:
                    client.close()
