"""Window and view preferences as a typed registry over QSettings: one list, no scattered string keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", bool, bytes, str)


@dataclass(frozen=True, slots=True)
class UiSetting(Generic[T]):
    """A preference: where it is stored, its type, its default and what it means."""

    key: str
    type: type[T]
    default: T
    label: str

    def scoped(self, scope: str) -> UiSetting[T]:
        """Return the same preference for one named table or dialog (e.g. column widths)."""
        return UiSetting(f"{self.key}/{scope}", self.type, self.default, f"{self.label} ({scope})")


WINDOW_GEOMETRY = UiSetting("window/geometry", bytes, b"", "Main window position and size")
WINDOW_STATE = UiSetting("window/state", bytes, b"", "Main window toolbars and docks")
# Empty until the user leaves the app on a tab: then Home once there are documents, else Customers.
CURRENT_TAB = UiSetting("window/current_tab", str, "", "The section open at start-up")
HEADER_STATE = UiSetting("tables/header", bytes, b"", "Column widths and order")
SPLITTER_STATE = UiSetting("splitters/state", bytes, b"", "Pane sizes")
SHOW_INACTIVE = UiSetting("customers/show_inactive", bool, False, "Show inactive customers")
APPEARANCE = UiSetting("window/appearance", str, "system", "Light, dark, or as the system is")

REGISTRY: tuple[UiSetting[bool] | UiSetting[bytes] | UiSetting[str], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    CURRENT_TAB,
    HEADER_STATE,
    SPLITTER_STATE,
    SHOW_INACTIVE,
    APPEARANCE,
)


class UiSettings:
    """Reads and writes registry preferences; the QSettings store is passed in (a temp file in tests)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def get(self, setting: UiSetting[T]) -> T:
        """Return the stored value, or the default when absent or unreadable."""
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        value: Any
        if setting.type is bytes:
            value = bytes(raw.data()) if isinstance(raw, QByteArray) else setting.default
        elif setting.type is bool:
            # INI files give strings back; native stores give bools.
            value = raw is True or str(raw).lower() == "true"
        else:
            value = str(raw)
        return cast(T, value)

    def set(self, setting: UiSetting[T], value: T) -> None:
        """Store a value (bytes as a QByteArray, never a pickled Qt object)."""
        self._store.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
