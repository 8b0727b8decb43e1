# SPDX-License-Identifier: EUPL-1.2
"""The public pages for parents (no login)."""
