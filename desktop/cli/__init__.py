"""The command line: the same use cases as the GUI, headless, with stable JSON output."""
