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
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.IndicatorTable.Block;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
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
        out.add(areaId.equals(indicator.totalArea())
                ? measure.title() + " totalled " + valueWithUnit(now, measure) + " in " + latest.inSentence() + "."
                : measure.title() + " for " + area.name() + " was " + valueWithUnit(now, measure) + " in "
                        + latest.inSentence() + ".");
        if (block.compared() && latest.equals(block.latest())) {
            comparison(plan, table, block, areaId).ifPresent(out::add);
        }
        if (withValues.size() > 1) {
            Period previous = withValues.get(withValues.size() - 2);
            out.add(change(measure, area, now, block.value(areaId, previous), previous));
        }
        spread(plan, table, block).ifPresent(out::add);
        return out;
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

    /** For figures over parts of a total: "The largest increase was in Dudley (74.5%) and the smallest in Walsall (21.7%)." */
    static java.util.Optional<String> spread(Plan plan, IndicatorTable table, Block block) {
        String total = table.indicator().totalArea();
        if (total == null || !block.hasChange()) {
            return java.util.Optional.empty();
        }
        List<String> parts = block.areas().stream().filter(a -> !a.equals(total) && block.percentChange(a) != null)
                .sorted(Comparator.comparingDouble((String a) -> block.percentChange(a)).reversed()).toList();
        if (parts.size() < 2) {
            return java.util.Optional.empty();
        }
        String most = parts.get(0);
        String least = parts.get(parts.size() - 1);
        double top = block.percentChange(most);
        double bottom = block.percentChange(least);
        String word = top >= 0 && bottom >= 0 ? "increase" : "change";
        return java.util.Optional.of("The largest " + word + " was in " + plan.areaName(most) + " (" + signed(top)
                + ") and the smallest in " + plan.areaName(least) + " (" + signed(bottom) + ").");
    }

    private static String signed(double fraction) {
        return (fraction < 0 ? "-" : "") + percent(Math.abs(fraction));
    }
}
