# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from pathlib import Path

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from apps.agreements.forms import AgreementForm, CovenantForm, SignatoryForm
from apps.agreements.models import Agreement, Covenant, Signatory
from apps.coalitions.access import Cap
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column
from apps.core.views import int_or_404


class AgreementsIndex(CoalitionMixin, TemplateView):
    template_name = "agreements/index.html"
    section = "agreements"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            covenants=self.coalition.covenants.prefetch_related("signatories__organisation"),
            agreements=self.coalition.agreements.prefetch_related("parties"),
            can_edit=Cap.EDIT in self.caps,
        )
        return context


class _Back:
    namespace = "agreements"
    section = "agreements"

    def list_url(self):
        return reverse("agreements:index", args=[self.coalition.pk])


class CovenantViews(_Back):
    model = Covenant
    url_name = "covenants"
    form_class = CovenantForm


class CovenantList(CovenantViews, InCoalitionListView):
    detail_url_name = "covenant-detail"
    columns = [Column("title", gettext_lazy("Convenant")), Column("signed_on", gettext_lazy("Getekend op")),
               Column("valid_until", gettext_lazy("Geldig tot")), Column("signatories", gettext_lazy("Ondertekenaars"))]
    prefetch_related = ("signatories__organisation",)


class CovenantCreate(CovenantViews, InCoalitionCreateView):
    pass


class CovenantUpdate(CovenantViews, InCoalitionUpdateView):
    pass


class CovenantDelete(CovenantViews, InCoalitionDeleteView):
    pass


class CovenantDetail(CoalitionMixin, TemplateView):
    template_name = "agreements/covenant_detail.html"
    section = "agreements"

    def get_covenant(self) -> Covenant:
        return get_object_or_404(Covenant, coalition=self.coalition, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        covenant = self.get_covenant()
        context = super().get_context_data(**kwargs)
        context.update(covenant=covenant, signatories=covenant.signatories.select_related("organisation"),
                       can_edit=Cap.EDIT in self.caps,
                       form=kwargs.get("form") or SignatoryForm(coalition=self.coalition,
                                                                instance=Signatory(covenant=covenant)))
        return context

    def post(self, request, *args, **kwargs):
        if Cap.EDIT not in self.caps:
            raise PermissionDenied
        covenant = self.get_covenant()
        if "delete_signatory" in request.POST:
            Signatory.objects.filter(covenant=covenant, pk=int_or_404(request.POST["delete_signatory"])).delete()
            return redirect("agreements:covenant-detail", self.coalition.pk, covenant.pk)
        form = SignatoryForm(request.POST, coalition=self.coalition, instance=Signatory(covenant=covenant))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("De ondertekening is vastgelegd."))
        return redirect("agreements:covenant-detail", self.coalition.pk, covenant.pk)


class AgreementViews(_Back):
    model = Agreement
    url_name = "agreements"
    form_class = AgreementForm


class AgreementList(AgreementViews, InCoalitionListView):
    prefetch_related = ("parties",)
    columns = [
        Column("subject", gettext_lazy("Onderwerp")),
        Column("level", gettext_lazy("Niveau")),
        Column("parties", gettext_lazy("Partijen")),
        Column("concluded_on", gettext_lazy("Gesloten op")),
        Column("valid_until", gettext_lazy("Geldig tot")),
    ]


class AgreementCreate(AgreementViews, InCoalitionCreateView):
    pass


class AgreementUpdate(AgreementViews, InCoalitionUpdateView):
    pass


class AgreementDelete(AgreementViews, InCoalitionDeleteView):
    pass


class DocumentDownload(CoalitionMixin, View):
    """Documents are served only through here: to members of the coalition, as a download, never inline."""

    model: type

    def get(self, request, *args, **kwargs):
        obj = get_object_or_404(self.model, coalition=self.coalition, pk=kwargs["pk"])
        if not obj.document:
            raise Http404
        title = getattr(obj, "subject", None) or obj.title
        name = f"{slugify(title) or 'document'}{Path(obj.document.name).suffix}"
        try:
            handle = obj.document.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(handle, as_attachment=True, filename=name)
        response["X-Content-Type-Options"] = "nosniff"
        return response


class AgreementDocument(DocumentDownload):
    model = Agreement


class CovenantDocument(DocumentDownload):
    model = Covenant
