# SPDX-License-Identifier: EUPL-1.2
"""Factories for the directory (tests and benchmarks). Contact details are fictional (.invalid, 0000 numbers)."""

from __future__ import annotations

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from apps.core.testing.factories import CoalitionFactory, OrganisationFactory, municipality
from apps.directory.choices import Phase, StepKind, VulnerabilityFactor
from apps.directory.models import (
    CarePathway,
    Intervention,
    Location,
    OpeningHours,
    PathwayStep,
    Service,
    ServiceAtLocation,
)


class InterventionFactory(DjangoModelFactory):
    class Meta:
        model = Intervention
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"interventie-{n}")
    name = factory.Sequence(lambda n: f"Interventie {n}")
    summary = "Een landelijk programma voor aanstaande ouders."
    phases = factory.LazyFunction(lambda: [Phase.DURING])


class ServiceFactory(DjangoModelFactory):
    """A service; `covers=["GM0119", …]` sets the municipalities it serves (default: Meppel)."""

    class Meta:
        model = Service
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Spreekuur {n}")
    description = "Hulp voor aanstaande ouders. U kunt zonder verwijzing langskomen."
    phases = factory.LazyFunction(lambda: [Phase.DURING])
    situations = factory.LazyFunction(lambda: [VulnerabilityFactor.POVERTY_DEBTS])
    languages = factory.LazyFunction(lambda: ["nl"])
    email = factory.Sequence(lambda n: f"aanbod{n}@voorbeeld.invalid")
    phone = "0000-000000"

    @factory.post_generation
    def covers(self, create, extracted, **kwargs):
        if create:
            self.municipalities.set([municipality(code) for code in (extracted or ["GM0119"])])


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Locatie {n}")
    address_1 = "Voorbeeldstraat 1"
    postcode = "7941 AB"
    pc4 = "7941"
    city = "Meppel"
    municipality = factory.LazyFunction(lambda: municipality("GM0119"))


class ServiceAtLocationFactory(DjangoModelFactory):
    class Meta:
        model = ServiceAtLocation

    service = factory.SubFactory(ServiceFactory)
    location = factory.SubFactory(LocationFactory)


class OpeningHoursFactory(DjangoModelFactory):
    class Meta:
        model = OpeningHours

    location = factory.SubFactory(LocationFactory)
    weekday = 1
    opens_at = dt.time(9)
    closes_at = dt.time(12)


class CarePathwayFactory(DjangoModelFactory):
    class Meta:
        model = CarePathway

    coalition = factory.SubFactory(CoalitionFactory)
    situation = VulnerabilityFactor.POVERTY_DEBTS
    title = "Geldzorgen tijdens de zwangerschap"


class PathwayStepFactory(DjangoModelFactory):
    class Meta:
        model = PathwayStep

    pathway = factory.SubFactory(CarePathwayFactory)
    order = factory.Sequence(lambda n: n + 1)
    kind = StepKind.SIGNAL
    title = "De verloskundige signaleert"
