# SPDX-License-Identifier: EUPL-1.2
"""Read-only monitoring API: indicators, areas, observations (uploaded and computed), dashboard results and the
live process indicators. Suppressed cells come with value, interval and counts null. Local indicators of a
coalition (and their values) are visible only to those who may see the coalition.
"""

from __future__ import annotations

from django.db.models import F, Q
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, serializers, viewsets
from rest_framework.response import Response

from apps.coalitions.access import visible_coalitions
from apps.monitoring.models import Area, Indicator, Level, Observation
from apps.monitoring.pages import process
from apps.monitoring.pages.dashboard import area_figures


class IndicatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Indicator
        fields = ["id", "code", "name", "name_en", "definition", "numerator_definition", "denominator_definition",
                  "unit", "better", "source", "kind", "levels", "action_line", "binary", "coalition"]


class AreaSerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Area
        fields = ["id", "level", "code", "name", "parent"]


class ObservationSerializer(serializers.ModelSerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", read_only=True)
    area = serializers.SlugRelatedField(slug_field="code", read_only=True)
    area_level = serializers.CharField(source="area.level", read_only=True)
    synthetic = serializers.BooleanField(source="batch.synthetic", read_only=True)
    derived_reference = serializers.BooleanField(source="batch.derived_reference", read_only=True)
    source = serializers.CharField(source="batch.kind", read_only=True, help_text="upload | engine")

    HIDDEN = ("numerator", "denominator", "value", "ci_low", "ci_high")

    class Meta:
        model = Observation
        fields = ["id", "indicator", "area", "area_level", "period_start", "period_end", "numerator", "denominator",
                  "value", "ci_low", "ci_high", "ci_method", "suppressed", "synthetic", "derived_reference",
                  "source"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if instance.suppressed:  # numbers that must not be shown are not sent either
            for name in self.HIDDEN:
                data[name] = None
        return data


def visible_indicators(user):
    return Indicator.objects.filter(Q(coalition__isnull=True) | Q(coalition__in=visible_coalitions(user)))


class IndicatorViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = IndicatorSerializer
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z0-9_-]+"  # codes are slugs; anything else is a 404, not a database error

    def get_queryset(self):
        return visible_indicators(self.request.user).order_by("order", "code")


@extend_schema_view(list=extend_schema(parameters=[
    OpenApiParameter("level", str, description="country | province | health_region | municipality | pc4 | "
                                               "coalition_region"),
]))
class AreaViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AreaSerializer
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z0-9]+"

    def get_queryset(self):
        qs = Area.objects.select_related("parent").order_by("level", "code")
        _no_nul(self.request.query_params)
        level = self.request.query_params.get("level")
        if level:
            if level not in Level.values:
                raise exceptions.ValidationError({"level": f"Onbekend niveau '{level}'."})
            qs = qs.filter(level=level)
        if self.action == "list":
            # A coalition's region is coalition data.
            visible = [f"KS{pk}" for pk in visible_coalitions(self.request.user).values_list("pk", flat=True)]
            qs = qs.exclude(Q(level=Level.COALITION_REGION) & ~Q(code__in=visible))
        return qs

    def get_object(self):
        obj = super().get_object()
        if obj.level == Level.COALITION_REGION and not visible_coalitions(self.request.user).filter(
                pk=obj.code[2:]).exists():
            raise exceptions.NotFound()
        return obj


def _no_nul(params) -> None:
    """PostgreSQL text cannot hold NUL: say so instead of failing in the database."""
    for name, value in params.items():
        if "\x00" in value:
            raise exceptions.ValidationError({name: "Ongeldig teken (NUL) in de waarde."})


def _year(params, name: str) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise exceptions.ValidationError({name: f"'{value}' is geen jaartal."}) from None


@extend_schema_view(list=extend_schema(parameters=[
    OpenApiParameter("indicator", str, description="indicator code, e.g. big2"),
    OpenApiParameter("area", str, description="area code, e.g. GM0119 or 7942"),
    OpenApiParameter("level", str, description="area level"),
    OpenApiParameter("year", int, description="periods ending in this year"),
    OpenApiParameter("pooled", bool, description="true: only pooled periods; false: only single years"),
    OpenApiParameter("source", str, description="upload | engine (computed results)"),
]))
class ObservationViewSet(viewsets.ReadOnlyModelViewSet):
    """The current observations (replaced batches left out)."""

    serializer_class = ObservationSerializer

    def get_queryset(self):
        params = self.request.query_params
        _no_nul(params)
        qs = (Observation.objects.filter(batch__replaced_at__isnull=True,
                                         indicator__in=visible_indicators(self.request.user))
              .select_related("indicator", "area", "batch").order_by("indicator__order", "area__code",
                                                                     "period_start", "period_end", "pk"))
        if params.get("indicator"):
            qs = qs.filter(indicator__code=params["indicator"])
        if params.get("area"):
            qs = qs.filter(area__code=params["area"].upper())
        if params.get("level"):
            if params["level"] not in Level.values:
                raise exceptions.ValidationError({"level": f"Onbekend niveau '{params['level']}'."})
            qs = qs.filter(area__level=params["level"])
        year = _year(params, "year")
        if year is not None:
            qs = qs.filter(period_end=year)
        if params.get("source"):
            if params["source"] not in ("upload", "engine"):
                raise exceptions.ValidationError({"source": "Kies 'upload' of 'engine'."})
            qs = qs.filter(batch__kind=params["source"])
        pooled = params.get("pooled")
        if pooled in ("true", "1"):
            qs = qs.exclude(period_end=F("period_start"))
        elif pooled in ("false", "0"):
            qs = qs.filter(period_end=F("period_start"))
        return qs


class ComparisonSerializer(serializers.Serializer):
    area = serializers.CharField()
    value = serializers.FloatField(allow_null=True)
    suppressed = serializers.BooleanField()
    result = serializers.CharField(help_text="higher | lower | same | '' (not comparable)")


class ResultSerializer(serializers.Serializer):
    indicator = serializers.CharField()
    period_start = serializers.IntegerField(allow_null=True)
    period_end = serializers.IntegerField(allow_null=True)
    value = serializers.FloatField(allow_null=True)
    ci_low = serializers.FloatField(allow_null=True)
    ci_high = serializers.FloatField(allow_null=True)
    suppressed = serializers.BooleanField()
    comparisons = ComparisonSerializer(many=True)


class AreaResultsSerializer(serializers.Serializer):
    area = serializers.CharField()
    name = serializers.CharField()
    synthetic = serializers.BooleanField()
    derived_reference = serializers.BooleanField()
    results = ResultSerializer(many=True)


class ResultViewSet(viewsets.ViewSet):
    """What a municipality's dashboard shows, computed from the observations: per indicator the newest figure with
    its interval and the significance of the difference with province and country."""

    lookup_field = "code"
    lookup_value_regex = "[A-Za-z0-9]+"

    @extend_schema(responses=AreaResultsSerializer)
    def retrieve(self, request, code=None):
        area = Area.objects.filter(level=Level.MUNICIPALITY, code=str(code).upper()).select_related(
            "parent__parent").first()
        if area is None:
            raise exceptions.NotFound("Onbekende gemeente.")
        context = area_figures(area)
        results = []
        for fig in context["figures"]:
            obs = fig.obs
            hide = obs is None or obs.suppressed
            results.append({
                "indicator": fig.indicator.code,
                "period_start": obs.period_start if obs else None, "period_end": obs.period_end if obs else None,
                "value": None if hide else obs.value, "ci_low": None if hide else obs.ci_low,
                "ci_high": None if hide else obs.ci_high, "suppressed": bool(obs and obs.suppressed),
                "comparisons": [{"area": c.area.code,
                                 "value": None if not c.obs or c.obs.suppressed else c.obs.value,
                                 "suppressed": bool(c.obs and c.obs.suppressed), "result": c.result}
                                for c in fig.comparisons],
            })
        return Response(AreaResultsSerializer({"area": area.code, "name": area.name, "synthetic": context["synthetic"],
                                               "derived_reference": context["derived_reference"],
                                               "results": results}).data)


class ProcessSummarySerializer(serializers.Serializer):
    indicator = serializers.CharField()
    municipalities_true = serializers.IntegerField()
    municipalities = serializers.IntegerField()
    share = serializers.FloatField(allow_null=True, help_text="percent")
    last_true = serializers.DateField(allow_null=True)


class ProcessAreaSerializer(serializers.Serializer):
    area = serializers.CharField()
    indicators = ProcessSummarySerializer(many=True)


class ProcessViewSet(viewsets.ViewSet):
    """The five national process indicators, live from the workspace and the directory: the country, every
    province and every GGD region (`?area=NL`, `PV22`, `GG0706` for one)."""

    @extend_schema(responses=ProcessAreaSerializer(many=True),
                   parameters=[OpenApiParameter("area", str, description="NL, a province or GGD region code")])
    def list(self, request):
        groups = process.groups(process.facts())
        _no_nul(request.query_params)
        wanted = request.query_params.get("area")
        if wanted:
            if wanted.upper() not in groups:
                raise exceptions.ValidationError({"area": f"Onbekend gebied '{wanted}'."})
            groups = {wanted.upper(): groups[wanted.upper()]}
        data = [{"area": code, "indicators": [
            {"indicator": s.code, "municipalities_true": s.true, "municipalities": s.total, "share": s.share,
             "last_true": s.last_true} for s in summaries]} for code, summaries in sorted(groups.items())]
        return Response(ProcessAreaSerializer(data, many=True).data)


def register(router) -> None:
    """Register this app's viewsets on `router` (called from kansrijk/api_urls.py)."""
    router.register("monitoring/indicators", IndicatorViewSet, basename="monitoring-indicator")
    router.register("monitoring/areas", AreaViewSet, basename="monitoring-area")
    router.register("monitoring/observations", ObservationViewSet, basename="monitoring-observation")
    router.register("monitoring/results", ResultViewSet, basename="monitoring-result")
    router.register("monitoring/process", ProcessViewSet, basename="monitoring-process")
