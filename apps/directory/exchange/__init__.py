# SPDX-License-Identifier: EUPL-1.2
"""Exchange with other systems: HSDS export/import/API and the spreadsheet import."""
