"""What the PyInstaller bundle leaves out of Qt: plugins the app never loads, and their libraries.

Imported by pyinstaller.spec. Every rule names why; the libraries a dropped plugin pulled in are
found from the ELF/Mach-O/PE import tables, so nothing here lists GTK or QML libraries by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import PurePath

from PyInstaller.depend import bindepend

log = logging.getLogger("bundle_contents")

# Platform plugins: offscreen and minimal (headless: --self-test, CI), plus the platform's own.
# Linux keeps xcb (X11, and XWayland on every Wayland desktop) and wayland (native Wayland
# sessions: sharp fractional scaling, and compositors without XWayland). eglfs, linuxfb, vnc and
# vkkhrdisplay are for kiosks and embedded boards.
KEPT_PLATFORMS = {"qoffscreen", "qminimal", "qxcb", "qwayland", "qcocoa", "qwindows"}

# Whole plugin folders the app has no use for.
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations": "embedded EGL displays",
    "generic": "evdev/tuio touch input for embedded boards",
    "networkinformation": "HTTP goes through requests, not Qt",
    "tls": "HTTP goes through requests, not Qt",
    "multimedia": "no audio or video",
}

# Single plugins (by file stem without "lib") the app has no use for.
DROPPED_PLUGINS = {
    # A bundled GTK 3 stack (≈25 MB) loads the desktop's own GTK modules and themes, and breaks
    # when they are newer; Qt's own style and the xdg-desktop-portal theme (kept) do instead.
    "qgtk3": "bundled GTK clashes with the system's",
    "qtvirtualkeyboardplugin": "on-screen keyboard pulls in QtQml and QtQuick",
    "qpdf": "an image-format plugin; PDFs are opened through QtPdf directly",
    "qtiff": "no TIFF images",
    "qwebp": "no WebP images",
    "qtga": "no TGA images",
    "qwbmp": "no WBMP images",
    # Wayland: only the xdg-shell protocol of desktop compositors; the *-server plugins are
    # for compositors, not for applications.
    "fullscreen-shell-v1": "kiosk compositors",
    "ivi-shell": "in-vehicle compositors",
    "qt-shell": "Qt's own compositor",
    "wl-shell-plugin": "a deprecated protocol",
    "dmabuf-server": "compositor side",
    "drm-egl-server": "compositor side",
    "shm-emulation-server": "compositor side",
    "vulkan-server": "compositor side",
}


# Qt's catalogues of the languages the window speaks (desktop/ui/translations.py).
QT_CATALOGUES_USED = {f"qtbase_{language}.qm" for language in ("de", "fr", "es")}


def plugin_of(target: str) -> tuple[str, str] | None:
    """Return (plugin type, plugin stem) for a Qt plugin's path in the bundle, else None."""
    parts = PurePath(target).parts
    if "plugins" not in parts or parts.index("plugins") + 2 >= len(parts):
        return None
    stem = parts[-1].split(".")[0].removeprefix("lib")
    return parts[parts.index("plugins") + 1], stem


def is_unused(target: str) -> bool:
    """Say whether a file (by its path inside the bundle) is something the app never loads."""
    parts = PurePath(target).parts
    if "Qt" in parts and "translations" in parts:
        # The window loads Qt's own catalogue (standard buttons) of its languages only.
        return PurePath(target).name not in QT_CATALOGUES_USED
    plugin = plugin_of(target)
    if plugin is None:
        return False
    plugin_type, stem = plugin
    if plugin_type == "platforms":
        return stem not in KEPT_PLATFORMS
    return plugin_type in DROPPED_PLUGIN_TYPES or stem in DROPPED_PLUGINS


def prune(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return the TOC without unused plugins and the libraries only they needed."""
    entries = list(entries)
    dropped = [entry for entry in entries if is_unused(entry[0])]
    kept = [entry for entry in entries if not is_unused(entry[0])]
    by_name = {PurePath(dest).name: (dest, source) for dest, source, _kind in kept}
    only_dropped = _closure(dropped, by_name)
    needed = _closure(
        [entry for entry in kept if PurePath(entry[0]).name not in only_dropped], by_name
    )
    orphans = only_dropped - needed
    log.info(
        "left out %d libraries needed only by plugins left out: %s",
        len(orphans),
        ", ".join(sorted(orphans)),
    )
    return [entry for entry in kept if PurePath(entry[0]).name not in orphans]


def _closure(roots: list[tuple[str, str, str]], by_name: dict[str, tuple[str, str]]) -> set[str]:
    """Return the bundled library names the roots need, directly or through each other."""
    seen: set[str] = set()
    pending = [source for _dest, source, kind in roots if kind in ("BINARY", "EXTENSION")]
    while pending:
        for name, _path in bindepend.get_imports(pending.pop()):
            name = PurePath(name).name
            if name in by_name and name not in seen:
                seen.add(name)
                pending.append(by_name[name][1])
    return seen
