package org.irm.catalogue;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.irm.config.TemplateSource;

/**
 * A State's name as each of the six languages writes it in United Nations documents, first found of:
 * <ol>
 *   <li>the secretariat's override ({@value #OVERRIDE_PATH}: {@code iso3,language,name});</li>
 *   <li>the United Nations short name: English from the States list ({@code states.csv}), the other
 *       five languages from {@value #UN_PATH} ({@code iso3,ar,es,fr,ru,zh}, sources cited in its header);</li>
 *   <li>the CLDR territory name through ICU4J (for a State the UN files do not have, such as the
 *       European Union, or a blank cell).</li>
 * </ol>
 * The two files are templates: an override folder may replace either; lines starting with {@code #}
 * are comments. Every bad line is reported with its number; the names are used only when both files
 * are sound. Immutable; safe to share between threads.
 */
public final class StateNames {

    public static final String UN_PATH = "states/names.csv";
    public static final String OVERRIDE_PATH = "states/names-override.csv";

    /** Names from CLDR alone (and the English of no list): for callers without the templates. */
    public static final StateNames CLDR = new StateNames(Map.of(), Map.of(), Map.of());

    static final int MAX_BYTES = 1024 * 1024;

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** The languages of {@value #UN_PATH}: English comes from the States list. */
    private static final List<Language> UN_FILE_LANGUAGES = List.of(Language.AR, Language.ES, Language.FR, Language.RU,
            Language.ZH);

    /** Where a name came from, for the README's list of unchecked names and for tests. */
    public enum Source { OVERRIDE, UN, CLDR, CODE }

    private final Map<String, String> english;
    private final Map<Language, Map<String, String>> un;
    private final Map<Language, Map<String, String>> overrides;

    private StateNames(Map<String, String> english, Map<Language, Map<String, String>> un,
                       Map<Language, Map<String, String>> overrides) {
        this.english = Map.copyOf(english);
        this.un = copy(un);
        this.overrides = copy(overrides);
    }

    /** Reads {@value #UN_PATH} and {@value #OVERRIDE_PATH}, each from the override folder or the bundle. */
    static StateNames load(TemplateSource templates, List<State> states) throws CatalogueException {
        Map<Language, Map<String, String>> un = templates.exists(UN_PATH)
                ? parseUn(TemplateFile.read(templates, UN_PATH, MAX_BYTES)) : Map.of();
        Map<Language, Map<String, String>> overrides = templates.exists(OVERRIDE_PATH)
                ? parseOverrides(TemplateFile.read(templates, OVERRIDE_PATH, MAX_BYTES)) : Map.of();
        return new StateNames(englishOf(states), un, overrides);
    }

    /** The English names of the list and CLDR's in the other languages: a States list read alone. */
    static StateNames of(List<State> states) {
        return new StateNames(englishOf(states), Map.of(), Map.of());
    }

    /** The State's name in the language; its code when no source knows it. */
    public String of(String iso3, Language language) {
        return find(iso3, language).orElse(iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT));
    }

    /** The State's name in the language, or empty when neither the files nor CLDR know the code. */
    public Optional<String> find(String iso3, Language language) {
        if (iso3 == null) {
            return Optional.empty();
        }
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(overrides.getOrDefault(language, Map.of()).get(code))
                .or(() -> Optional.ofNullable(unName(code, language)))
                .or(() -> cldr(code, language));
    }

    /** The names in one language, as a function of the ISO3 code (for sentences built elsewhere). */
    public Function<String, String> in(Language language) {
        return iso3 -> of(iso3, language);
    }

    /** Which source gives the State's name in the language. */
    public Source source(String iso3, Language language) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        if (overrides.getOrDefault(language, Map.of()).containsKey(code)) {
            return Source.OVERRIDE;
        }
        if (unName(code, language) != null) {
            return Source.UN;
        }
        return cldr(code, language).isPresent() ? Source.CLDR : Source.CODE;
    }

    private String unName(String iso3, Language language) {
        return language == Language.EN ? english.get(iso3) : un.getOrDefault(language, Map.of()).get(iso3);
    }

    /** CLDR's name of the territory in the language, through ICU4J; empty when CLDR has none. */
    static Optional<String> cldr(String iso3, Language language) {
        String alpha2 = Alpha2.CODES.get(iso3);
        if (alpha2 == null) {
            return Optional.empty();
        }
        String name = new ULocale("", alpha2).getDisplayCountry(new ULocale(language.code()));
        // ICU answers with the code itself when it has no name.
        return name.isBlank() || name.equals(alpha2) ? Optional.empty() : Optional.of(name);
    }

    /**
     * ISO 3166 alpha-2 codes by alpha-3, as CLDR keys its territory names; {@code EUU}, which the
     * States list uses for the European Union, is CLDR's {@code EU}. Built on first use: ICU's data
     * is loaded only when a name falls back to CLDR, not by every command that reads the States list.
     */
    private static final class Alpha2 {
        static final Map<String, String> CODES = codes();

        private static Map<String, String> codes() {
            Map<String, String> codes = new HashMap<>();
            for (String alpha2 : ULocale.getISOCountries()) {
                String alpha3 = new ULocale("", alpha2).getISO3Country();
                if (!alpha3.isEmpty()) {
                    codes.put(alpha3, alpha2);
                }
            }
            codes.put("EUU", "EU");
            return Map.copyOf(codes);
        }
    }

    private static Map<String, String> englishOf(List<State> states) {
        Map<String, String> names = new HashMap<>();
        states.forEach(state -> names.put(state.iso3(), state.name()));
        return names;
    }

    private static Map<Language, Map<String, String>> parseUn(TemplateFile file) throws CatalogueException {
        List<CsvReader.Row> rows = rows(file);
        Map<Language, Map<String, String>> names = new EnumMap<>(Language.class);
        if (rows.isEmpty()) {
            return names;
        }
        List<String> header = rows.get(0).fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        int iso3At = header.indexOf("iso3");
        Map<Language, Integer> columns = new EnumMap<>(Language.class);
        UN_FILE_LANGUAGES.forEach(language -> {
            int at = header.indexOf(language.code());
            if (at >= 0) {
                columns.put(language, at);
            }
        });
        if (iso3At < 0 || columns.isEmpty()) {
            throw CatalogueException.of(file.location(), rows.get(0).line(), "the header must name the column iso3 and"
                    + " at least one of the columns ar, es, fr, ru, zh; it reads " + String.join(",", header));
        }
        List<CatalogueProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String iso3 = field(row, iso3At).toUpperCase(Locale.ROOT);
            if (!ISO3.matcher(iso3).matches()) {
                problems.add(new CatalogueProblem(file.location(), row.line(), "'" + field(row, iso3At)
                        + "' is not a three-letter ISO code"));
                continue;
            }
            Integer first = firstLine.putIfAbsent(iso3, row.line());
            if (first != null) {
                problems.add(new CatalogueProblem(file.location(), row.line(), iso3 + " is listed twice (first on line "
                        + first + ")"));
                continue;
            }
            columns.forEach((language, at) -> {
                String name = field(row, at);
                if (!name.isEmpty()) {
                    names.computeIfAbsent(language, l -> new HashMap<>()).put(iso3, name);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return names;
    }

    private static Map<Language, Map<String, String>> parseOverrides(TemplateFile file) throws CatalogueException {
        List<CsvReader.Row> rows = rows(file);
        Map<Language, Map<String, String>> names = new EnumMap<>(Language.class);
        if (rows.isEmpty()) {
            return names;
        }
        List<String> header = rows.get(0).fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        int iso3At = header.indexOf("iso3");
        int languageAt = header.indexOf("language");
        int nameAt = header.indexOf("name");
        if (iso3At < 0 || languageAt < 0 || nameAt < 0) {
            throw CatalogueException.of(file.location(), rows.get(0).line(), "the header must read iso3,language,name;"
                    + " it reads " + String.join(",", header));
        }
        List<CatalogueProblem> problems = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String iso3 = field(row, iso3At).toUpperCase(Locale.ROOT);
            String name = field(row, nameAt);
            List<String> rowProblems = new ArrayList<>();
            if (!ISO3.matcher(iso3).matches()) {
                rowProblems.add("'" + field(row, iso3At) + "' is not a three-letter ISO code");
            }
            Language language = null;
            try {
                language = Language.of(field(row, languageAt));
            } catch (IllegalArgumentException e) {
                rowProblems.add(e.getMessage());
            }
            if (name.isEmpty()) {
                rowProblems.add("the name is empty");
            }
            if (rowProblems.isEmpty() && names.computeIfAbsent(language, l -> new HashMap<>()).putIfAbsent(iso3, name) != null) {
                rowProblems.add(iso3 + " in " + language.code() + " is overridden twice");
            }
            rowProblems.forEach(message -> problems.add(new CatalogueProblem(file.location(), row.line(), message)));
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return names;
    }

    /** The file's records; comment lines are blanked, not removed, so problems keep their line numbers. */
    private static List<CsvReader.Row> rows(TemplateFile file) throws CatalogueException {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("#")) {
                lines[i] = "";
            }
        }
        return CsvReader.read(file.location(), String.join("\n", lines));
    }

    private static String field(CsvReader.Row row, int column) {
        return column < row.fields().size() ? row.fields().get(column).trim() : "";
    }

    private static Map<Language, Map<String, String>> copy(Map<Language, Map<String, String>> byLanguage) {
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        byLanguage.forEach((language, names) -> copy.put(language, Map.copyOf(names)));
        return copy;
    }
}
