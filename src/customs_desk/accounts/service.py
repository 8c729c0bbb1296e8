"""Account use cases: first-run set-up, sign-in, user management. Permissions are checked here."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from customs_desk.accounts.models import Installation, Post, UserAccount
from customs_desk.accounts.passwords import Passwords
from customs_desk.accounts.roles import Actor, Permission, Role
from customs_desk.clock import Clock
from customs_desk.codes.countries import is_country
from customs_desk.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from customs_desk.i18n import Msg
from customs_desk.store.audit import append_event
from customs_desk.store.base import new_id
from customs_desk.store.database import Database

POST_CODE_RE = re.compile(r"^[A-Z0-9]{2,8}(-[A-Z0-9]{2,10}){0,2}$")
BADGE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$")
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=2)


@dataclass(frozen=True)
class PostInfo:
    id: uuid.UUID
    code: str
    name: str
    country: str
    timezone: str
    agency: str


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    name: str
    badge_number: str
    role: Role
    active: bool
    post_code: str


@dataclass(frozen=True)
class PostInput:
    code: str
    name: str
    country: str
    timezone: str
    agency: str = ""

    def validate(self) -> None:
        problems: dict[str, str] = {}
        if not POST_CODE_RE.match(self.code):
            problems["post.code"] = Msg(
                "Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, "
                "then up to two parts after hyphens)."
            )
        if not self.name.strip():
            problems["post.name"] = Msg("Enter the name of the border post.")
        if not is_country(self.country):
            problems["post.country"] = Msg("Choose a country from the list.")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems["post.timezone"] = Msg("Choose a time zone from the list.")
        if problems:
            raise ValidationError(problems)


@dataclass(frozen=True)
class NewUser:
    name: str
    badge_number: str
    role: Role
    password: str

    def validate(self) -> None:
        problems: dict[str, str] = {}
        if not self.name.strip():
            problems["user.name"] = Msg("Enter the officer's full name.")
        if not BADGE_RE.match(self.badge_number):
            problems["user.badge_number"] = Msg(
                "Use letters, digits, '.', '/' or '-' (up to 40 characters)."
            )
        try:
            Passwords.validate(self.password, "user.password")
        except ValidationError as exc:
            problems.update(exc.problems)
        if problems:
            raise ValidationError(problems)


def _post_info(post: Post) -> PostInfo:
    return PostInfo(post.id, post.code, post.name, post.country, post.timezone, post.agency)


class AccountService:
    def __init__(self, db: Database, clock: Clock, passwords: Passwords) -> None:
        self._db = db
        self._clock = clock
        self._passwords = passwords

    # Installation --------------------------------------------------------------------------
    def is_set_up(self) -> bool:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Installation)) == 1

    def installation_kind(self) -> str:
        with self._db.read() as s:
            inst = s.scalars(select(Installation)).one_or_none()
            if inst is None:
                raise UserError(Msg("This data folder has not been set up yet."))
            return inst.kind

    def home_post(self) -> PostInfo:
        with self._db.read() as s:
            return _post_info(self._home_post(s))

    def _home_post(self, s: Session) -> Post:
        inst = s.scalars(select(Installation)).one_or_none()
        if inst is None:
            raise UserError(
                Msg("This data folder has not been set up yet; run the first-run wizard.")
            )
        return s.get_one(Post, inst.home_post_id)

    def idle_lock_minutes(self) -> int:
        with self._db.read() as s:
            inst = s.scalars(select(Installation)).one_or_none()
            return inst.idle_lock_minutes if inst else 10

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> None:
        actor.require(Permission.MANAGE_SETTINGS)
        if not 0 <= minutes <= 24 * 60:
            raise ValidationError({"idle_lock_minutes": Msg("Use 0 (never) to 1440 minutes.")})
        with self._db.transaction() as s:
            inst = s.scalars(select(Installation)).one()
            inst.idle_lock_minutes = minutes
            self._audit(
                s, actor, "settings.idle-lock", "installation", str(inst.id), {"minutes": minutes}
            )

    def set_up(self, post: PostInput, supervisor: NewUser, kind: str = "post") -> Actor:
        """First run: create the post (or secretariat office) and its first supervisor."""
        if kind not in ("post", "secretariat"):
            raise ValidationError({"kind": Msg("Choose 'post' or 'secretariat'.")})
        post.validate()
        supervisor.validate()
        role = Role.SECRETARIAT if kind == "secretariat" else Role.SUPERVISOR
        now = self._clock.now()
        with self._db.transaction() as s:
            if s.scalar(select(func.count()).select_from(Installation)):
                raise UserError(Msg("This data folder is already set up."))
            existing = s.scalars(select(Post).where(Post.code == post.code)).one_or_none()
            if existing is None:
                existing = Post(
                    id=new_id(),
                    code=post.code,
                    name=post.name.strip(),
                    country=post.country,
                    timezone=post.timezone,
                    agency=post.agency.strip(),
                    created_at=now,
                )
                s.add(existing)
                s.flush()
            s.add(Installation(id=new_id(), kind=kind, home_post_id=existing.id, created_at=now))
            user = self._new_user(s, existing, supervisor, role, now)
            actor = self._actor(user, existing)
            self._audit(
                s,
                actor,
                "installation.set-up",
                "post",
                str(existing.id),
                {"kind": kind, "post_code": existing.code},
            )
            self._audit(
                s,
                actor,
                "user.add",
                "user",
                str(user.id),
                {"badge": user.badge_number, "role": role.value},
            )
            return actor

    # Users -------------------------------------------------------------------------------
    def _new_user(
        self, s: Session, post: Post, new: NewUser, role: Role, now: object
    ) -> UserAccount:
        clash = s.scalars(
            select(UserAccount).where(
                UserAccount.post_id == post.id, UserAccount.badge_number == new.badge_number
            )
        ).one_or_none()
        if clash is not None:
            raise ValidationError(
                {"user.badge_number": Msg("This badge number is already registered.")}
            )
        user = UserAccount(
            id=new_id(),
            post_id=post.id,
            name=new.name.strip(),
            badge_number=new.badge_number,
            role=role.value,
            password_hash=self._passwords.hash(new.password),
            active=True,
            created_at=now,
            password_changed_at=now,
            failed_logins=0,
        )
        s.add(user)
        s.flush()
        return user

    def add_user(self, actor: Actor, new: NewUser) -> UserInfo:
        actor.require(Permission.MANAGE_USERS)
        new.validate()
        if new.role is Role.SECRETARIAT and actor.role is not Role.SECRETARIAT:
            raise PermissionDenied(Msg("Only secretariat staff can create secretariat accounts."))
        with self._db.transaction() as s:
            post = self._home_post(s)
            user = self._new_user(s, post, new, new.role, self._clock.now())
            self._audit(
                s,
                actor,
                "user.add",
                "user",
                str(user.id),
                {"badge": user.badge_number, "role": user.role},
            )
            return self._user_info(user, post)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(Permission.READ_RECORDS)
        with self._db.read() as s:
            post = self._home_post(s)
            users = s.scalars(
                select(UserAccount).where(UserAccount.post_id == post.id).order_by(UserAccount.name)
            ).all()
            return [self._user_info(u, post) for u in users]

    def list_badges(self) -> list[tuple[str, str]]:
        """(badge, name) of active users, for the sign-in screen's completer."""
        with self._db.read() as s:
            post = self._home_post(s)
            rows = s.execute(
                select(UserAccount.badge_number, UserAccount.name)
                .where(UserAccount.post_id == post.id, UserAccount.active.is_(True))
                .order_by(UserAccount.name)
            ).all()
            return [(r[0], r[1]) for r in rows]

    def set_active(self, actor: Actor, user_id: uuid.UUID, active: bool) -> None:
        actor.require(Permission.MANAGE_USERS)
        if actor.user_id == user_id and not active:
            raise UserError(Msg("You cannot disable your own account."))
        with self._db.transaction() as s:
            user = s.get(UserAccount, user_id)
            if user is None:
                raise NotFound(Msg("No such user."))
            user.active = active
            self._audit(
                s,
                actor,
                "user.enable" if active else "user.disable",
                "user",
                str(user.id),
                {"badge": user.badge_number},
            )

    def change_password(
        self, actor: Actor, badge: str, new_password: str, current_password: str | None = None
    ) -> None:
        """Change a password: your own with the current password, or anyone's as a supervisor."""
        Passwords.validate(new_password, "new_password")
        with self._db.transaction() as s:
            post = self._home_post(s)
            user = s.scalars(
                select(UserAccount).where(
                    UserAccount.post_id == post.id, UserAccount.badge_number == badge
                )
            ).one_or_none()
            if user is None:
                raise NotFound(Msg("No user with badge number {badge}.", badge=badge))
            own = user.id == actor.user_id
            if own:
                if current_password is None or not self._passwords.verify(
                    user.password_hash, current_password
                ):
                    raise AuthenticationFailed(Msg("The current password is wrong."))
            else:
                actor.require(Permission.MANAGE_USERS)
            now = self._clock.now()
            user.password_hash = self._passwords.hash(new_password)
            user.password_changed_at = now
            user.failed_logins = 0
            user.locked_until = None
            self._audit(
                s,
                actor,
                "user.password",
                "user",
                str(user.id),
                {"badge": user.badge_number, "by_self": own},
            )

    # Sign-in -------------------------------------------------------------------------------
    def authenticate(self, badge: str, password: str) -> Actor:
        now = self._clock.now()
        failure: AuthenticationFailed | None = None
        with self._db.transaction() as s:
            post = self._home_post(s)
            user = s.scalars(
                select(UserAccount).where(
                    UserAccount.post_id == post.id, UserAccount.badge_number == badge.strip()
                )
            ).one_or_none()
            if user is None or not user.active:
                raise AuthenticationFailed(Msg("Wrong badge number or password."))
            if user.locked_until is not None and user.locked_until > now:
                wait = int((user.locked_until - now).total_seconds()) + 1
                raise AuthenticationFailed(
                    Msg("Too many wrong passwords. Try again in {seconds} seconds.", seconds=wait)
                )
            if self._passwords.verify(user.password_hash, password):
                if self._passwords.needs_rehash(user.password_hash):
                    user.password_hash = self._passwords.hash(password)
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                actor = self._actor(user, post)
            else:
                # Count the failure and commit it before raising.
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                self._audit(
                    s,
                    None,
                    "user.login-failed",
                    "user",
                    str(user.id),
                    {"badge": user.badge_number},
                    post=post,
                )
                failure = AuthenticationFailed(Msg("Wrong badge number or password."))
        if failure is not None:
            raise failure
        return actor

    def verify_password(self, actor: Actor, password: str) -> bool:
        """Check the signed-in user's password (unlocking an idle-locked session)."""
        if actor.user_id is None:
            return False
        with self._db.read() as s:
            user = s.get(UserAccount, actor.user_id)
            return bool(
                user and user.active and self._passwords.verify(user.password_hash, password)
            )

    def system_actor(self) -> Actor:
        """The program itself (migrations, demo data, applying verified update packages)."""
        with self._db.read() as s:
            post = self._home_post(s)
            return Actor(None, "Customs Desk", "system", Role.SECRETARIAT, post.id, post.code)

    # Helpers -------------------------------------------------------------------------------
    @staticmethod
    def _actor(user: UserAccount, post: Post) -> Actor:
        return Actor(user.id, user.name, user.badge_number, Role(user.role), post.id, post.code)

    @staticmethod
    def _user_info(user: UserAccount, post: Post) -> UserInfo:
        return UserInfo(
            user.id, user.name, user.badge_number, Role(user.role), user.active, post.code
        )

    def _audit(
        self,
        s: Session,
        actor: Actor | None,
        action: str,
        entity_type: str,
        entity_id: str,
        details: dict[str, object],
        post: Post | None = None,
    ) -> None:
        chain_post = post.id if post is not None else (actor.post_id if actor else None)
        if chain_post is None:
            chain_post = self._home_post(s).id
        append_event(
            s,
            chain=str(chain_post),
            occurred_at=self._clock.now(),
            actor_id=actor.user_id if actor else None,
            actor_name=actor.name if actor else "(anonymous)",
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            details=dict(details),
        )
