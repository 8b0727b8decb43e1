# SPDX-License-Identifier: EUPL-1.2
"""Login with an optional second step (TOTP, django-otp), in one form so it works without JavaScript."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def clean_code(value: str) -> str:
    return (value or "").replace(" ", "").strip()


class LoginForm(AuthenticationForm):
    otp_token = forms.CharField(
        label=_("Code uit uw authenticator-app"), required=False, max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text=_("Alleen nodig als u tweestapsverificatie hebt aangezet."),
    )

    def clean(self):
        cleaned = super().clean()  # checks the password first (and django-axes counts failures)
        user = self.get_user()
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() if user else None
        if device is not None:
            token = clean_code(cleaned.get("otp_token"))
            if not token:
                raise forms.ValidationError(_("Vul de code uit uw authenticator-app in."), code="token_required")
            if not device.verify_token(token):
                raise forms.ValidationError(
                    _("Deze code klopt niet of is verlopen. Vul de code in die nu in de app staat."),
                    code="invalid_token")
            user.otp_device = device  # django-otp marks the session as verified on login
        return cleaned


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Code uit de app"), max_length=10,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))

    def __init__(self, *args, device: TOTPDevice, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        if not self.device.verify_token(clean_code(self.cleaned_data["code"])):
            raise forms.ValidationError(_("Deze code klopt niet of is verlopen. Vul de code in die nu in de app staat."))
        return self.cleaned_data["code"]
