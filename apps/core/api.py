# SPDX-License-Identifier: EUPL-1.2
"""API base: coalition-scoped viewsets and an exception handler that answers 4xx with a reason, never 500."""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from rest_framework import exceptions, serializers, status, viewsets
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from apps.coalitions.access import Cap, can, editable_coalitions, visible_coalitions


def exception_handler(exc, context):
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


class CoalitionField(serializers.PrimaryKeyRelatedField):
    """A coalition reference limited to the coalitions the requesting user may see."""

    def get_queryset(self):
        return visible_coalitions(self.context["request"].user)


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


class CoalitionScopedViewSet(viewsets.ModelViewSet):
    """Objects of the coalitions the user can see; writes need `write_capability` in the object's coalition."""

    coalition_path = "coalition"
    write_capability = Cap.EDIT

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.filter(**{f"{self.coalition_path}__in": visible_coalitions(self.request.user)})

    def coalition_of(self, obj):
        for part in self.coalition_path.split("__"):
            obj = getattr(obj, part)
        return obj

    def check_write(self, coalition) -> None:
        if not can(self.request.user, coalition, self.write_capability):
            raise exceptions.PermissionDenied("U hebt in deze coalitie geen recht om dit te wijzigen.")

    def perform_create(self, serializer):
        target = serializer.validated_data
        coalition = target.get("coalition")
        if coalition is None:
            parent = next(iter(v for v in target.values() if hasattr(v, "coalition")), None)
            coalition = parent.coalition if parent else None
        if coalition is None or not editable_coalitions(self.request.user, self.write_capability).filter(
            pk=coalition.pk
        ).exists():
            raise exceptions.PermissionDenied("U hebt in deze coalitie geen recht om dit toe te voegen.")
        serializer.save()

    def perform_update(self, serializer):
        self.check_write(self.coalition_of(serializer.instance))
        new = serializer.validated_data.get("coalition")
        if new is not None and new != serializer.instance.coalition:
            raise exceptions.ValidationError({"coalition": "Een object kan niet naar een andere coalitie verhuizen."})
        serializer.save()

    def perform_destroy(self, instance):
        self.check_write(self.coalition_of(instance))
        instance.delete()
