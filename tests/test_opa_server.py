"""The harness's OPA server starts on a busy machine: a port taken between finding it free and OPA
binding it makes OPA exit, and the server is started again on new ports. It runs with the project's
garbage-collector target, whatever the shell exported."""

import socket

import pytest
import requests

from cnexport import opa
from cnexport.opa import OpaServer, OpaUnavailable


@pytest.fixture
def taken_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


def ports_from(monkeypatch, first: list[int]) -> list[int]:
    """free_port gives these ports first, then free ones; returns every port it gave."""
    given: list[int] = []
    real = opa.free_port

    def free_port() -> int:
        given.append(first.pop(0) if first else real())
        return given[-1]

    monkeypatch.setattr(opa, "free_port", free_port)
    return given


def test_a_port_taken_before_opa_binds_it_is_replaced_and_the_server_answers(monkeypatch, taken_port):
    given = ports_from(monkeypatch, [taken_port])
    with OpaServer() as server:
        assert given[0] == taken_port
        assert server.port != taken_port
        assert len(given) == 4  # the first pair, and a new pair after OPA could not bind
        answer = requests.post(
            f"{server.url}/v1/data/cnexport/screen",
            json={"input": {"name": "Skydio Inc."}},
            headers={"Authorization": f"Bearer {server.token}"},
            timeout=60,
        )
        assert answer.status_code == 200
        assert answer.json()["result"]["outcome"] in {"MATCH", "POSSIBLE_MATCH", "NO_MATCH"}


def test_when_every_port_tried_is_taken_it_says_so(monkeypatch, taken_port):
    given = ports_from(monkeypatch, [taken_port, taken_port] * opa.BIND_ATTEMPTS)
    with pytest.raises(OpaUnavailable, match="address already in use"):
        OpaServer().start()
    assert len(given) == 2 * opa.BIND_ATTEMPTS


def test_opa_runs_with_the_projects_gc_target_and_heap_limit_not_the_shells(monkeypatch):
    monkeypatch.setenv("GOGC", "25")
    monkeypatch.setenv("GOMEMLIMIT", "4GiB")
    with OpaServer() as server:
        environ = open(f"/proc/{server.process.pid}/environ", "rb").read().split(b"\0")
    assert f"GOGC={opa.GOGC}".encode() in environ and f"GOMEMLIMIT={opa.GOMEMLIMIT}".encode() in environ
    assert b"GOGC=25" not in environ and b"GOMEMLIMIT=4GiB" not in environ
    assert int(opa.GOGC) > 100 and opa.GOMEMLIMIT == "250MiB"
