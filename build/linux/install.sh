#!/bin/sh
# Install Invoice Desk from this unpacked archive: for you alone (default, ~/.local, no root needed)
# or for everyone (sudo ./install.sh --prefix /usr/local).
#   ./install.sh [--prefix DIR]      install or update (the database in your data folder is kept)
#   DIR/lib/invoice-desk/uninstall.sh   remove the program again (your data is kept)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

app="$prefix/lib/invoice-desk"
bin="$prefix/bin"
share="$prefix/share"

echo "Installing Invoice Desk $(cat "$here/VERSION") into $app"
mkdir -p "$prefix/lib" "$bin" "$share/applications"
# Replace the program folder as a whole, so no file of an older version stays behind.
rm -rf "$app.new"
cp -R "$here/invoice-desk" "$app.new"
cp "$here/uninstall.sh" "$app.new/uninstall.sh"
rm -rf "$app" && mv "$app.new" "$app"
ln -sf "$app/invoice-desk" "$bin/invoice-desk"

for png in "$here"/icons/invoice-desk-*.png; do
  size=$(basename "$png" .png); size=${size#invoice-desk-}
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$share/icons/hicolor/${size}x${size}/apps/invoice-desk.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/icons/invoice-desk.svg" "$share/icons/hicolor/scalable/apps/invoice-desk.svg"
# The menu entry starts the program by its full path: ~/.local/bin is not on every session's PATH.
sed "s|^Exec=invoice-desk|Exec=$bin/invoice-desk|" "$here/invoice-desk.desktop" > "$share/applications/invoice-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default invoice-desk.desktop x-scheme-handler/invoicedesk || true
# Only a full theme folder (with index.theme, e.g. /usr/local) keeps an icon cache.
if [ -f "$share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q "$share/icons/hicolor" || true
fi

# The window needs a few system libraries the program does not carry (graphics drivers, X11).
missing=$("$here/missing-libraries.sh" "$app")
if [ -n "$missing" ]; then
  echo "Note: these system libraries are missing: $missing"
  echo "      Without libGL, libEGL or libxcb the window cannot open; the libwayland ones matter only"
  echo "      in a Wayland session without XWayland. --self-test and the commands work regardless."
  echo "      Debian/Ubuntu: sudo apt-get install libgl1 libegl1 libxcb1 libwayland-client0 libwayland-cursor0 libwayland-egl1"
  echo "      Fedora:        sudo dnf install mesa-libGL mesa-libEGL libxcb libwayland-client libwayland-cursor libwayland-egl"
fi

echo "Checking the installation:"
"$app/invoice-desk" --self-test || { echo "The self-test failed; see the lines above." >&2; exit 1; }
echo "Done. Start Invoice Desk from your applications menu, or run: $bin/invoice-desk"
