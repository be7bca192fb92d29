package org.packpress.documents.annualreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.IndicatorTable.Block;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.ReviewFigures;
import org.packpress.model.performance.ReviewFigures.Superlative;
import org.packpress.model.performance.ReviewFigures.Superlative.Kind;
import org.packpress.model.performance.SeriesBreak;
import org.packpress.model.performance.Unit;

/**
 * The one home of the review's generated wording: how values are written, and the sentences made from the
 * data. The sentences and the words that vary in them are the body's text blocks ({@code review-sentence-*},
 * {@code review-noun-*}, {@code review-change-*}, {@code review-standing-*}, {@code review-gap-*},
 * {@code review-superlative-*}: docs/performance-format.md), filled here with the figures written in the
 * house style of the Board's annual report ("The rate of 86.9 for the West Midlands was an increase on the 85.5
 * reported for the year ending June 2020.").
 */
public final class ReviewWording {

    private final ReviewLabels labels;

    ReviewWording(ReviewLabels labels) {
        this.labels = labels;
    }

    /** "86.9", "107,478", "45.8%", "£1,250", "-£250,000". */
    public static String value(BigDecimal value, Measure measure) {
        String number = number(value, measure.decimals());
        return switch (measure.unit().kind()) {
            case PERCENT -> number + "%";
            case MONEY -> value.signum() < 0 ? "-£" + number(value.negate(), measure.decimals()) : "£" + number;
            default -> number;
        };
    }

    /** A value and its unit for running text: "86.9 per 1,000", "131 days", "45.8%". */
    String valueWithUnit(BigDecimal value, Measure measure) {
        String v = value(value, measure);
        Unit unit = measure.unit();
        return switch (unit.kind()) {
            case RATE, DAYS -> v + " " + labels.unit(unit);
            default -> v;
        };
    }

    static String number(BigDecimal value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** "37.8%" for a fraction 0.378. */
    static String percent(double fraction) {
        return number(BigDecimal.valueOf(fraction * 100), 1) + "%";
    }

    /**
     * The sentences for an indicator's headline measure and area, in order (empty when there is nothing to say),
     * recording in {@code figures} the headline, the change and the superlatives they state.
     */
    List<String> sentences(Plan plan, IndicatorTable table, ReviewFigures figures) {
        List<String> out = new ArrayList<>();
        Indicator indicator = table.indicator();
        Block block = table.headline();
        String areaId = indicator.headlineArea();
        if (block == null || areaId == null) {
            return out;
        }
        Area area = plan.area(areaId).orElseThrow();
        List<Period> withValues = block.periods().stream().filter(p -> block.value(areaId, p) != null).toList();
        if (withValues.isEmpty()) {
            return out;
        }
        Period latest = withValues.get(withValues.size() - 1);
        Measure measure = block.measure();
        BigDecimal now = block.value(areaId, latest);
        String headline = labels.get(areaId.equals(indicator.totalArea()) ? "sentence-total" : "sentence-latest",
                Map.of("measure", measure.title(), "area", area.name(), "value", valueWithUnit(now, measure),
                        "period", latest.inSentence(labels.periods()), "flag", flagged(block.flag(areaId, latest))));
        out.add(headline);
        figures.add(new ReviewFigures.Headline(indicator.number(), measure.id(), areaId, latest, "sentences",
                completeness(block.flag(areaId, latest)), headline));
        if (block.compared() && latest.equals(block.latest())) {
            comparison(plan, table, block, areaId).ifPresent(out::add);
        }
        if (withValues.size() > 1) {
            Period previous = withValues.get(withValues.size() - 2);
            BigDecimal before = block.value(areaId, previous);
            Optional<SeriesBreak> seriesBreak = measure.breakBetween(previous, latest);
            String change = seriesBreak.map(b -> seriesBreak(measure, area, now, before, previous, b))
                    .orElseGet(() -> change(measure, area, now, before, previous));
            out.add(change);
            figures.add(new ReviewFigures.Change(indicator.number(), measure.id(), areaId, previous, latest,
                    seriesBreak.isPresent(), change));
        }
        spread(plan, table, block, figures).ifPresent(out::add);
        return out;
    }

    /** The completeness the words beside a figure state: its flag's, or none. */
    static Completeness completeness(Completeness.Flag flag) {
        return flag == null ? null : flag.completeness();
    }

    /**
     * " (partial data: statistics up to January 2021)" after a figure from incomplete data (the block
     * {@code review-data-flag} after a space); empty otherwise.
     */
    private String flagged(Completeness.Flag flag) {
        return flag == null ? "" : " " + labels.get("data-flag", Map.of("flag", flag.wording()));
    }

    /**
     * Across a declared series break there is no change to report: "Series break: the figure of 3,710 for the
     * West Midlands is not compared with the 408 reported for 2019. The definition of a complaint was widened
     * in February 2020."
     */
    String seriesBreak(Measure measure, Area area, BigDecimal now, BigDecimal before, Period previous,
            SeriesBreak seriesBreak) {
        Map<String, String> values = twoFigures(measure, area, now, before, previous);
        values.put("reason", seriesBreak.reason().endsWith(".") ? seriesBreak.reason() : seriesBreak.reason() + ".");
        return labels.get("sentence-series-break", values);
    }

    /**
     * "The rate of 86.9 for the West Midlands was an increase on the 85.5 reported for the year ending
     * June 2020." Counts also give the percentage: "an increase of 37.8% on the 77,999 reported for …".
     */
    String change(Measure measure, Area area, BigDecimal now, BigDecimal before, Period previous) {
        Map<String, String> values = twoFigures(measure, area, now, before, previous);
        int sign = now.compareTo(before);
        if (sign == 0) {
            return labels.get("sentence-no-change", values);
        }
        values.put("direction", labels.get(sign > 0 ? "change-increase" : "change-decrease"));
        if (!measure.unit().additive() || before.signum() == 0) {
            return labels.get("sentence-change", values);
        }
        values.put("percent", percent(now.subtract(before).abs().doubleValue() / before.abs().doubleValue()));
        return labels.get("sentence-change-percent", values);
    }

    /** The variables of a sentence about an area's figure and the one before it. */
    private Map<String, String> twoFigures(Measure measure, Area area, BigDecimal now, BigDecimal before,
            Period previous) {
        return new HashMap<>(Map.of("noun", noun(measure), "value", value(now, measure), "area", area.sentenceName(),
                "earlier", value(before, measure), "period", previous.inSentence(labels.periods())));
    }

    /** "rate" for a rate, else "figure". */
    private String noun(Measure measure) {
        return labels.get(measure.unit().kind() == Unit.Kind.RATE ? "noun-rate" : "noun-figure");
    }

    /**
     * "Whilst this is 3.4 points above the rate for England and Wales, it is the lowest when compared to
     * the most similar force areas (MSF) and the Metropolitan Police."
     */
    Optional<String> comparison(Plan plan, IndicatorTable table, Block block, String areaId) {
        ComparatorGroup group = table.group();
        Integer rank = table.rank(block, areaId);
        if (rank == null) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        values.put("group", group.inSentence() == null ? group.name() : group.inSentence());
        values.put("standing", rank == 1 ? labels.get(table.lowerIsBetter() ? "standing-lowest" : "standing-highest")
                : labels.get("standing-ranked", Map.of("rank", String.valueOf(rank),
                        "count", String.valueOf(table.rankedCount(block)))));
        BigDecimal diff = table.differenceFromNational(block, areaId);
        if (diff == null) {
            return Optional.of(labels.get("sentence-standing", values));
        }
        values.put("gap", gap(block.measure(), plan.areaName(group.national()), diff));
        boolean worseThanNational = diff.signum() != 0 && (diff.signum() > 0) == table.lowerIsBetter();
        return Optional.of(labels.get(worseThanNational && rank == 1 ? "sentence-comparison-whilst"
                : "sentence-comparison", values));
    }

    /** "3.4 points above the rate for England and Wales", "the same as the rate for England and Wales". */
    private String gap(Measure measure, String national, BigDecimal diff) {
        return labels.get(diff.signum() == 0 ? "gap-same" : diff.signum() > 0 ? "gap-above" : "gap-below", Map.of(
                "noun", noun(measure), "national", national, "difference", number(diff.abs(), measure.decimals()),
                "points", labels.get(measure.unit().kind() == Unit.Kind.PERCENT ? "percentage-points" : "points")));
    }

    /**
     * For figures over parts of a total, the parts with the largest and the smallest change, named by what
     * the changes are: "The largest increase was in Dudley (74.5%) and the smallest in Walsall (21.7%).";
     * "The largest increase was in MS (35.5%) and the largest decrease in Trafficking (-58.3%)."; "The
     * largest decrease was in … and the smallest in …". A part whose change crosses a series break has none.
     * Both superlatives are recorded with the sentence that states them.
     */
    Optional<String> spread(Plan plan, IndicatorTable table, Block block, ReviewFigures figures) {
        String total = table.indicator().totalArea();
        if (total == null || !block.hasChange()) {
            return Optional.empty();
        }
        List<String> parts = block.areas().stream().filter(a -> !a.equals(total) && block.percentChange(a) != null)
                .sorted(Comparator.comparingDouble((String a) -> block.percentChange(a)).reversed()).toList();
        if (parts.size() < 2) {
            return Optional.empty();
        }
        String top = parts.get(0);
        String bottom = parts.get(parts.size() - 1);
        double highest = block.percentChange(top);
        double lowest = block.percentChange(bottom);
        Superlative first;
        Superlative second;
        if (lowest >= 0) {
            first = superlative(table, block, Kind.LARGEST_INCREASE, top);
            second = superlative(table, block, lowest > 0 ? Kind.SMALLEST_INCREASE : Kind.SMALLEST_CHANGE, bottom);
        } else if (highest <= 0) {
            first = superlative(table, block, Kind.LARGEST_DECREASE, bottom);
            second = superlative(table, block, highest < 0 ? Kind.SMALLEST_DECREASE : Kind.SMALLEST_CHANGE, top);
        } else {
            first = superlative(table, block, Kind.LARGEST_INCREASE, top);
            second = superlative(table, block, Kind.LARGEST_DECREASE, bottom);
        }
        String sentence = labels.get("sentence-spread", Map.of("first", words(first.kind()),
                "first-area", plan.areaName(first.area()), "first-change", signed(first.change()),
                "second", words(second.kind()), "second-area", plan.areaName(second.area()),
                "second-change", signed(second.change())));
        figures.add(shown(first, sentence));
        figures.add(shown(second, sentence));
        return Optional.of(sentence);
    }

    /**
     * What the spread sentence calls a kind of superlative, the block {@code review-superlative-<kind>}
     * ("largest increase"; "smallest" for the smallest increase, which follows the largest).
     */
    private String words(Kind kind) {
        return labels.get("superlative-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Superlative superlative(IndicatorTable table, Block block, Kind kind, String area) {
        return new Superlative(table.indicator().number(), block.measure().id(), kind, area, block.percentChange(area),
                null);
    }

    private static Superlative shown(Superlative s, String words) {
        return new Superlative(s.indicator(), s.measure(), s.kind(), s.area(), s.change(), words);
    }

    private static String signed(double fraction) {
        return (fraction < 0 ? "-" : "") + percent(Math.abs(fraction));
    }
}
