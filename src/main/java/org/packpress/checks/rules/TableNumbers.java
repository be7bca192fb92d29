package org.packpress.checks.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.packpress.render.text.Block;
import org.packpress.render.text.MarkdownBlocks;

/** The numbers in the tables of a report's Markdown: "16,599", "£17,803,129.64", "47%" read as numbers. */
final class TableNumbers {

    private TableNumbers() {
    }

    /** A table of a report, 1-based in the report's order. */
    record Table(int number, Block.Table table) {

        String cell(int row, int column) {
            List<String> cells = table.rows().get(row);
            return column < cells.size() ? plain(cells.get(column)) : "";
        }

        String header(int column) {
            return column < table.header().size() ? plain(table.header().get(column)) : "";
        }

        /** A column of shares: headed with "%" or "percent"; its total is no sum. */
        boolean isPercentColumn(int column) {
            return header(column).contains("%") || header(column).toLowerCase(Locale.ROOT).contains("percent");
        }

        String rowLabel(int row) {
            return cell(row, 0);
        }
    }

    static List<Table> of(String markdown) {
        List<Table> tables = new ArrayList<>();
        for (Block block : MarkdownBlocks.read(markdown)) {
            if (block instanceof Block.Table table) {
                tables.add(new Table(tables.size() + 1, table));
            }
        }
        return tables;
    }

    /** The number a cell shows, or null when it shows none (text, an empty cell, a percentage). */
    static BigDecimal number(String cell) {
        String text = plain(cell).replaceFirst("^[£$€]", "").replace(",", "");
        return text.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(text) : null;
    }

    /** The percentage a cell shows ("47%", or "47" in a percentage column), or null. */
    static BigDecimal percentage(String cell, boolean percentColumn) {
        String text = plain(cell);
        if (text.endsWith("%")) {
            return number(text.substring(0, text.length() - 1).trim());
        }
        return percentColumn ? number(text) : null;
    }

    static String plain(String cell) {
        return cell == null ? "" : cell.replace("*", "").replace("\\", "").trim();
    }
}
