#!/bin/sh
# Remove Invoice Desk's program files, menu entry and icons. Your database, logs and saved keys
# stay (data: ~/.local/share/InvoiceDesk; keys: your system keyring).
set -eu
app=$(cd "$(dirname "$0")" && pwd)
prefix=$(dirname "$(dirname "$app")")
case "$app" in */lib/invoice-desk) ;; *) echo "uninstall.sh: not in an installed lib/invoice-desk folder" >&2; exit 1 ;; esac
rm -f "$prefix/bin/invoice-desk" "$prefix/share/applications/invoice-desk.desktop"
rm -f "$prefix"/share/icons/hicolor/*/apps/invoice-desk.png "$prefix/share/icons/hicolor/scalable/apps/invoice-desk.svg"
rm -rf "$app"
if [ -f "$prefix/share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q "$prefix/share/icons/hicolor" || true
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
echo "Invoice Desk removed from $prefix (your data was kept)."
