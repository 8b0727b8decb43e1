# SPDX-License-Identifier: EUPL-1.2
"""Upkeep of listings: verifying, claiming, capacity, editing pages, forms and the write API."""
