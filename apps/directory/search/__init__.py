# SPDX-License-Identifier: EUPL-1.2
"""Search the directory: the engine (SQLite and PostgreSQL), its document, forms, pages and API."""
