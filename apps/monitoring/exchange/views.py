# SPDX-License-Identifier: EUPL-1.2
"""Upload of observations (with dry run) and the import history."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView

from apps.core.exports import Column, export_response
from apps.monitoring.access import ImportPermissionMixin
from apps.monitoring.exchange.forms import ImportForm
from apps.monitoring.exchange.importer import run_import
from apps.monitoring.models import ImportBatch


def _local(moment):
    """Local time without zone: spreadsheets cannot hold an aware datetime."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


class ImportView(ImportPermissionMixin, View):
    template_name = "monitoring/import.html"

    def get(self, request):
        return render(request, self.template_name, {"form": ImportForm()})

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        upload = form.cleaned_data["file"]
        result = run_import(upload.read(), upload.name, key=form.cleaned_data["key"] or upload.name, user=request.user,
                            synthetic=form.cleaned_data["synthetic"], note=form.cleaned_data["note"],
                            dry_run=form.cleaned_data["dry_run"])
        if not result.ok:
            return render(request, self.template_name, {"form": form, "result": result}, status=400)
        if result.dry_run:
            return render(request, self.template_name, {"form": form, "result": result})
        messages.success(request, _("%(n)s rijen geïmporteerd in batch '%(key)s'.") % {
            "n": result.batch.rows, "key": result.batch.key}
            + (" " + _("De vorige import met deze sleutel is vervangen.") if result.replaced else ""))
        return redirect("monitoring:import-history")


class ImportHistory(ImportPermissionMixin, ListView):
    template_name = "monitoring/import_history.html"
    paginate_by = 50

    def get_queryset(self):
        return ImportBatch.objects.select_related("created_by", "replaced_by").order_by("-created_at", "-pk")

    def get(self, request, *args, **kwargs):
        fmt_ = request.GET.get("format")
        if fmt_ in ("csv", "xlsx"):
            columns = [Column("key", "Sleutel"), Column("kind", "Soort"), Column("source_name", "Bron"),
                       Column(lambda b: _local(b.created_at), "Datum"), Column("created_by", "Door"),
                       Column("rows", "Rijen"),
                       Column("synthetic", "Synthetisch"), Column("derived_reference", "Referentie afgeleid"),
                       Column("note", "Toelichting"), Column(lambda b: _local(b.replaced_at), "Vervangen op")]
            return export_response(self.get_queryset(), columns, fmt_, "importgeschiedenis")
        return super().get(request, *args, **kwargs)
