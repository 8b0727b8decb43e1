# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.core.views import crud_urls
from apps.monitoring import views, views_coalition, views_import

app_name = "monitoring"
urlpatterns = [
    path("monitor/", views.IndexView.as_view(), name="index"),
    path("monitor/indicatoren/", views.IndicatorList.as_view(), name="indicators"),
    path("monitor/kaart/", views.MapView.as_view(), name="map"),
    path("monitor/gemeente/<str:code>/", views.MunicipalityDashboard.as_view(), name="municipality"),
    path("monitor/gemeente/<str:code>/postcodes/", views.PostcodeZoom.as_view(), name="postcodes"),
    path("monitor/regio/<str:code>/", views.RegionView.as_view(), name="region"),
    path("monitor/import/", views_import.ImportView.as_view(), name="import"),
    path("monitor/import/geschiedenis/", views_import.ImportHistory.as_view(), name="import-history"),
]

urlpatterns += [
    path("coalities/<int:coalition_pk>/monitor/rapport/", views_coalition.YearlyReport.as_view(), name="report"),
    *crud_urls("monitor/verhalen", "stories", views_coalition.StoryList, views_coalition.StoryCreate,
               views_coalition.StoryUpdate, views_coalition.StoryDelete),
    *crud_urls("monitor/indicatoren", "local-indicators", views_coalition.LocalIndicatorList,
               views_coalition.LocalIndicatorCreate, views_coalition.LocalIndicatorUpdate,
               views_coalition.LocalIndicatorDelete),
    path("coalities/<int:coalition_pk>/monitor/indicatoren/<int:pk>/", views_coalition.LocalIndicatorDetail.as_view(),
         name="local-indicator-detail"),
]
