# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.cases.views import cases, hub, privacy, public

app_name = "cases"
urlpatterns = [
    path("casussen/", cases.CaseIndexView.as_view(), name="index"),
    path("casussen/signaleren/", cases.SignalView.as_view(), name="signal"),
    path("casussen/tweestapsverificatie-nodig/", cases.VerificationNeededView.as_view(),
         name="verification-needed"),
    path("casussen/<int:case_pk>/", cases.CaseDetailView.as_view(), name="detail"),
    path("casussen/<int:case_pk>/toestemming/", cases.ConsentView.as_view(), name="consent"),
    path("knooppunten/<int:hub_pk>/", hub.HubDashboardView.as_view(), name="hub"),
    path("coalities/<int:coalition_pk>/knooppunt/", hub.HubSetupView.as_view(), name="hub-setup"),
    path("hulp/aanmelden/", public.PublicSignalView.as_view(), name="public-signal"),
    path("hulp/aanmelden/verstuurd/", public.PublicThanksView.as_view(), name="public-thanks"),
    path("privacy/toegangslog/", privacy.AccessTrailView.as_view(), name="access-trail"),
]
