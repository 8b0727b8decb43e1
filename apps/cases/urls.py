# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.cases.views import cases, explore, hub, meetings, privacy, public, referrals

app_name = "cases"
urlpatterns = [
    path("casussen/", cases.CaseIndexView.as_view(), name="index"),
    path("casussen/signaleren/", cases.SignalView.as_view(), name="signal"),
    path("casussen/tweestapsverificatie-nodig/", cases.VerificationNeededView.as_view(),
         name="verification-needed"),
    path("casussen/<int:case_pk>/", cases.CaseDetailView.as_view(), name="detail"),
    path("casussen/<int:case_pk>/toestemming/", cases.ConsentView.as_view(), name="consent"),
    path("casussen/<int:case_pk>/inschatten/", explore.TriageView.as_view(), name="triage"),
    path("casussen/<int:case_pk>/samenvoegen/", explore.MergeView.as_view(), name="merge"),
    path("casussen/<int:case_pk>/doelen/nieuw/", explore.GoalCreateView.as_view(), name="goal-create"),
    path("casussen/<int:case_pk>/doelen/<int:pk>/", explore.GoalStatusView.as_view(), name="goal-status"),
    path("casussen/<int:case_pk>/afsluiten/", explore.CloseView.as_view(), name="close"),
    path("casussen/<int:case_pk>/inzage/", explore.SubjectAccessView.as_view(), name="subject-access"),
    path("casussen/<int:case_pk>/verwijzen/", referrals.ReferView.as_view(), name="refer"),
    path("casussen/<int:case_pk>/verwijzingen/<int:pk>/", referrals.ReferralView.as_view(), name="referral"),
    path("casussen/<int:case_pk>/overdracht/", referrals.HandoverView.as_view(), name="handover"),
    path("casussen/<int:case_pk>/overdracht/<int:pk>/ontvangen/", referrals.HandoverAckView.as_view(),
         name="handover-ack"),
    path("verwijzingen/", referrals.IncomingView.as_view(), name="incoming"),
    path("knooppunten/<int:hub_pk>/", hub.HubDashboardView.as_view(), name="hub"),
    path("knooppunten/<int:hub_pk>/al-bekend/", meetings.KnownCheckView.as_view(), name="known-check"),
    path("knooppunten/<int:hub_pk>/casusoverleg/", meetings.MeetingListView.as_view(), name="meetings"),
    path("knooppunten/<int:hub_pk>/casusoverleg/<int:pk>/", meetings.MeetingView.as_view(), name="meeting"),
    path("coalities/<int:coalition_pk>/knooppunt/", hub.HubSetupView.as_view(), name="hub-setup"),
    path("hulp/aanmelden/", public.PublicSignalView.as_view(), name="public-signal"),
    path("hulp/aanmelden/verstuurd/", public.PublicThanksView.as_view(), name="public-thanks"),
    path("privacy/toegangslog/", privacy.AccessTrailView.as_view(), name="access-trail"),
]
