# SPDX-License-Identifier: EUPL-1.2
"""Marks a long single select for the autocomplete of static/js/combobox.js (progressive enhancement).

Without JavaScript the select works as it is. The script's few words travel as data attributes, so that they are
in the user's language like the rest of the page.
"""

from __future__ import annotations

from django.forms import Widget
from django.utils.translation import gettext_lazy as _


def autocomplete(widget: Widget) -> Widget:
    widget.attrs.update({
        "data-autocomplete": "on",
        "data-none": _("Geen keuzes gevonden"),
        "data-one": _("1 keuze"),
        "data-many": _("{n} keuzes"),
        "data-more": _("{n} keuzes; de eerste {max} staan in de lijst"),
    })
    return widget
