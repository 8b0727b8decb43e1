# SPDX-License-Identifier: EUPL-1.2
"""Object permissions for django-rules, so templates and admin can ask `user.has_perm("coalitions.edit", c)`."""

from __future__ import annotations

import rules

from apps.coalitions.access import Cap, can


def _has(cap: Cap):
    @rules.predicate(name=f"has_{cap}")
    def predicate(user, coalition) -> bool:
        return coalition is not None and can(user, coalition, cap)

    return predicate


for _cap in Cap:
    rules.add_perm(f"coalitions.{_cap.value}", _has(_cap))
