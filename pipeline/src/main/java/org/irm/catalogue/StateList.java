package org.irm.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.irm.config.TemplateSource;

/**
 * The States (and other entities) the secretariat works with, from {@code states/states.csv}.
 * Parties change over time, so the list is a template the secretariat edits (in a spreadsheet
 * if it likes), never code. Columns are found by their header names, in any order:
 * {@code iso3, name, regional_group, uncac_party, un_member, entity_type}; other columns are
 * ignored. Every bad row is reported with its line; the list is used only when it is sound.
 */
public final class StateList {

    public static final String PATH = "states/states.csv";

    static final int MAX_BYTES = 1024 * 1024;

    private static final List<String> COLUMNS = List.of("iso3", "name", "regional_group", "uncac_party", "un_member", "entity_type");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final List<State> states;
    private final Map<String, State> byIso3;

    private StateList(List<State> states) {
        this.states = List.copyOf(states);
        Map<String, State> index = new HashMap<>();
        states.forEach(state -> index.put(state.iso3(), state));
        this.byIso3 = Map.copyOf(index);
    }

    /** Reads {@value #PATH} from the override folder or the bundle. */
    public static StateList load(TemplateSource templates) throws CatalogueException {
        TemplateFile file = TemplateFile.read(templates, PATH, MAX_BYTES);
        return parse(file.location(), file.text());
    }

    /** Parses CSV text; {@code location} names the file in problems. */
    public static StateList parse(String location, String csv) throws CatalogueException {
        List<CsvReader.Row> rows = CsvReader.read(location, csv);
        if (rows.isEmpty()) {
            throw CatalogueException.of(location, 0, "is empty; it needs a header line " + String.join(",", COLUMNS));
        }
        int[] columns = columns(location, rows.get(0));
        List<CatalogueProblem> problems = new ArrayList<>();
        List<State> states = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            List<String> rowProblems = new ArrayList<>();
            State state = state(row, columns, rowProblems);
            if (state != null) {
                Integer first = firstLine.putIfAbsent(state.iso3(), row.line());
                if (first != null) {
                    rowProblems.add(state.iso3() + " is listed twice (first on line " + first + ")");
                }
            }
            rowProblems.forEach(message -> problems.add(new CatalogueProblem(location, row.line(), message)));
            if (rowProblems.isEmpty()) {
                states.add(state);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return new StateList(states);
    }

    /** Each needed column's index in the header; all missing ones are reported together. */
    private static int[] columns(String location, CsvReader.Row header) throws CatalogueException {
        List<String> names = header.fields().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = COLUMNS.stream().filter(column -> !names.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw CatalogueException.of(location, header.line(), "the header lacks column(s) " + missing
                    + "; expected " + String.join(",", COLUMNS));
        }
        return COLUMNS.stream().mapToInt(names::indexOf).toArray();
    }

    /** The row's State, or null with the reasons added to {@code problems}. */
    private static State state(CsvReader.Row row, int[] columns, List<String> problems) {
        int needed = Arrays.stream(columns).max().orElse(0) + 1;
        if (row.fields().size() < needed) {
            problems.add("has " + row.fields().size() + " field(s), " + needed + " expected; check for a missing comma");
            return null;
        }
        String iso3 = field(row, columns[0]).toUpperCase(Locale.ROOT);
        String name = field(row, columns[1]);
        if (!ISO3.matcher(iso3).matches()) {
            problems.add("'" + field(row, columns[0]) + "' is not a three-letter ISO code");
        }
        if (name.isEmpty()) {
            problems.add("the name is empty");
        }
        Boolean party = yesNo(field(row, columns[3]), COLUMNS.get(3), problems);
        Boolean member = yesNo(field(row, columns[4]), COLUMNS.get(4), problems);
        return problems.isEmpty()
                ? new State(iso3, name, field(row, columns[2]), party, member, field(row, columns[5]))
                : null;
    }

    private static String field(CsvReader.Row row, int column) {
        return row.fields().get(column).trim();
    }

    private static Boolean yesNo(String value, String column, List<String> problems) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                problems.add(column + " is '" + value + "'; write true or false");
                return null;
            }
        }
    }

    /** Every entity, in the file's order. */
    public List<State> all() {
        return states;
    }

    /** The parties to the Convention, in the file's order. */
    public List<State> parties() {
        return states.stream().filter(State::party).toList();
    }

    /** The entity with this ISO 3166 alpha-3 code, in any case. */
    public Optional<State> find(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3.trim().toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return states.size();
    }
}
