package org.packpress.documents.annualreview;

import java.util.List;

/** The rows the review's layouts print; plain classes with getters, as JasperReports reads them. */
public final class ReviewRows {

    private ReviewRows() {
    }

    /** A row of a small table: a label and up to six cells; {@code header} rows are printed bold and shaded. */
    public static final class TableRow {
        private final String label;
        private final List<String> cells;
        private final boolean header;

        public TableRow(String label, List<String> cells, boolean header) {
            this.label = label;
            this.cells = List.copyOf(cells);
            this.header = header;
        }

        public String getLabel() {
            return label;
        }

        public Boolean getHeader() {
            return header;
        }

        public String getC1() {
            return cell(0);
        }

        public String getC2() {
            return cell(1);
        }

        public String getC3() {
            return cell(2);
        }

        public String getC4() {
            return cell(3);
        }

        public String getC5() {
            return cell(4);
        }

        public String getC6() {
            return cell(5);
        }

        public List<String> cells() {
            return cells;
        }

        private String cell(int i) {
            return i < cells.size() ? cells.get(i) : null;
        }
    }

    /** One indicator in the summary table. */
    public static final class SummaryRow {
        private final String number;
        private final String title;
        private final String latest;
        private final String status;
        private final String suggested;

        public SummaryRow(String number, String title, String latest, String status, String suggested) {
            this.number = number;
            this.title = title;
            this.latest = latest;
            this.status = status;
            this.suggested = suggested;
        }

        public String getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getLatest() {
            return latest;
        }

        public String getStatus() {
            return status;
        }

        public String getSuggested() {
            return suggested;
        }
    }

    /** A bar of a chart: series (period), category (area) and value. */
    public static final class ChartPoint {
        private final String series;
        private final String category;
        private final Double value;

        public ChartPoint(String series, String category, Double value) {
            this.series = series;
            this.category = category;
            this.value = value;
        }

        public String getSeries() {
            return series;
        }

        public String getCategory() {
            return category;
        }

        public Double getValue() {
            return value;
        }
    }
}
