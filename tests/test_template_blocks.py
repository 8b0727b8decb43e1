# SPDX-License-Identifier: EUPL-1.2
"""Blocks that base templates place inside `<title>` or a stylesheet address hold text only.

A page's content put into such a block by mistake (an `{% endblock %}` in the wrong place) vanishes from the page
and shows as raw HTML in the browser tab, and no page test notices: the words are still in the response.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.template import engines
from django.template.base import TextNode
from django.template.loader_tags import BlockNode, IncludeNode

# Blocks rendered where markup means nothing: the page title, and the page orientation in print_base's stylesheet address.
TEXT_ONLY = {"title", "orientation"}


def project_templates() -> dict[str, object]:
    """Every template of the project's own folders (not Django's or a library's), by its name."""
    templates = {}
    engine = engines["django"]
    for folder in engine.template_dirs:
        folder = Path(folder)
        if "site-packages" in folder.parts or not folder.is_relative_to(settings.BASE_DIR):
            continue
        for path in folder.rglob("*.html"):
            name = path.relative_to(folder).as_posix()
            templates.setdefault(name, engine.get_template(name).template)
    return templates


def blocks(template) -> list[BlockNode]:
    return template.nodelist.get_nodes_by_type(BlockNode)


def text_only_names(templates) -> set[str]:
    """TEXT_ONLY and every block nested in one of them (core/simple_form.html fills its title with `heading`)."""
    names = set(TEXT_ONLY)
    while True:
        nested = {inner.name for template in templates.values() for block in blocks(template) if block.name in names
                  for inner in block.nodelist.get_nodes_by_type(BlockNode)}
        if nested <= names:
            return names
        names |= nested


def test_the_project_has_templates_with_a_title_block():
    templates = project_templates()
    assert len(templates) > 80
    assert any(block.name == "title" for template in templates.values() for block in blocks(template))


def test_no_template_puts_markup_or_an_include_in_a_title_block():
    templates = project_templates()
    names = text_only_names(templates)
    faults = []
    for name, template in sorted(templates.items()):
        for block in blocks(template):
            if block.name not in names:
                continue
            markup = [node.s.strip()[:60] for node in block.nodelist.get_nodes_by_type(TextNode) if "<" in node.s]
            if markup or block.nodelist.get_nodes_by_type(IncludeNode):
                faults.append(f"{name}: {{% block {block.name} %}} holds {markup[0] if markup else 'an include'}")
    assert not faults, "Markup in a text-only block (is an {% endblock %} misplaced?):\n" + "\n".join(faults)
