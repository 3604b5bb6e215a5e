"""Composition root: arguments, paths, logging, and the wiring of every object."""
