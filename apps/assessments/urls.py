# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.assessments import views

app_name = "assessments"
base = "coalities/<int:coalition_pk>/"
urlpatterns = [
    path(base + "minimale-eisen/", views.RequirementsView.as_view(), name="requirements"),
    path(base + "stappenplan/", views.StepPlanView.as_view(), name="stepplan"),
    path(base + "borging/", views.SelfAssessmentList.as_view(), name="self-list"),
    path(base + "borging/nieuw/<str:framework>/", views.SelfAssessmentCreate.as_view(), name="self-create"),
    path(base + "borging/<int:pk>/", views.SelfAssessmentDetail.as_view(), name="self-detail"),
    path(base + "borging/vergelijk/", views.CompareView.as_view(), name="compare"),
]
