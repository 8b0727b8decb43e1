# SPDX-License-Identifier: EUPL-1.2
"""The spreadsheet import for coalition editors (sociale-kaart/import/): upload, map columns, dry run, import.

Who may import: a coalition editor, for the municipalities whose directory she keeps (apps.directory.access);
existing listings are only updated where access allows it. The uploaded file waits in the session between the
two steps (at most 2 MB), so nothing is written before the user confirms.
"""

from __future__ import annotations

import base64

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from apps.directory import access
from apps.directory.exchange.forms import MappingForm, UploadForm
from apps.directory.exchange.spreadsheet import SpreadsheetError, guess_mapping, import_rows, read_table
from apps.reference.models import Municipality

SESSION_KEY = "directory_import"


def _municipalities_or_403(user) -> QuerySet[Municipality]:
    municipalities = access.importable_municipalities(user)
    if not municipalities.exists():
        raise PermissionDenied(_("Alleen redacteuren van een coalitie kunnen aanbod importeren, voor de gemeenten "
                                 "van hun coalitie."))
    return municipalities


@login_required
def upload(request):
    municipalities = _municipalities_or_403(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            read_table(content, upload.name)
        except SpreadsheetError as error:
            form.add_error("file", str(error))
        else:
            request.session[SESSION_KEY] = {
                "filename": upload.name, "content": base64.b64encode(content).decode("ascii"),
                "municipality": form.cleaned_data["municipality"].pk,
            }
            return redirect("directory:import_mapping")
    return render(request, "directory/exchange/upload.html", {"form": form})


@login_required
def mapping(request):
    municipalities = _municipalities_or_403(request.user)
    stored = request.session.get(SESSION_KEY)
    if not stored:
        messages.info(request, _("Kies eerst een bestand."))
        return redirect("directory:import_upload")
    municipality = municipalities.filter(pk=stored["municipality"]).first()
    if municipality is None:
        raise PermissionDenied(_("U mag geen aanbod importeren voor deze gemeente."))
    table = read_table(base64.b64decode(stored["content"]), stored["filename"])
    form = MappingForm(request.POST or None, headers=table.headers, guessed=guess_mapping(table.headers))
    result = None
    if request.method == "POST" and form.is_valid():
        dry_run = "import" not in request.POST
        result = import_rows(table, form.mapping(), municipality=municipality,
                             allowed_municipalities=set(municipalities.values_list("pk", flat=True)),
                             user=request.user, dry_run=dry_run)
        if result.ok and not dry_run:
            del request.session[SESSION_KEY]
            messages.success(request, _("Import klaar: %(created)d nieuw, %(updated)d bijgewerkt.") % {
                "created": result.count("created"), "updated": result.count("updated")})
            return redirect("directory:import_upload")
    return render(request, "directory/exchange/mapping.html", {
        "form": form, "result": result, "filename": stored["filename"], "municipality": municipality,
        "headers": table.headers, "preview": table.rows[:3], "row_count": len(table.rows),
    })
