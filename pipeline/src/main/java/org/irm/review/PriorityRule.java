package org.irm.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The secretariat's rule for the priority of provisions, from {@code templates/review/priority.properties}
 * (its comments describe the format): the levels in order, the criteria that give a provision its
 * level (the first met wins), the default level, and each level's heading in the six languages. Read
 * once, checked whole: an unknown criterion or level, a missing label, is a {@link ConfigurationException}
 * naming the line to fix.
 */
public final class PriorityRule {

    /** Where the rule lives among the templates. */
    public static final String PATH = "review/priority.properties";

    /** The criteria a rule may name; {@link PriorityFacts} says which provisions meet each. */
    public static final Set<String> CRITERIA = Set.of(PriorityFacts.LAST_CYCLE_RECOMMENDATION,
            PriorityFacts.OPEN_RECOMMENDATION, PriorityFacts.LAST_CYCLE_TA_NEED, PriorityFacts.LAST_CYCLE_GOOD_PRACTICE);

    private static final int MAX_BYTES = 64 * 1024;

    private final List<String> levels;
    private final Map<String, String> rules;
    private final String fallback;
    private final Map<String, Map<Language, String>> labels;

    private PriorityRule(List<String> levels, Map<String, String> rules, String fallback,
                         Map<String, Map<Language, String>> labels) {
        this.levels = List.copyOf(levels);
        this.rules = rules;
        this.fallback = fallback;
        this.labels = labels;
    }

    /** The rule of the configured templates. */
    public static PriorityRule load(TemplateSource templates) {
        Properties file = new Properties();
        try (TemplateSource.Template template = templates.open(PATH);
             InputStream in = template.stream()) {
            file.load(new InputStreamReader(new ByteArrayInputStream(in.readNBytes(MAX_BYTES)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the priority rule " + PATH + ": " + e.getMessage());
        }
        return parse(file);
    }

    static PriorityRule parse(Properties file) {
        List<String> levels = new ArrayList<>();
        for (String level : file.getProperty("levels", "").split(",")) {
            String code = level.strip();
            if (!code.matches("[a-z0-9-]+")) {
                throw problem("'levels': '" + code + "' is not a level code (lower-case letters, digits, hyphens)");
            }
            if (levels.contains(code)) {
                throw problem("'levels' lists " + code + " twice");
            }
            levels.add(code);
        }
        Map<String, String> rules = new LinkedHashMap<>();
        for (String rule : file.getProperty("rules", "").split(",")) {
            if (rule.isBlank()) {
                continue;
            }
            String[] parts = rule.split(":", 2);
            String criterion = parts[0].strip();
            if (parts.length < 2 || !CRITERIA.contains(criterion)) {
                throw problem("'rules': '" + rule.strip() + "' is not '<criterion>: <level>' with a criterion of "
                        + String.join(", ", CRITERIA.stream().sorted().toList()));
            }
            rules.put(criterion, level(levels, parts[1].strip(), "rules"));
        }
        String fallback = level(levels, file.getProperty("default", "").strip(), "default");
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        for (String level : levels) {
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String label = file.getProperty(level + ".label." + language.code(), "").strip();
                if (label.isEmpty()) {
                    throw problem("'" + level + ".label." + language.code() + "' is missing: give the level's heading in"
                            + " every language");
                }
                byLanguage.put(language, label);
            }
            labels.put(level, byLanguage);
        }
        return new PriorityRule(levels, rules, fallback, labels);
    }

    /** The levels, first to last. */
    public List<String> levels() {
        return levels;
    }

    /** True for a level of this rule. */
    public boolean knows(String level) {
        return levels.contains(level);
    }

    /** The level's heading in the language. */
    public String label(String level, Language language) {
        return labels.get(level).get(language);
    }

    /**
     * The provision's level: the secretariat's own when it set one, else the first rule the
     * provision meets, else the default.
     */
    public String levelOf(String provisionId, PriorityFacts facts, Map<String, String> setBySecretariat) {
        String set = setBySecretariat.get(provisionId);
        if (set != null && knows(set)) {
            return set;
        }
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            if (facts.meets(provisionId, rule.getKey())) {
                return rule.getValue();
            }
        }
        return fallback;
    }

    /** Where a level falls in the order: 0 first. */
    int rank(String level) {
        int rank = levels.indexOf(level);
        return rank < 0 ? levels.indexOf(fallback) : rank;
    }

    private static String level(List<String> levels, String level, String key) {
        if (!levels.contains(level)) {
            throw problem("'" + key + "': '" + level + "' is not one of the levels (" + String.join(", ", levels) + ")");
        }
        return level;
    }

    private static ConfigurationException problem(String what) {
        return new ConfigurationException("The priority rule " + PATH + " cannot be used: " + what + ".");
    }
}
