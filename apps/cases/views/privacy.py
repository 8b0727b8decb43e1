# SPDX-License-Identifier: EUPL-1.2
"""The privacy officer's view of the access trail: search, export, and "who looked at my record?" for a family.

The officer sees who accessed which case reference, when, from where and on what basis, never the case content.
Reading the trail is itself recorded (action "trail").
"""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from apps.cases import audit, identity
from apps.cases.choices import AccessAction, Basis
from apps.cases.models import AccessRecord, Case
from apps.cases.views.mixins import CaseDataMixin
from apps.core.exports import Column, export_response
from apps.core.forms import DateInput


class TrailFilter(forms.Form):
    reference = forms.CharField(label=_("Kenmerk casus"), required=False, max_length=9)
    username = forms.CharField(label=_("Gebruikersnaam"), required=False, max_length=150)
    action = forms.ChoiceField(label=_("Handeling"), required=False, choices=[("", _("alle")), *AccessAction.choices])
    start = forms.DateField(label=_("Vanaf"), required=False, widget=DateInput)
    end = forms.DateField(label=_("Tot en met"), required=False, widget=DateInput)
    full_name = forms.CharField(label=_("Naam van de ouder"), required=False, max_length=200,
                                help_text=_("Met geboortedatum: vindt haar casussen zonder ze te openen."))
    date_of_birth = forms.DateField(label=_("Geboortedatum van de ouder"), required=False, widget=DateInput)


COLUMNS = [
    Column(lambda r: timezone.localtime(r.at).replace(tzinfo=None), _("Tijdstip")),
    Column("username", _("Gebruikersnaam")), Column("user_name", _("Naam")),
    Column("role", _("Functie of beroep")), Column("organisations", _("Organisaties")),
    Column("case_reference", _("Kenmerk casus")), Column("action", _("Handeling")),
    Column("basis", _("Grondslag")), Column("ip_address", _("IP-adres")), Column("path", _("Adres (URL)")),
]


class AccessTrailView(CaseDataMixin, PermissionRequiredMixin, TemplateView):
    template_name = "cases/access_trail.html"
    permission_required = "cases.inspect_access"
    raise_exception = True

    def records(self, data):
        records = AccessRecord.objects.all()
        if data.get("reference"):
            records = records.filter(case_reference=data["reference"].strip().upper())
        if data.get("username"):
            records = records.filter(username=data["username"].strip())
        if data.get("action"):
            records = records.filter(action=data["action"])
        if data.get("start"):
            records = records.filter(at__date__gte=data["start"])
        if data.get("end"):
            records = records.filter(at__date__lte=data["end"])
        if data.get("full_name") and data.get("date_of_birth"):
            keys = identity.keys(data["full_name"], data["date_of_birth"])
            cases = Case.objects.filter(identity_keys__key__in=keys).values("pk")
            records = records.filter(case__in=cases)
        return records

    def get(self, request, *args, **kwargs):
        form = TrailFilter(request.GET or None)
        data = form.cleaned_data if form.is_valid() else {}
        records = self.records(data)
        detail = ", ".join(f"{k}={v}" for k, v in data.items() if v and k not in ("full_name", "date_of_birth"))
        if data.get("full_name"):
            detail += " (gezocht op naam en geboortedatum)"
        fmt = request.GET.get("format")
        audit.record(request.user, None, AccessAction.EXPORT if fmt else AccessAction.TRAIL,
                     [Basis.PRIVACY_OFFICER], detail=detail)
        if fmt in ("csv", "xlsx"):
            stamp = datetime.date.today().isoformat()
            return export_response(records, COLUMNS, fmt, f"toegangslog {stamp}")
        page = Paginator(records, 100).get_page(request.GET.get("pagina"))
        return self.render_to_response(self.get_context_data(form=form, page=page, records=page.object_list,
                                                             query=request.GET.urlencode()))
