package org.packpress.documents.annualreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * The one home of the review's generated wording: how values are written and the sentences made
 * from the data, in the house style of the Board's annual report ("The rate of 86.9 for the West
 * Midlands was an increase on the 85.5 reported for the year ending June 2020.").
 */
public final class ReviewWording {

    private ReviewWording() {
    }

    /** "86.9", "107,478", "45.8%", "£1,250". */
    public static String value(BigDecimal value, Measure measure) {
        String number = number(value, measure.decimals());
        return switch (measure.unit().kind()) {
            case PERCENT -> number + "%";
            case MONEY -> "£" + number;
            default -> number;
        };
    }

    /** A value and its unit for running text: "86.9 per 1,000", "131 days", "45.8%". */
    public static String valueWithUnit(BigDecimal value, Measure measure) {
        String v = value(value, measure);
        Unit unit = measure.unit();
        return switch (unit.kind()) {
            case RATE, DAYS -> v + " " + unit.label();
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

    /** The sentences for an indicator's headline measure and area, in order; empty when there is nothing to say. */
    public static List<String> sentences(Plan plan, IndicatorTable table) {
        return sentences(plan, table, new ReviewFigures());
    }

    /**
     * The sentences for an indicator's headline measure and area, recording in {@code figures} the headline,
     * the change and the superlatives they state.
     */
    public static List<String> sentences(Plan plan, IndicatorTable table, ReviewFigures figures) {
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
        String when = " in " + latest.inSentence() + flagged(block.flag(areaId, latest)) + ".";
        String headline = areaId.equals(indicator.totalArea())
                ? measure.title() + " totalled " + valueWithUnit(now, measure) + when
                : measure.title() + " for " + area.name() + " was " + valueWithUnit(now, measure) + when;
        out.add(headline);
        figures.add(new ReviewFigures.Headline(indicator.number(), measure.id(), areaId, latest, "sentences", headline));
        if (block.compared() && latest.equals(block.latest())) {
            comparison(plan, table, block, areaId).ifPresent(out::add);
        }
        if (withValues.size() > 1) {
            Period previous = withValues.get(withValues.size() - 2);
            BigDecimal before = block.value(areaId, previous);
            String change = measure.breakBetween(previous, latest)
                    .map(b -> seriesBreak(measure, area, now, before, previous, b))
                    .orElseGet(() -> change(measure, area, now, before, previous));
            out.add(change);
            figures.add(new ReviewFigures.Change(indicator.number(), measure.id(), areaId, previous, latest, change));
        }
        spread(plan, table, block, figures).ifPresent(out::add);
        return out;
    }

    /** " (partial data: statistics up to January 2021)" after a figure from incomplete data; empty otherwise. */
    static String flagged(Completeness.Flag flag) {
        return flag == null ? "" : " (" + flag.wording() + ")";
    }

    /**
     * Across a declared series break there is no change to report: "Series break: the figure of 3,710 for the
     * West Midlands is not compared with the 408 reported for 2019. The definition of a complaint was widened
     * in February 2020."
     */
    static String seriesBreak(Measure measure, Area area, BigDecimal now, BigDecimal before, Period previous,
            SeriesBreak seriesBreak) {
        String noun = measure.unit().kind() == Unit.Kind.RATE ? "rate" : "figure";
        String reason = seriesBreak.reason().endsWith(".") ? seriesBreak.reason() : seriesBreak.reason() + ".";
        return "Series break: the " + noun + " of " + value(now, measure) + " for " + area.sentenceName()
                + " is not compared with the " + value(before, measure) + " reported for " + previous.inSentence()
                + ". " + reason;
    }

    /**
     * "The rate of 86.9 for the West Midlands was an increase on the 85.5 reported for the year ending
     * June 2020." Counts also give the percentage: "an increase of 37.8% on the 77,999 reported for …".
     */
    public static String change(Measure measure, Area area, BigDecimal now, BigDecimal before, Period previous) {
        String noun = measure.unit().kind() == Unit.Kind.RATE ? "rate" : "figure";
        int sign = now.compareTo(before);
        String movement;
        if (sign == 0) {
            movement = "the same as";
        } else {
            String word = sign > 0 ? "an increase" : "a decrease";
            boolean count = measure.unit().additive() && before.signum() != 0;
            movement = count ? word + " of " + percent(now.subtract(before).abs().doubleValue() / before.doubleValue())
                    + " on" : word + " on";
        }
        return "The " + noun + " of " + value(now, measure) + " for " + area.sentenceName() + " was " + movement
                + " the " + value(before, measure) + " reported for " + previous.inSentence() + ".";
    }

    /**
     * "Whilst this is 3.4 points above the rate for England and Wales, it is the lowest when compared to
     * the most similar force areas (MSF) and the Metropolitan Police."
     */
    static java.util.Optional<String> comparison(Plan plan, IndicatorTable table, Block block, String areaId) {
        ComparatorGroup group = table.group();
        Integer rank = table.rank(block, areaId);
        if (rank == null) {
            return java.util.Optional.empty();
        }
        String against = group.inSentence() == null ? group.name() : group.inSentence();
        String standing = rank == 1 ? (table.lowerIsBetter() ? "the lowest" : "the highest")
                : "ranked " + rank + " of " + table.rankedCount(block);
        BigDecimal diff = table.differenceFromNational(block, areaId);
        if (diff == null) {
            return java.util.Optional.of("It is " + standing + " when compared to " + against + ".");
        }
        String noun = block.measure().unit().kind() == Unit.Kind.RATE ? "rate" : "figure";
        String national = plan.areaName(group.national());
        String gap = diff.signum() == 0 ? "the same as the " + noun + " for " + national
                : number(diff.abs(), block.measure().decimals()) + (block.measure().unit().kind() == Unit.Kind.PERCENT
                        ? " percentage points " : " points ") + (diff.signum() > 0 ? "above" : "below") + " the "
                        + noun + " for " + national;
        boolean worseThanNational = diff.signum() != 0 && (diff.signum() > 0) == table.lowerIsBetter();
        if (worseThanNational && rank == 1) {
            return java.util.Optional.of("Whilst this is " + gap + ", it is " + standing + " when compared to "
                    + against + ".");
        }
        return java.util.Optional.of("This is " + gap + "; it is " + standing + " when compared to " + against + ".");
    }

    /**
     * For figures over parts of a total, the parts with the largest and the smallest change, named by what
     * the changes are: "The largest increase was in Dudley (74.5%) and the smallest in Walsall (21.7%).";
     * "The largest increase was in MS (35.5%) and the largest decrease in Trafficking (-58.3%)."; "The
     * largest decrease was in … and the smallest in …". A part whose change crosses a series break has none.
     */
    static java.util.Optional<String> spread(Plan plan, IndicatorTable table, Block block, ReviewFigures figures) {
        String total = table.indicator().totalArea();
        if (total == null || !block.hasChange()) {
            return java.util.Optional.empty();
        }
        List<String> parts = block.areas().stream().filter(a -> !a.equals(total) && block.percentChange(a) != null)
                .sorted(Comparator.comparingDouble((String a) -> block.percentChange(a)).reversed()).toList();
        if (parts.size() < 2) {
            return java.util.Optional.empty();
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
        boolean sameDirection = second.kind() == Kind.SMALLEST_INCREASE || second.kind() == Kind.SMALLEST_DECREASE;
        String secondWords = sameDirection ? "the smallest" : "the " + second.kind().words();
        String firstPart = "the " + first.kind().words() + " was in " + plan.areaName(first.area()) + " ("
                + signed(first.change()) + ")";
        String secondPart = secondWords + " in " + plan.areaName(second.area()) + " (" + signed(second.change()) + ")";
        figures.add(shown(first, firstPart));
        figures.add(shown(second, secondPart));
        return java.util.Optional.of("T" + firstPart.substring(1) + " and " + secondPart + ".");
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
