# SPDX-License-Identifier: EUPL-1.2
"""Figures in and out: the upload of observations (importer, form, views) and the monitoring API."""
