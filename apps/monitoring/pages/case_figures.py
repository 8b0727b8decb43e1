# SPDX-License-Identifier: EUPL-1.2
"""The case flow's figures on the coalition's monitor: aggregates from apps.cases.figures, suppressed here.

Coalition roles see these counts and no case. A count from 1 to the threshold − 1 reads "< 10"; when one cell of a
distribution is suppressed, the next smallest non-zero cell goes too, so that the total cannot give it away. Shares
and the median need at least the threshold in their denominator.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from apps.cases import figures
from apps.coalitions.scoped import CoalitionMixin
from apps.monitoring.engine.stats import suppression_threshold


def suppressed(rows: list[tuple[str, int]], threshold: int) -> list[tuple[str, str]]:
    small = {i for i, (_label, n) in enumerate(rows) if 0 < n < threshold}
    if len(small) == 1:  # secondary suppression: one hidden cell would follow from the total
        others = sorted((n, i) for i, (_label, n) in enumerate(rows) if n > 0 and i not in small)
        if others:
            small.add(others[0][1])
    hidden = _("aantal < %(t)s") % {"t": threshold}
    return [(label, hidden if i in small else str(n)) for i, (label, n) in enumerate(rows)]


class CaseFigures(CoalitionMixin, TemplateView):
    template_name = "monitoring/case_figures.html"
    section = "monitoring"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        this_year = datetime.date.today().year
        try:
            year = int(self.request.GET.get("jaar", this_year))
        except ValueError:
            year = this_year
        year = min(max(year, 2020), this_year)
        data = figures.compute(figures.hubs_of(self.coalition), year)
        t = suppression_threshold()
        share = (f"{100 * data.loops_closed / data.referrals_sent:.0f} %"
                 if data.referrals_sent >= t else _("niet getoond (minder dan %(t)s verwijzingen)") % {"t": t})
        median = (f"{data.median_days:.0f}" if len(data.days_to_contact) >= t
                  else _("niet getoond (minder dan %(t)s gezinnen)") % {"t": t})
        context.update(
            year=year, years=list(range(this_year, 2019, -1)), threshold=t,
            cases=str(data.cases) if data.cases == 0 or data.cases >= t else _("aantal < %(t)s") % {"t": t},
            tables=[
                (_("Signalen naar bron"), suppressed(data.by_source, t)),
                (_("Inschatting"), suppressed(data.by_level, t)),
                (_("Kwetsbare situaties"), suppressed(data.by_situation, t)),
                (_("Verwijzingen per aanbod"), suppressed(data.by_service, t)),
                (_("Verwijzingen per erkende interventie"), suppressed(data.by_intervention, t)),
            ],
            share_closed=share, median_days=median,
        )
        return context
