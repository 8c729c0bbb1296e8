"""Roles, permissions and the signed-in actor.

Services check permissions; the UI only mirrors them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from customs_desk.errors import PermissionDenied
from customs_desk.i18n import Msg


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    SECRETARIAT = "secretariat"


class Permission(StrEnum):
    READ_RECORDS = "read-records"
    EDIT_RECORDS = "edit-records"
    REOPEN_RECORDS = "reopen-records"  # correct someone else's finalized record
    MANAGE_USERS = "manage-users"
    MANAGE_SETTINGS = "manage-settings"
    EXPORT_PACKAGES = "export-packages"
    IMPORT_PACKAGES = "import-packages"  # consolidate posts' packages
    MAKE_UPDATES = "make-updates"  # sign update packages for posts
    APPLY_UPDATES = "apply-updates"
    MANAGE_KEYS = "manage-keys"
    RESOLVE_CONFLICTS = "resolve-conflicts"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset(
        {Permission.READ_RECORDS, Permission.EDIT_RECORDS, Permission.EXPORT_PACKAGES}
    ),
    Role.SUPERVISOR: frozenset(
        {
            Permission.READ_RECORDS,
            Permission.EDIT_RECORDS,
            Permission.REOPEN_RECORDS,
            Permission.MANAGE_USERS,
            Permission.MANAGE_SETTINGS,
            Permission.EXPORT_PACKAGES,
            Permission.APPLY_UPDATES,
            Permission.MANAGE_KEYS,
        }
    ),
    Role.SECRETARIAT: frozenset(set(Permission)),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting. Obtained from :meth:`AccountService.authenticate` (or ``system``)."""

    user_id: uuid.UUID | None
    name: str
    badge: str
    role: Role
    post_id: uuid.UUID
    post_code: str

    @property
    def is_system(self) -> bool:
        return self.user_id is None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                Msg(
                    "{name} ({role}) is not allowed to {action}.",
                    name=self.name,
                    role=self.role.value,
                    action=permission.value.replace("-", " "),
                ),
                hint=Msg("Ask a supervisor."),
            )
