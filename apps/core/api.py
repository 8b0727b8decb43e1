# SPDX-License-Identifier: EUPL-1.2
"""API base: scoped viewsets (through an access policy) and an exception handler: 4xx with a reason, never 500."""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.http import Http404
from rest_framework import exceptions, serializers, status, viewsets
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from apps.core.access import AccessPolicy


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        # DRF would pass on Django's text, which names the model ("No Action matches the given query."): a generic
        # Dutch "Niet gevonden." says the same and tells nothing about what is stored.
        exc = exceptions.NotFound()
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        return Response(detail, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, ProtectedError):
        return Response({"detail": "Kan niet worden verwijderd: er hangen nog gegevens aan."},
                        status=status.HTTP_409_CONFLICT)
    if isinstance(exc, IntegrityError):
        return Response({"detail": "Dit botst met bestaande gegevens (bijvoorbeeld een dubbele invoer)."},
                        status=status.HTTP_409_CONFLICT)
    return drf_exception_handler(exc, context)


class ScopeField(serializers.PrimaryKeyRelatedField):
    """A reference to a scope, limited to the scopes the requesting user may see (others "do not exist")."""

    policy: AccessPolicy

    def get_queryset(self):
        return self.policy.visible(self.context["request"].user)


class ModelCleanMixin:
    """Run the model's own clean() so the API enforces the same rules as the forms."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        # A copy: setting the new values on self.instance itself would hide a change of coalition from the view.
        instance = copy.copy(self.instance) if self.instance else model()
        m2m = {f.name for f in model._meta.many_to_many}
        for key, value in attrs.items():
            if key not in m2m:
                setattr(instance, key, value)
        try:
            instance.clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(
                exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
            ) from exc
        return attrs


class ScopedViewSet(viewsets.ModelViewSet):
    """Objects of the scopes the user can see (through `policy`); writes need `write_capability` in their scope."""

    policy: AccessPolicy
    scope_path = ""  # from the object to its scope, e.g. "plan__coalition"; default: the policy's scope field
    write_capability = "edit"

    def get_queryset(self):
        queryset = super().get_queryset()
        path = self.scope_path or self.policy.scope_field
        return queryset.filter(**{f"{path}__in": self.policy.visible(self.request.user)})

    def scope_of(self, obj):
        return self.policy.scope_of(obj, self.scope_path or None)

    def check_write(self, scope) -> None:
        if not self.policy.allows(self.request.user, scope, self.write_capability):
            raise exceptions.PermissionDenied(self.policy.denied_change)

    def perform_create(self, serializer):
        target = serializer.validated_data
        field = self.policy.scope_field
        scope = target.get(field)
        if scope is None:
            # Created under a parent (a goal under a plan): the parent's scope is the target.
            parent = next(iter(v for v in target.values() if hasattr(v, field)), None)
            scope = getattr(parent, field) if parent else None
        if scope is None or not self.policy.granting(self.request.user, self.write_capability).filter(
            pk=scope.pk
        ).exists():
            raise exceptions.PermissionDenied(self.policy.denied_add)
        serializer.save()

    def perform_update(self, serializer):
        self.check_write(self.scope_of(serializer.instance))
        field = self.policy.scope_field
        new = serializer.validated_data.get(field)
        if new is not None and new != getattr(serializer.instance, field):
            raise exceptions.ValidationError({field: self.policy.no_move})
        serializer.save()

    def perform_destroy(self, instance):
        self.check_write(self.scope_of(instance))
        instance.delete()
