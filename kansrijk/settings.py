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
    "corsheaders",
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
    "corsheaders.middleware.CorsMiddleware",  # before CommonMiddleware, as django-cors-headers asks
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "apps.core.middleware.DutchFirstLocaleMiddleware",
    "apps.core.guard.InputGuardMiddleware",  # 400 for NUL/control characters in path, headers, query, form, JSON
    "apps.core.throttle.PublicPageThrottleMiddleware",  # 429 above PUBLIC_PAGE_RATE on /hulp/
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "apps.core.headers.NoStoreMiddleware",  # Cache-Control: private, no-store when logged in and on /api/
    "csp.middleware.CSPMiddleware",  # Content-Security-Policy (below)
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): logged in with a second factor
    "auditlog.middleware.AuditlogMiddleware",  # records who made each change
    "apps.cases.audit.AccessContextMiddleware",  # lets the case policy record from where case data was read
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

# CORS: only the public, read-only HSDS API (/hsds/) may be read from other sites' pages; no cookies.
# KANSRIJK_HSDS_CORS_ORIGINS: "*" (default: any site) or a comma-separated list of origins.
CORS_URLS_REGEX = r"^/hsds/.*$"
_hsds_origins = envlist("KANSRIJK_HSDS_CORS_ORIGINS", ["*"])
CORS_ALLOW_ALL_ORIGINS = _hsds_origins == ["*"]
CORS_ALLOWED_ORIGINS = [] if CORS_ALLOW_ALL_ORIGINS else _hsds_origins
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False

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
        conn_health_checks=True,
    )
}
# Fail fast when the database hangs (docs/operations.md): seconds to connect, and per statement (0 = no limit).
# Both stay below the WSGI server's worker timeout (30 s), so a request ends in a 503, not a killed worker.
DB_CONNECT_TIMEOUT = envint("DB_CONNECT_TIMEOUT", 5)
DB_STATEMENT_TIMEOUT = envint("DB_STATEMENT_TIMEOUT", 20)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "connect_timeout": DB_CONNECT_TIMEOUT,
        "options": f"-c statement_timeout={DB_STATEMENT_TIMEOUT * 1000} -c lock_timeout={DB_STATEMENT_TIMEOUT * 1000}",
    })
# Seconds a client is asked to wait (Retry-After) when the database is unavailable (503).
RETRY_AFTER_SECONDS = envint("RETRY_AFTER_SECONDS", 30)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "apps.accounts.lockout.AddressLockoutBackend",  # also per address across usernames (apps/accounts/lockout.py)
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

# Login throttling: lock a username+IP pair after 5 failures for 15 minutes, and an address after 20 failures
# across usernames (one password tried on many accounts); both answer 429, on the form and the API.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
LOGIN_ADDRESS_FAILURE_LIMIT = envint("LOGIN_ADDRESS_FAILURE_LIMIT", 20)

# Monitoring: a count below this is not shown (for a yes/no indicator both cells go); the national monitor uses 10.
MONITORING_SUPPRESSION_THRESHOLD = envint("MONITORING_SUPPRESSION_THRESHOLD", 10)
# Public directory search API and the parents' pages under /hulp/: requests per client address (DRF rate syntax).
DIRECTORY_PUBLIC_SEARCH_RATE = envstr("DIRECTORY_PUBLIC_SEARCH_RATE", "120/minute")
PUBLIC_PAGE_RATE = envstr("PUBLIC_PAGE_RATE", "120/minute")
# The cache holds the throttle counts, so it must be shared by all workers: Redis in production (REDIS_URL, or
# CACHE_URL=redis://…), else the database (table kansrijk_cache, made by `manage.py createcachetable`).
CACHE_URL = envstr("REDIS_URL") or envstr("CACHE_URL", "db://kansrijk_cache")
if CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
elif CACHE_URL.startswith("db://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                          "LOCATION": CACHE_URL.removeprefix("db://")}}
else:
    raise ImproperlyConfigured(f"CACHE_URL must be redis://… or db://<table>, got {CACHE_URL!r}")
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
        "apps.accounts.lockout.LockoutBasicAuthentication",  # 429 for a locked account, as on the login form
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
    # Every operation lists its 400/403/404 refusals (apps/core/schema.py).
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "apps.core.schema.add_refusals"],
}

# Audit trail of workspace writes. No IP addresses: not needed for accountability, so not stored.
AUDITLOG_DISABLE_REMOTE_ADDR = True

# Security. Behind HTTPS in production: set HTTPS=1.
HTTPS = envbool("HTTPS", False)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # the load balancer probes over plain HTTP
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
if envbool("BEHIND_PROXY", False):
    # Lock-outs and throttles count the client's address from the one proxy's X-Forwarded-For, not the proxy's.
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    REST_FRAMEWORK["NUM_PROXIES"] = 1
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 3600)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp): only our own files, no inline script or style anywhere (tests/test_headers.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"], "script-src": ["'self'"], "style-src": ["'self'"],
        "img-src": ["'self'", "data:"], "font-src": ["'self'"], "connect-src": ["'self'"],
        "object-src": ["'none'"], "base-uri": ["'self'"], "form-action": ["'self'"], "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
    # WeasyPrint reports every CSS rule it does not print (flex, grid, ...): noise, not errors.
    "loggers": {"weasyprint": {"level": "ERROR"}, "fontTools": {"level": "ERROR"}},
}
