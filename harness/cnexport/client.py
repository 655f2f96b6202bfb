"""A client of the sidecar: POST /v1/data/cnexport/<path> over one keep-alive session."""

from __future__ import annotations

import requests

from .opa import OpaUnavailable


class UndefinedResult(RuntimeError):
    """OPA answered without a result: the policy is missing or broken. Never a decision."""


class Client:
    def __init__(self, url: str, timeout: float = 30.0):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def query(self, path: str, raw_input: bytes) -> dict:
        """Evaluate data.<path> for an input given as JSON text, sent as is so that numbers keep
        their exact decimal text."""
        body = b'{"input":' + raw_input + b"}"
        try:
            response = self.session.post(f"{self.url}/v1/data/{path}", data=body,
                                         headers={"Content-Type": "application/json"}, timeout=self.timeout)
        except requests.RequestException as error:
            raise OpaUnavailable(f"OPA at {self.url} cannot be reached: {error}") from error
        if response.status_code != 200:
            raise OpaUnavailable(f"OPA at {self.url} answered {response.status_code}: {response.text[:500]}")
        answer = response.json()
        if "result" not in answer:
            raise UndefinedResult(f"OPA at {self.url} has no result for data.{path.replace('/', '.')}")
        return answer["result"]

    def decide(self, raw_document: bytes) -> dict:
        return self.query("cnexport/decision", raw_document)

    def screen(self, raw_request: bytes) -> dict:
        return self.query("cnexport/screen", raw_request)

    def close(self) -> None:
        self.session.close()
