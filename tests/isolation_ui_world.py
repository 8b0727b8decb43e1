# SPDX-License-Identifier: EUPL-1.2
"""A coalition with one object of every kind, and a snapshot of every row it owns (tests/test_isolation_ui.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from django.core.files.base import ContentFile
from django.db import models

from apps.actions.models import Action, ProgressNote, ReviewItem, WorkingGroup, YearlyReview
from apps.agreements.models import Agreement, Covenant, Signatory
from apps.assessments import services as assessment_services
from apps.assessments.frameworks import POINTS, Framework, ItemStatus
from apps.assessments.models import AssessmentItem, SelfAssessment
from apps.budgets.models import BudgetLine, CostRequest
from apps.cases import explore as case_explore
from apps.cases import referrals as case_referrals
from apps.cases import testing as case_testing
from apps.cases.models import (
    AccessRecord,
    Case,
    CaseMeeting,
    ConsentRecord,
    Handover,
    Hub,
    HubMember,
    IdentityKey,
    MeetingItem,
    Referral,
    ReferralEvent,
    Signal,
    SupportGoal,
    Triage,
)
from apps.coalitions.models import Coalition, Membership, Partner, Theme
from apps.core.testing import factories as f
from apps.directory.models import CarePathway, GapNote, InterventionOffer, PathwayStep
from apps.directory.testing import factories as df
from apps.meetings.models import Attendance, Meeting, Output
from apps.monitoring.models import Indicator, Observation, Story
from apps.organisations.models import Organisation
from apps.plans import services as plan_services
from apps.plans.models import Ambition, Goal, Plan, PlanVersion

TODAY = dt.date.today()
LOGIN_URL = "/inloggen/"


# --------------------------------------------------------------------------------------------------------------
# A coalition with one object of every kind
# --------------------------------------------------------------------------------------------------------------

def build_world(coalition: Coalition, lead) -> SimpleNamespace:
    """Fill `coalition` with one object of every kind, and put it in a regional coalition of its own."""
    region = f.CoalitionFactory(name=f"Regio rond {coalition.name}", scope="regional", municipality=None)
    region.municipalities.add(f.municipality("GM0119"), f.municipality("GM0983"))
    coalition.region = region
    coalition.save(update_fields=["region"])

    organisation = f.OrganisationFactory(name=f"Verloskundigenpraktijk {coalition.name}")
    partner = f.PartnerFactory(coalition=coalition, organisation=organisation, contact_name="Anna de Vries")
    member_user = f.member(coalition, "viewer")
    membership = Membership.objects.get(coalition=coalition, user=member_user)
    theme = Theme.objects.create(coalition=coalition, name="De eerste 1000 dagen")

    plan = f.PlanFactory(coalition=coalition, title="Plan van aanpak")
    ambition = Ambition.objects.create(plan=plan, text="Elk kind een kansrijke start")
    goal = f.GoalFactory(plan=plan, ambition=ambition, title="Warme overdracht", topics=["warm_handover"])
    plan_version = plan_services.adopt(plan, TODAY - dt.timedelta(days=30), "projectgroep", lead)

    working_group = f.WorkingGroupFactory(coalition=coalition, name="Werkgroep zwangerschap")
    action = f.ActionFactory(coalition=coalition, working_group=working_group, theme=theme, title="Folder maken")
    note = f.ProgressNoteFactory(action=action, text="Eerste overleg gevoerd.")
    review = YearlyReview.objects.create(coalition=coalition, year=TODAY.year, held_on=TODAY, summary="Goed jaar")
    ReviewItem.objects.create(review=review, action=action, decision="continue")

    meeting = f.MeetingFactory(coalition=coalition, title="Startbijeenkomst")
    attendance = f.AttendanceFactory(meeting=meeting, organisation=organisation, attendees=4, new_connections=2)
    output = Output.objects.create(coalition=coalition, kind="newsletter", date=TODAY, title="Nieuwsbrief 1",
                                   quantity=1)

    covenant = f.CovenantFactory(coalition=coalition, title="Convenant Kansrijke Start")
    covenant.document.save("convenant.pdf", ContentFile(b"%PDF-1.4 ondertekend"))
    signatory = Signatory.objects.create(covenant=covenant, organisation=organisation, signed_by="directeur")
    agreement = f.AgreementFactory(coalition=coalition, subject="Warme overdracht")
    agreement.parties.add(organisation)
    agreement.document.save("afspraak.pdf", ContentFile(b"%PDF-1.4 vertrouwelijk"))

    budget_line = f.BudgetLineFactory(coalition=coalition, year=TODAY.year)
    cost_request = f.CostRequestFactory(coalition=coalition, year=TODAY.year, working_group=working_group,
                                        title="Drukwerk folder")

    empty = {point: (ItemStatus.NOT_STARTED, "", "") for point, _title in POINTS[Framework.SECURING]}
    older_assessment = assessment_services.record(coalition, Framework.SECURING, TODAY - dt.timedelta(days=90),
                                                  empty, lead)
    assessment = assessment_services.record(coalition, Framework.SECURING, TODAY, empty, lead)

    # --- directory pathways ---
    service = df.ServiceFactory(organisation=organisation, name=f"Schuldhulp {organisation.name}",
                                covers=[coalition.municipality.code])
    pathway = df.CarePathwayFactory(coalition=coalition, situation="poverty_debts", title="Geldzorgen")
    step = df.PathwayStepFactory(pathway=pathway, order=1, kind="signal", title="Signaleren", responsible=organisation)
    step.services.add(service)
    df.PathwayStepFactory(pathway=pathway, order=2, kind="support", title="Schuldhulp")
    gap_note = GapNote.objects.create(coalition=coalition, municipality=coalition.municipality, phase="during",
                                      situation="poverty_debts", note="Geen budgetcoach", action=action)
    offer = InterventionOffer.objects.create(coalition=region, municipality=f.municipality("GM0119"),
                                             intervention=df.InterventionFactory(code="voorzorg"), status="planned")
    # --- monitoring ---
    from apps.monitoring.pages.views_coalition import save_local_value

    story = Story.objects.create(coalition=coalition, year=TODAY.year, title="Ons verhaal", body="**Tekst**")
    local_indicator = Indicator.objects.create(code=f"lokaal-{coalition.pk}-bereik", name="Ouders bereikt",
                                               unit="count", kind="local", coalition=coalition)
    save_local_value(coalition, local_indicator, TODAY.year, 12, None, lead)
    # --- case flow: the hub's set-up is workspace data (its cases are not: apps/cases/tests) ---
    hub = Hub.objects.create(coalition=coalition, name=f"Knooppunt {coalition.name}")
    nurse = f.UserFactory()
    nurse.organisations.add(organisation)
    hub_member = HubMember.objects.create(hub=hub, user=nurse, organisation=organisation)
    nurse.profession = "midwife"
    nurse.save(update_fields=["profession"])
    # A family with every kind of case record: the workspace routes must leave all of it untouched.
    case = case_testing.signal(nurse, hub, postcode="", consent_scope=["hub", "share"])
    case_explore.triage(case, nurse, "very_vulnerable", "Zorgen.")
    case_explore.plan_meeting(hub, nurse, TODAY, "")
    case_explore.add_goal(case, nurse, "finances", "Schulden in beeld")
    case_referrals.refer(case, nurse, service, mode="live", note="", explicit_consent=True)
    case_referrals.hand_over(case, nurse, from_phase="midwife", to_phase="jgz", organisation=organisation,
                             summary="Overdracht")

    return SimpleNamespace(
        hub=hub, hub_member=hub_member,
        pathway=pathway, step=step, gap_note=gap_note, offer=offer,
        coalition=coalition, region=region, lead=lead, organisation=organisation, partner=partner,
        membership=membership, theme=theme, plan=plan, ambition=ambition, goal=goal, plan_version=plan_version,
        working_group=working_group, action=action, note=note, review=review, meeting=meeting,
        attendance=attendance, output=output, covenant=covenant, signatory=signatory, agreement=agreement,
        budget_line=budget_line, cost_request=cost_request, older_assessment=older_assessment,
        assessment=assessment, story=story, local_indicator=local_indicator,
    )


# Every model that belongs to a coalition, with the path to it. The snapshot compares all their rows.
SCOPED_MODELS: list[tuple[type[models.Model], str]] = [
    (Coalition, "pk"),
    (Coalition.municipalities.through, "coalition"),
    (Membership, "coalition"),
    (Partner, "coalition"),
    (Theme, "coalition"),
    (Plan, "coalition"),
    (Ambition, "plan__coalition"),
    (Goal, "plan__coalition"),
    (PlanVersion, "plan__coalition"),
    (WorkingGroup, "coalition"),
    (Action, "coalition"),
    (ProgressNote, "action__coalition"),
    (YearlyReview, "coalition"),
    (ReviewItem, "review__coalition"),
    (Meeting, "coalition"),
    (Attendance, "meeting__coalition"),
    (Output, "coalition"),
    (Covenant, "coalition"),
    (Signatory, "covenant__coalition"),
    (Agreement, "coalition"),
    (Agreement.parties.through, "agreement__coalition"),
    (BudgetLine, "coalition"),
    (CostRequest, "coalition"),
    (SelfAssessment, "coalition"),
    (AssessmentItem, "assessment__coalition"),
    # --- monitoring ---
    (Story, "coalition"),
    (Indicator, "coalition"),
    (Observation, "indicator__coalition"),
    # --- directory pathways ---
    (CarePathway, "coalition"),
    (PathwayStep, "pathway__coalition"),
    (PathwayStep.services.through, "pathwaystep__pathway__coalition"),
    (GapNote, "coalition"),
    (InterventionOffer, "coalition"),
    # --- case flow ---
    (Hub, "coalition"),
    (HubMember, "hub__coalition"),
    (Case, "hub__coalition"),
    (Signal, "case__hub__coalition"),
    (ConsentRecord, "case__hub__coalition"),
    (IdentityKey, "case__hub__coalition"),
    (AccessRecord, "case__hub__coalition"),
    (Triage, "case__hub__coalition"),
    (CaseMeeting, "hub__coalition"),
    (MeetingItem, "case__hub__coalition"),
    (SupportGoal, "case__hub__coalition"),
    (Referral, "case__hub__coalition"),
    (ReferralEvent, "referral__case__hub__coalition"),
    (Handover, "case__hub__coalition"),
]


def snapshot(*coalitions: Coalition) -> dict[str, Any]:
    """Every row (all field values) of everything the coalitions own, plus the shared organisation register."""
    pks = [c.pk for c in coalitions]
    data: dict[str, Any] = {}
    for model, path in SCOPED_MODELS:
        rows = model._default_manager.filter(**{f"{path}__in": pks}).order_by("pk").values()
        data[model._meta.label] = [dict(row) for row in rows]
    data["organisations"] = list(Organisation.objects.order_by("pk").values())
    return data
