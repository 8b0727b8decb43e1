# SPDX-License-Identifier: EUPL-1.2
"""Keeping the directory current: "Mijn vermeldingen", editing services and locations, opening hours, capacity,
re-verifying and claiming in one click, and a coalition's share of stale listings.

Every write asks apps.directory.access first; a listing the user may read but not keep answers 403 with the
reason. Pages work without JavaScript: each one-click action is a small POST form.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.models import Coalition
from apps.coalitions.scoped import CoalitionMixin
from apps.core.views import int_or_404
from apps.directory import access
from apps.directory.models import Location, OpeningHours, Service
from apps.directory.upkeep import core as upkeep
from apps.directory.upkeep.forms import CapacityForm, LocationForm, OpeningHoursForm, ServiceForm

MY_LISTINGS = "directory:manage"


def _next_or(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return fallback


class RefusalMixin(LoginRequiredMixin):
    """Login first; then `prepare` loads the objects and checks access. A refusal answers 403 with a page that
    says why (Django's bare 403 page says nothing)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        try:
            self.prepare(request, *args, **kwargs)
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as exc:
            reason = str(exc) or _("U hebt geen recht om dit te doen.")
            return render(request, "directory/manage/refused.html", {"reason": reason}, status=403)

    def prepare(self, request, *args, **kwargs) -> None:
        """Load what the URL names and raise PermissionDenied (with a Dutch reason) if the user may not act."""


class ServiceMixin(RefusalMixin):
    """Resolves `self.service` from the URL's uuid (any logged-in professional may read every listing)."""

    def get_service(self) -> Service:
        if not hasattr(self, "service"):
            self.service = get_object_or_404(Service.objects.select_related("organisation"),
                                             uuid=self.kwargs["uuid"])
        return self.service


class MyListings(LoginRequiredMixin, TemplateView):
    """The listings the user keeps or may confirm: the ones not verified for six months first."""

    template_name = "directory/manage/my_listings.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        user = self.request.user
        services = upkeep.oldest_first(access.maintainable_services(user, as_member=True)).select_related(
            "organisation", "last_verified_by")
        # The same rules as access.can_edit_service & co., decided for the whole list in two queries.
        editable = access.edits_every_listing(user) or set(access.editable_services(user).values_list("pk", flat=True))
        own = access.organisation_ids(user)
        rows = []
        for s in services:
            can_edit = editable is True or s.pk in editable
            employee = s.organisation_id in own
            rows.append({"service": s, "stale": upkeep.is_stale(s), "can_edit": can_edit,
                         "can_claim": employee and s.claimed_at is None, "can_verify": can_edit or employee})
        organisations = [
            (org, org.services.filter(claimed_at__isnull=True).count())
            for org in user.organisations.order_by("name")
        ]
        context = super().get_context_data(**kwargs)
        context.update(
            stale_rows=[r for r in rows if r["stale"]], fresh_rows=[r for r in rows if not r["stale"]],
            organisations=organisations, stale_after_days=upkeep.STALE_AFTER.days,
            can_add=access.may_add_services(user),
            coalitions=Coalition.objects.filter(memberships__user=user).distinct().order_by("name"),
        )
        return context


class VerifyService(ServiceMixin, View):
    def prepare(self, request, *args, **kwargs) -> None:
        if not access.can_verify(request.user, self.get_service()):
            raise PermissionDenied(access.denial_reason(request.user, self.service, "verify"))

    def post(self, request, uuid):
        service = self.service
        upkeep.verify(service, request.user)
        messages.success(request, _("Bedankt! “%(name)s” is gecontroleerd en staat weer op groen.") % {
            "name": service.name})
        return HttpResponseRedirect(_next_or(request, reverse(MY_LISTINGS)))


class ClaimService(ServiceMixin, View):
    def prepare(self, request, *args, **kwargs) -> None:
        if not access.can_claim(request.user, self.get_service()):
            raise PermissionDenied(access.denial_reason(request.user, self.service, "claim"))

    def post(self, request, uuid):
        service = self.service
        upkeep.claim(service, request.user)
        messages.success(request, _("“%(name)s” is geclaimd: uw organisatie houdt dit aanbod nu zelf bij.") % {
            "name": service.name})
        return HttpResponseRedirect(_next_or(request, reverse(MY_LISTINGS)))


class ClaimAll(RefusalMixin, View):
    """An employee claims all unclaimed listings of her organisation in one click."""

    def prepare(self, request, *args, **kwargs) -> None:
        if request.method == "POST":
            self.organisation_pk = int_or_404(request.POST.get("organisation", ""))
            if self.organisation_pk not in access.organisation_ids(request.user):
                raise PermissionDenied(_("U kunt alleen aanbod claimen van een organisatie waar u werkt."))

    def post(self, request):
        organisation_pk = self.organisation_pk
        count = upkeep.claim_all(Service.objects.filter(organisation_id=organisation_pk), request.user)
        if count:
            messages.success(request, ngettext("%(count)d vermelding geclaimd.", "%(count)d vermeldingen geclaimd.",
                                               count) % {"count": count})
        else:
            messages.info(request, _("Er waren geen vermeldingen meer om te claimen."))
        return redirect(MY_LISTINGS)


class ServiceCapacity(ServiceMixin, TemplateView):
    template_name = "directory/manage/capacity.html"

    def prepare(self, request, *args, **kwargs) -> None:
        if not access.can_set_capacity(request.user, self.get_service()):
            raise PermissionDenied(access.denial_reason(request.user, self.service, "capacity"))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(service=self.service, form=kwargs.get("form") or CapacityForm(instance=self.service))
        return context

    def post(self, request, uuid):
        form = CapacityForm(request.POST, instance=Service.objects.get(pk=self.service.pk))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upkeep.set_capacity(self.service, request.user, form.cleaned_data["capacity"],
                            form.cleaned_data.get("waiting_weeks"))
        messages.success(request, _("De beschikbaarheid van “%(name)s” is bijgewerkt.") % {"name": self.service.name})
        return HttpResponseRedirect(_next_or(request, reverse(MY_LISTINGS)))


class ServiceEdit(RefusalMixin, TemplateView):
    """Create (no uuid) or edit a service. Saving it by its keeper also confirms it (last verified now)."""

    template_name = "directory/manage/service_form.html"

    def prepare(self, request, *args, **kwargs) -> None:
        self.service = None
        if "uuid" in kwargs:
            self.service = get_object_or_404(Service.objects.select_related("organisation"), uuid=kwargs["uuid"])
            if not access.can_edit_service(request.user, self.service):
                raise PermissionDenied(access.denial_reason(request.user, self.service))
        elif not access.may_add_services(request.user):
            raise PermissionDenied(_("Alleen medewerkers van een aanbieder of kernleden van een coalitie kunnen "
                                     "aanbod toevoegen."))

    def get_form(self, data=None) -> ServiceForm:
        initial = {}
        if self.service is None and "organisation" in self.request.GET:
            initial["organisation"] = self.request.GET["organisation"]
        return ServiceForm(data, instance=self.service, user=self.request.user, initial=initial)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(service=self.service, form=kwargs.get("form") or self.get_form())
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        service = form.save(commit=False)
        creating = service.pk is None
        upkeep.mark_verified(service, request.user)
        if creating and service.organisation_id in access.organisation_ids(request.user):
            # Added by the organisation itself: it is hers to keep from the start.
            service.claimed_at, service.claimed_by = service.last_verified_at, request.user
        service.save()
        form.save_m2m()
        form._save_locations(service)
        messages.success(request, _("“%(name)s” is opgeslagen.") % {"name": service.name})
        if creating:
            return redirect("directory:manage-hours", kind="aanbod", uuid=service.uuid)
        return redirect(MY_LISTINGS)


class LocationList(LoginRequiredMixin, TemplateView):
    template_name = "directory/manage/location_list.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["locations"] = access.editable_locations(self.request.user).select_related(
            "organisation", "municipality").order_by("organisation__name", "name")
        return context


class LocationEdit(RefusalMixin, TemplateView):
    template_name = "directory/manage/location_form.html"

    def prepare(self, request, *args, **kwargs) -> None:
        self.location = None
        if "uuid" in kwargs:
            self.location = get_object_or_404(Location.objects.select_related("organisation"), uuid=kwargs["uuid"])
            if not access.can_edit_location(request.user, self.location):
                raise PermissionDenied(_("Alleen wie het aanbod van %(organisation)s bijhoudt, kan deze locatie "
                                         "wijzigen.") % {"organisation": self.location.organisation.name})

    def get_form(self, data=None) -> LocationForm:
        return LocationForm(data, instance=self.location, user=self.request.user)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(location=self.location, form=kwargs.get("form") or self.get_form())
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if self.location is None and not access.can_edit_location(request.user, form.instance):
            return render(request, "directory/manage/refused.html",
                          {"reason": _("U kunt geen locatie toevoegen voor deze organisatie.")}, status=403)
        location = form.save()
        messages.success(request, _("Locatie “%(name)s” is opgeslagen (gemeente %(municipality)s).") % {
            "name": location.name, "municipality": location.municipality})
        return redirect("directory:manage-locations")


class OpeningHoursEdit(RefusalMixin, TemplateView):
    """Opening hours of a service (`kind` "aanbod") or a location (`kind` "locatie"): add rows, remove rows."""

    template_name = "directory/manage/opening_hours.html"

    def prepare(self, request, *args, **kwargs) -> None:
        if kwargs["kind"] not in ("aanbod", "locatie"):
            raise Http404
        if kwargs["kind"] == "aanbod":
            self.owner = get_object_or_404(Service.objects.select_related("organisation"), uuid=kwargs["uuid"])
            allowed = access.can_edit_service(request.user, self.owner)
            self.filter = {"service": self.owner}
        else:
            self.owner = get_object_or_404(Location.objects.select_related("organisation"), uuid=kwargs["uuid"])
            allowed = access.can_edit_location(request.user, self.owner)
            self.filter = {"location": self.owner}
        if not allowed:
            raise PermissionDenied(_("U kunt de openingstijden hiervan niet wijzigen."))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(owner=self.owner, kind=self.kwargs["kind"], hours=OpeningHours.objects.filter(**self.filter),
                       form=kwargs.get("form") or OpeningHoursForm())
        return context

    def post(self, request, *args, **kwargs):
        if "delete" in request.POST:
            OpeningHours.objects.filter(**self.filter, pk=int_or_404(request.POST["delete"])).delete()
            messages.success(request, _("De openingstijd is verwijderd."))
            return redirect(request.path)
        form = OpeningHoursForm(request.POST, instance=OpeningHours(**self.filter))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("De openingstijd is toegevoegd."))
        return redirect(request.path)


class CoalitionUpkeep(RefusalMixin, CoalitionMixin, TemplateView):
    """The coalition's share of stale listings among the services covering its municipality or municipalities."""

    template_name = "directory/manage/coalition_upkeep.html"
    capability = Cap.VIEW
    section = "directory-upkeep"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            figures=upkeep.coalition_figures(self.coalition),
            stale=upkeep.stale_services_of_coalition(self.coalition).select_related("organisation",
                                                                                    "last_verified_by"),
            stale_after_days=upkeep.STALE_AFTER.days,
            can_manage=access.can_manage_coalition_directory(self.request.user, self.coalition),
        )
        return context
