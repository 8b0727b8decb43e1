# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.core.views import crud_urls
from apps.plans import views

app_name = "plans"
urlpatterns = [
    path("coalities/<int:coalition_pk>/plan/", views.PlanView.as_view(), name="plan"),
    path("coalities/<int:coalition_pk>/plan/bewerken/", views.PlanEditView.as_view(), name="edit"),
    path("coalities/<int:coalition_pk>/plan/vaststellen/", views.AdoptView.as_view(), name="adopt"),
    path("coalities/<int:coalition_pk>/plan/versies/<int:number>/", views.VersionView.as_view(), name="version"),
    *crud_urls("plan/ambities", "ambitions", views.AmbitionList, views.AmbitionCreate, views.AmbitionUpdate,
               views.AmbitionDelete),
    *crud_urls("plan/doelen", "goals", views.GoalList, views.GoalCreate, views.GoalUpdate, views.GoalDelete),
]
