# SPDX-License-Identifier: EUPL-1.2
"""Import of observations in long format (CSV or XLSX): validate everything, then write all or nothing.

One row per indicator × area × period: `indicator`, `gebied` (area code), `periode` ("2021" or "2017-2021"),
`teller`, `noemer` and/or `waarde`, `bron`. English headers are accepted too. Every problem is reported with
its row (as a spreadsheet numbers it: the header is row 1) and field, in Dutch; one problem anywhere and
nothing is written. Re-importing a batch key replaces that batch's observations and keeps the old batch in
the history. Intervals and suppression come from `stats` (the same rules as the engine).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.monitoring.models import Area, ImportBatch, Indicator, Observation, Unit

MIN_YEAR = 1990
MAX_ROWS = 200_000

# Accepted header names (lower case) per field; Dutch first.
HEADERS: dict[str, tuple[str, ...]] = {
    "indicator": ("indicator", "indicatorcode", "code"),
    "area": ("gebied", "gebiedscode", "area", "area_code", "regiocode"),
    "period": ("periode", "jaar", "period", "year"),
    "numerator": ("teller", "numerator"),
    "denominator": ("noemer", "denominator"),
    "value": ("waarde", "value"),
    "source": ("bron", "source"),
}
FIELD_LABELS = {"indicator": "indicator", "area": "gebied", "period": "periode", "numerator": "teller",
                "denominator": "noemer", "value": "waarde", "source": "bron", "file": "bestand"}


@dataclass
class RowError:
    row: int  # 0 = the file as a whole
    field: str
    message: str

    def __str__(self) -> str:
        label = FIELD_LABELS.get(self.field, self.field)
        if self.row:
            return _("Rij %(row)s, veld '%(field)s': %(message)s") % {
                "row": self.row, "field": label, "message": self.message}
        return f"{label}: {self.message}"


@dataclass
class ImportResult:
    errors: list[RowError] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    batch: ImportBatch | None = None
    replaced: list[ImportBatch] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def error_rows(self) -> list[int]:
        return sorted({error.row for error in self.errors if error.row})


class FileError(ValueError):
    pass


def read_table(content: bytes, filename: str) -> list[dict[str, str]]:
    """Rows of a CSV (comma or semicolon, UTF-8 with or without BOM) or XLSX file as header → text."""
    if filename.lower().endswith((".xlsx", ".xlsm")):
        rows = _read_xlsx(content)
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileError(_("Het bestand is geen UTF-8-tekst; sla het op als CSV (UTF-8) of als XLSX.")) from None
        sample = text[:4096]
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise FileError(_("Het bestand is leeg."))
    header = [str(cell or "").strip().lower() for cell in rows[0]]
    return [{header[i]: ("" if cell is None else str(cell).strip()) for i, cell in enumerate(row) if i < len(header)}
            for row in rows[1:]]


def _read_xlsx(content: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise FileError(_("Het bestand is geen geldig Excel-bestand (XLSX).")) from None
    sheet = workbook.worksheets[0]
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append([_xlsx_cell(cell) for cell in row])
    workbook.close()
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def _xlsx_cell(cell):
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell


def _column_map(header: set[str]) -> tuple[dict[str, str], list[RowError]]:
    mapping, errors = {}, []
    for name, aliases in HEADERS.items():
        found = next((alias for alias in aliases if alias in header), None)
        if found:
            mapping[name] = found
    for required in ("indicator", "area", "period"):
        if required not in mapping:
            errors.append(RowError(0, "file", _("kolom '%(col)s' ontbreekt (verwacht: %(names)s).") % {
                "col": FIELD_LABELS[required], "names": ", ".join(HEADERS[required])}))
    if "value" not in mapping and "numerator" not in mapping:
        errors.append(RowError(0, "file", _("er moet een kolom 'teller' (met 'noemer') of 'waarde' zijn.")))
    return mapping, errors


def _int(text: str, row: int, name: str, errors: list[RowError]) -> int | None:
    if text == "":
        return None
    try:
        number = float(text.replace(",", ".")) if not text.lstrip("-").isdigit() else int(text)
    except ValueError:
        errors.append(RowError(row, name, _("'%(v)s' is geen geheel getal.") % {"v": text}))
        return None
    if isinstance(number, float):
        if not number.is_integer():
            errors.append(RowError(row, name, _("'%(v)s' is geen geheel getal.") % {"v": text}))
            return None
        number = int(number)
    if number < 0:
        errors.append(RowError(row, name, _("een aantal kan niet negatief zijn (%(v)s).") % {"v": text}))
        return None
    return number


def _period(text: str, row: int, errors: list[RowError]) -> tuple[int, int] | None:
    parts = [part.strip() for part in text.replace("–", "-").split("-")] if text else []
    max_year = dt.date.today().year
    try:
        years = [int(part) for part in parts]
    except ValueError:
        years = []
    if len(years) not in (1, 2):
        errors.append(RowError(row, "period", _("'%(v)s' is geen jaar of periode (bijv. 2021 of 2017-2021).")
                               % {"v": text}))
        return None
    start, end = years[0], years[-1]
    if start > end:
        errors.append(RowError(row, "period", _("het beginjaar ligt na het eindjaar (%(v)s).") % {"v": text}))
        return None
    if start < MIN_YEAR or end > max_year:
        errors.append(RowError(row, "period", _("periode %(v)s valt buiten %(lo)s-%(hi)s.") % {
            "v": text, "lo": MIN_YEAR, "hi": max_year}))
        return None
    return start, end


def parse(rows: list[dict[str, str]]) -> tuple[list[Observation], list[RowError]]:
    """Validate every row and build unsaved observations (without batch); errors for every row at fault."""
    from apps.monitoring.engine import stats

    if not rows:
        return [], [RowError(0, "file", _("het bestand bevat geen gegevensrijen."))]
    if len(rows) > MAX_ROWS:
        return [], [RowError(0, "file", _("te veel rijen (maximaal %(n)s).") % {"n": MAX_ROWS})]
    mapping, errors = _column_map(set(rows[0]))
    if errors:
        return [], errors
    indicators = {i.code: i for i in Indicator.objects.all()}
    areas = {a.code: a for a in Area.objects.filter(code__in={r.get(mapping["area"], "").upper() for r in rows})}
    seen: dict[tuple, int] = {}
    observations = []
    for index, raw in enumerate(rows, start=2):
        if not any(raw.values()):
            continue
        row_errors: list[RowError] = []
        get = {name: raw.get(mapping[name], "") if name in mapping else "" for name in HEADERS}.__getitem__
        indicator = indicators.get(get("indicator").lower())
        if indicator is None:
            row_errors.append(RowError(index, "indicator", _("onbekende indicator '%(v)s'.") % {"v": get("indicator")}))
        code = get("area")
        area = areas.get(code.upper())
        if area is None:
            row_errors.append(RowError(index, "area", _("onbekend gebied '%(v)s'.") % {"v": code}))
        elif indicator and indicator.levels and area.level not in indicator.levels:
            row_errors.append(RowError(index, "area", _("indicator %(i)s wordt niet op het niveau '%(l)s' getoond.")
                                       % {"i": indicator.code, "l": area.get_level_display()}))
        period = _period(get("period"), index, row_errors)
        numerator = _int(get("numerator"), index, "numerator", row_errors)
        denominator = _int(get("denominator"), index, "denominator", row_errors)
        value = None
        if get("value"):
            try:
                value = float(get("value").replace(",", "."))
            except ValueError:
                row_errors.append(RowError(index, "value", _("'%(v)s' is geen getal.") % {"v": get("value")}))
        if indicator and indicator.unit != Unit.COUNT:
            if numerator is not None and denominator is None:
                row_errors.append(RowError(index, "denominator", _("bij een teller hoort een noemer.")))
            if numerator is not None and denominator is not None and numerator > denominator:
                row_errors.append(RowError(index, "numerator", _("de teller (%(k)s) is groter dan de noemer (%(n)s).")
                                           % {"k": numerator, "n": denominator}))
            if denominator == 0:
                row_errors.append(RowError(index, "denominator", _("de noemer is 0.")))
        if numerator is None and value is None and not any(e.field in ("numerator", "value") for e in row_errors):
            row_errors.append(RowError(index, "value", _("geef een teller en noemer, of een waarde.")))
        if indicator and area and period:
            cell = (indicator.code, area.code, *period)
            if cell in seen:
                row_errors.append(RowError(index, "period", _("dubbele rij: dezelfde indicator, hetzelfde gebied en "
                                                              "dezelfde periode als rij %(r)s.") % {"r": seen[cell]}))
            else:
                seen[cell] = index
        if row_errors:
            errors.extend(row_errors)
            continue
        observations.append(build(indicator, area, period, numerator, denominator, value, stats))
    if not errors:
        apply_secondary_suppression(observations, stats)
    return observations, errors


def apply_secondary_suppression(observations: list[Observation], stats=None) -> None:
    """Hide extra cells so that no suppressed count follows from a total in the same upload.

    The same module and dimensions as the engine (engine/suppression.py): areas in their parent area (PC4 in
    municipality, municipality in province and in its GGD region, GGD region in province, province and GGD
    region in the country), single years in a pooled period of the same area, 24 weeks in the 22-week variant.
    Cells are taken in a fixed order (indicator, level, area, period), so the choice does not depend on the rows'
    order in the file.
    """
    from apps.monitoring.engine import suppression
    from apps.monitoring.engine.regions import regions_from_database
    from apps.monitoring.engine.sums import VARIANT_PAIRS, region_province

    counted = sorted((obs for obs in observations if obs.numerator is not None),
                     key=lambda o: (o.indicator.code, o.area.level, o.area.code, o.period_start, o.period_end))
    if not counted:
        return
    regions = regions_from_database()
    ggd_province = region_province(regions)
    keys = [(o.indicator.code, o.area.level, o.area.code, o.period_start, o.period_end) for o in counted]
    pooled = {}
    for code, level, area, start, end in keys:
        if start < end:
            pooled.setdefault((code, level, area), []).append((start, end))

    def parent(kind: str, key):
        code, level, area, start, end = key
        if kind == "year_in_pooled_period":
            if start != end:
                return None
            block = next((p for p in sorted(pooled.get((code, level, area), [])) if p[0] <= start <= p[1]), None)
            return (code, level, area, *block) if block else None
        if kind == "weeks24_in_weeks22":
            return (VARIANT_PAIRS[code], level, area, start, end) if code in VARIANT_PAIRS else None
        child, total = AREA_DIMENSIONS[kind]
        if level != child:
            return None
        target = {"pc4_in_municipality": lambda: pc4_parent.get(area),
                  "municipality_in_health_region": lambda: regions.health_region.get(area),
                  "municipality_in_province": lambda: regions.province.get(area),
                  "health_region_in_province": lambda: ggd_province.get(area)}.get(kind, lambda: "NL")()
        return (code, total, target, start, end) if target else None

    pc4_parent = {o.area.code: o.area.parent.code for o in counted
                  if o.area.level == "pc4" and o.area.parent_id is not None}
    groups = {dim.name: suppression.groups_from_parents(keys, [parent(dim.name, key) for key in keys])
              for dim in suppression.DIMENSIONS}
    k = [o.numerator for o in counted]
    binary = [o.indicator.binary for o in counted]
    c = [((o.denominator or 0) - o.numerator) if o.indicator.binary else 0 for o in counted]
    first = [o.suppressed for o in counted]
    result = suppression.protect(k, c, binary, groups, primary_mask=first)
    for obs, flag, reason in zip(counted, result.hidden, result.reason, strict=True):
        obs.suppressed = bool(flag)
        obs.suppression_reason = str(reason) if flag else ""


# (child level, total level) of the area dimensions.
AREA_DIMENSIONS = {
    "pc4_in_municipality": ("pc4", "municipality"),
    "municipality_in_health_region": ("municipality", "health_region"),
    "municipality_in_province": ("municipality", "province"),
    "health_region_in_province": ("health_region", "province"),
    "province_in_country": ("province", "country"),
    "health_region_in_country": ("health_region", "country"),
}


def build(indicator: Indicator, area: Area, period: tuple[int, int], k: int | None, n: int | None,
          value: float | None, stats) -> Observation:
    """An observation with value, 95% interval and suppression computed from its counts where there are any."""
    obs = Observation(indicator=indicator, area=area, period_start=period[0], period_end=period[1],
                      numerator=k, denominator=n, value=value)
    scale = indicator.scale
    if indicator.unit == Unit.COUNT and k is not None:
        low, high = stats.poisson_exact(k)
        obs.value, obs.ci_low, obs.ci_high, obs.ci_method = float(k), low, high, "poisson"
        obs.suppressed = stats.suppress_cell(k, k, binary=False)
    elif k is not None and n:
        interval = stats.proportion_interval(k, n)
        obs.value = k / n * scale
        obs.ci_low, obs.ci_high, obs.ci_method = interval.low * scale, interval.high * scale, interval.method
        obs.suppressed = stats.suppress_cell(k, n, binary=indicator.binary)
    return obs


@transaction.atomic
def run_import(content: bytes, filename: str, key: str, user=None, synthetic: bool = False, note: str = "",
               dry_run: bool = False) -> ImportResult:
    """Validate and (unless `dry_run`) store; on any error nothing at all is written."""
    result = ImportResult(dry_run=dry_run)
    try:
        rows = read_table(content, filename)
    except FileError as exc:
        result.errors.append(RowError(0, "file", str(exc)))
        return result
    result.observations, result.errors = parse(rows)
    sources = sorted({row.get("bron") or row.get("source") or "" for row in rows} - {""})
    if result.errors or dry_run:
        return result
    earlier = list(ImportBatch.objects.select_for_update().filter(key=key, replaced_at__isnull=True))
    batch = ImportBatch.objects.create(key=key, kind=ImportBatch.BatchKind.UPLOAD, source_name=filename[:300],
                                       created_by=user if user and user.is_authenticated else None,
                                       rows=len(result.observations), synthetic=synthetic,
                                       note="\n".join(filter(None, [note, ", ".join(sources)[:1000]])))
    for obs in result.observations:
        obs.batch = batch
    Observation.objects.bulk_create(result.observations, batch_size=2000)
    now = timezone.now()
    for old in earlier:
        old.observations.all().delete()
        old.replaced_by, old.replaced_at = batch, now
        old.save(update_fields=["replaced_by", "replaced_at"])
    result.batch, result.replaced = batch, earlier
    return result
