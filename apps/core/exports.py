# SPDX-License-Identifier: EUPL-1.2
"""Table export (CSV, XLSX) and HTML → PDF rendering, shared by every list and report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import tablib
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _


@dataclass
class Column:
    """A table column: `attr` is a dotted path or a callable; choice fields show their label."""

    attr: str | Callable[[Any], Any]
    label: str

    def raw(self, obj: Any) -> Any:
        if callable(self.attr):
            return self.attr(obj)
        value: Any = obj
        for part in self.attr.split("."):
            if value is None:
                return None
            display = getattr(value, f"get_{part}_display", None)
            value = display() if display else getattr(value, part)
            if callable(value) and not hasattr(value, "all"):
                value = value()
        if hasattr(value, "all"):  # a related manager
            value = ", ".join(str(item) for item in value.all())
        return value


def local_time(value: dt.datetime) -> dt.datetime:
    """Dutch wall-clock time (settings.TIME_ZONE, Europe/Amsterdam) without a time zone, to the second.

    The database gives aware UTC times. Excel cannot store a time zone (openpyxl refuses an aware datetime), and
    whoever reads a table, sheet or CSV means the time on her own clock; nobody needs the microseconds.
    """
    if timezone.is_aware(value):
        value = timezone.localtime(value, timezone.get_default_timezone())
    return value.replace(tzinfo=None, microsecond=0)


def display(value: Any) -> str:
    """Dutch formatting for the screen."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, dt.datetime):
        return date_format(local_time(value), "d-m-Y H:i")
    if isinstance(value, dt.date):
        return date_format(value, "d-m-Y")
    if isinstance(value, Decimal):
        return "€ " + number_format(value, 2, force_grouping=True)
    return str(value)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Spreadsheet-friendly values: real numbers and dates (times in local time, see `local_time`), text otherwise.

    Text that a spreadsheet would run as a formula (=HYPERLINK(...)) gets a leading apostrophe: users type
    these fields, and an export must not turn them into code on a colleague's machine.
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return local_time(value)
    if isinstance(value, (bool, int, float, Decimal, dt.date)):
        return value if not isinstance(value, bool) else (_("ja") if value else _("nee"))
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def table_rows(objects: Iterable[Any], columns: list[Column]) -> list[tuple[Any, list[str]]]:
    return [(obj, [display(column.raw(obj)) for column in columns]) for obj in objects]


def export_response(objects: Iterable[Any], columns: list[Column], fmt: str, title: str) -> HttpResponse:
    data = tablib.Dataset(headers=[str(column.label) for column in columns], title=title[:31])
    for obj in objects:
        data.append([_cell(column.raw(obj)) for column in columns])
    filename = slugify(title) or "export"
    if fmt == "xlsx":
        response = HttpResponse(
            data.export("xlsx"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        # BOM so that Excel (the tool everyone opens CSVs with) reads UTF-8; semicolons for Dutch Excel.
        response = HttpResponse("\ufeff" + data.export("csv", delimiter=";"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def _local_fetcher(url: str):
    """Serve our own static files to WeasyPrint from disk; never fetch anything over the network."""
    from urllib.parse import urlparse

    from django.conf import settings
    from django.contrib.staticfiles import finders

    path = urlparse(url).path
    static_prefix = "/" + settings.STATIC_URL.lstrip("/")
    if path.startswith(static_prefix):
        found = finders.find(path[len(static_prefix):])
        if found:
            with open(found, "rb") as handle:
                return {"string": handle.read(), "mime_type": "text/css" if found.endswith(".css") else None}
    raise ValueError(f"Externe bron geweigerd in PDF: {url}")


def pdf_document(template: str, context: dict[str, Any], request=None):
    """The laid-out pages (a WeasyPrint Document): what tests inspect, and what `pdf_response` writes."""
    from weasyprint import HTML  # imported lazily: it loads Pango, which a CSV export does not need

    html = render_to_string(template, {**context, "pdf": True}, request=request)
    return HTML(string=html, base_url="http://kansrijk.local/", url_fetcher=_local_fetcher).render()


def pdf_response(template: str, context: dict[str, Any], filename: str, request=None) -> HttpResponse:
    pdf = pdf_document(template, context, request).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename)}.pdf"'
    return response
