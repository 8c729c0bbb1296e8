"""Password hashing with Argon2id (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from customs_desk.errors import ValidationError
from customs_desk.i18n import Msg

MIN_LENGTH = 8


class Passwords:
    """Hashes and verifies passwords. Tests may pass cheaper parameters."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    @staticmethod
    def validate(password: str, field: str = "password") -> None:
        if len(password) < MIN_LENGTH:
            raise ValidationError({field: Msg("Use at least {n} characters.", n=MIN_LENGTH)})
        if password.strip() != password:
            raise ValidationError({field: Msg("Do not start or end the password with spaces.")})

    def hash(self, password: str) -> str:
        return str(self._hasher.hash(password))

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self._hasher.verify(password_hash, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return bool(self._hasher.check_needs_rehash(password_hash))


def fast_passwords_for_tests() -> Passwords:
    """Argon2id with tiny cost parameters; never use outside tests."""
    return Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
