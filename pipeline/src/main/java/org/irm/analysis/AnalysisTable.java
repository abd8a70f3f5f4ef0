package org.irm.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table of an analysis as every output shows it: the .xlsx (one sheet, its chart beside it), the
 * .docx note (the table, its chart under it) and the JSON. Cells are {@link String}, {@link Integer}
 * or {@link Share} values.
 *
 * @param id      stable name for tools and tests ({@code categories}, {@code articles-II})
 * @param chart   what to chart, or null for a table with no chart
 */
public record AnalysisTable(String id, String title, List<Column> columns, List<List<Object>> rows, Chart chart) {

    public AnalysisTable {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> List.copyOf(row)).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of table " + id + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** A column: its header and what its cells hold. */
    public record Column(String header, Kind kind) { }

    /** What a column's cells hold. */
    public enum Kind { TEXT, COUNT, SHARE }

    /**
     * A clustered column chart: one bar per row, one series per column named.
     *
     * @param categoryColumn the column whose cells name the bars
     * @param seriesColumns  the columns charted, each a series
     */
    public record Chart(int categoryColumn, List<Integer> seriesColumns) {
        public Chart {
            seriesColumns = List.copyOf(seriesColumns);
        }
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private Chart chart;

        Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        Builder column(String header, Kind kind) {
            columns.add(new Column(header, kind));
            return this;
        }

        Builder row(Object... cells) {
            rows.add(List.of(cells));
            return this;
        }

        Builder chart(int categoryColumn, Integer... series) {
            chart = new Chart(categoryColumn, List.of(series));
            return this;
        }

        AnalysisTable build() {
            return new AnalysisTable(id, title, columns, rows, rows.isEmpty() ? null : chart);
        }
    }

    /** The cell of a row by its column's header (tests and tools). */
    public Object cell(int row, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return rows.get(row).get(i);
            }
        }
        throw new IllegalArgumentException("Table " + id + " has no column " + header);
    }
}
