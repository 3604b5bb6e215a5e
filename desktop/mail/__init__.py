"""Email over SMTP: composing a message and handing it to the user's mail server (the only SMTP)."""
