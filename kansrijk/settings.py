# SPDX-License-Identifier: EUPL-1.2
"""Settings, all read from the environment (see docs/operations.md)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from kansrijk.env import envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = envbool("DEBUG", False)
SECRET_KEY = envstr("SECRET_KEY")
if not SECRET_KEY:
    if not (DEBUG or envbool("KANSRIJK_DEV", False)):
        raise ImproperlyConfigured("SECRET_KEY must be set (or KANSRIJK_DEV=1 for local use).")
    # Local development only: a fixed key is harmless on 127.0.0.1 and keeps sessions across restarts.
    SECRET_KEY = "dev-only-kansrijk-key-not-for-production-use-0123456789abcdef"  # noqa: S105

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "rules.apps.AutodiscoverRulesConfig",
    "auditlog",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "pgtrigger",
    # Domain apps, in dependency order (each may only import from those above it).
    "apps.core",
    "apps.reference",
    "apps.organisations",
    "apps.accounts",
    "apps.coalitions",
    "apps.plans",
    "apps.actions",
    "apps.meetings",
    "apps.agreements",
    "apps.budgets",
    "apps.assessments",
    "apps.overview",
    "apps.directory",
    "apps.monitoring",
    "apps.cases",
    "apps.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "apps.core.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): logged in with a second factor
    "auditlog.middleware.AuditlogMiddleware",  # records who made each change
    "apps.cases.audit.AccessContextMiddleware",  # lets the case policy record from where case data was read
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kansrijk.urls"
WSGI_APPLICATION = "kansrijk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", f"sqlite:///{BASE_DIR / 'kansrijk.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "coalitions:list"
LOGOUT_REDIRECT_URL = "login"

# Two-step verification (TOTP): optional for the workspace, required for every page and API answer with case data.
OTP_TOTP_ISSUER = "Kansrijk"

# Case data (apps/cases): keys for encryption at rest and for the blind index, only from the environment.
# CASE_ENCRYPTION_KEYS: comma-separated Fernet keys, newest first (rotation: docs/operations-cases.md).
# CASE_BLIND_INDEX_KEY: a long random secret for the keyed hashes of names; changing it means re-indexing.
# Without them the cases app refuses to start outside local development (system check cases.E001).
CASE_ENCRYPTION_KEYS = envlist("CASE_ENCRYPTION_KEYS", [])
CASE_BLIND_INDEX_KEY = envstr("CASE_BLIND_INDEX_KEY")
CASE_DEV_KEYS = DEBUG or envbool("KANSRIJK_DEV", False)
# Months after closing that a case is kept in full; then purge_expired_cases anonymises it (docs/operations-cases.md).
CASE_RETENTION_MONTHS = envint("CASE_RETENTION_MONTHS", 24)
# Days a receiving organisation has to answer a referral before it shows as overdue on the hub's dashboard.
CASE_REFERRAL_RESPONSE_DAYS = envint("CASE_REFERRAL_RESPONSE_DAYS", 10)
# The address in e-mail notifications (links only, never personal data).
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "kansrijk@localhost")
EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
# Minutes without activity after which a case page asks to log in again.
CASE_IDLE_MINUTES = envint("CASE_IDLE_MINUTES", 15)

# Login throttling: lock a username+IP pair after 5 failures for 15 minutes.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)

# Monitoring: a count below this is not shown (for a yes/no indicator both cells go); the national monitor uses 10.
MONITORING_SUPPRESSION_THRESHOLD = envint("MONITORING_SUPPRESSION_THRESHOLD", 10)
# Public directory search API: requests per client address (DRF throttle rate).
DIRECTORY_PUBLIC_SEARCH_RATE = envstr("DIRECTORY_PUBLIC_SEARCH_RATE", "120/minute")
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["kansrijk.formats"]  # one date format across the site (d-m-Y)

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "apps.core.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kansrijk API",
    "DESCRIPTION": ("Kansrijke Start: coalitiewerkruimte, sociale kaart en zorgpaden (met de Open Referral HSDS 3.0-API "
                    "onder /hsds/) en monitoring van indicatoren."),
    "VERSION": "1.0.0",
    # Tags and operation ids come from the path after /api/; the HSDS endpoints (/hsds/…) carry their own.
    "SCHEMA_PATH_PREFIX": "/api/",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Served from our own static files: no CDN, works offline and leaks no visits.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Audit trail of workspace writes. No IP addresses: not needed for accountability, so not stored.
AUDITLOG_DISABLE_REMOTE_ADDR = True

# Security. Behind HTTPS in production: set HTTPS=1.
HTTPS = envbool("HTTPS", False)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 3600)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
    # WeasyPrint reports every CSS rule it does not print (flex, grid, ...): noise, not errors.
    "loggers": {"weasyprint": {"level": "ERROR"}, "fontTools": {"level": "ERROR"}},
}
