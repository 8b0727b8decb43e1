# SPDX-License-Identifier: EUPL-1.2
"""Every role follows every link it can reach, downloads included, over the demo data: no page may fail.

Each role starts on the home page (and on a search, whose form is a GET form) and follows same-site `<a href>` links
breadth-first. A page fails when it answers 5xx, when its `<title>` holds markup (a block that swallowed content),
when a download (CSV, Excel, PDF, JSON) cannot be opened, or when a PDF puts text past the page's margin. GET links
must not change data either: the audit trail may not grow during a walk.

Cost: each kind of page — route and query parameter names — is visited at most `PER_KIND` times per role, each kind
of download (route, parameters, format) once, so twenty action pages cost two visits and a PDF is laid out once per
role. The roles are split over three tests so that two workers share them.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

import openpyxl
import pytest
from auditlog.models import LogEntry
from django.test import Client
from django.urls import Resolver404, resolve

from apps.accounts.models import User
from apps.core.testing import factories as f
from apps.core.testing.pdf import capture_pdf_documents, text_off_the_page
from apps.demo.loader import DemoLoader

PER_KIND = 2
ANONYMOUS, OUTSIDER = "anonymous", "outsider (no membership, no organisation)"
# Demo logins (apps/demo/data.py, apps/demo/directory_services_data.py), grouped to take about as long each.
ROLE_GROUPS = {
    "maintainer and regional coordinator": ["beheerder", "regiocoordinator"],
    "project lead and working-group member": ["projectleider", "werkgroeplid"],
    "viewer, other coalition, providers and visitors": ["meelezer", "projectleider.venlo", "aanbieder.meppel",
                                                        "aanbieder.venlo", OUTSIDER, ANONYMOUS],
}
# Pages each walk must at least reach; a parent sees the public search and its services, an outsider the directory.
MINIMUM_PAGES = {ANONYMOUS: 5, OUTSIDER: 20}
# The search pages are GET forms, not links: start from a search a parent and a professional would make.
START = ["/", "/hulp/?q=zwanger&postcode=7941", "/sociale-kaart/?q=zwanger&postcode=7941"]
SKIP_PATHS = ("/uitloggen/", "/static/", "/media/")
TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
REDIRECTS = (301, 302, 303, 307, 308)


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def same_site(base: str, href: str) -> str | None:
    """The link as path and query if it stays on this site and is not a logout or a file; else None."""
    parts = urlsplit(urljoin(base, href))
    if parts.scheme not in ("http", "https") or parts.netloc != "testserver" or parts.path.startswith(SKIP_PATHS):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def kind(url: str) -> tuple:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    try:
        route = resolve(parts.path).route
    except Resolver404:
        route = parts.path
    return route, tuple(sorted(query)), query.get("format")


@dataclass
class Walk:
    role: str
    client: Client
    pdfs: list
    visited: Counter = field(default_factory=Counter)
    downloads: set = field(default_factory=set)
    offences: list[str] = field(default_factory=list)

    def run(self) -> None:
        queue, seen = list(START), set(START)
        while queue:
            url = queue.pop(0)
            page_kind = kind(url)
            if self.visited[page_kind] >= (PER_KIND if page_kind[2] is None else 1):
                continue
            self.visited[page_kind] += 1
            for link in self.visit(url):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)

    def visit(self, url: str) -> list[str]:
        self.pdfs.clear()
        response = self.client.get(url)
        status, content_type = response.status_code, response.get("Content-Type", "")
        if status >= 500:
            exc = getattr(response, "exc_info", None)
            self.offend(url, status, f"{exc[0].__name__}: {exc[1]}" if exc else "server error")
        elif status in REDIRECTS:
            return [link] if (link := same_site("http://testserver" + url, response["Location"])) else []
        elif content_type.startswith("text/html"):  # error pages too; only a page that answered has links to follow
            links = self.check_page(url, response.content.decode())
            return links if status == 200 else []
        elif status == 200:
            self.check_download(url, response, content_type)
        return []

    def check_page(self, url: str, body: str) -> list[str]:
        title = TITLE.search(body)
        if title and "<" in title.group(1):
            self.offend(url, 200, f"markup in <title>: {title.group(1).strip()[:60]!r}")
        parser = LinkParser()
        parser.feed(body)
        return [link for href in parser.hrefs if (link := same_site("http://testserver" + url, href))]

    def check_download(self, url: str, response, content_type: str) -> None:
        content = response.content
        self.downloads.add((kind(url)[0], content_type.split(";")[0]))
        try:
            if "spreadsheetml" in content_type:
                openpyxl.load_workbook(io.BytesIO(content), read_only=True).close()
            elif content_type.startswith("text/csv"):
                content.decode("utf-8-sig")
            elif content_type.startswith("application/json"):
                json.loads(content)
            elif content_type == "application/pdf":
                assert content.startswith(b"%PDF")
                for document in self.pdfs:
                    if lost := text_off_the_page(document):
                        self.offend(url, 200, f"PDF text past the margin: {lost[:3]}")
        except Exception as error:  # whatever a reader chokes on, the user cannot open the file
            self.offend(url, 200, f"{content_type} does not open: {type(error).__name__}: {error}")

    def offend(self, url: str, status: int, detail: str) -> None:
        self.offences.append(f"{self.role}: {status} {url} — {detail}")


def audit_entries() -> int:
    return LogEntry.objects.exclude(action=LogEntry.Action.ACCESS).count()


@pytest.mark.django_db
@pytest.mark.parametrize("group", ROLE_GROUPS)
def test_every_link_a_role_can_reach_answers_without_fault(group, monkeypatch):
    DemoLoader(password="kansrijk-test").load()
    pdfs = capture_pdf_documents(monkeypatch)
    offences, walks = [], []
    for role in ROLE_GROUPS[group]:
        client = Client(raise_request_exception=False)
        if role == OUTSIDER:
            client.force_login(f.UserFactory())
        elif role != ANONYMOUS:
            client.force_login(User.objects.get(username=role))
        before = audit_entries()
        walk = Walk(role, client, pdfs)
        walk.run()
        walks.append(walk)
        offences += walk.offences
        if audit_entries() != before:
            offences.append(f"{role}: following links changed data ({audit_entries() - before} audit entries)")

    assert not offences, f"{len(offences)} faults found by following links:\n" + "\n".join(offences)
    for walk in walks:  # the walk really went somewhere: a broken login would pass with nothing visited
        assert sum(walk.visited.values()) >= MINIMUM_PAGES.get(walk.role, 40), walk.role
    exports = {export for walk in walks for export in walk.downloads}
    assert len(exports) > 5, exports
