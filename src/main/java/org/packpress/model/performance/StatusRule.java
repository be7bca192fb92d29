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
 * <li>otherwise, against the period before: a move in the good direction is <b>met</b>, no change
 *     <b>partly met</b>, a move the wrong way <b>not met</b>; with no earlier period, <b>not assessable</b>.</li>
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
        int good = change.signum() * indicator.direction().sign();
        return good > 0 ? Status.MET : good == 0 ? Status.PARTLY_MET : Status.NOT_MET;
    }
}
