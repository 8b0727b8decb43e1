# SPDX-License-Identifier: EUPL-1.2
"""axe-core on every main page of a well-filled workspace, on a desktop window and on a phone.

Each page is its own test: axe with all its rules at 1280×720, then at 375×667 the body may not scroll
sideways and axe's layout rules run again (a table that fits a desktop starts to scroll on a phone, and a
scroll box must then be reachable by keyboard). A violation with impact "serious" or "critical" fails the
test; the message names the rule, its help text and the offending nodes, so the template gets fixed rather
than the rule muted. Two more tests do the same for forms after a failed submit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
PHONE = {"width": 375, "height": 667}
# The rules whose outcome depends on the layout; on a phone only these run again (the full set takes 3-5× longer).
PHONE_RULES = ["scrollable-region-focusable", "target-size", "meta-viewport"]
TODAY = dt.date.today()


@dataclass
class Site:
    """What the factories built, as the ids the URLs need."""

    lead: object  # the User: project lead of the local coalition, regional coordinator of the region
    local: int
    regional: int
    action: int
    review: int
    meeting: int
    covenant: int
    cost_request: int
    snapshot: int


def build_site() -> Site:
    """A local coalition in Meppel with something on every page, inside a regional coalition of four."""
    from apps.actions.models import ActionStatus, ReviewItem, YearlyReview
    from apps.agreements.models import Signatory
    from apps.assessments import services as assessments
    from apps.assessments.frameworks import Framework
    from apps.coalitions.models import Theme
    from apps.core.testing import factories as f
    from apps.meetings.models import MeetingKind, Output
    from apps.plans import services as plans
    from apps.plans.models import Ambition

    # Sessions are put in the browser directly, so nobody needs a usable password (hashing one costs 0.2 s).
    lead = f.UserFactory(first_name="Sanne", last_name="de Vries", password=None)
    meppel, westerveld, de_wolden, hoogeveen = (f.municipality(code)
                                                for code in ("GM0119", "GM1701", "GM1690", "GM0118"))

    region = f.CoalitionFactory(name="Kansrijke Start Zuidwest-Drenthe", scope="regional", municipality=None,
                                status="formed", formed_on=TODAY - dt.timedelta(days=700))
    region.municipalities.set([meppel, westerveld, de_wolden, hoogeveen])
    f.member(region, "regional_coordinator", lead)

    local = f.CoalitionFactory(
        name="Kansrijke Start Meppel", municipality=meppel, region=region, status="formed",
        in_talks_since=TODAY - dt.timedelta(days=600), preparing_since=TODAY - dt.timedelta(days=400),
        formed_on=TODAY - dt.timedelta(days=200), monitoring_participation=True,
        description="Samen zorgen we voor een goede start voor elk kind in Meppel.",
    )
    f.member(local, "project_lead", lead)
    f.member(local, "viewer", f.UserFactory(password=None))
    other = f.CoalitionFactory(name="Kansrijke Start Westerveld", municipality=westerveld, region=region)
    f.PartnerFactory(coalition=other, domain="social", partner_type="jgz")

    midwife = f.PartnerFactory(coalition=local, organisation__name="Verloskundigenpraktijk De Wieg",
                               domain="medical", partner_type="midwife", covenant_signed=True)
    jgz = f.PartnerFactory(coalition=local, organisation__name="JGZ Drenthe", domain="social", partner_type="jgz")
    f.PartnerFactory(coalition=local, organisation__name="Ouderpanel Meppel", domain="target_group",
                     partner_type="parents_panel")
    f.PartnerFactory(coalition=local, organisation__name="Gemeente Meppel", domain="municipal",
                     partner_type="municipality")

    plan = f.PlanFactory(coalition=local, summary="Drie actielijnen, vijf doelen.",
                         starting_situation="Volgens de perinatale cijfers ...")
    ambition = Ambition.objects.create(plan=plan, text="Elk kind in Meppel krijgt een kansrijke start.")
    theme = Theme.objects.create(coalition=local, name="Armoede en schulden")
    f.GoalFactory(plan=plan, title="Prenataal huisbezoek voor iedereen", action_line="before",
                  topics=["preconception", "signalling"], ambition=ambition, measure="aantal huisbezoeken")
    f.GoalFactory(plan=plan, title="BoekStart bij de JGZ", action_line="after", topics=["language_development"])
    f.GoalFactory(plan=plan, title="Schuldhulp vóór de geboorte", action_line="", theme=theme, topics=["poverty"])
    plans.adopt(plan, TODAY - dt.timedelta(days=30), "projectgroep", lead)

    group = f.WorkingGroupFactory(coalition=local, name="Werkgroep voor de zwangerschap", theme="preconceptie")
    action = f.ActionFactory(coalition=local, working_group=group, title="Prenataal huisbezoek invoeren",
                             owner="JGZ Drenthe", action_line="during", status=ActionStatus.IN_BUD)
    f.ProgressNoteFactory(action=action, text="Eerste huisbezoeken gedaan.")
    f.ActionFactory(coalition=local, title="Nu Niet Zwanger", status=ActionStatus.SOWN)
    f.ActionFactory(coalition=local, title="Lokaal knooppunt", status=ActionStatus.IN_BLOOM, theme=theme)
    review = YearlyReview.objects.create(coalition=local, year=TODAY.year, held_on=TODAY - dt.timedelta(days=10),
                                         summary="Goed jaar.")
    ReviewItem.objects.create(review=review, action=action, decision="continue", note="loopt goed")

    meeting = f.MeetingFactory(coalition=local, title="Coalitiebijeenkomst voorjaar",
                               date=TODAY - dt.timedelta(days=20), location="Schouwburg Ogterop")
    f.AttendanceFactory(meeting=meeting, organisation=midwife.organisation, attendees=3, new_connections=2)
    f.AttendanceFactory(meeting=meeting, organisation=jgz.organisation, attendees=2, new_connections=None)
    f.MeetingFactory(coalition=local, title="Inspiratieavond", kind=MeetingKind.INSPIRATION)
    f.MeetingFactory(coalition=region, title="Regiobijeenkomst", kind=MeetingKind.STEERING_BOARD,
                     date=TODAY - dt.timedelta(days=40))
    Output.objects.create(coalition=local, kind="newsletter", date=TODAY - dt.timedelta(days=5),
                          title="Nieuwsbrief 1", quantity=1)

    covenant = f.CovenantFactory(coalition=local)
    Signatory.objects.create(covenant=covenant, organisation=midwife.organisation, signed_by="praktijkhouder",
                             signed_on=covenant.signed_on)
    agreement = f.AgreementFactory(coalition=local, concluded_on=TODAY - dt.timedelta(days=50))
    agreement.parties.set([midwife.organisation, jgz.organisation])

    f.BudgetLineFactory(coalition=local, description="Rijksbijdrage", amount=Decimal("12000.00"))
    f.CostRequestFactory(coalition=local, working_group=group, title="Folder prenataal huisbezoek",
                         status="approved", decided_on=TODAY)
    cost_request = f.CostRequestFactory(coalition=local, working_group=group, title="Zaalhuur inspiratieavond",
                                        requested_by=lead)

    points = {point: ("started", "We zijn begonnen.", "Verder uitwerken.") for point in range(1, 11)}
    assessments.record(local, Framework.SECURING, TODAY - dt.timedelta(days=90), points, lead)
    points[3] = ("in_place", "De projectleider trekt.", "")
    snapshot = assessments.record(local, Framework.SECURING, TODAY - dt.timedelta(days=1), points, lead)

    return Site(lead=lead, local=local.pk, regional=region.pk, action=action.pk, review=review.pk,
                meeting=meeting.pk, covenant=covenant.pk, cost_request=cost_request.pk, snapshot=snapshot.pk)


# (test id, URL with {placeholders} filled from Site); "anonymous" pages are opened without a session.
PAGES = [
    ("login", "/inloggen/"),
    ("coalition-list", "/coalities/"),
    ("coalition-new", "/coalities/nieuw/"),
    ("coalition-edit", "/coalities/{local}/bewerken/"),
    ("overview", "/coalities/{local}/"),
    ("overview-print", "/coalities/{local}/?print=1"),
    ("regional-overview", "/coalities/{regional}/regio/"),
    ("history", "/coalities/{local}/wijzigingen/"),
    ("partners", "/coalities/{local}/partners/"),
    ("partner-form", "/coalities/{local}/partners/nieuw/"),
    ("members", "/coalities/{local}/leden/"),
    ("plan", "/coalities/{local}/plan/"),
    ("plan-edit", "/coalities/{local}/plan/bewerken/"),
    ("plan-version", "/coalities/{local}/plan/versies/1/"),
    ("goal-form", "/coalities/{local}/plan/doelen/nieuw/"),
    ("working-groups", "/coalities/{local}/werkgroepen/"),
    ("actions", "/coalities/{local}/acties/"),
    ("action-form", "/coalities/{local}/acties/nieuw/"),
    ("action-detail", "/coalities/{local}/acties/{action}/"),
    ("reviews", "/coalities/{local}/evaluaties/"),
    ("review-detail", "/coalities/{local}/evaluaties/{review}/"),
    ("meetings", "/coalities/{local}/bijeenkomsten/"),
    ("meeting-detail", "/coalities/{local}/bijeenkomsten/{meeting}/"),
    ("outputs", "/coalities/{local}/opbrengsten/"),
    ("agreements", "/coalities/{local}/afspraken/"),
    ("covenant-detail", "/coalities/{local}/afspraken/convenanten/{covenant}/"),
    ("budget", "/coalities/{local}/budget/"),
    ("cost-request-form", "/coalities/{local}/budget/aanvragen/nieuw/"),
    ("cost-request-decide", "/coalities/{local}/budget/aanvragen/{cost_request}/"),
    ("requirements", "/coalities/{local}/minimale-eisen/"),
    ("step-plan", "/coalities/{local}/stappenplan/"),
    ("borging", "/coalities/{local}/borging/"),
    ("snapshot-form", "/coalities/{local}/borging/nieuw/securing/"),
    ("snapshot-detail", "/coalities/{local}/borging/{snapshot}/"),
]
ANONYMOUS = {"login"}


def url_of(template: str, site: Site) -> str:
    return template.format(**{k: v for k, v in vars(site).items() if k != "lead"})


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"][:8]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


def serious(violations: list[dict], viewport: str) -> list[str]:
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    return [f"axe, {viewport}:\n{describe(blocking)}"] if blocking else []


# On the phone, in one round trip: how wide the page is, the innermost elements whose box or text sticks out
# past the right edge (outside any scroll box) if it is too wide, and axe's layout rules (axe is still loaded).
# Also ids: axe 4.11 no longer fails a duplicate id (its rules are deprecated or only "needs review"), nor an
# aria-describedby that points at nothing, which is how a field's help and error text stay unread.
PHONE_JS = """
async rules => {
  const ids = [...document.querySelectorAll('[id]')].map(el => el.id);
  const duplicateIds = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  const danglingRefs = [];
  for (const el of document.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]')) {
    const refs = ['aria-describedby', 'aria-labelledby', 'for'].flatMap(a => (el.getAttribute(a) || '').split(/\\s+/));
    for (const ref of refs.filter(Boolean)) {
      if (!document.getElementById(ref)) danglingRefs.push(el.tagName.toLowerCase() + ' → #' + ref);
    }
  }
  const inScrollBox = el => {
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  const sticksOut = el => el.getBoundingClientRect().left + el.scrollWidth > window.innerWidth + 1;
  const width = document.documentElement.scrollWidth;
  const culprits = width > window.innerWidth + 1
    ? [...document.body.querySelectorAll('*')].filter(el => sticksOut(el) && !inScrollBox(el)) : [];
  const innermost = culprits
    .filter(el => !culprits.some(other => other !== el && el.contains(other)))
    .slice(0, 8)
    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '')
               + ' "' + el.textContent.trim().slice(0, 50) + '"');
  const results = await axe.run(document, {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']});
  return {width, innerWidth: window.innerWidth, culprits: innermost, violations: results.violations,
          duplicateIds, danglingRefs};
}
"""


def assert_accessible(page, what: str) -> None:
    """axe on a desktop window; then on a phone no sideways scrolling and axe's layout rules again (tables only
    start to scroll there); and every id unique, every id reference resolving."""
    from axe_playwright_python.sync_playwright import Axe

    problems = serious(Axe().run(page).response["violations"], "1280×720")
    page.set_viewport_size(PHONE)
    phone = page.evaluate(PHONE_JS, PHONE_RULES)
    if phone["width"] > phone["innerWidth"] + 1:
        problems.append(f"phone: the page is {phone['width']}px wide on a {phone['innerWidth']}px screen; "
                        f"sticking out: {phone['culprits']}")
    problems += serious(phone["violations"], "375×667")
    if phone["duplicateIds"]:
        problems.append(f"ids used more than once: {phone['duplicateIds']}")
    if phone["danglingRefs"]:
        problems.append(f"references to ids that do not exist: {phone['danglingRefs']}")
    assert not problems, f"{what} ({page.url}):\n" + "\n".join(problems)


@pytest.fixture
def site(db):
    return build_site()


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _path in PAGES])
def test_page_passes_axe_on_desktop_and_phone(name, path, site, page, log_in):
    if name not in ANONYMOUS:
        log_in(site.lead)
    response = page.goto(url_of(path, site))
    assert response is not None and response.status == 200, f"{name}: HTTP {response and response.status}"
    assert_accessible(page, name)


def test_form_with_errors_passes_axe(site, page, log_in):
    log_in(site.lead)
    page.goto(url_of("/coalities/{local}/partners/nieuw/", site))
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert page.evaluate("document.activeElement.className") == "error-summary"  # read out first
    assert page.locator(".field.has-error").count() >= 2  # organisation, domain, type
    # Each field points at its own message, and the summary links to the fields.
    domain = page.locator("#id_domain")
    assert domain.get_attribute("aria-invalid") == "true"
    assert page.locator(f"#{domain.get_attribute('aria-describedby')}").inner_text().strip()
    page.get_by_role("alert").get_by_role("link", name="Domein").click()
    assert page.evaluate("document.activeElement.id") == "id_domain"
    assert_accessible(page, "the partner form after a failed submit")


def test_login_with_wrong_password_passes_axe(site, page):
    page.goto("/inloggen/")
    page.fill("#id_username", site.lead.username)
    page.fill("#id_password", "fout-wachtwoord")
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert_accessible(page, "the login form after a wrong password")


def test_two_step_verification_pages_pass_axe(site, page, log_in):
    log_in(site.lead)
    page.goto("/account/tweestapsverificatie/")
    assert_accessible(page, "two-step verification, off")
    page.get_by_role("button", name="Tweestapsverificatie aanzetten").click()
    page.wait_for_load_state()
    assert page.locator(".qr svg").is_visible()
    assert_accessible(page, "two-step verification, QR code shown")
