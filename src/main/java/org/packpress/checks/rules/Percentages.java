package org.packpress.checks.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.springframework.stereotype.Component;

/**
 * A percentage column of a report's table agrees, row by row and to the precision it shows, with the
 * two count columns it is the share of: the pair of columns that explains most of its rows (at least
 * two, and more than half) is taken as its base, and the rows that disagree with it are reported.
 */
@Component
public class Percentages extends CheckRule {

    public Percentages() {
        super("report.percentage", Severity.WARNING, "A percentage printed beside counts must be their share,"
                + " rounded to the places it shows (1,933 of 4,038 is 48%, not 47%).");
    }

    /** Two count columns and the rows where part / whole does not give the percentage shown. */
    private record Base(int part, int whole, int agreeing, List<Integer> disagreeing) {
    }

    @Override
    public void check(Subject subject, Sink findings) {
        Reports.eachTable(subject, (report, table) -> {
            for (int column = 1; column < table.table().columnCount(); column++) {
                boolean percentColumn = table.isPercentColumn(column);
                Base base = base(table, column, percentColumn);
                if (base == null) {
                    continue;
                }
                for (int row : base.disagreeing()) {
                    BigDecimal shown = TableNumbers.percentage(table.cell(row, column), percentColumn);
                    findings.add(report.document(), "table " + table.number() + ", row '" + table.rowLabel(row) + "'",
                            table.header(column), "shows " + table.cell(row, column) + ", but "
                                    + table.cell(row, base.part()) + " of " + table.cell(row, base.whole()) + " is "
                                    + share(table, row, base.part(), base.whole(), shown.scale()).toPlainString()
                                    + (table.cell(row, column).endsWith("%") ? "%" : ""));
                }
            }
        });
    }

    private static Base base(TableNumbers.Table table, int column, boolean percentColumn) {
        Base best = null;
        int rows = table.table().rows().size();
        for (int part = 1; part < table.table().columnCount(); part++) {
            for (int whole = 1; whole < table.table().columnCount(); whole++) {
                if (part == whole || part == column || whole == column) {
                    continue;
                }
                int agreeing = 0;
                List<Integer> disagreeing = new ArrayList<>();
                for (int row = 0; row < rows; row++) {
                    BigDecimal shown = TableNumbers.percentage(table.cell(row, column), percentColumn);
                    BigDecimal share = shown == null ? null : share(table, row, part, whole, shown.scale());
                    if (share == null) {
                        continue;
                    }
                    if (share.compareTo(shown) == 0) {
                        agreeing++;
                    } else {
                        disagreeing.add(row);
                    }
                }
                if (agreeing >= 2 && agreeing * 2 > agreeing + disagreeing.size()
                        && (best == null || agreeing > best.agreeing())) {
                    best = new Base(part, whole, agreeing, disagreeing);
                }
            }
        }
        return best;
    }

    private static BigDecimal share(TableNumbers.Table table, int row, int part, int whole, int scale) {
        BigDecimal p = TableNumbers.number(table.cell(row, part));
        BigDecimal w = TableNumbers.number(table.cell(row, whole));
        if (p == null || w == null || w.signum() == 0) {
            return null;
        }
        return p.multiply(BigDecimal.valueOf(100)).divide(w, scale, RoundingMode.HALF_UP);
    }
}
