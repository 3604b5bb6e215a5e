"""Read and write typed settings (the registry lives in desktop.domain.settings)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.domain.settings import Setting
from desktop.persistence.records import AppSettingRecord

T = TypeVar("T")


def get_setting(session: Session, setting: Setting[T]) -> T:
    """Return the setting's stored value, or its default."""
    record = session.get(AppSettingRecord, setting.key)
    return setting.parse(record.value if record else None)


def set_setting(session: Session, setting: Setting[T], value: T) -> None:
    """Store the setting's value."""
    text = setting.dump(value)
    record = session.get(AppSettingRecord, setting.key)
    if record is None:
        session.add(AppSettingRecord(key=setting.key, value=text))
    else:
        record.value = text
