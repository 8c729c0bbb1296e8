"""Error kinds shared by the core, the CLI and the GUI.

* :class:`UserError` -- the input was wrong; the message tells the user what to fix.
* :class:`EnvironmentProblem` -- the machine is in the way (disk full, file locked, read-only,
  corrupt file, database from a newer version). The message says what happened and what to do.
* :class:`PermissionDenied` -- the signed-in user's role does not allow the action.

Anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations


class CustomsDeskError(Exception):
    """Base class of expected errors. ``str(err)`` is a complete sentence for the user."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


class UserError(CustomsDeskError):
    """Bad input from the user or from a file they supplied."""


class ValidationError(UserError):
    """One or more fields are invalid. ``problems`` maps a field path to its message."""

    def __init__(self, problems: dict[str, str], message: str | None = None) -> None:
        self.problems = dict(problems)
        summary = message or "; ".join(f"{k}: {v}" for k, v in self.problems.items())
        super().__init__(summary)


class NotFound(UserError):
    """The requested object does not exist."""


class PermissionDenied(CustomsDeskError):
    """The user's role does not allow this action."""


class AuthenticationFailed(UserError):
    """Wrong badge number or password, or the account is disabled."""


class EnvironmentProblem(CustomsDeskError):
    """The environment prevents the operation (disk, locks, corrupt or incompatible files)."""


class DatabaseTooNew(EnvironmentProblem):
    """The database was written by a newer version of Customs Desk."""


class DatabaseCorrupt(EnvironmentProblem):
    """The database file is damaged or is not a database."""


class DatabaseLocked(EnvironmentProblem):
    """Another program holds a lock on the database for too long."""
