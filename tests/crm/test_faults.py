"""Injected faults end in success after retrying, or in the right typed error; nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.crm.errors import (
    CrmError,
    CrmUnreachableError,
    PermissionMissingError,
    RateLimitedError,
    UnexpectedResponseError,
)
from desktop.crm.sandbox import FAULT_KINDS, SandboxCrm
from desktop.domain.errors import UserFacingError
from tests.crm.conftest import ClientFactory

# Faults the client retries; (kind, options).
TRANSIENT = [
    ("500", {}),
    ("500", {"status": 503}),
    ("429", {"retry_after": 2}),
    ("429", {"retry_after": None}),
    ("timeout", {"delay": 0.8}),
    ("truncated", {}),
    ("disconnect", {}),
    ("html", {}),
    ("not_json", {}),
]
# What each transient fault becomes when it does not go away.
PERSISTENT = {
    "500": CrmUnreachableError,
    "429": RateLimitedError,
    "timeout": CrmUnreachableError,
    "truncated": UnexpectedResponseError,
    "disconnect": CrmUnreachableError,
    "html": UnexpectedResponseError,
    "not_json": UnexpectedResponseError,
}


@pytest.fixture
def paged_sandbox() -> Iterator[SandboxCrm]:
    """Return a sandbox whose contacts fill three pages."""
    with SandboxCrm(contacts=450, accounts=20, seed=4) as running:
        yield running


def test_every_fault_kind_is_tested() -> None:
    tested = {kind for kind, _ in TRANSIENT} | {"invalid_token", "no_permission", "scope"}
    assert tested == set(FAULT_KINDS)


@pytest.mark.parametrize(("kind", "opts"), TRANSIENT)
def test_a_passing_fault_is_retried_and_nothing_is_lost(
    paged_sandbox: SandboxCrm,
    make_client: ClientFactory,
    sleeps: list[float],
    kind: str,
    opts: dict[str, object],
) -> None:
    sandbox = paged_sandbox
    client = make_client(sandbox, timeout=(1.0, 0.4))
    expected = sandbox.ids("Contacts")
    pages = client.record_pages("Contacts", None)
    ids = [r.crm_id for r in next(pages).records]
    sandbox.inject_fault(kind, count=2, **opts)  # mid-listing
    ids += [r.crm_id for page in pages for r in page.records]
    assert ids == expected
    assert len(sleeps) == 2
    if opts.get("retry_after"):
        assert sleeps == [2.0, 2.0]  # Retry-After is honoured
    assert client.api_calls == sandbox.request_count == 5  # 3 pages + 2 failures


@pytest.mark.parametrize("kind", PERSISTENT)
def test_a_fault_that_stays_ends_in_a_typed_error(
    sandbox: SandboxCrm, make_client: ClientFactory, sleeps: list[float], kind: str
) -> None:
    opts = {"delay": 0.6} if kind == "timeout" else {}
    client = make_client(sandbox, max_retries=2, timeout=(1.0, 0.3))
    sandbox.inject_fault(kind, count=3, **opts)
    with pytest.raises(PERSISTENT[kind]) as caught:
        list(client.record_pages("Accounts", None))
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.message.endswith(".")
    assert len(sleeps) == 2
    assert sandbox.request_count == 3


def test_a_long_retry_after_stops_at_once_and_says_when(
    sandbox: SandboxCrm, make_client: ClientFactory, sleeps: list[float]
) -> None:
    client = make_client(sandbox)
    sandbox.inject_fault("429", retry_after=1800)
    with pytest.raises(RateLimitedError, match="about 30 minutes") as caught:
        client.current_user()
    assert caught.value.retry_after == 1800
    assert sleeps == []


@pytest.mark.parametrize("kind", ["no_permission", "scope"])
def test_missing_permissions_are_named(
    sandbox: SandboxCrm, make_client: ClientFactory, kind: str
) -> None:
    client = make_client(sandbox)
    sandbox.inject_fault(kind)
    with pytest.raises(PermissionMissingError, match="read the CRM's Deals"):
        list(client.record_pages("Deals", None))


def test_token_expiry_mid_listing_is_survived(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    with SandboxCrm(deals=450, seed=3) as bigger:
        client = make_client(bigger)
        pages = client.record_pages("Deals", None)
        ids = [r.crm_id for r in next(pages).records]
        bigger.expire_tokens()
        ids += [r.crm_id for r in next(pages).records]
        bigger.inject_fault("invalid_token")  # the CRM may also drop a token early
        ids += [r.crm_id for page in pages for r in page.records]
        assert ids == bigger.ids("Deals")
        assert client.token_calls == 3


def test_an_unknown_error_code_is_unexpected_and_logged(
    sandbox: SandboxCrm, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(sandbox)
    client._version = "v7"
    with pytest.raises(UnexpectedResponseError, match="INVALID_URL_PATTERN") as caught:
        client.current_user()
    assert isinstance(caught.value, CrmError)
    assert "INVALID_URL_PATTERN" in caplog.text


def test_a_refused_connection_is_unreachable(
    make_client: ClientFactory, sleeps: list[float]
) -> None:
    sandbox = SandboxCrm()
    with sandbox:
        client = make_client(sandbox, max_retries=3)
        client.current_user()
    with pytest.raises(CrmUnreachableError, match=r"could not be reached at 127\.0\.0\.1"):
        client.organization()
    assert len(sleeps) == 3
