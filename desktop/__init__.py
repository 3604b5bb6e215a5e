"""Invoice Desk: desktop invoicing for customers imported from Zoho CRM."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("invoice-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
