"""Use cases, Qt-free: the one doorway of both front ends."""
