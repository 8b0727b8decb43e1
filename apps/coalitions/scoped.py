# SPDX-License-Identifier: EUPL-1.2
"""The coalition policy bound once to core's scoped views, forms and API; coalition pages subclass these.

`self.coalition` (views) and `form.coalition` (forms) name the scope in the workspace's own words.
"""

from __future__ import annotations

from apps.coalitions.access import COALITION_POLICY, Cap
from apps.core.api import ScopedViewSet, ScopeField
from apps.core.forms import ScopedModelForm
from apps.core.views import (
    ScopedCreateView,
    ScopedDeleteView,
    ScopedListView,
    ScopedUpdateView,
    ScopeMixin,
)


class CoalitionMixin(ScopeMixin):
    """Resolves `self.coalition` from the URL for the user; 404 if she may not see it, 403 without `capability`."""

    policy = COALITION_POLICY
    capability = Cap.VIEW

    @property
    def coalition(self):
        return self.scope


class InCoalitionListView(CoalitionMixin, ScopedListView):
    pass


class InCoalitionCreateView(CoalitionMixin, ScopedCreateView):
    capability = Cap.EDIT


class InCoalitionUpdateView(CoalitionMixin, ScopedUpdateView):
    capability = Cap.EDIT


class InCoalitionDeleteView(CoalitionMixin, ScopedDeleteView):
    capability = Cap.EDIT


class CoalitionModelForm(ScopedModelForm):
    """A form inside one coalition: related choices are limited to the coalition's own objects."""

    policy = COALITION_POLICY

    def __init__(self, *args, coalition=None, **kwargs):
        kwargs.setdefault("scope", coalition)
        super().__init__(*args, **kwargs)
        self.coalition = self.scope


class CoalitionField(ScopeField):
    """A coalition reference limited to the coalitions the requesting user may see."""

    policy = COALITION_POLICY


class CoalitionScopedViewSet(ScopedViewSet):
    """Objects of the coalitions the user can see; writes need `write_capability` in the object's coalition."""

    policy = COALITION_POLICY
    write_capability = Cap.EDIT
