package org.irm.lots;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.irm.config.TemplateSource;

/**
 * The rules of one mechanism's draw, each a setting the secretariat can change in
 * {@code templates/lots/<mechanism>.properties} (see the shipped files for every key and its
 * meaning). A policy is a sorted map of settings; the typed accessors read it. Two policies with
 * the same settings draw alike, and the settings go into the draw record verbatim.
 */
public final class DrawPolicy {

    /** Where the second reviewer of each State comes from. */
    public enum SecondBox { GLOBAL, OTHER_GROUP }

    /** Which reviewer should, where possible, share the legal system of the State under review. */
    public enum LegalSystemPreference { SAME_GROUP, SECOND, BOTH, NONE }

    /** How long a pair of States may not review each other both ways. */
    public enum Scope { YEAR, CYCLE }

    /** Which past reviews the balance counts: this cycle's, or every cycle's. */
    public enum BalanceScope { CYCLE, ALL }

    /** What happens to an entity with no regional group when it is under review. */
    public enum Ungrouped { GLOBAL, BLOCK }

    private static final String GROUP_OVERRIDE = "group.override.";
    private static final String TIMELINE = "timeline.";

    private final Map<String, String> settings;

    private DrawPolicy(Map<String, String> settings) {
        this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        validate();
    }

    /** The policy shipped for a mechanism ({@code uncac}, {@code untoc}), from the templates. */
    public static DrawPolicy shipped(TemplateSource templates, String mechanism) throws IOException {
        if (!mechanism.matches("[a-z0-9-]+")) {
            throw new LotsInputException("'" + mechanism + "' is not a mechanism name (such as uncac or untoc)");
        }
        String path = "lots/" + mechanism + ".properties";
        if (!templates.exists(path)) {
            throw new LotsInputException("There is no policy for '" + mechanism + "' (templates/" + path + ")");
        }
        try (TemplateSource.Template template = templates.open(path)) {
            return of(read(template.stream()));
        }
    }

    /** The shipped policy with the settings of a file laid over it, key by key. */
    public DrawPolicy overriddenBy(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, String> merged = new TreeMap<>(settings);
            merged.putAll(read(in));
            return of(merged);
        }
    }

    /** A policy from its settings, as read from a file or a draw record. */
    public static DrawPolicy of(Map<String, String> settings) {
        return new DrawPolicy(settings);
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k.trim(), properties.getProperty(k).trim()));
        return map;
    }

    private void validate() {
        if (instruments().isEmpty()) {
            throw new LotsInputException("The policy names no instrument (key 'instruments')");
        }
        secondBox();
        legalSystemPreference();
        mutualScope();
        balanceScope();
        ungrouped();
        capPerCycle();
        maxRedraws();
        searchBudget();
        cycleYears();
        reviewYears();
        regionalBalance();
        timeline();
    }

    /** All settings, sorted by key. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The mechanism's name, such as {@code uncac}. */
    public String mechanism() {
        return text("mechanism", "uncac");
    }

    /** Instruments reviewed; the first is the one every reviewer must be party to. */
    public List<String> instruments() {
        return list("instruments", "uncac");
    }

    /** The instrument every reviewer must be party to (UNTOC: the Convention). */
    public String primaryInstrument() {
        return instruments().get(0);
    }

    public SecondBox secondBox() {
        return choice("second.box", "global", SecondBox.class);
    }

    public LegalSystemPreference legalSystemPreference() {
        return choice("legalSystem.preferFor", "same-group", LegalSystemPreference.class);
    }

    public Scope mutualScope() {
        return choice("mutual.scope", "cycle", Scope.class);
    }

    /** Whether balance counts reviews performed in this cycle only or in all cycles. */
    public BalanceScope balanceScope() {
        return choice("balance.scope", "cycle", BalanceScope.class);
    }

    public Ungrouped ungrouped() {
        return choice("ungrouped", "global", Ungrouped.class);
    }

    /** Most reviews a State performs per cycle; 0 means no cap. */
    public int capPerCycle() {
        return number("cap.perCycle", 3);
    }

    public boolean deferralAllowed() {
        return flag("deferral.allowed", true);
    }

    /** Redraws one requester may ask for per State under review without exceptional circumstances. */
    public int maxRedraws() {
        return number("redraw.max", 2);
    }

    public boolean reviewerMayRequestRedraw() {
        return flag("redraw.byReviewer", false);
    }

    /** Codes never drawn as reviewers. */
    public Set<String> excludedReviewers() {
        return Set.copyOf(list("reviewers.excluded", ""));
    }

    /** Regional groups the secretariat assigns to entities the States list places in none. */
    public Map<String, String> groupOverrides() {
        Map<String, String> overrides = new TreeMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(GROUP_OVERRIDE)) {
                overrides.put(k.substring(GROUP_OVERRIDE.length()).toUpperCase(Locale.ROOT), v);
            }
        });
        return overrides;
    }

    /** Candidate tries the search may make at each widening level before widening further. */
    public int searchBudget() {
        return number("search.budget", 20000);
    }

    /** Years in a review cycle (UNTOC: a phase), for the order of review years. */
    public int cycleYears() {
        return number("cycle.years", 5);
    }

    /**
     * Years of the cycle in which reviews start, which {@code irm lots years} cuts the parties into:
     * {@code cycle.reviewYears}, else every year of the cycle.
     */
    public int reviewYears() {
        return number("cycle.reviewYears", cycleYears());
    }

    /** What the mechanism calls a cycle in messages: {@code cycle} (UNCAC) or {@code phase} (UNTOC). */
    public String cycleName() {
        return text("cycle.name", "cycle");
    }

    /**
     * Whether the States under review in each year are spread across the regional groups as
     * evenly as possible ({@code years.regionalBalance}): the order of review years deals each
     * group's parties across the years, and the draw record says how many of each group a year holds.
     */
    public boolean regionalBalance() {
        return flag("years.regionalBalance", false);
    }

    /** Deadlines as periods after the date of the draw, by milestone, in the file's order of keys. */
    public Map<String, Period> timeline() {
        Map<String, Period> timeline = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(TIMELINE)) {
                try {
                    timeline.put(k.substring(TIMELINE.length()), Period.parse(v));
                } catch (DateTimeParseException e) {
                    throw new LotsInputException("Policy setting " + k + "=" + v
                            + " is not a period such as P2M or P3W", e);
                }
            }
        });
        return timeline;
    }

    private String text(String key, String fallback) {
        String value = settings.getOrDefault(key, fallback);
        return value.isBlank() ? fallback : value;
    }

    private List<String> list(String key, String fallback) {
        return Arrays.stream(text(key, fallback).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableList());
    }

    private int number(String key, int fallback) {
        String value = text(key, Integer.toString(fallback));
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LotsInputException("Policy setting " + key + "=" + value + " is not a whole number >= 0", e);
        }
    }

    private boolean flag(String key, boolean fallback) {
        String value = text(key, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new LotsInputException("Policy setting " + key + "=" + value + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private <E extends Enum<E>> E choice(String key, String fallback, Class<E> type) {
        String value = text(key, fallback);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            throw new LotsInputException("Policy setting " + key + "=" + value + " must be one of " + allowed, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DrawPolicy other && other.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        return "DrawPolicy" + settings;
    }
}
