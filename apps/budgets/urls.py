# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.budgets import views
from apps.core.views import crud_urls

app_name = "budgets"
urlpatterns = [
    path("coalities/<int:coalition_pk>/budget/", views.BudgetIndex.as_view(), name="index"),
    *crud_urls("budget/regels", "lines", views.LineList, views.LineCreate, views.LineUpdate, views.LineDelete),
    *crud_urls("budget/aanvragen", "requests", views.RequestList, views.RequestCreate, views.RequestUpdate,
               views.RequestDelete),
    path("coalities/<int:coalition_pk>/budget/aanvragen/<int:pk>/", views.DecideView.as_view(),
         name="request-decide"),
]
