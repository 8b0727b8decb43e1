# SPDX-License-Identifier: EUPL-1.2
"""A rich directory for the HSDS tests: every field the mapping covers, all Dutch attributes set."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from apps.core.testing.factories import OrganisationFactory, UserFactory, municipality
from apps.directory.choices import Capacity, Phase, ServiceStatus, VulnerabilityFactor
from apps.directory.models import Intervention, OpeningHours
from apps.directory.testing.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory


def rich_directory():
    meppel = municipality("GM0119")
    verifier = UserFactory(username="controleur", email="controleur@voorbeeld.invalid")
    ggd = OrganisationFactory(name="GGD Drenthe (voorbeeld)", kvk_number="12345678", agb_code="87654321",
                              municipality=meppel, website="https://ggd.voorbeeld.invalid",
                              email="info@ggd.voorbeeld.invalid", phone="0000-111111",
                              description="Jeugdgezondheidszorg voor Meppel.")
    service = ServiceFactory(
        organisation=ggd, name="Stevig ouderschap Meppel", alternate_name="Stevig Ouderschap",
        intervention=Intervention.objects.get(code="stevig-ouderschap"),
        description="Huisbezoeken voor ouders die wat extra steun kunnen gebruiken.",
        status=ServiceStatus.ACTIVE, phases=[Phase.DURING, Phase.AFTER],
        situations=[VulnerabilityFactor.POVERTY_DEBTS, VulnerabilityFactor.TEENAGE_PARENTS],
        minimum_age=16, maximum_age=45, pregnancy_week_from=12, pregnancy_week_to=40, child_age_months_to=18,
        eligibility="Ouders in Meppel met een baby tot anderhalf jaar.", languages=["nl", "ar", "pl"],
        free_of_charge=True, self_registration=True, referral_required=True,
        application_process="Bel de GGD of vraag de verloskundige.", url="https://ggd.voorbeeld.invalid/stevig",
        capacity=Capacity.WAITING_LIST, waiting_weeks=6, capacity_updated_at=timezone.now(),
        last_verified_at=timezone.now() - dt.timedelta(days=20), last_verified_by=verifier,
        covers=["GM0119", "GM1701"],
    )
    OpeningHours.objects.create(service=service, weekday=1, opens_at=dt.time(9), closes_at=dt.time(12),
                                note="Telefonisch spreekuur")
    location = LocationFactory(organisation=ggd, name="Consultatiebureau Meppel", address_1="Voorbeeldstraat 1",
                               postcode="7941 AB", city="Meppel", latitude=52.6958, longitude=6.1944,
                               description="Op de eerste verdieping.", accessibility="Rolstoeltoegankelijk, lift.",
                               transportation="Bus 1 stopt voor de deur.")
    OpeningHours.objects.create(location=location, weekday=2, opens_at=dt.time(13), closes_at=dt.time(17))
    ServiceAtLocationFactory(service=service, location=location, description="Afspraken op dinsdag.")
    other = ServiceFactory(
        organisation=OrganisationFactory(name="Schuldhulp (voorbeeld)"), name="Geldzorgen spreekuur",
        status=ServiceStatus.INACTIVE, cost_description="€ 5 per gesprek", capacity=Capacity.FULL,
        phases=[Phase.BEFORE], situations=[], languages=[], covers=["GM0119"])
    return {"service": service, "other": other, "location": location, "organisation": ggd, "verifier": verifier}
