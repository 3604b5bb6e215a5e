"""The PySide6 desktop front end: views, dialogs, item models, the task runner and the scheduler."""
