"""The email rules without a network: addresses, header injection, templates, reminder steps."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.mail import (
    Recipients,
    check_address,
    check_addresses,
    check_template,
    is_loopback,
    parse_schedule,
    reminder_step_due,
    render_template,
)
from desktop.mail.compose import compose


@given(st.text(), st.sampled_from(["\r", "\n", "\r\n", "\x00", "\u2028"]), st.text())
def test_a_line_break_anywhere_in_an_address_is_refused(before: str, brk: str, after: str) -> None:
    with pytest.raises(ValidationError) as raised:
        check_addresses([f"{before}{brk}{after}@example.com"], "cc")
    assert raised.value.field == "cc"


@given(st.text(max_size=60))
def test_whatever_passes_the_check_makes_a_well_formed_header(name: str) -> None:
    try:
        [address] = check_addresses([f'"{name}" <ana@example.com>'], "to")
        _, content = compose(
            "shop@example.com", Recipients((address,)), name, "b", None, dt.datetime.now(dt.UTC)
        )
    except ValidationError:
        return
    headers = content.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0] for line in headers.split("\r\n") if not line[:1].isspace()]
    assert names == ["From", "To", "Subject", "Date", "Message-ID", "Content-Type",
                     "Content-Transfer-Encoding", "MIME-Version"]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["ana", "ana@", "@example.com", "ana@localhost", "two words@example.com", "a@b@c"]
)
def test_what_is_not_an_address(text: str) -> None:
    with pytest.raises(ValidationError):
        check_address(text, "to")


def test_addresses_keep_their_names_and_split_on_commas() -> None:
    assert check_addresses(['Ana <ana@x.com>, "Ruiz, Bob" <bob@y.org>', "c@z.net"], "to") == (
        "Ana <ana@x.com>",
        '"Ruiz, Bob" <bob@y.org>',
        "c@z.net",
    )


def test_templates_name_an_unknown_placeholder() -> None:
    assert render_template(
        "{number} for {customer}", {"number": "INV-1", "customer": "Ana"}, "s"
    ) == ("INV-1 for Ana")
    with pytest.raises(ValidationError, match=r"\{amount\} is not a placeholder"):
        check_template("{amount}", "send subject")
    with pytest.raises(ValidationError, match="unmatched brace"):
        check_template("{number", "send subject")


def test_the_latest_step_reached_is_the_one_due() -> None:
    due = dt.date(2026, 11, 10)
    assert reminder_step_due(due, dt.date(2026, 11, 16), [7, 21]) is None
    assert reminder_step_due(due, dt.date(2026, 11, 17), [7, 21]) == 7
    assert reminder_step_due(due, dt.date(2027, 1, 1), [7, 21]) == 21
    assert reminder_step_due(None, dt.date(2027, 1, 1), [7]) is None
    assert parse_schedule(" 21; 7, 7 ") == [7, 21]
    assert parse_schedule("") == []
    with pytest.raises(ValidationError, match="reminder days"):
        parse_schedule("soon")


def test_loopback_hosts() -> None:
    assert all(map(is_loopback, ["localhost", "127.0.0.1", "127.3.4.5", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["smtp.example.com", "10.0.0.1", "localhost.evil.com"]))
