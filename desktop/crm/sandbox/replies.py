"""Zoho's error replies and the checks of query parameters that produce them."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import datetime
from typing import Any

Answer = tuple[int, Any]  # (HTTP status, JSON body or None for an empty body)
PER_PAGE_MAX = 200
SORT_ORDERS = ("asc", "desc")


class Refused(Exception):  # noqa: N818 - it carries an answer, not a failure of the sandbox
    """A request the CRM refuses; carries the error answer."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer[1]["code"])
        self.answer = answer


def error(status: int, code: str, message: str, **details: Any) -> Answer:
    """Return Zoho's top-level error shape."""
    return status, {"code": code, "details": details, "message": message, "status": "error"}


def invalid_module(resource_path_index: int) -> Answer:
    """Return the answer to a module name in the URL that is not a module."""
    return error(400, "INVALID_MODULE", "the module name given seems to be invalid",
                 resource_path_index=resource_path_index)  # fmt: skip


def invalid_url() -> Answer:
    """Return the answer to a URL that is no API."""
    return error(
        404, "INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one"
    )


def invalid_method() -> Answer:
    """Return the answer to a method the resource does not take."""
    return error(400, "INVALID_REQUEST_METHOD", "The http request method type is not a valid one")


def missing(param: str) -> Refused:
    """Return the refusal of a request without a mandatory parameter."""
    return Refused(error(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                         param=param))  # fmt: skip


def invalid(param: str, **details: Any) -> Refused:
    """Return the refusal of a parameter with a value the CRM does not take."""
    return Refused(error(400, "INVALID_DATA", "invalid data", param_name=param, **details))


def count(query: Mapping[str, str], name: str, default: int, maximum: int | None = None) -> int:
    """Return a positive integer parameter (at most `maximum`); raise Refused when it is not."""
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid(name, expected_data_type="integer") from None
    if value < 1 or (maximum is not None and value > maximum):
        limits = {"minimum": 1} if maximum is None else {"minimum": 1, "maximum": maximum}
        raise invalid(name, range=limits)
    return value


def per_page(query: Mapping[str, str]) -> int:
    """Return per_page (1 to 200, default 200); raise Refused otherwise."""
    return count(query, "per_page", PER_PAGE_MAX, PER_PAGE_MAX)


def choice(query: Mapping[str, str], name: str, default: str, allowed: tuple[str, ...]) -> str:
    """Return a parameter that takes one of a few values; raise Refused otherwise."""
    value = query.get(name, default)
    if value not in allowed:
        raise invalid(name, supported_values=list(allowed))
    return value


def since_second(value: str | None) -> int | None:
    """Return the second of an If-Modified-Since value (ISO-8601 with offset, or an HTTP date).

    Raise Refused for a value that is neither.
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            moment = None
    if moment is None or moment.tzinfo is None:
        raise Refused(error(400, "INVALID_DATA", "invalid data", header_name="If-Modified-Since",
                            expected_data_type="datetime"))  # fmt: skip
    return int(moment.timestamp())
