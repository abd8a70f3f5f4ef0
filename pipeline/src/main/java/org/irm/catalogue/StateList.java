package org.irm.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.irm.config.TemplateSource;

/**
 * The States (and other entities) the secretariat works with, from {@code states/states.csv}.
 * Parties change over time, so the list is a template the secretariat edits (in a spreadsheet
 * if it likes), never code. Columns are found by their header names, in any order:
 * {@code iso3, name, regional_group, un_member, entity_type} and one {@code <instrument>_party}
 * column per instrument ({@code uncac_party}, {@code untoc_party}, {@code tip_party}...; at least
 * one), with an optional {@code legal_system}; other columns are ignored. Yes/no columns read
 * {@code true}/{@code yes}/{@code 1} and {@code false}/{@code no}/{@code 0}; a party column other
 * than {@code uncac_party} may also be left empty (or read {@code unknown}) where the secretariat
 * has not established whether the State is party ({@link State#unknown()}). Lines starting with
 * {@code #} before the header are comments (where the data comes from, what the columns mean).
 * Every bad row is reported with its line and column; the list is used only when it is sound.
 * The one reader of States lists: the draw of lots reads its lists here too.
 */
public final class StateList {

    public static final String PATH = "states/states.csv";

    static final int MAX_BYTES = 1024 * 1024;

    private static final List<String> COLUMNS = List.of("iso3", "name", "regional_group", "un_member", "entity_type");
    private static final String PARTY_SUFFIX = "_party";
    private static final String UNCAC_PARTY = "uncac_party";
    /** The columns of the shipped list, as a message names them. */
    private static final List<String> EXPECTED = List.of("iso3", "name", "regional_group", UNCAC_PARTY, "un_member",
            "entity_type");
    private static final String LEGAL_SYSTEM = "legal_system";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final String COMMENT = "#";
    /** How a party column says that adherence is not known (besides being left empty). */
    private static final String UNKNOWN = "unknown";

    private final List<State> states;
    private final Map<String, State> byIso3;
    private final StateNames names;

    private StateList(List<State> states, StateNames names) {
        this.states = List.copyOf(states);
        Map<String, State> index = new HashMap<>();
        states.forEach(state -> index.put(state.iso3(), state));
        this.byIso3 = Map.copyOf(index);
        this.names = names;
    }

    /**
     * Reads {@value #PATH} from the override folder or the bundle, with the names of the States in
     * the six languages ({@link StateNames}: {@code states/names.csv} and {@code states/names-override.csv}).
     */
    public static StateList load(TemplateSource templates) throws CatalogueException {
        TemplateFile file = TemplateFile.read(templates, PATH, MAX_BYTES);
        StateList list = parse(file.location(), file.text());
        return new StateList(list.states, StateNames.load(templates, list.states));
    }

    /** Parses CSV text; {@code location} names the file in problems. */
    public static StateList parse(String location, String csv) throws CatalogueException {
        // A spreadsheet saving "CSV UTF-8" starts the file with a byte-order mark.
        List<CsvReader.Row> rows = CsvReader.read(location, withoutComments(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
        if (rows.isEmpty()) {
            throw CatalogueException.of(location, 0, "is empty; it needs a header line " + String.join(",", COLUMNS));
        }
        Header columns = columns(location, rows.get(0));
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
        return new StateList(states, StateNames.of(states));
    }

    /**
     * The text with the comment lines before the header blanked (not removed, so that every line
     * keeps its number in messages).
     */
    private static String withoutComments(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        int at = 0;
        while (at < csv.length()) {
            int end = csv.indexOf('\n', at);
            int next = end < 0 ? csv.length() : end + 1;
            String line = csv.substring(at, next);
            if (!line.strip().startsWith(COMMENT)) {
                if (!line.isBlank()) {
                    return out.append(csv, at, csv.length()).toString();
                }
                out.append(line);
            } else {
                out.append(end < 0 ? "" : "\n");
            }
            at = next;
        }
        return out.toString();
    }

    /** Where each column is: the needed ones, every instrument's party column, the legal system if any. */
    private record Header(int[] needed, Map<String, Integer> parties, int legalSystem) {

        int width() {
            int widest = Math.max(legalSystem, Arrays.stream(needed).max().orElse(0));
            return Math.max(widest, parties.values().stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        }
    }

    /** Each column's index in the header; all missing ones are reported together. */
    private static Header columns(String location, CsvReader.Row header) throws CatalogueException {
        List<String> names = header.fields().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> parties = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.endsWith(PARTY_SUFFIX) && name.length() > PARTY_SUFFIX.length()) {
                parties.put(name.substring(0, name.length() - PARTY_SUFFIX.length()), i);
            }
        }
        List<String> missing = EXPECTED.stream().filter(column -> column.equals(UNCAC_PARTY)
                ? parties.isEmpty() : !names.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw CatalogueException.of(location, header.line(), "the header lacks column(s) " + missing
                    + "; expected " + String.join(",", EXPECTED) + " (" + UNCAC_PARTY + " or another"
                    + " <instrument>_party column)");
        }
        return new Header(COLUMNS.stream().mapToInt(names::indexOf).toArray(), parties, names.indexOf(LEGAL_SYSTEM));
    }

    /** The row's State, or null with the reasons added to {@code problems}. */
    private static State state(CsvReader.Row row, Header columns, List<String> problems) {
        int needed = columns.width();
        if (row.fields().size() < needed) {
            problems.add("has " + row.fields().size() + " field(s), " + needed + " expected; check for a missing comma");
            return null;
        }
        int[] at = columns.needed();
        String iso3 = field(row, at[0]).toUpperCase(Locale.ROOT);
        String name = field(row, at[1]);
        if (!ISO3.matcher(iso3).matches()) {
            problems.add("'" + field(row, at[0]) + "' is not a three-letter ISO code");
        }
        if (name.isEmpty()) {
            problems.add("the name is empty");
        }
        Set<String> instruments = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        columns.parties().forEach((instrument, index) -> {
            String value = field(row, index);
            boolean mayBeUnknown = !(instrument + PARTY_SUFFIX).equals(UNCAC_PARTY);
            if (mayBeUnknown && (value.isEmpty() || value.equalsIgnoreCase(UNKNOWN))) {
                unknown.add(instrument);
            } else if (Boolean.TRUE.equals(yesNo(value, instrument + PARTY_SUFFIX, problems))) {
                instruments.add(instrument);
            }
        });
        Boolean member = yesNo(field(row, at[3]), COLUMNS.get(3), problems);
        String legalSystem = columns.legalSystem() < 0 ? "" : field(row, columns.legalSystem());
        return problems.isEmpty()
                ? new State(iso3, name, field(row, at[2]), instruments.contains("uncac"), member, field(row, at[4]),
                        legalSystem, instruments, unknown)
                : null;
    }

    private static String field(CsvReader.Row row, int column) {
        return row.fields().get(column).trim();
    }

    private static Boolean yesNo(String value, String column, List<String> problems) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> {
                return true;
            }
            case "false", "no", "0" -> {
                return false;
            }
            default -> {
                problems.add(column + " is '" + value + "'; write true or false"
                        + (column.endsWith(PARTY_SUFFIX) && !column.equals(UNCAC_PARTY)
                        ? " (or leave it empty where it is not known)" : ""));
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

    /** The names of the States in the six languages (the English ones are this list's). */
    public StateNames names() {
        return names;
    }

    /** The State's name in the language, as documents, receipts and mails print it; its code when unknown. */
    public String name(String iso3, Language language) {
        return names.of(iso3, language);
    }
}
