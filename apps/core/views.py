# SPDX-License-Identifier: EUPL-1.2
"""Scoped generic views: the scope (a coalition, a case) is resolved for the user *before* anything else happens.

Each view names its access policy (apps/core/access.py); the domain app that owns the scope binds the policy once
(apps/coalitions/views_scoped.py) and its pages subclass those bindings.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import ProtectedError, QuerySet
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DeleteView, ListView, UpdateView

from apps.core.access import AccessPolicy
from apps.core.exports import Column, export_response, table_rows


class ScopeMixin(LoginRequiredMixin):
    """Resolves `self.scope` from the URL through `policy`: 404 if the user may not see it, 403 without `capability`.

    `self.caps` holds what she may do there; templates get the scope under the policy's `scope_field` name.
    """

    policy: AccessPolicy
    capability: str = "view"
    section: str = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.scope = self.resolve_scope(request, kwargs)
        self.caps = self.policy.actions(request.user, self.scope)
        return super().dispatch(request, *args, **kwargs)

    def resolve_scope(self, request, kwargs):
        """A policy may take more than the id (the case policy: what to write in its access record)."""
        return self.policy.resolve(request.user, kwargs[self.policy.url_kwarg], self.capability)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update({self.policy.scope_field: self.scope, "caps": {str(c) for c in self.caps},
                        "section": self.section})
        return context


class ScopedObjectMixin(ScopeMixin):
    """For models that belong to the scope, directly or through `scope_path` (default: the policy's scope field)."""

    model: type
    scope_path = ""
    url_name = ""  # e.g. "partners"; routes are <app>:<url_name>-list/-create/-update/-delete
    namespace = ""

    def get_queryset(self) -> QuerySet:
        return self.model._default_manager.filter(**{self.scope_path or self.policy.scope_field: self.scope})

    def list_url(self) -> str:
        return reverse(f"{self.namespace}:{self.url_name}-list", args=[self.scope.pk])

    def get_success_url(self) -> str:
        return self.list_url()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            verbose_name=self.model._meta.verbose_name,
            verbose_name_plural=self.model._meta.verbose_name_plural,
            list_url=self.list_url(),
        )
        return context


class ScopedListView(ScopedObjectMixin, ListView):
    template_name = "core/object_list.html"
    columns: list[Column] = []
    edit_capability: str = "edit"
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str, ...] = ()
    detail_url_name = ""  # when set, the first column links to a detail page instead of the edit form
    intro = ""
    paginate_by = None

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().select_related(*self.select_related).prefetch_related(*self.prefetch_related)

    def get(self, request, *args, **kwargs) -> HttpResponse:
        fmt = request.GET.get("format")
        if fmt in ("csv", "xlsx"):
            title = f"{self.model._meta.verbose_name_plural} {self.scope}"
            return export_response(self.get_queryset(), self.columns, fmt, title)
        return super().get(request, *args, **kwargs)

    def object_url(self, obj) -> str | None:
        if self.detail_url_name:
            return reverse(f"{self.namespace}:{self.detail_url_name}", args=[self.scope.pk, obj.pk])
        if self.edit_capability in self.caps:
            return reverse(f"{self.namespace}:{self.url_name}-update", args=[self.scope.pk, obj.pk])
        return None

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        objects = context["object_list"]
        context.update(
            headers=[column.label for column in self.columns],
            rows=[(self.object_url(obj), cells) for obj, cells in table_rows(objects, self.columns)],
            can_edit=self.edit_capability in self.caps,
            create_url=reverse(f"{self.namespace}:{self.url_name}-create", args=[self.scope.pk]),
            intro=self.intro,
        )
        return context


class ScopedFormMixin(ScopedObjectMixin):
    template_name = "core/object_form.html"
    capability = "edit"

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["scope"] = self.scope
        kwargs["user"] = self.request.user
        return kwargs

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("%(name)s is opgeslagen.") % {"name": self.object})
        return response


class ScopedCreateView(ScopedFormMixin, CreateView):
    def form_valid(self, form):
        if not self.scope_path or self.scope_path == self.policy.scope_field:
            setattr(form.instance, self.policy.scope_field, self.scope)
        return super().form_valid(form)


class ScopedUpdateView(ScopedFormMixin, UpdateView):
    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["delete_url"] = reverse(f"{self.namespace}:{self.url_name}-delete",
                                        args=[self.scope.pk, self.object.pk])
        return context


class ScopedDeleteView(ScopedObjectMixin, DeleteView):
    template_name = "core/object_confirm_delete.html"
    capability = "edit"

    def get_form_class(self):
        # The shared *Views mixins set `form_class` to the model form (for create/update); confirming a delete
        # posts no fields, so it must not be validated against that form.
        return forms.Form

    def form_valid(self, form):
        name = str(self.object)
        try:
            self.object.delete()
        except ProtectedError:
            messages.error(self.request, _("%(name)s kan niet worden verwijderd: er hangen nog gegevens aan.")
                           % {"name": name})
            return redirect(self.get_success_url())
        messages.success(self.request, _("%(name)s is verwijderd.") % {"name": name})
        return redirect(self.get_success_url())


def crud_urls(prefix: str, name: str, list_view, create_view, update_view, delete_view) -> list:
    """The four routes of a scoped object list, under the path of the views' scope (their policy's `url_prefix`)."""
    from django.urls import path

    base = list_view.policy.url_prefix + prefix
    return [
        path(base + "/", list_view.as_view(), name=f"{name}-list"),
        path(base + "/nieuw/", create_view.as_view(), name=f"{name}-create"),
        path(base + "/<int:pk>/bewerken/", update_view.as_view(), name=f"{name}-update"),
        path(base + "/<int:pk>/verwijderen/", delete_view.as_view(), name=f"{name}-delete"),
    ]


def not_found(*_args, **_kwargs):
    raise Http404


def int_or_404(value: str) -> int:
    """An id from a hand-made POST: a number, or the object simply is not there."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


class ExportMixin:
    """Adds `?format=csv|xlsx` to a page that shows one table: `export_columns` over `export_rows()`."""

    export_columns: list[Column] = []

    def export_rows(self):
        raise NotImplementedError

    def export_title(self) -> str:
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("format")
        if fmt in ("csv", "xlsx"):
            return export_response(self.export_rows(), self.export_columns, fmt, self.export_title())
        return super().get(request, *args, **kwargs)
