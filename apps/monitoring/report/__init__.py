# SPDX-License-Identifier: EUPL-1.2
"""A coalition's yearly report (voortgangsrapportage): its content and its view (page, print, PDF, CSV/XLSX)."""
