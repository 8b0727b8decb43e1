# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.core.views import crud_urls
from apps.meetings import views

app_name = "meetings"
urlpatterns = [
    *crud_urls("bijeenkomsten", "meetings", views.MeetingList, views.MeetingCreate, views.MeetingUpdate,
               views.MeetingDelete),
    path("coalities/<int:coalition_pk>/bijeenkomsten/<int:pk>/", views.MeetingDetail.as_view(),
         name="meeting-detail"),
    *crud_urls("opbrengsten", "outputs", views.OutputList, views.OutputCreate, views.OutputUpdate,
               views.OutputDelete),
]
