package org.packpress.model.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An indicator's figures arranged as the workbook and the review show them: one block per measure,
 * areas down and periods across, with the derived values computed once here. The workbook writes
 * the same rules as formulas; these values are their cached results.
 *
 * <p>Derivation rules:
 * <ul>
 * <li>a <b>total area</b> (e.g. the force over its NPUs) that has no observed value is the sum of the
 *     other areas, for measures whose unit can be added (counts, money);</li>
 * <li>a <b>ratio measure</b> is numerator / denominator × scale for the same area and period; a
 *     denominator observed for a single period only (a population estimate) applies to every period;</li>
 * <li>a <b>share measure</b> is an area's value of another measure over the total area's value, × 100;</li>
 * <li><b>change</b> is the latest period minus the one before, <b>% change</b> that change over the
 *     earlier value; there is none when the measure declares a {@link SeriesBreak} between the two;</li>
 * <li>a cell computed from a figure of partial or sample data carries that figure's
 *     {@link Completeness.Flag};</li>
 * <li>for the headline measure of an indicator with a comparator group, the <b>difference</b> from the
 *     national benchmark and the <b>rank</b> among the home area and its peers in the latest period
 *     (1 = best: lowest when lower is better).</li>
 * </ul>
 */
public final class IndicatorTable {

    /** How a cell got its value. */
    public enum Source { OBSERVED, SUM, RATIO, SHARE }

    /**
     * A value, how it was obtained, and the flag of the (first) figure behind it that is not from full
     * data, or null.
     */
    public record Cell(BigDecimal value, Source source, Completeness.Flag flag) {

        public Cell(BigDecimal value, Source source) {
            this(value, source, null);
        }
    }

    /** One measure's block. {@code cells.get(row).get(column)} may be null. */
    public record Block(Measure measure, List<String> areas, List<Period> periods, List<List<Cell>> cells,
            boolean compared) {

        public Cell cell(String area, Period period) {
            int r = areas.indexOf(area);
            int c = periods.indexOf(period);
            return r < 0 || c < 0 ? null : cells.get(r).get(c);
        }

        public BigDecimal value(String area, Period period) {
            Cell cell = cell(area, period);
            return cell == null ? null : cell.value();
        }

        public boolean hasChange() {
            return periods.size() >= 2;
        }

        /** The flag of a cell's data (partial, sample …), or null for full data or no cell. */
        public Completeness.Flag flag(String area, Period period) {
            Cell cell = cell(area, period);
            return cell == null ? null : cell.flag();
        }

        /** The declared series break between the two latest periods, if any: then there is no change. */
        public Optional<SeriesBreak> seriesBreak() {
            return hasChange() ? measure.breakBetween(previous(), latest()) : Optional.empty();
        }

        public Period latest() {
            return periods.isEmpty() ? null : periods.get(periods.size() - 1);
        }

        public Period previous() {
            return periods.size() < 2 ? null : periods.get(periods.size() - 2);
        }

        public BigDecimal change(String area) {
            if (!hasChange() || seriesBreak().isPresent()) {
                return null;
            }
            BigDecimal now = value(area, latest());
            BigDecimal before = value(area, previous());
            return now == null || before == null ? null : now.subtract(before);
        }

        /**
         * Change over the size of the earlier value, as a fraction (0.378 for 37.8%): a rise from -250,000 to
         * -100,000 is +60%, not -60%.
         */
        public Double percentChange(String area) {
            BigDecimal change = change(area);
            BigDecimal before = hasChange() ? value(area, previous()) : null;
            return change == null || before == null || before.signum() == 0 ? null
                    : change.doubleValue() / before.abs().doubleValue();
        }
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    private final Indicator indicator;
    private final ComparatorGroup group;
    private final Map<String, Block> blocks = new LinkedHashMap<>();

    public IndicatorTable(Plan plan, Indicator indicator, List<Observation> observations) {
        this.indicator = indicator;
        this.group = indicator.comparatorGroup() == null ? null : plan.group(indicator.comparatorGroup()).orElse(null);
        List<String> areas = orderAreas(plan, observations);
        for (Measure m : indicator.measures()) {
            if (!m.derived()) {
                blocks.put(m.id(), observedBlock(m, areas, observations));
            }
        }
        for (Measure m : indicator.measures()) {
            if (m.derived()) {
                blocks.put(m.id(), m.share() ? shareBlock(m) : ratioBlock(m));
            }
        }
        // keep plan order of measures
        Map<String, Block> ordered = new LinkedHashMap<>();
        indicator.measures().forEach(m -> ordered.put(m.id(), blocks.get(m.id())));
        blocks.clear();
        blocks.putAll(ordered);
    }

    public Indicator indicator() {
        return indicator;
    }

    public ComparatorGroup group() {
        return group;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks.values());
    }

    public Block block(String measure) {
        return blocks.get(measure);
    }

    public Block headline() {
        return blocks.get(indicator.headline().id());
    }

    public boolean hasData() {
        return blocks.values().stream().anyMatch(b -> !b.periods().isEmpty());
    }

    /** Difference from the national benchmark in the latest period, for compared blocks. */
    public BigDecimal differenceFromNational(Block block, String area) {
        if (!block.compared() || area.equals(group.national())) {
            return null;
        }
        BigDecimal value = block.value(area, block.latest());
        BigDecimal national = block.value(group.national(), block.latest());
        return value == null || national == null ? null : value.subtract(national);
    }

    /** Rank 1 = best among the home area and its peers in the latest period; null if not ranked. */
    public Integer rank(Block block, String area) {
        if (!block.compared() || !group.ranked().contains(area)) {
            return null;
        }
        BigDecimal value = block.value(area, block.latest());
        if (value == null) {
            return null;
        }
        int better = 0;
        for (String other : group.ranked()) {
            BigDecimal v = block.value(other, block.latest());
            if (v != null && (lowerIsBetter() ? v.compareTo(value) < 0 : v.compareTo(value) > 0)) {
                better++;
            }
        }
        return better + 1;
    }

    /** How many ranked areas have a value in the latest period. */
    public int rankedCount(Block block) {
        return (int) group.ranked().stream().filter(a -> block.value(a, block.latest()) != null).count();
    }

    public boolean lowerIsBetter() {
        return indicator.direction() == Direction.LOWER_IS_BETTER;
    }

    /** The ranked areas that have a value in the latest period, in the block's row order. */
    public List<String> rankedRows(Block block) {
        return block.areas().stream().filter(a -> group.ranked().contains(a)).toList();
    }

    private List<String> orderAreas(Plan plan, List<Observation> observations) {
        Set<String> present = new LinkedHashSet<>();
        observations.forEach(o -> present.add(o.area()));
        List<String> order = new ArrayList<>();
        if (group != null) {
            addIfPresent(order, group.national(), present);
            group.ranked().forEach(a -> addIfPresent(order, a, present));
        }
        for (Area a : plan.areas()) {
            if (!a.id().equals(indicator.totalArea())) {
                addIfPresent(order, a.id(), present);
            }
        }
        present.stream().filter(a -> !order.contains(a) && !a.equals(indicator.totalArea())).forEach(order::add);
        if (indicator.totalArea() != null && !order.isEmpty()) {
            order.add(indicator.totalArea());
        }
        return order;
    }

    private static void addIfPresent(List<String> order, String area, Set<String> present) {
        if (present.contains(area) && !order.contains(area)) {
            order.add(area);
        }
    }

    private Block observedBlock(Measure measure, List<String> allAreas, List<Observation> observations) {
        Map<String, Observation> values = new HashMap<>();
        TreeSet<Period> periods = new TreeSet<>();
        Set<String> areasWithValues = new HashSet<>();
        for (Observation o : observations) {
            if (o.measure().equals(measure.id())) {
                values.put(o.area() + "|" + o.period().code(), o);
                periods.add(o.period());
                areasWithValues.add(o.area());
            }
        }
        List<Period> columns = List.copyOf(periods);
        String total = indicator.totalArea();
        List<String> rows = allAreas.stream().filter(a -> a.equals(total) || areasWithValues.contains(a)).toList();
        if (areasWithValues.isEmpty()) {
            rows = List.of();
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (String area : rows) {
            List<Cell> row = new ArrayList<>();
            for (Period p : columns) {
                Observation o = values.get(area + "|" + p.code());
                row.add(o == null ? null : new Cell(o.value(), Source.OBSERVED, o.flag()));
            }
            cells.add(row);
        }
        if (total != null && rows.contains(total) && measure.unit().additive()) {
            fillTotals(rows, columns, cells, total);
        }
        boolean compared = group != null && measure.id().equals(indicator.headline().id());
        return new Block(measure, rows, columns, cells, compared);
    }

    private static void fillTotals(List<String> rows, List<Period> columns, List<List<Cell>> cells, String total) {
        int t = rows.indexOf(total);
        for (int c = 0; c < columns.size(); c++) {
            if (cells.get(t).get(c) != null) {
                continue;
            }
            BigDecimal sum = null;
            Completeness.Flag flag = null;
            for (int r = 0; r < rows.size(); r++) {
                Cell cell = cells.get(r).get(c);
                if (r != t && cell != null) {
                    sum = sum == null ? cell.value() : sum.add(cell.value());
                    flag = firstFlag(flag, cell);
                }
            }
            if (sum != null) {
                cells.get(t).set(c, new Cell(sum, Source.SUM, flag));
            }
        }
    }

    private Block ratioBlock(Measure measure) {
        Block num = blocks.get(measure.numerator());
        Block den = blocks.get(measure.denominator());
        List<List<Cell>> cells = new ArrayList<>();
        for (String area : num.areas()) {
            List<Cell> row = new ArrayList<>();
            for (Period p : num.periods()) {
                BigDecimal n = num.value(area, p);
                BigDecimal d = denominatorValue(den, area, p);
                Period dp = denominatorPeriod(den, p);
                Completeness.Flag flag = firstFlag(firstFlag(null, num.cell(area, p)), dp == null ? null : den.cell(area, dp));
                row.add(n == null || d == null || d.signum() == 0 ? null
                        : new Cell(n.divide(d, MC).multiply(measure.scale(), MC), Source.RATIO, flag));
            }
            cells.add(row);
        }
        boolean compared = group != null && measure.id().equals(indicator.headline().id());
        return new Block(measure, num.areas(), num.periods(), cells, compared);
    }

    private Block shareBlock(Measure measure) {
        Block base = blocks.get(measure.shareOf());
        String total = indicator.totalArea();
        BigDecimal hundred = BigDecimal.valueOf(100);
        List<List<Cell>> cells = new ArrayList<>();
        for (String area : base.areas()) {
            List<Cell> row = new ArrayList<>();
            for (Period p : base.periods()) {
                BigDecimal v = base.value(area, p);
                BigDecimal t = base.value(total, p);
                Completeness.Flag flag = firstFlag(firstFlag(null, base.cell(area, p)), base.cell(total, p));
                row.add(v == null || t == null || t.signum() == 0 ? null
                        : new Cell(v.divide(t, MC).multiply(hundred, MC), Source.SHARE, flag));
            }
            cells.add(row);
        }
        return new Block(measure, base.areas(), base.periods(), cells, false);
    }

    private static Completeness.Flag firstFlag(Completeness.Flag flag, Cell cell) {
        return flag != null || cell == null ? flag : cell.flag();
    }

    /** The denominator period used for a numerator period (see the class comment). */
    public static Period denominatorPeriod(Block den, Period p) {
        if (den.periods().contains(p)) {
            return p;
        }
        return den.periods().size() == 1 ? den.periods().get(0) : null;
    }

    private static BigDecimal denominatorValue(Block den, String area, Period p) {
        Period dp = denominatorPeriod(den, p);
        return dp == null ? null : den.value(area, dp);
    }
}
