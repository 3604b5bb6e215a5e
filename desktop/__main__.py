"""`python -m desktop` runs the application."""

from desktop.app.main import main

raise SystemExit(main())
