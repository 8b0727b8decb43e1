# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import IntegrityError, transaction
from django.db.models import Count, ProtectedError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView

from apps.coalitions.access import Cap, visible_coalitions
from apps.coalitions.choices import Role
from apps.coalitions.forms import CoalitionForm, MembershipForm, PartnerForm, ThemeForm
from apps.coalitions.models import Coalition, Membership, Partner, Theme
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column
from apps.core.views import ExportMixin


class CoalitionListView(LoginRequiredMixin, ExportMixin, ListView):
    template_name = "coalitions/coalition_list.html"
    export_columns = [
        Column("name", gettext_lazy("Coalitie")),
        Column("scope", gettext_lazy("Schaal")),
        Column(lambda c: c.municipality.code if c.municipality else "", gettext_lazy("CBS-code")),
        Column("municipality", gettext_lazy("Gemeente")),
        Column("region", gettext_lazy("Regio")),
        Column("status", gettext_lazy("Status")),
        Column("formed_on", gettext_lazy("Gevormd op")),
        Column("partner_count", gettext_lazy("Partners")),
    ]

    def export_rows(self):
        return self.get_queryset()

    def export_title(self) -> str:
        return _("coalities")

    def get_queryset(self):
        return (visible_coalitions(self.request.user).select_related("municipality", "region")
                .annotate(partner_count=Count("partners", distinct=True)).order_by("scope", "name"))


class CoalitionCreateView(LoginRequiredMixin, FormView):
    """Anyone with an account may start a coalition; she becomes its project lead."""

    template_name = "coalitions/coalition_form.html"
    form_class = CoalitionForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        token = form.cleaned_data.get("form_token")
        if form.already_created is not None:
            return self.created_before(form.already_created)
        try:
            with transaction.atomic():
                form.instance.creation_token = token
                coalition = form.save()
                Membership.objects.create(coalition=coalition, user=self.request.user,
                                          role=Role.REGIONAL_COORDINATOR if coalition.is_regional else Role.PROJECT_LEAD)
        except IntegrityError:
            # The same form was sent twice (a double click, a reload): the first request created it.
            existing = Coalition.objects.filter(creation_token=token).first() if token else None
            if existing is None:
                raise
            return self.created_before(existing)
        messages.success(self.request, _("De coalitie %(name)s is aangemaakt.") % {"name": coalition})
        return redirect(coalition)

    def created_before(self, coalition):
        messages.info(self.request, _("De coalitie %(name)s was al aangemaakt.") % {"name": coalition})
        return redirect(coalition)


class CoalitionUpdateView(CoalitionMixin, FormView):
    template_name = "coalitions/coalition_form.html"
    form_class = CoalitionForm
    capability = Cap.MANAGE
    section = "overview"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.coalition, "user": self.request.user}

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("De coalitie is opgeslagen."))
        return redirect(self.coalition)


@login_required
def coalition_delete(request, coalition_pk):
    from apps.coalitions.access import get_coalition_for_user

    coalition = get_coalition_for_user(request.user, coalition_pk, Cap.MANAGE)
    if request.method == "POST":
        name = coalition.name
        try:
            coalition.delete()
        except ProtectedError:
            # E.g. its hub holds case data, which has its own retention rules and is never deleted along.
            messages.error(request, _("De coalitie %(name)s kan niet worden verwijderd: er hangen gegevens aan die "
                                      "bewaard moeten blijven, zoals casussen van het lokale knooppunt.")
                           % {"name": name})
            return redirect(coalition)
        messages.success(request, _("De coalitie %(name)s is verwijderd.") % {"name": name})
        return redirect("coalitions:list")
    return render(request, "coalitions/coalition_confirm_delete.html", {"coalition": coalition})


class PartnerViews:
    model = Partner
    namespace = "coalitions"
    url_name = "partners"
    section = "partners"
    form_class = PartnerForm


class PartnerList(PartnerViews, InCoalitionListView):
    select_related = ("organisation",)
    intro = gettext_lazy("De partijen in de coalitie, per domein. Minimale eis 1 vraagt ten minste één partij "
                         "uit het medische en één uit het sociale domein.")
    columns = [
        Column("organisation", gettext_lazy("Organisatie")),
        Column("domain", gettext_lazy("Domein")),
        Column("partner_type", gettext_lazy("Soort")),
        Column("contact_name", gettext_lazy("Contactpersoon")),
        Column("contact_email", gettext_lazy("E-mail")),
        Column("joined_on", gettext_lazy("Aangesloten")),
        Column("covenant_signed", gettext_lazy("Convenant getekend")),
    ]


class PartnerCreate(PartnerViews, InCoalitionCreateView):
    pass


class PartnerUpdate(PartnerViews, InCoalitionUpdateView):
    pass


class PartnerDelete(PartnerViews, InCoalitionDeleteView):
    pass


class MemberViews:
    model = Membership
    namespace = "coalitions"
    url_name = "members"
    section = "members"
    form_class = MembershipForm


class MemberList(MemberViews, InCoalitionListView):
    select_related = ("user",)
    edit_capability = Cap.MANAGE
    intro = gettext_lazy("Wie werkt er in Kansrijk aan deze coalitie, en met welke rol. De rol bepaalt wat "
                         "iemand mag zien en wijzigen.")
    columns = [
        Column("user", gettext_lazy("Naam")),
        Column("user.email", gettext_lazy("E-mail")),
        Column("role", gettext_lazy("Rol")),
        Column("since", gettext_lazy("Sinds")),
    ]


class MemberCreate(MemberViews, InCoalitionCreateView):
    capability = Cap.MANAGE


class MemberUpdate(MemberViews, InCoalitionUpdateView):
    capability = Cap.MANAGE


class MemberDelete(MemberViews, InCoalitionDeleteView):
    capability = Cap.MANAGE


class ThemeViews:
    model = Theme
    namespace = "coalitions"
    url_name = "themes"
    section = "plan"
    form_class = ThemeForm


class ThemeList(ThemeViews, InCoalitionListView):
    intro = gettext_lazy("Eigen (regionale) thema's naast de drie landelijke actielijnen.")
    columns = [Column("name", gettext_lazy("Thema")), Column("order", gettext_lazy("Volgorde"))]


class ThemeCreate(ThemeViews, InCoalitionCreateView):
    pass


class ThemeUpdate(ThemeViews, InCoalitionUpdateView):
    pass


class ThemeDelete(ThemeViews, InCoalitionDeleteView):
    pass
