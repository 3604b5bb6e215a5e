"""Render a document value to PDF bytes with reportlab: deterministic, no database, no network."""
