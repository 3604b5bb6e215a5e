"""Where file dialogs start: the user's Documents folder, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """Return the user's Documents folder (the home folder where a system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(file_name: str) -> str:
    """Return a suggested file name inside the Documents folder, for a save dialog."""
    return str(documents_folder() / file_name)
