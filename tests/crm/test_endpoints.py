"""Data centres, explicit URLs, and plain http only for this computer."""

from __future__ import annotations

import pytest

from desktop.crm.endpoints import DATA_CENTRES, endpoints_for
from desktop.crm.errors import EndpointError
from desktop.domain.errors import UserFacingError


@pytest.mark.parametrize(
    ("centre", "accounts", "api"),
    [
        ("us", "https://accounts.zoho.com", "https://www.zohoapis.com"),
        ("eu", "https://accounts.zoho.eu", "https://www.zohoapis.eu"),
        ("in", "https://accounts.zoho.in", "https://www.zohoapis.in"),
        ("au", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
        ("jp", "https://accounts.zoho.jp", "https://www.zohoapis.jp"),
        ("cn", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
        ("ca", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
    ],
)
def test_each_data_centre_has_its_hosts(centre: str, accounts: str, api: str) -> None:
    endpoints = endpoints_for(centre)
    assert (endpoints.accounts_url, endpoints.api_url) == (accounts, api)
    assert endpoints.token_url == f"{accounts}/oauth/v2/token"
    assert not endpoints.api_url_fixed


def test_every_known_centre_is_tested() -> None:
    assert set(DATA_CENTRES) == {"us", "eu", "in", "au", "jp", "cn", "ca"}


def test_explicit_urls_win_over_the_data_centre() -> None:
    endpoints = endpoints_for("eu", "https://accounts.example.org/", "https://api.example.org")
    assert endpoints.accounts_url == "https://accounts.example.org"
    assert endpoints.api_url == "https://api.example.org"
    assert endpoints.api_url_fixed


def test_only_the_accounts_url_can_be_overridden() -> None:
    endpoints = endpoints_for("us", accounts_url="https://accounts.example.org")
    assert endpoints.api_url == "https://www.zohoapis.com"
    assert not endpoints.api_url_fixed


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://localhost:1", "http://127.8.9.10", "http://[::1]:80"]
)
def test_plain_http_is_accepted_for_loopback(url: str) -> None:
    assert endpoints_for(None, url, url).api_url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://accounts.zoho.com",
        "http://192.168.1.10:8765",
        "ftp://accounts.zoho.com",
        "accounts.zoho.com",
        "https://",
        "https://host/path?x=1",
        "https://user:pw@host",
        "https://host:99999",
    ],
)
def test_unusable_urls_are_refused_with_a_sentence(url: str) -> None:
    with pytest.raises(EndpointError) as caught:
        endpoints_for("us", accounts_url=url)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.field == "Accounts URL"


def test_unknown_data_centre_names_the_known_ones() -> None:
    with pytest.raises(EndpointError, match="us, eu, in, au, jp, cn, ca"):
        endpoints_for("mars")


def test_no_data_centre_needs_both_urls() -> None:
    with pytest.raises(EndpointError, match="data centre"):
        endpoints_for(None, accounts_url="https://accounts.example.org")


def test_data_centre_is_case_insensitive() -> None:
    assert endpoints_for(" EU ").accounts_url == "https://accounts.zoho.eu"
