package org.irm.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The editable keyword rules that suggest codes for a need ({@code templates/analysis/keyword-rules.properties}):
 * rules are tried in the order written; the first rule naming a category or subcategory that matches
 * decides those (a subcategory implies its category), and every matching tag rule adds its tag.
 * A suggestion is only that: the coding workbook marks it as suggested.
 */
public final class KeywordRules {

    /** One rule: a code and the keywords any of which suggests it. */
    record Rule(String code, List<String> keywords) {
        boolean matches(String normalText) {
            return keywords.stream().anyMatch(normalText::contains);
        }
    }

    private final List<Rule> rules;
    private final CategoryScheme scheme;

    KeywordRules(List<Rule> rules, CategoryScheme scheme) {
        this.rules = List.copyOf(rules);
        this.scheme = scheme;
    }

    public static KeywordRules load(TemplateSource templates, CategoryScheme scheme) {
        String path = "analysis/keyword-rules.properties";
        Properties properties = AnalysisLabels.Templates.properties(templates, path, false);
        List<Rule> rules = new ArrayList<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("rule.")).sorted().forEach(name -> {
            String value = properties.getProperty(name);
            int semicolon = value.indexOf(';');
            String code = semicolon < 0 ? "" : value.substring(0, semicolon).strip();
            if (!scheme.isCategory(code) && scheme.parent(code).isEmpty() && !scheme.isTag(code)) {
                throw new ConfigurationException("templates/" + path + ": " + name + " names '" + code
                        + "', which is no category, subcategory or tag of templates/analysis/categories.properties");
            }
            List<String> keywords = Arrays.stream(value.substring(semicolon + 1).split("\\|")).map(KeywordRules::normal)
                    .filter(k -> !k.isEmpty()).toList();
            rules.add(new Rule(code, keywords));
        });
        return new KeywordRules(rules, scheme);
    }

    /** The codes the rules suggest for a need's text, if any rule matches. */
    public Optional<Codes> suggest(String text) {
        String normal = normal(text);
        String category = null;
        String subcategory = null;
        Set<String> tags = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (!rule.matches(normal)) {
                continue;
            }
            if (scheme.isTag(rule.code())) {
                tags.add(rule.code());
            } else if (category == null) {
                category = scheme.parent(rule.code()).orElse(rule.code());
                subcategory = scheme.parent(rule.code()).isPresent() ? rule.code() : null;
            }
        }
        if (category == null && tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Codes(category == null ? CategoryScheme.OTHER : category, subcategory, scheme.inOrder(tags)));
    }

    private static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}
