# SPDX-License-Identifier: EUPL-1.2
"""The indicator engine: from birth records to stored observations (counts, statistics, suppression, storage).

Nothing here imports the pages, the exchange or the report: they read what the engine stored.
"""
