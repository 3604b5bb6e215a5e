"""Secrets (refresh token, client secret) in the OS keyring, and an in-memory store for tests."""
