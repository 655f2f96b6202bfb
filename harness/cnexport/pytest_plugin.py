"""The pytest plugin: pytest collects regression suites (*.cnexport.yaml) as tests.

Each case, on each of its dates, is one test item; a failure lists every difference. One OPA is
started for the whole session, on first use, locked down like the sidecar (or --cnexport-opa-url
names a running one, whose token is CNEXPORT_TOKEN or build/serve.token). A malformed suite is a
collection error with every problem and its path. Installed with the package; `-p no:cnexport`
turns it off.
"""

from __future__ import annotations

import pytest

from .client import Client
from .opa import OpaServer, OpaUnavailable
from .paths import sidecar_token
from .suite import SUITE_SUFFIX, CaseError, Difference, Run, Suite, SuiteError, check, load

_SERVER = pytest.StashKey[object]()
_CLIENT = pytest.StashKey[object]()


def pytest_addoption(parser) -> None:
    group = parser.getgroup("cnexport", "cnexport regression suites")
    group.addoption("--cnexport-opa-url", default=None, help="run suites against this sidecar instead of an OPA started for the session")


def session_opa(config) -> OpaServer:
    """The session's local OPA, started on first use and stopped when pytest ends."""
    found = config.stash.get(_SERVER, None)
    if isinstance(found, OpaUnavailable):
        raise found
    if found is None:
        server = OpaServer()
        try:
            server.start()
        except OpaUnavailable as error:
            config.stash[_SERVER] = error  # every later item reports it, none starts another
            raise
        config.add_cleanup(server.stop)
        config.stash[_SERVER] = found = server
    return found


def _client(config) -> Client:
    client = config.stash.get(_CLIENT, None)
    if client is None:
        url = config.getoption("cnexport_opa_url")
        if url:
            client = Client(url, token=sidecar_token())
        else:
            server = session_opa(config)
            client = Client(server.url, token=server.token)
        config.add_cleanup(client.close)
        config.stash[_CLIENT] = client
    return client


def pytest_collect_file(parent, file_path):
    if file_path.name.endswith(SUITE_SUFFIX):
        return SuiteFile.from_parent(parent, path=file_path)
    return None


class SuiteFile(pytest.File):
    def collect(self):
        try:
            suite = load(self.path)
        except SuiteError as error:
            raise self.CollectError(str(error)) from error
        for run in suite.runs():
            yield RunItem.from_parent(self, name=run.name, suite=suite, run=run)


class DecisionDiffers(AssertionError):
    def __init__(self, differences: list[Difference]):
        self.differences = differences
        super().__init__("\n".join(str(d) for d in differences))


class RunItem(pytest.Item):
    def __init__(self, *, suite: Suite, run: Run, **kwargs):
        super().__init__(**kwargs)
        self.suite = suite
        self.run = run

    def runtest(self) -> None:
        from .cli import _decision_validator
        from .verify import decide_run

        try:
            client = _client(self.config)
        except OpaUnavailable as error:
            raise CaseError(f"no decision: {error}") from error
        decision = decide_run(client, self.suite, self.run, _decision_validator())
        differences = check(self.run.expectation, decision)
        if differences:
            raise DecisionDiffers(differences)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (DecisionDiffers, CaseError)):
            return f"{self.run.name} ({self.path.name}):\n" + "\n".join(f"  {line}" for line in str(excinfo.value).splitlines())
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"{self.path.name}::{self.run.name}"
