package org.packpress.checks.rules;

import java.math.BigDecimal;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Subject;
import org.packpress.checks.Titles;
import org.packpress.model.Finding.Severity;
import org.springframework.stereotype.Component;

/**
 * In a report's table, a row labelled "Total" equals the sum of the rows above it, column by column; a
 * column headed "Total" equals the sum of the numbers before it in its row.
 */
@Component
public class TableTotals extends CheckRule {

    public TableTotals() {
        super("report.table-total", Severity.ERROR, "A total printed in a table must be the sum of the figures it"
                + " totals, to the precision it shows.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        Reports.eachTable(subject, (report, table) -> {
            checkTotalRows(report, table, findings);
            checkTotalColumns(report, table, findings);
        });
    }

    private static void checkTotalRows(Reports.Report report, TableNumbers.Table table, Sink findings) {
        int firstRow = 0;
        for (int row = 0; row < table.table().rows().size(); row++) {
            if (!isTotal(table.rowLabel(row))) {
                continue;
            }
            for (int column = 1; column < table.table().columnCount(); column++) {
                if (table.isPercentColumn(column)) {
                    continue;
                }
                BigDecimal total = TableNumbers.number(table.cell(row, column));
                BigDecimal sum = sum(table, firstRow, row, column);
                if (total != null && sum != null && total.compareTo(sum) != 0) {
                    findings.add(report.document(), "table " + table.number() + ", row '" + table.rowLabel(row) + "'",
                            table.header(column), "shows " + table.cell(row, column) + ", but the rows above add up to "
                                    + sum.toPlainString());
                }
            }
            firstRow = row + 1;
        }
    }

    private static void checkTotalColumns(Reports.Report report, TableNumbers.Table table, Sink findings) {
        for (int column = 2; column < table.table().columnCount(); column++) {
            if (!isTotal(table.header(column))) {
                continue;
            }
            for (int row = 0; row < table.table().rows().size(); row++) {
                BigDecimal total = TableNumbers.number(table.cell(row, column));
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 1; c < column && sum != null; c++) {
                    BigDecimal value = TableNumbers.number(table.cell(row, c));
                    sum = value == null ? null : sum.add(value);
                }
                if (total != null && sum != null && total.compareTo(sum) != 0) {
                    findings.add(report.document(), "table " + table.number() + ", row '" + table.rowLabel(row) + "'",
                            table.header(column), "shows " + table.cell(row, column) + ", but the figures before it add"
                                    + " up to " + sum.toPlainString());
                }
            }
        }
    }

    /** The sum of a column over rows [from, to), or null when a cell there is not a number. */
    private static BigDecimal sum(TableNumbers.Table table, int from, int to, int column) {
        if (from >= to) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int row = from; row < to; row++) {
            BigDecimal value = TableNumbers.number(table.cell(row, column));
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    private static boolean isTotal(String label) {
        return Titles.normalised(label).matches("(grand )?total");
    }
}
