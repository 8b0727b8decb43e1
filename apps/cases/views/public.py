# SPDX-License-Identifier: EUPL-1.2
"""The public registration form: anyone may register, the parent herself too (as with VoorZorg)."""

from __future__ import annotations

from django.shortcuts import redirect
from django.views.generic import FormView, TemplateView

from apps.cases import flow
from apps.cases.forms import PublicSignalForm


class PublicSignalView(FormView):
    template_name = "cases/public_signal_form.html"
    form_class = PublicSignalForm

    def form_valid(self, form):
        flow.register_public(form.cleaned_data, form.hub)
        # Nothing of the registration is echoed back: the page could be seen by someone else on a shared phone.
        return redirect("cases:public-thanks")


class PublicThanksView(TemplateView):
    template_name = "cases/public_thanks.html"
