# SPDX-License-Identifier: EUPL-1.2
"""The NL Design System gives the pages their typography, form controls, buttons and tables, and Kansrijk's own
components still win over it (the `nlds` cascade layer)."""
from pathlib import Path

from django.conf import settings

VENDOR = Path(settings.BASE_DIR) / "static" / "vendor" / "nlds"


def test_the_bundle_is_the_vendored_files_in_the_nlds_layer():
    """nlds.css is what bin/vendor-nlds makes of the two vendored files, unchanged, inside `@layer nlds`."""
    bundle = (VENDOR / "nlds.css").read_text()
    body = bundle[bundle.index("@layer nlds {") + len("@layer nlds {"):bundle.rindex("}")]
    parts = [line for name in ("voorbeeld-theme.css", "utrecht-html.css")
             for line in (VENDOR / name).read_text().splitlines() if not line.startswith("@charset")]
    assert body.strip().splitlines() == parts
    assert (VENDOR / "LICENSE-utrecht.md").read_text().startswith("# EUROPEAN UNION PUBLIC LICENCE v. 1.2")


def test_pages_use_the_design_system_and_keep_kansrijks_components(page, log_in, lead_a):
    log_in(lead_a)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/coalities/")
    style = page.evaluate("""() => {
        const css = (el, prop) => getComputedStyle(el).getPropertyValue(prop);
        const main = document.querySelector('main');
        const button = main.querySelector('a.button');
        const th = main.querySelector('th');
        return {
          layers: [...document.styleSheets].some(s => [...s.cssRules].some(
            r => r.constructor.name === 'CSSLayerBlockRule' && r.name === 'nlds')),
          themed: document.documentElement.classList.contains('voorbeeld-theme') && main.classList.contains('utrecht-html'),
          brand: css(document.documentElement, '--voorbeeld-kleuren-violet-500').trim(),
          thWeight: css(th, 'font-weight'),
          thBorder: css(th, 'border-block-end-width'),
          buttonColour: css(button, 'color'),
          buttonHeight: button.getBoundingClientRect().height,
        };
    }""")
    assert style["layers"] and style["themed"]
    assert style["brand"] == "#00566b"  # Kansrijk's colour replaces the example theme's violet
    assert int(style["thWeight"]) >= 700 and style["thBorder"] != "0px"  # NLDS table header
    assert style["buttonColour"] == "rgb(255, 255, 255)"  # Kansrijk's .button wins over `.utrecht-html a`
    assert style["buttonHeight"] >= 44  # a pointer target as tall as NLDS's buttons


def test_form_controls_get_the_design_systems_target_size(page, live_server):
    page.goto("/inloggen/")
    heights = page.evaluate("""() => [...document.querySelectorAll('main input:not([type=hidden]), main button')]
        .map(el => el.getBoundingClientRect().height)""")
    assert heights and min(heights) >= 44
