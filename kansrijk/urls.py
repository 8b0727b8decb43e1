# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from apps.accounts.forms import LoginForm
from apps.cases.landing import case_landing
from apps.coalitions.landing import lead_landing, member_landing
from apps.core.health import health
from apps.directory.landing import provider_landing
from kansrijk.api_urls import router

# Each role starts where its work is: the first rule that answers decides (apps/*/landing.py). The case flow
# comes before plain membership (a midwife in the core group works on her cases first), a provider's listings
# after it; whoever has none of these starts on the list of coalitions, where she can start one.
LANDINGS = (lead_landing, case_landing, member_landing, provider_landing)


def home(request):
    if not request.user.is_authenticated:
        return redirect("login")
    return redirect(next((url for rule in LANDINGS if (url := rule(request.user))), "coalitions:list"))


urlpatterns = [
    path("", home, name="home"),
    path("health/", health, name="health"),  # for the load balancer (docs/operations.md)
    path("inloggen/", auth_views.LoginView.as_view(redirect_authenticated_user=True, authentication_form=LoginForm,
                                                   next_page="home"),
         name="login"),
    path("", include("apps.accounts.urls")),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its init script as a file: no inline script (Content-Security-Policy).
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("api/", include(router.urls)),
    path("", include("apps.coalitions.urls")),
    path("", include("apps.plans.urls")),
    path("", include("apps.actions.urls")),
    path("", include("apps.meetings.urls")),
    path("", include("apps.agreements.urls")),
    path("", include("apps.budgets.urls")),
    path("", include("apps.assessments.urls")),
    path("", include("apps.overview.urls")),
    path("", include("apps.directory.urls")),
    path("", include("apps.monitoring.urls")),
    path("", include("apps.cases.urls")),
]
# An unavailable database answers 503 with Retry-After; any other fault the Dutch 500 page.
handler500 = "apps.core.errors.server_error"
# Uploaded documents are never served from MEDIA_URL: only through the coalition's download views.
