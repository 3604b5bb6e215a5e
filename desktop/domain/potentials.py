"""Potentials (CRM deals) as the front ends list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Potential:
    """A deal with the customer it belongs to and the numbers of its documents."""

    id: int
    crm_id: str
    name: str
    stage: str | None
    amount: Decimal | None
    closing_date: date | None
    customer_id: int | None
    customer_name: str | None
    documents: tuple[str, ...]
