"""Pure Python core: money, entities, status rules and errors (standard library only)."""
