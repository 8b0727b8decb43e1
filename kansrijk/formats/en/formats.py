# SPDX-License-Identifier: EUPL-1.2
"""The English interface shows dates as the Dutch one does (kansrijk/formats/nl/formats.py): one format for the site."""

from kansrijk.formats.nl.formats import *  # noqa: F403
