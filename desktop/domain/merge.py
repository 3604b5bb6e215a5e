"""What a merge of two customers would move, or why it is refused."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MergePreview:
    """The counts that would move from the source to the target, or the refusal sentence."""

    source_id: int
    target_id: int
    source_name: str
    target_name: str
    documents: int
    payments: int
    contact_persons: int
    refusal: str | None

    def describe(self) -> str:
        """Return one sentence for the user."""
        if self.refusal:
            return self.refusal
        return (
            f"{self.documents} document(s), {self.payments} payment(s) and "
            f"{self.contact_persons} contact person(s) move from “{self.source_name}” to "
            f"“{self.target_name}”; “{self.source_name}” disappears from lists and later "
            f"syncs update “{self.target_name}” instead."
        )


def merge_refusal(
    source_id: int,
    target_id: int,
    source_currency: str,
    target_currency: str,
    source_merged: bool,
    target_merged: bool,
) -> str | None:
    """Return why merging source into target is refused, or None when it is allowed."""
    if source_id == target_id:
        return "A customer cannot be merged into itself."
    if source_merged:
        return "That customer was already merged into another one."
    if target_merged:
        return "The target was merged into another customer; merge into that one instead."
    if source_currency != target_currency:
        return (
            f"The customers use different currencies ({source_currency} and {target_currency}); "
            "documents cannot move between currencies."
        )
    return None
