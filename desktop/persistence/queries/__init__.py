"""Read queries that return frozen domain values, never records."""
