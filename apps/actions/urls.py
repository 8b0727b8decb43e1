# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.actions import views
from apps.core.views import crud_urls

app_name = "actions"
urlpatterns = [
    *crud_urls("werkgroepen", "workinggroups", views.WorkingGroupList, views.WorkingGroupCreate,
               views.WorkingGroupUpdate, views.WorkingGroupDelete),
    *crud_urls("acties", "actions", views.ActionList, views.ActionCreate, views.ActionUpdate, views.ActionDelete),
    path("coalities/<int:coalition_pk>/acties/<int:pk>/", views.ActionDetail.as_view(), name="action-detail"),
    path("coalities/<int:coalition_pk>/acties/<int:pk>/stap/", views.ActionStep.as_view(), name="action-step"),
    *crud_urls("evaluaties", "reviews", views.ReviewList, views.ReviewCreate, views.ReviewUpdate, views.ReviewDelete),
    path("coalities/<int:coalition_pk>/evaluaties/<int:pk>/", views.ReviewDetail.as_view(), name="review-detail"),
]
