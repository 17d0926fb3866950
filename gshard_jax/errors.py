"""The one base class of bad input: `UserError`.

Every error a user can fix by changing what they gave (a config value, a flag, a file, the
mesh, a run directory in use) subclasses it, with the fix in its message; the command line
catches it once and exits 2 with that message, no traceback. Each subclass also keeps the
built-in base it had (ValueError, RuntimeError), so `except ValueError` still catches it.
"""


class UserError(Exception):
    """Bad input, with the fix in the message (the CLI's exit 2)."""
