# SPDX-License-Identifier: EUPL-1.2
"""What a PDF looks like, read from WeasyPrint's layout: the text on its pages and the text that falls off them."""

from __future__ import annotations

from collections.abc import Iterator

from apps.core import exports

HYPHEN = "\u2010"  # WeasyPrint ends a hyphenated line with U+2010


def capture_pdf_documents(monkeypatch) -> list:
    """Every document `pdf_response` lays out from now on, in order (the PDF bytes themselves are compressed)."""
    documents: list = []
    original = exports.pdf_document

    def keep(*args, **kwargs):
        documents.append(original(*args, **kwargs))
        return documents[-1]

    monkeypatch.setattr(exports, "pdf_document", keep)
    return documents


def _text_boxes(box) -> Iterator:
    if getattr(box, "text", None):
        yield box
    for child in getattr(box, "children", None) or ():
        yield from _text_boxes(child)


def page_text(document) -> str:
    """All text of the document, its lines joined and hyphenated words made whole again."""
    words = [box.text for page in document.pages for box in _text_boxes(page._page_box)]
    return " ".join(words).replace(HYPHEN + " ", "")


def text_off_the_page(document) -> list[str]:
    """Text that reaches past the right margin of its page: on paper it is cut off, or printed over the edge."""
    lost = []
    for number, page in enumerate(document.pages, start=1):
        right = page.width - page._page_box.margin_right + 0.5  # half a pixel for rounding
        lost += [f"page {number}: {box.text!r}" for box in _text_boxes(page._page_box)
                 if box.position_x + box.width > right]
    return lost
