package org.packpress.model.performance;

import java.math.BigDecimal;

/**
 * Suggests a status from the data. It never replaces the status a person recorded; both are shown.
 *
 * <p>The rule, applied to the indicator's headline measure and headline area:
 * <ol>
 * <li>no value, or the direction is "monitor": <b>not assessable</b>;</li>
 * <li>with a comparator group: rank 1 is <b>met</b>, a rank in the better half <b>partly met</b>,
 *     otherwise <b>not met</b>;</li>
 * <li>otherwise, the colour of the change from the period before ({@link Rag}): green is <b>met</b>,
 *     amber <b>partly met</b>, red <b>not met</b>; with no earlier period, <b>not assessable</b>.</li>
 * </ol>
 */
public final class StatusRule {

    private StatusRule() {
    }

    public static Status suggest(IndicatorTable table) {
        Indicator indicator = table.indicator();
        IndicatorTable.Block block = table.headline();
        String area = indicator.headlineArea();
        if (block == null || block.latest() == null || area == null
                || block.value(area, block.latest()) == null || indicator.direction() == Direction.MONITOR) {
            return Status.NOT_ASSESSABLE;
        }
        if (block.compared()) {
            int rank = table.rank(block, area);
            int of = table.rankedCount(block);
            if (rank == 1) {
                return Status.MET;
            }
            return rank <= (of + 1) / 2 ? Status.PARTLY_MET : Status.NOT_MET;
        }
        BigDecimal change = block.change(area);
        if (change == null) {
            return Status.NOT_ASSESSABLE;
        }
        return switch (Rag.of(change.signum(), indicator.direction())) {
            case GREEN -> Status.MET;
            case AMBER -> Status.PARTLY_MET;
            case RED -> Status.NOT_MET;
        };
    }
}
