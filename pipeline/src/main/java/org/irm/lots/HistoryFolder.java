package org.irm.lots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Past reviews and the reviews a draw creates, kept as CSV files in one folder, for a secretariat
 * that keeps its history outside the register ({@code irm lots --history DIR}):
 * <ul>
 *   <li>{@code reviews.csv}: {@code mechanism,cycle,year,under_review,reviewer,instrument,role,additional},
 *       one row per reviewing State per instrument;</li>
 *   <li>{@code deadlines.csv}: {@code mechanism,cycle,year,under_review,milestone,due};</li>
 *   <li>{@code summaries.csv} (kept by the secretariat): {@code mechanism,cycle,iso3,published}.</li>
 * </ul>
 * Recording a year replaces that year's rows of the mechanism and cycle, so a redraw leaves no
 * stale row behind. Not safe for two writers at once; the register is.
 */
public final class HistoryFolder implements ReviewHistory, ReviewSchedule {

    static final String REVIEWS = "reviews.csv";
    static final String DEADLINES = "deadlines.csv";
    static final String SUMMARIES = "summaries.csv";
    private static final List<String> REVIEW_COLUMNS = List.of("mechanism", "cycle", "year", "under_review",
            "reviewer", "instrument", "role", "additional");
    private static final List<String> DEADLINE_COLUMNS = List.of("mechanism", "cycle", "year", "under_review",
            "milestone", "due");

    private final Path folder;

    public HistoryFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<PastReview> reviews(String mechanism) {
        List<PastReview> reviews = new ArrayList<>();
        Table table = table(REVIEWS);
        for (List<String> row : table.rows()) {
            if (table.value(row, "mechanism").equals(mechanism)) {
                reviews.add(new PastReview(mechanism, table.number(row, "cycle"), table.number(row, "year"),
                        table.value(row, "under_review"), table.value(row, "reviewer"),
                        table.value(row, "instrument").isEmpty() ? mechanism : table.value(row, "instrument")));
            }
        }
        return reviews;
    }

    @Override
    public Map<String, LocalDate> executiveSummaries(String mechanism, int cycle) {
        Map<String, LocalDate> summaries = new TreeMap<>();
        Table table = table(SUMMARIES);
        for (List<String> row : table.rows()) {
            if (table.value(row, "mechanism").equals(mechanism) && table.number(row, "cycle") == cycle) {
                try {
                    summaries.put(table.value(row, "iso3"), LocalDate.parse(table.value(row, "published")));
                } catch (DateTimeParseException e) {
                    throw new LotsInputException(table.location() + ": '" + table.value(row, "published")
                            + "' is not a date (yyyy-mm-dd)", e);
                }
            }
        }
        return summaries;
    }

    @Override
    public void record(String mechanism, int cycle, int year, List<ScheduledReview> reviews, String recordSha256)
            throws IOException {
        List<List<String>> reviewRows = new ArrayList<>();
        List<List<String>> deadlineRows = new ArrayList<>();
        for (ScheduledReview review : reviews) {
            for (Pairing p : review.pairings()) {
                reviewRows.add(List.of(mechanism, Integer.toString(cycle), Integer.toString(year), p.underReview(),
                        p.reviewer(), p.instrument(), DrawRecordJson.name(p.role()), Boolean.toString(p.additional())));
            }
            review.deadlines().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(d ->
                    deadlineRows.add(List.of(mechanism, Integer.toString(cycle), Integer.toString(year),
                            review.underReview(), d.getKey(), d.getValue().toString())));
        }
        replaceYear(REVIEWS, REVIEW_COLUMNS, mechanism, cycle, year, reviewRows);
        replaceYear(DEADLINES, DEADLINE_COLUMNS, mechanism, cycle, year, deadlineRows);
    }

    private void replaceYear(String file, List<String> columns, String mechanism, int cycle, int year,
                             List<List<String>> rows) throws IOException {
        Table table = table(file);
        StringBuilder out = new StringBuilder(Csv.line(columns));
        for (List<String> row : table.rows()) {
            boolean sameYear = table.value(row, "mechanism").equals(mechanism)
                    && table.number(row, "cycle") == cycle && table.number(row, "year") == year;
            if (!sameYear) {
                List<String> values = new ArrayList<>();
                columns.forEach(c -> values.add(table.value(row, c)));
                out.append(Csv.line(values));
            }
        }
        rows.forEach(r -> out.append(Csv.line(r)));
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file, ".tmp");
        Files.writeString(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Table table(String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return new Table(file.toString(), Map.of(), List.of());
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<List<String>> rows = Csv.read(in, file.toString());
            if (rows.isEmpty()) {
                return new Table(file.toString(), Map.of(), List.of());
            }
            return new Table(file.toString(), Csv.header(rows.get(0)), rows.subList(1, rows.size()));
        } catch (IOException e) {
            throw new LotsInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One CSV file's rows with its columns by name. */
    private record Table(String location, Map<String, Integer> columns, List<List<String>> rows) {

        String value(List<String> row, String column) {
            return Csv.value(row, columns.get(column));
        }

        int number(List<String> row, String column) {
            String v = value(row, column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new LotsInputException(location + ": '" + v + "' in column " + column + " is not a number", e);
            }
        }
    }
}
