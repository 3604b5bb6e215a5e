"""Storage side of the import: per-page upserts, deletions, merges, the run log, cursors and the lock."""
