#!/bin/sh
# Print the system libraries an Invoice Desk program folder needs but this system lacks (none: empty).
# Usage: missing-libraries.sh DIR   (DIR holds the invoice-desk executable and _internal/)
set -eu
dir="$1"
internal="$dir/_internal"
export LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
find "$dir" -type f \( -name '*.so' -o -name '*.so.*' -o -name invoice-desk \) -print \
  | while read -r file; do ldd "$file" 2>/dev/null || true; done \
  | awk '/=> not found/ {print $1}' | sort -u | tr '\n' ' ' | sed 's/ $//'
