"""What connecting to a CRM asks for: the data centres and the request, checked without I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError

DATA_CENTRES = ("us", "eu", "in", "au", "jp", "cn", "ca")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class ConnectRequest:
    """What the import dialog (or `invoice-desk connect`) asks for."""

    email: str
    key: str
    client_id: str
    client_secret: str
    data_centre: str = "us"
    accounts_url: str | None = None
    api_url: str | None = None
    auto_update: bool = True

    def validated(self) -> ConnectRequest:
        """Return the request with blanks trimmed; raise ValidationError naming a bad field."""
        email, key = self.email.strip(), self.key.strip()
        client_id, secret = self.client_id.strip(), self.client_secret.strip()
        if not _EMAIL.match(email):
            raise ValidationError("Email", f"“{email}” is not an email address")
        for field, value in (("Key", key), ("Client ID", client_id), ("Client secret", secret)):
            if not value:
                raise ValidationError(field, "is required")
        if self.data_centre not in DATA_CENTRES:
            raise ValidationError("Data centre", f"must be one of {', '.join(DATA_CENTRES)}")
        return ConnectRequest(
            email, key, client_id, secret, self.data_centre,
            (self.accounts_url or "").strip() or None, (self.api_url or "").strip() or None,
            self.auto_update,
        )  # fmt: skip
