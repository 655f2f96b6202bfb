"""A client of the sidecar: POST /v1/data/cnexport/<path> over one keep-alive session."""

from __future__ import annotations

from typing import NamedTuple

import requests

from .opa import OpaUnavailable


class UndefinedResult(RuntimeError):
    """OPA answered without a result: the policy is missing or broken. Never a decision."""


class Answer(NamedTuple):
    """OPA's result, and the id its decision log gives it (None when decision logging is off)."""
    result: dict
    decision_id: str | None


class Client:
    def __init__(self, url: str, timeout: float = 30.0, token: str | None = None):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Content-Type"] = "application/json"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def evaluate(self, path: str, raw_input: bytes) -> Answer:
        """Evaluate data.<path> for an input given as JSON text, sent as is so that numbers keep
        their exact decimal text."""
        body = b'{"input":' + raw_input + b"}"
        try:
            response = self.session.post(f"{self.url}/v1/data/{path}", data=body, timeout=self.timeout)
        except requests.RequestException as error:
            raise OpaUnavailable(f"OPA at {self.url} cannot be reached: {error}") from error
        if response.status_code == 401:
            raise OpaUnavailable(f"OPA at {self.url} refused the call (401): send the sidecar's token "
                                 "(CNEXPORT_TOKEN, or build/serve.token as make serve writes it)")
        if response.status_code != 200:
            raise OpaUnavailable(f"OPA at {self.url} answered {response.status_code}: {response.text[:500]}")
        answer = response.json()
        if "result" not in answer:
            raise UndefinedResult(f"OPA at {self.url} has no result for data.{path.replace('/', '.')}")
        return Answer(answer["result"], answer.get("decision_id"))

    def query(self, path: str, raw_input: bytes) -> dict:
        return self.evaluate(path, raw_input).result

    def decide(self, raw_document: bytes) -> dict:
        return self.query("cnexport/decision", raw_document)

    def screen(self, raw_request: bytes) -> dict:
        return self.query("cnexport/screen", raw_request)

    def close(self) -> None:
        self.session.close()
