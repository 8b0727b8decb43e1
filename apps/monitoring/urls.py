# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.monitoring import views, views_import

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
