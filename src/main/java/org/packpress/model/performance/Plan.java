package org.packpress.model.performance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Police and Crime Plan's performance framework: themes, indicators, the areas they are reported
 * for and the comparator groups, plus how data.police.uk street-level files map onto an indicator.
 */
public record Plan(String bodyId, String id, String name, List<Theme> themes, List<Area> areas,
        List<ComparatorGroup> groups, List<Indicator> indicators, StreetLevelMapping streetLevel) {

    public Plan {
        themes = List.copyOf(themes);
        areas = List.copyOf(areas);
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /**
     * Street-level crime files feed {@code indicator}: each crime type listed becomes a measure's
     * monthly count, per area ("Falls within" matched against area names and aliases).
     */
    public record StreetLevelMapping(int indicator, Map<String, String> crimeTypes) {
    }

    public Optional<Indicator> indicator(int number) {
        return indicators.stream().filter(i -> i.number() == number).findFirst();
    }

    public Optional<ComparatorGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Finds an area by id, name or alias, ignoring case. */
    public Optional<Area> resolveArea(String text) {
        String t = text.trim();
        return areas.stream()
                .filter(a -> a.id().equalsIgnoreCase(t) || a.name().equalsIgnoreCase(t)
                        || a.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(t)))
                .findFirst();
    }

    public String areaName(String id) {
        return area(id).map(Area::name).orElse(id);
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
