# SPDX-License-Identifier: EUPL-1.2
"""Who may do what with directory listings: the ONE place where directory permissions are decided.

Reading the directory is open to every logged-in professional (and the public pages to everyone); this module is
about writes. The rules (docs/directory-upkeep.md):

- An organisation *claims* its listings (Service.claimed_at/claimed_by). From then on its employees
  (User.organisations) keep them: they edit them, and the coalition no longer does.
- Before a claim, the coalition that covers the municipality keeps them: members with Cap.EDIT of a local
  coalition whose municipality the service covers, or of a regional coalition with that municipality among its
  member municipalities. (A regional coordinator's inherited read access to local coalitions gives no edit right.)
- Employees of the organisation may always claim, re-verify and set the capacity of their own organisation's
  listings, claimed or not: those are facts only the provider knows.
- Superusers (the functional administrators) may do everything.

Everything a user may not do with a listing she can still read is a 403 with a reason; see `denial_reason`.

Pages, forms and the API all ask these functions; none of them decides on its own:

| rule | who | used by |
| --- | --- | --- |
| `can_edit_service`, `editable_services` | claimed: its employees; else editors of a covering coalition | all |
| `edits_every_listing` | superusers | my-listings page |
| `can_verify`, `can_set_capacity` | whoever may edit, and the organisation's employees | pages, API |
| `can_claim` | employees, while the listing is unclaimed | page, API |
| `own_services`, `maintainable_services` | her organisations' listings; those plus the editable ones | lists, API |
| `may_add_services` | employees, coalition editors, superusers | my-listings and create pages |
| `can_create_service_for` | the organisation's employees, coalition editors, superusers | create form, API |
| `organisations_for_new_service` | all for coalition editors and superusers, else her own | create form |
| `may_list_in` | coalition editors within their coalitions' municipalities only | create form, API |
| `can_edit_location`, `editable_locations` | employees; editors of its unclaimed listings | pages, forms, API |
| `may_add_location_for`, `organisations_for_new_location` | employees; keepers of one of its listings | form, API |
| `may_keep_catalogue` | superusers (the national intervention catalogue) | API |
| `importable_municipalities` (none: 403) | coalition editors for their municipalities; superusers | import pages |
| `readable_coalitions` | whom apps.coalitions lets see the coalition | pathway, route and map API |
| `can_manage_coalition_directory` | Cap.EDIT in the coalition | coalition pages |
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from apps.coalitions.access import ROLE_CAPABILITIES, Cap, can, visible_coalitions
from apps.coalitions.models import Coalition, Membership
from apps.directory.models import Location, Service
from apps.organisations.models import Organisation
from apps.reference.models import Municipality


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def organisation_ids(user) -> set[int]:
    # Cached on the user object like apps.coalitions.access does for roles: one query per request.
    cache = getattr(user, "_kansrijk_directory_orgs", None)
    if cache is None:
        cache = set(user.organisations.values_list("pk", flat=True))
        user._kansrijk_directory_orgs = cache
    return cache


def kept_municipality_ids(user) -> set[int]:
    """Municipalities whose unclaimed listings the user keeps through a coalition where she holds Cap.EDIT."""
    cache = getattr(user, "_kansrijk_directory_municipalities", None)
    if cache is None:
        # By membership only: a superuser's powers are decided elsewhere, not by "every coalition".
        roles = [role for role, caps in ROLE_CAPABILITIES.items() if Cap.EDIT in caps]
        coalitions = Coalition.objects.filter(
            pk__in=Membership.objects.filter(user=user, role__in=roles).values("coalition_id"))
        local = coalitions.exclude(municipality__isnull=True).values_list("municipality_id", flat=True)
        regional = Municipality.objects.filter(regional_coalitions__in=coalitions).values_list("pk", flat=True)
        cache = set(local) | set(regional)
        user._kansrijk_directory_municipalities = cache
    return cache


def is_claimed(service: Service) -> bool:
    return service.claimed_at is not None


def is_employee(user, service: Service) -> bool:
    """The user works for the organisation that offers the service."""
    return _active(user) and service.organisation_id in organisation_ids(user)


def keeps_through_coalition(user, service: Service) -> bool:
    """The user keeps this (unclaimed) listing as an editor of a coalition covering one of its municipalities."""
    if not _active(user) or is_claimed(service):
        return False
    kept = kept_municipality_ids(user)
    if not kept:
        return False
    return service.municipalities.filter(pk__in=kept).exists()


def can_edit_service(user, service: Service) -> bool:
    """May the user change the listing's content (description, locations, opening hours, …) or delete it?"""
    if not _active(user):
        return False
    if user.is_superuser:  # functional administrators keep every listing, claimed or not
        return True
    if is_claimed(service):
        return is_employee(user, service)
    return keeps_through_coalition(user, service)


def can_verify(user, service: Service) -> bool:
    """May the user confirm that the listing is still correct (re-verify)?"""
    return can_edit_service(user, service) or is_employee(user, service)


def can_set_capacity(user, service: Service) -> bool:
    """May the user state whether there is room (open / waiting list / full)?"""
    return can_edit_service(user, service) or is_employee(user, service)


def can_claim(user, service: Service) -> bool:
    """May the user claim the listing for her organisation? Only an employee, and only while it is unclaimed."""
    return not is_claimed(service) and is_employee(user, service)


def can_create_service_for(user, organisation) -> bool:
    """May the user add a new listing for this organisation? Its employees (the listing starts claimed), a
    coalition editor (for any organisation; the listing starts unclaimed) or a superuser."""
    if not _active(user):
        return False
    if user.is_superuser or organisation.pk in organisation_ids(user):  # administrators add for anyone
        return True
    return bool(kept_municipality_ids(user))


def edits_every_listing(user) -> bool:
    """May the user edit every listing in the country (so a list need not ask listing by listing)?"""
    return _active(user) and user.is_superuser  # functional administrators keep the whole directory


def may_add_services(user) -> bool:
    """May the user add listings at all: an employee of some organisation, a coalition editor or a superuser?"""
    if not _active(user):
        return False
    return (user.is_superuser  # administrators add listings without an organisation or coalition of their own
            or bool(organisation_ids(user) or kept_municipality_ids(user)))


def organisations_for_new_service(user) -> QuerySet[Organisation]:
    """The organisations the user may add a listing for: all for coalition editors (the listing starts unclaimed)
    and superusers, else her own."""
    if not _active(user):
        return Organisation.objects.none()
    if user.is_superuser or kept_municipality_ids(user):  # administrators add for any organisation
        return Organisation.objects.all()
    return user.organisations.all()


def may_list_in(user, organisation, municipalities) -> bool:
    """May the user list a new service of `organisation` in these municipalities? A coalition editor adds
    listings for her own area only (otherwise she could not keep them); employees and superusers anywhere."""
    if not _active(user):
        return False
    if user.is_superuser or organisation.pk in organisation_ids(user):  # administrators list anywhere
        return True
    kept = kept_municipality_ids(user)
    return any(m.pk in kept for m in municipalities)


def editable_services(user, *, as_member: bool = False) -> QuerySet[Service]:
    """The listings `can_edit_service` allows, as one queryset (for lists, choice fields and API writes).

    `as_member` ignores superuser powers: what she keeps through her organisations and coalitions (for her own
    upkeep list, which would otherwise hold the whole country)."""
    if not _active(user):
        return Service.objects.none()
    if user.is_superuser and not as_member:  # administrators edit every listing (see can_edit_service)
        return Service.objects.all()
    organisations = user.organisations.values("pk")
    kept = list(kept_municipality_ids(user))
    unclaimed_kept = Service.objects.filter(claimed_at__isnull=True, municipalities__in=kept).values("pk")
    return Service.objects.filter(
        Q(claimed_at__isnull=False, organisation__in=organisations) | Q(pk__in=unclaimed_kept)
    )


def own_services(user) -> QuerySet[Service]:
    """The listings of the user's own organisations ("Mijn vermeldingen"): she may verify, claim, set capacity."""
    if not _active(user):
        return Service.objects.none()
    return Service.objects.filter(organisation__in=user.organisations.values("pk"))


def maintainable_services(user, *, as_member: bool = False) -> QuerySet[Service]:
    """Listings the user may verify or set the capacity of: editable ones plus her organisations' own."""
    if not _active(user):
        return Service.objects.none()
    if user.is_superuser and not as_member:  # administrators maintain every listing (see can_edit_service)
        return Service.objects.all()
    return Service.objects.filter(Q(pk__in=editable_services(user, as_member=as_member).values("pk"))
                                  | Q(organisation__in=user.organisations.values("pk")))


def can_edit_location(user, location: Location) -> bool:
    """A location belongs to an organisation; whoever may edit one of its services there, or any listing of that
    organisation, may edit it, unless a claimed listing is offered there (then only the organisation keeps it).
    Employees of the organisation may always edit its locations."""
    if not _active(user):
        return False
    if user.is_superuser or location.organisation_id in organisation_ids(user):  # administrators edit any address
        return True
    if location.service_at_locations.filter(service__claimed_at__isnull=False).exists():
        # A claimed listing is its organisation's to keep, and so is the address it is offered at.
        return False
    return editable_services(user).filter(organisation_id=location.organisation_id).exists()


def editable_locations(user) -> QuerySet[Location]:
    if not _active(user):
        return Location.objects.none()
    if user.is_superuser:  # administrators edit any address (see can_edit_location)
        return Location.objects.all()
    organisations = editable_services(user).values("organisation_id")
    claimed = Location.objects.filter(service_at_locations__service__claimed_at__isnull=False).values("pk")
    return Location.objects.filter(Q(organisation__in=user.organisations.values("pk"))
                                   | (Q(organisation__in=organisations) & ~Q(pk__in=claimed)))


def may_add_location_for(user, organisation) -> bool:
    """May the user add a location to the organisation: an employee, or whoever keeps one of its listings?"""
    if not _active(user):
        return False
    return (user.is_superuser  # administrators add addresses for any organisation
            or organisation.pk in organisation_ids(user)
            or editable_services(user).filter(organisation=organisation).exists())


def organisations_for_new_location(user) -> QuerySet[Organisation]:
    """The organisations `may_add_location_for` allows, as one queryset (for the form's choices)."""
    if not _active(user):
        return Organisation.objects.none()
    if user.is_superuser:  # administrators add addresses for any organisation
        return Organisation.objects.all()
    own = user.organisations.values("pk")
    kept = editable_services(user).values("organisation_id")
    return Organisation.objects.filter(Q(pk__in=own) | Q(pk__in=kept))


def may_keep_catalogue(user) -> bool:
    """May the user change the national intervention catalogue? Only the functional administrators."""
    return _active(user) and user.is_superuser  # the catalogue is national: no coalition or organisation keeps it


def importable_municipalities(user) -> QuerySet[Municipality]:
    """The municipalities the user may import services for: those whose directory she keeps as coalition editor."""
    if not _active(user):
        return Municipality.objects.none()
    if user.is_superuser:  # administrators import for every active municipality
        return Municipality.objects.filter(active=True)
    return Municipality.objects.filter(pk__in=kept_municipality_ids(user))



def readable_coalitions(user) -> QuerySet[Coalition]:
    """Coalitions whose pathways, client route and regional map the user may read (apps.coalitions decides)."""
    return visible_coalitions(user)


def can_manage_coalition_directory(user, coalition: Coalition) -> bool:
    """May the user act on the coalition's part of the directory (its stale list, pathways, gap notes)?"""
    return _active(user) and can(user, coalition, Cap.EDIT)


def denial_reason(user, service: Service, action: str = "edit") -> str:
    """A Dutch sentence saying why the user may not do `action` (edit/verify/capacity/claim) with the listing."""
    if action == "claim":
        if is_claimed(service):
            return _("Dit aanbod is al geclaimd door de organisatie.")
        return _("Alleen medewerkers van %(organisation)s kunnen dit aanbod claimen.") % {
            "organisation": service.organisation.name}
    if action == "edit" and not is_claimed(service) and is_employee(user, service):
        return _("Claim dit aanbod eerst voor %(organisation)s; daarna kunt u het bewerken.") % {
            "organisation": service.organisation.name}
    if is_claimed(service):
        return _("Dit aanbod is geclaimd door %(organisation)s; alleen medewerkers van die organisatie houden het bij.") % {
            "organisation": service.organisation.name}
    return _("Alleen medewerkers van %(organisation)s of de coalitie van een gemeente in het werkgebied "
             "kunnen dit aanbod bijhouden.") % {"organisation": service.organisation.name}
