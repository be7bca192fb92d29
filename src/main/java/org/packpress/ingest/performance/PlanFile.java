package org.packpress.ingest.performance;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The YAML shape of {@code performance/plan.yaml} (documented in docs/performance-format.md).
 * A list or mapping left out as unreadable ({@code Nulls.SKIP}) keeps its empty default.
 */
final class PlanFile {

    @Limit(TextLimit.ID) public String id;
    @Limit(TextLimit.LONG_LINE) public String name;
    @JsonSetter(nulls = Nulls.SKIP) public List<ThemeEntry> themes = List.of();
    @JsonSetter(nulls = Nulls.SKIP) public List<AreaEntry> areas = List.of();
    @JsonSetter(nulls = Nulls.SKIP) public List<GroupEntry> comparatorGroups = List.of();
    @JsonSetter(nulls = Nulls.SKIP) public List<IndicatorEntry> indicators = List.of();
    public StreetLevelEntry streetLevel;

    static final class ThemeEntry {
        @Limit(TextLimit.CODE) public String code;
        @Limit(TextLimit.LONG_LINE) public String listTitle;
        @Limit(TextLimit.LONG_LINE) public String headingTitle;
    }

    static final class AreaEntry {
        @Limit(TextLimit.ID) public String id;
        @Limit(TextLimit.LINE) public String name;
        @Limit(TextLimit.LINE) public String inSentence;
        @Limit(TextLimit.SHORT) public String kind;
        @JsonSetter(nulls = Nulls.SKIP) @Limit(value = TextLimit.NOTE, joined = true) public List<String> aliases = List.of();
    }

    static final class GroupEntry {
        @Limit(TextLimit.ID) public String id;
        @Limit(TextLimit.LINE) public String name;
        @Limit(TextLimit.LONG_LINE) public String inSentence;
        @Limit(TextLimit.ID) public String home;
        @Limit(TextLimit.ID) public String national;
        @JsonSetter(nulls = Nulls.SKIP) @Limit(value = TextLimit.NOTE, joined = true) public List<String> peers = List.of();
    }

    static final class IndicatorEntry {
        public Integer number;
        @Limit(TextLimit.TITLE) public String title;
        @Limit(TextLimit.CODE) public String theme;
        @Limit(TextLimit.CODE) public String section;
        @Limit(TextLimit.SHORT) public String sheet;
        @Limit(TextLimit.CHOICE) public String direction;
        public HeadlineEntry headline;
        @Limit(TextLimit.ID) public String comparatorGroup;
        @Limit(TextLimit.ID) public String totalArea;
        @Limit(TextLimit.NOTE) public String noData;
        @JsonSetter(nulls = Nulls.SKIP) public List<MeasureEntry> measures = List.of();
        @JsonSetter(nulls = Nulls.SKIP) @Limit(TextLimit.PARAGRAPH) public List<String> dataQuality = List.of();
    }

    static final class HeadlineEntry {
        @Limit(TextLimit.ID) public String measure;
        @Limit(TextLimit.ID) public String area;
    }

    static final class MeasureEntry {
        @Limit(TextLimit.ID) public String id;
        @Limit(TextLimit.LONG_LINE) public String title;
        @Limit(TextLimit.CHOICE) public String unit;
        public Integer decimals;
        public RatioEntry ratio;
        public ShareEntry share;
        @JsonSetter(nulls = Nulls.SKIP) public List<SeriesBreakEntry> seriesBreaks = List.of();
    }

    static final class SeriesBreakEntry {
        @Limit(TextLimit.CODE) public String from;
        @Limit(TextLimit.PARAGRAPH) public String reason;
    }

    static final class ShareEntry {
        @Limit(TextLimit.ID) public String of;
    }

    static final class RatioEntry {
        @Limit(TextLimit.ID) public String numerator;
        @Limit(TextLimit.ID) public String denominator;
        public BigDecimal scale;
    }

    static final class StreetLevelEntry {
        public Integer indicator;
        @JsonSetter(nulls = Nulls.SKIP) @Limit(TextLimit.ID) public Map<String, String> crimeTypes = Map.of();
    }
}
