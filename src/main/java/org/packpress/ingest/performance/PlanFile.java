package org.packpress.ingest.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The YAML shape of {@code performance/plan.yaml} (documented in docs/performance-format.md). */
final class PlanFile {

    public String id;
    public String name;
    public List<ThemeEntry> themes = List.of();
    public List<AreaEntry> areas = List.of();
    public List<GroupEntry> comparatorGroups = List.of();
    public List<IndicatorEntry> indicators = List.of();
    public StreetLevelEntry streetLevel;

    static final class ThemeEntry {
        public String code;
        public String listTitle;
        public String headingTitle;
    }

    static final class AreaEntry {
        public String id;
        public String name;
        public String inSentence;
        public String kind;
        public List<String> aliases = List.of();
    }

    static final class GroupEntry {
        public String id;
        public String name;
        public String inSentence;
        public String home;
        public String national;
        public List<String> peers = List.of();
    }

    static final class IndicatorEntry {
        public Integer number;
        public String title;
        public String theme;
        public String section;
        public String sheet;
        public String direction;
        public HeadlineEntry headline;
        public String comparatorGroup;
        public String totalArea;
        public String noData;
        public List<MeasureEntry> measures = List.of();
        public List<String> dataQuality = List.of();
    }

    static final class HeadlineEntry {
        public String measure;
        public String area;
    }

    static final class MeasureEntry {
        public String id;
        public String title;
        public String unit;
        public Integer decimals;
        public RatioEntry ratio;
        public ShareEntry share;
        public List<SeriesBreakEntry> seriesBreaks = List.of();
    }

    static final class SeriesBreakEntry {
        public String from;
        public String reason;
    }

    static final class ShareEntry {
        public String of;
    }

    static final class RatioEntry {
        public String numerator;
        public String denominator;
        public BigDecimal scale;
    }

    static final class StreetLevelEntry {
        public Integer indicator;
        public Map<String, String> crimeTypes = Map.of();
    }
}
