# SPDX-License-Identifier: EUPL-1.2
"""The monitoring pages: dashboards, map, postcode zoom, coalition pages, and what they read and format."""
