# SPDX-License-Identifier: EUPL-1.2
"""The NL Design System gives the pages their typography, form controls, buttons and tables, and Kansrijk's own
components still win over it (the `nlds` cascade layer)."""
import re
import runpy
from pathlib import Path

from django.conf import settings

VENDOR = Path(settings.BASE_DIR) / "static" / "vendor" / "nlds"


def test_the_bundle_is_what_bin_vendor_nlds_makes_of_the_vendored_files():
    """nlds.css is rebuilt from the two vendored files (unchanged copies), inside `@layer nlds`."""
    build = runpy.run_path(str(Path(settings.BASE_DIR) / "bin" / "vendor-nlds"))["build"]
    bundle = (VENDOR / "nlds.css").read_text()
    assert bundle == build()
    assert "@layer nlds {" in bundle and ".utrecht-html button" in bundle
    # Every token the components read is defined (none lost by the pruning) ...
    used = set(re.findall(r"var\((--(?:utrecht|basis)-[\w-]+)", bundle))
    theme = (VENDOR / "voorbeeld-theme.css").read_text()
    defined_in_theme = set(re.findall(r"^\s*(--[\w-]+):", theme, re.M))
    assert used & defined_in_theme <= set(re.findall(r"^\s*(--[\w-]+):", bundle, re.M))
    # ... and the unused rest is left out, so that a parent's phone loads a tenth of it.
    assert len(bundle) < len(theme) / 2
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
