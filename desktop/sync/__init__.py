"""The import engine: fetch, map and upsert per page; cursors, deletions, merges, workflows."""
