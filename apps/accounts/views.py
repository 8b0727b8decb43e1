# SPDX-License-Identifier: EUPL-1.2
"""Turning two-step verification (TOTP) on and off for one's own account."""

from __future__ import annotations

from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.accounts.forms import CodeForm


class TwoFactorView(LoginRequiredMixin, TemplateView):
    template_name = "accounts/two_factor.html"

    def devices(self):
        return TOTPDevice.objects.filter(user=self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed = self.devices().filter(confirmed=True).first()
        pending = None if confirmed else self.devices().filter(confirmed=False).first()
        context.update(confirmed=confirmed, pending=pending, form=kwargs.get("form"))
        if pending is not None:
            # The QR code holds the device's secret for the authenticator app; it is drawn from our own data.
            context["qr_svg"] = mark_safe(  # noqa: S308
                segno.make(pending.config_url, error="m").svg_inline(
                    scale=4, title=_("QR-code om Kansrijk aan uw authenticator-app toe te voegen")))
            context["secret"] = b32encode(pending.bin_key).decode()
        return context

    def post(self, request, *args, **kwargs):
        step = request.POST.get("step")
        if step == "start":
            self.devices().filter(confirmed=False).delete()
            TOTPDevice.objects.create(user=request.user, name="Kansrijk", confirmed=False)
            return redirect("accounts:two-factor")
        device = self.devices().filter(confirmed=(step == "disable")).first()
        if device is None or step not in ("confirm", "disable"):
            return redirect("accounts:two-factor")
        form = CodeForm(request.POST, device=device)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if step == "confirm":
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Tweestapsverificatie staat aan. Bij het inloggen vragen we voortaan om de code."))
        else:
            self.devices().delete()
            messages.success(request, _("Tweestapsverificatie staat uit."))
        return redirect("accounts:two-factor")
