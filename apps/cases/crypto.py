# SPDX-License-Identifier: EUPL-1.2
"""Encryption at rest and the blind index, with keys only from the environment (settings.CASE_*).

Direct identifiers and free text are stored as Fernet tokens (AES-128-CBC + HMAC-SHA256, `cryptography`). A
`MultiFernet` decrypts with any configured key and encrypts with the first, so a key is rotated by putting a new
one in front and running `manage.py rotate_case_keys` (docs/operations-cases.md).

Finding "the same person" without decrypting rows uses a *blind index*: HMAC-SHA256 under a separate key over a
normalised value. Whoever holds the database but not the key cannot test a guessed name against it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Local development and the test suite only (settings.CASE_DEV_KEYS): derived from a fixed, public phrase, so a
# dev database can be read after a restart. Never used when the environment provides keys.
_DEV_PHRASE = b"kansrijk-local-development-only-case-key"


def _dev_key(purpose: bytes) -> bytes:
    return base64.urlsafe_b64encode(hashlib.sha256(_DEV_PHRASE + purpose).digest())


def configured_keys() -> list[bytes]:
    keys = [k.encode() for k in settings.CASE_ENCRYPTION_KEYS]
    if not keys and settings.CASE_DEV_KEYS:
        keys = [_dev_key(b"fernet")]
    if not keys:
        raise ImproperlyConfigured("CASE_ENCRYPTION_KEYS is not set (see docs/operations-cases.md).")
    return keys


def index_key() -> bytes:
    key = settings.CASE_BLIND_INDEX_KEY.encode()
    if not key and settings.CASE_DEV_KEYS:
        key = _dev_key(b"blind-index")
    if len(key) < 32:
        raise ImproperlyConfigured("CASE_BLIND_INDEX_KEY must be set, at least 32 characters.")
    return key


@lru_cache(maxsize=4)
def _fernet(keys: tuple[bytes, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(k) for k in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(f"CASE_ENCRYPTION_KEYS holds a key that is not a Fernet key: {exc}") from None


def fernet() -> MultiFernet:
    # Keyed on the keys themselves, so a test that overrides the settings gets its own instance.
    return _fernet(tuple(configured_keys()))


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ImproperlyConfigured(
            "A case field cannot be decrypted with CASE_ENCRYPTION_KEYS: a key that is still in use was removed.")


def rotate(token: str) -> str:
    """The token re-encrypted under the newest key (MultiFernet.rotate keeps the original timestamp)."""
    return fernet().rotate(token.encode()).decode()


def blind_hash(value: str) -> str:
    """A keyed hash of an already normalised value; equal inputs give equal hashes, nothing else is learnt."""
    return hmac.new(index_key(), value.encode(), hashlib.sha256).hexdigest()


def generate_key() -> str:
    return Fernet.generate_key().decode()
