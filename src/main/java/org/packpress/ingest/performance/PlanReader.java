package org.packpress.ingest.performance;

import org.packpress.common.FieldPaths;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.packpress.ingest.Problems;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.SeriesBreak;
import org.packpress.model.performance.Theme;
import org.packpress.model.performance.Unit;

/** Turns {@code plan.yaml} into a {@link Plan}, naming every field that is wrong. */
final class PlanReader {

    private final String file;
    private final Problems problems;

    PlanReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    Plan read(String bodyId, PlanFile in) {
        require(in.id, "id");
        require(in.name, "name");
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < in.themes.size(); i++) {
            PlanFile.ThemeEntry t = in.themes.get(i);
            require(t.code, FieldPaths.entry("themes", i) + ".code");
            require(t.listTitle, FieldPaths.entry("themes", i) + ".listTitle");
            themes.add(new Theme(t.code, t.listTitle, t.headingTitle == null ? t.listTitle : t.headingTitle));
        }
        List<Area> areas = new ArrayList<>();
        Set<String> areaIds = new HashSet<>();
        for (int i = 0; i < in.areas.size(); i++) {
            PlanFile.AreaEntry a = in.areas.get(i);
            String at = FieldPaths.entry("areas", i);
            if (require(a.id, at + ".id") && !areaIds.add(a.id)) {
                error(at + ".id", "area '" + a.id + "' is defined twice");
            }
            require(a.name, at + ".name");
            areas.add(new Area(a.id, a.name, a.inSentence, a.kind, a.aliases));
        }
        List<ComparatorGroup> groups = new ArrayList<>();
        for (int i = 0; i < in.comparatorGroups.size(); i++) {
            PlanFile.GroupEntry g = in.comparatorGroups.get(i);
            String at = FieldPaths.entry("comparatorGroups", i);
            require(g.id, at + ".id");
            require(g.name, at + ".name");
            if (require(g.home, at + ".home")) {
                knownArea(areaIds, g.home, at + ".home");
            }
            if (g.national != null) {
                knownArea(areaIds, g.national, at + ".national");
            }
            for (int p = 0; p < g.peers.size(); p++) {
                knownArea(areaIds, g.peers.get(p), FieldPaths.entry(at + ".peers", p));
            }
            groups.add(new ComparatorGroup(g.id, g.name, g.inSentence, g.home, g.national, g.peers));
        }
        Set<String> groupIds = new HashSet<>();
        groups.forEach(g -> groupIds.add(g.id()));
        Set<String> themeCodes = new HashSet<>();
        themes.forEach(t -> themeCodes.add(t.code()));
        List<Indicator> indicators = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < in.indicators.size(); i++) {
            Indicator indicator = indicator(in.indicators.get(i), FieldPaths.entry("indicators", i), areaIds, groupIds, themeCodes);
            if (indicator != null && !numbers.add(indicator.number())) {
                error(FieldPaths.entry("indicators", i) + ".number", "indicator " + indicator.number() + " is defined twice");
            }
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        Plan.StreetLevelMapping street = streetLevel(in.streetLevel, indicators);
        return new Plan(bodyId, in.id, in.name, themes, areas, groups, indicators, street);
    }

    private Indicator indicator(PlanFile.IndicatorEntry in, String at, Set<String> areaIds, Set<String> groupIds,
            Set<String> themeCodes) {
        boolean ok = require(in.number, at + ".number") & require(in.title, at + ".title");
        Direction direction = Direction.MONITOR;
        if (require(in.direction, at + ".direction")) {
            try {
                direction = Direction.parse(in.direction);
            } catch (IllegalArgumentException e) {
                error(at + ".direction", e.getMessage());
            }
        }
        if (in.theme != null && !themeCodes.contains(in.theme)) {
            error(at + ".theme", "unknown theme '" + in.theme + "'");
        }
        if (in.sheet != null && (in.sheet.length() > 31 || in.sheet.matches(".*[\\[\\]:*?/\\\\].*"))) {
            error(at + ".sheet", "a sheet name has at most 31 characters and none of [ ] : * ? / \\");
        }
        if (in.comparatorGroup != null && !groupIds.contains(in.comparatorGroup)) {
            error(at + ".comparatorGroup", "unknown comparator group '" + in.comparatorGroup + "'");
        }
        if (in.totalArea != null) {
            knownArea(areaIds, in.totalArea, at + ".totalArea");
        }
        List<Measure> measures = measures(in.measures, at);
        String headlineMeasure = measures.isEmpty() ? null : measures.get(0).id();
        String headlineArea = null;
        if (in.headline != null) {
            if (in.headline.measure != null) {
                headlineMeasure = in.headline.measure;
                if (measures.stream().noneMatch(m -> m.id().equals(in.headline.measure))) {
                    error(at + ".headline.measure", "unknown measure '" + in.headline.measure + "'");
                }
            }
            headlineArea = in.headline.area;
            if (headlineArea != null) {
                knownArea(areaIds, headlineArea, at + ".headline.area");
            }
        }
        if (measures.isEmpty()) {
            error(at + ".measures", "an indicator needs at least one measure");
        }
        if (in.totalArea == null && measures.stream().anyMatch(Measure::share)) {
            error(at + ".totalArea", "is required when a measure is a share of the total");
        }
        return ok ? new Indicator(in.number, in.title, in.theme, in.section, in.sheet, direction, measures,
                headlineMeasure, headlineArea, in.comparatorGroup, in.totalArea, in.noData, in.dataQuality) : null;
    }

    private List<Measure> measures(List<PlanFile.MeasureEntry> entries, String at) {
        LinkedHashMap<String, Measure> measures = new LinkedHashMap<>();
        for (int m = 0; m < entries.size(); m++) {
            PlanFile.MeasureEntry e = entries.get(m);
            String mat = FieldPaths.entry(at + ".measures", m);
            if (!require(e.id, mat + ".id") | !require(e.title, mat + ".title") | !require(e.unit, mat + ".unit")) {
                continue;
            }
            Unit unit;
            try {
                unit = Unit.parse(e.unit);
            } catch (IllegalArgumentException ex) {
                error(mat + ".unit", ex.getMessage());
                continue;
            }
            if (measures.containsKey(e.id)) {
                error(mat + ".id", "measure '" + e.id + "' is defined twice");
            }
            int decimals = e.decimals == null ? 0 : e.decimals;
            List<SeriesBreak> breaks = seriesBreaks(e.seriesBreaks, mat);
            if (e.share != null) {
                Measure of = e.share.of == null ? null : measures.get(e.share.of);
                if (of == null || of.derived() || !of.unit().additive()) {
                    error(mat + ".share.of", "must name an observed count or money measure listed before this one "
                            + "(got '" + e.share.of + "')");
                }
                if (e.ratio != null) {
                    error(mat, "a measure is either a ratio or a share, not both");
                }
                measures.put(e.id, new Measure(e.id, e.title, unit, decimals, null, null, null, e.share.of, breaks));
                continue;
            }
            if (e.ratio == null) {
                measures.put(e.id, new Measure(e.id, e.title, unit, decimals, null, null, null, null, breaks));
                continue;
            }
            for (String part : new String[] {e.ratio.numerator, e.ratio.denominator}) {
                Measure ref = part == null ? null : measures.get(part);
                if (ref == null || ref.derived()) {
                    error(mat + ".ratio", "numerator and denominator must name observed measures listed "
                            + "before this one (got '" + part + "')");
                }
            }
            BigDecimal scale = e.ratio.scale == null ? BigDecimal.ONE : e.ratio.scale;
            measures.put(e.id, new Measure(e.id, e.title, unit, decimals, e.ratio.numerator, e.ratio.denominator, scale,
                    null, breaks));
        }
        return List.copyOf(measures.values());
    }

    /** A measure's declared series breaks, each from a period (any spelling) with its reason. */
    private List<SeriesBreak> seriesBreaks(List<PlanFile.SeriesBreakEntry> entries, String at) {
        List<SeriesBreak> breaks = new ArrayList<>();
        for (int b = 0; b < entries.size(); b++) {
            PlanFile.SeriesBreakEntry e = entries.get(b);
            String bat = FieldPaths.entry(at + ".seriesBreaks", b);
            boolean ok = require(e.from, bat + ".from") & require(e.reason, bat + ".reason");
            if (!ok) {
                continue;
            }
            try {
                breaks.add(new SeriesBreak(Period.parse(e.from), e.reason.trim()));
            } catch (IllegalArgumentException ex) {
                error(bat + ".from", ex.getMessage());
            }
        }
        breaks.sort(Comparator.comparing(SeriesBreak::from));
        return breaks;
    }

    private Plan.StreetLevelMapping streetLevel(PlanFile.StreetLevelEntry in, List<Indicator> indicators) {
        if (in == null) {
            return null;
        }
        Indicator target = indicators.stream().filter(i -> in.indicator != null && i.number() == in.indicator)
                .findFirst().orElse(null);
        if (target == null) {
            error("streetLevel.indicator", "unknown indicator " + in.indicator);
            return null;
        }
        in.crimeTypes.forEach((type, measure) -> {
            if (target.measure(measure).isEmpty()) {
                error("streetLevel.crimeTypes." + type, "indicator " + target.number() + " has no measure '" + measure + "'");
            }
        });
        return new Plan.StreetLevelMapping(in.indicator, in.crimeTypes);
    }

    private void knownArea(Set<String> areaIds, String id, String at) {
        if (!areaIds.contains(id)) {
            error(at, "unknown area '" + id + "'; areas are listed under 'areas'");
        }
    }

    private boolean require(Object value, String at) {
        if (value == null || value instanceof String s && s.isBlank()) {
            error(at, "is required");
            return false;
        }
        return true;
    }

    private void error(String at, String reason) {
        problems.add(file, at, reason);
    }
}
