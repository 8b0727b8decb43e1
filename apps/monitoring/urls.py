# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.core.views import crud_urls
from apps.monitoring.exchange import views as exchange_views
from apps.monitoring.pages import case_figures, views, views_coalition
from apps.monitoring.report import views as report_views

app_name = "monitoring"
urlpatterns = [
    path("monitor/", views.IndexView.as_view(), name="index"),
    path("monitor/indicatoren/", views.IndicatorList.as_view(), name="indicators"),
    path("monitor/kaart/", views.MapView.as_view(), name="map"),
    path("monitor/gemeente/<str:code>/", views.MunicipalityDashboard.as_view(), name="municipality"),
    path("monitor/gemeente/<str:code>/postcodes/", views.PostcodeZoom.as_view(), name="postcodes"),
    path("monitor/regio/<str:code>/", views.RegionView.as_view(), name="region"),
    path("monitor/import/", exchange_views.ImportView.as_view(), name="import"),
    path("monitor/import/geschiedenis/", exchange_views.ImportHistory.as_view(), name="import-history"),
]

urlpatterns += [
    path("coalities/<int:coalition_pk>/monitor/rapport/", report_views.YearlyReport.as_view(), name="report"),
    path("coalities/<int:coalition_pk>/monitor/casusstroom/", case_figures.CaseFigures.as_view(),
         name="case-figures"),
    *crud_urls("monitor/verhalen", "stories", views_coalition.StoryList, views_coalition.StoryCreate,
               views_coalition.StoryUpdate, views_coalition.StoryDelete),
    *crud_urls("monitor/indicatoren", "local-indicators", views_coalition.LocalIndicatorList,
               views_coalition.LocalIndicatorCreate, views_coalition.LocalIndicatorUpdate,
               views_coalition.LocalIndicatorDelete),
    path("coalities/<int:coalition_pk>/monitor/indicatoren/<int:pk>/", views_coalition.LocalIndicatorDetail.as_view(),
         name="local-indicator-detail"),
]
