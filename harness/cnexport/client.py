"""A client of the sidecar: POST /v1/data/cnexport/<path> over one keep-alive session."""

from __future__ import annotations

from typing import NamedTuple

import requests

from .opa import OpaUnavailable


class UndefinedResult(RuntimeError):
    """OPA answered without a result: the policy is missing or broken. Never a decision."""


class BadAnswer(RuntimeError):
    """OPA answered 200 with a body that is not a JSON object: never a decision."""


class Answer(NamedTuple):
    """OPA's result, and the id its decision log gives it (None when decision logging is off)."""

    result: dict
    decision_id: str | None


_CLIENT_TIMEOUT = object()  # a call that gives no timeout of its own uses the client's


class Client:
    """`timeout` is how long to wait for an answer, in seconds (None: as long as it takes); a call
    may give its own. `token` is sent as the bearer token the locked-down sidecar requires."""

    def __init__(self, url: str, timeout: float | None = 30.0, token: str | None = None):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Content-Type"] = "application/json"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def evaluate(self, path: str, raw_input: bytes, timeout: float | None | object = _CLIENT_TIMEOUT) -> Answer:
        """Evaluate data.<path> for an input given as JSON text, sent as is so that numbers keep
        their exact decimal text."""
        body = b'{"input":' + raw_input + b"}"
        if timeout is _CLIENT_TIMEOUT:
            timeout = self.timeout
        try:
            response = self.session.post(f"{self.url}/v1/data/{path}", data=body, timeout=timeout)
        except requests.RequestException as error:
            raise OpaUnavailable(f"OPA at {self.url} cannot be reached: {error}") from error
        if response.status_code == 401:
            raise OpaUnavailable(
                f"OPA at {self.url} refused the call (401): send the sidecar's token "
                "(CNEXPORT_TOKEN, or build/serve.token as make serve writes it)"
            )
        if response.status_code != 200:
            raise OpaUnavailable(f"OPA at {self.url} answered {response.status_code}: {response.text[:500]}")
        try:
            answer = response.json()
        except ValueError as error:
            raise BadAnswer(f"OPA at {self.url} answered 200 with a body that is not JSON: {response.text[:200]!r}") from error
        if not isinstance(answer, dict):
            raise BadAnswer(f"OPA at {self.url} answered 200 with JSON that is not an object: {response.text[:200]!r}")
        if "result" not in answer:
            raise UndefinedResult(f"OPA at {self.url} has no result for data.{path.replace('/', '.')}")
        return Answer(answer["result"], answer.get("decision_id"))

    def query(self, path: str, raw_input: bytes, timeout: float | None | object = _CLIENT_TIMEOUT) -> dict:
        return self.evaluate(path, raw_input, timeout).result

    def decide(self, raw_document: bytes, timeout: float | None | object = _CLIENT_TIMEOUT) -> dict:
        return self.query("cnexport/decision", raw_document, timeout)

    def screen(self, raw_request: bytes) -> dict:
        return self.query("cnexport/screen", raw_request)

    def close(self) -> None:
        self.session.close()
