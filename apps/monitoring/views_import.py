# SPDX-License-Identifier: EUPL-1.2
"""Upload of observations (with dry run) and the import history."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView

from apps.monitoring.access import ImportPermissionMixin
from apps.monitoring.forms import ImportForm
from apps.monitoring.importer import run_import
from apps.monitoring.models import ImportBatch


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
