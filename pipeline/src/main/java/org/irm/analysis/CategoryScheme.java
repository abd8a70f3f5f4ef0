package org.irm.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The secretariat's scheme for coding needs ({@code templates/analysis/categories.properties}): the
 * categories in the order tables show them, each category's subcategories, and the cross-cutting tags;
 * with their labels in the six languages ({@link AnalysisLabels}). Reads a code back from what a user
 * wrote or picked: the code itself, or its label in any of the six languages.
 */
public final class CategoryScheme {

    /** The category of needs outside the named ones. */
    public static final String OTHER = "other";
    /** The category, subcategory and tag codes of the bundled scheme that the acceptance data set and tests use. */
    public static final String CAPACITY_BUILDING = "capacity-building";
    public static final String LEGISLATIVE = "legislative-assistance";
    public static final String INSTITUTION_BUILDING = "institution-building";
    public static final String TECHNOLOGICAL_TOOLS = "technological-tools";
    public static final String TRAINING = "training";

    private final List<String> categories;
    private final Map<String, String> parentOfSubcategory;
    private final List<String> tags;
    private final AnalysisLabels labels;

    CategoryScheme(List<String> categories, Map<String, String> parentOfSubcategory, List<String> tags,
                   AnalysisLabels labels) {
        this.categories = List.copyOf(categories);
        this.parentOfSubcategory = Collections.unmodifiableMap(new LinkedHashMap<>(parentOfSubcategory));
        this.tags = List.copyOf(tags);
        this.labels = labels;
    }

    public static CategoryScheme load(TemplateSource templates, AnalysisLabels labels) {
        String path = "analysis/categories.properties";
        Properties properties = AnalysisLabels.Templates.properties(templates, path, false);
        List<String> categories = codes(properties.getProperty("categories", ""));
        if (categories.isEmpty()) {
            throw new ConfigurationException("templates/" + path + " names no categories (categories=...)");
        }
        Map<String, String> parents = new LinkedHashMap<>();
        for (String category : categories) {
            for (String sub : codes(properties.getProperty("subcategories." + category, ""))) {
                if (parents.put(sub, category) != null || categories.contains(sub)) {
                    throw new ConfigurationException("templates/" + path + " gives the code " + sub + " twice");
                }
            }
        }
        List<String> tags = codes(properties.getProperty("tags", ""));
        CategoryScheme scheme = new CategoryScheme(categories, parents, tags, labels);
        for (String code : scheme.allCodes()) {
            labels.find(Language.EN, scheme.labelKey(code)).orElseThrow(() -> new ConfigurationException(
                    "templates/analysis/labels_en.properties has no label for " + code + " (" + scheme.labelKey(code) + ")"));
        }
        return scheme;
    }

    private static List<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> categories() {
        return categories;
    }

    /** The subcategories of a category, in order (none for most). */
    public List<String> subcategories(String category) {
        return parentOfSubcategory.entrySet().stream().filter(e -> e.getValue().equals(category)).map(Map.Entry::getKey)
                .toList();
    }

    /** Every subcategory, in order. */
    public List<String> subcategories() {
        return categories.stream().flatMap(c -> subcategories(c).stream()).toList();
    }

    public List<String> tags() {
        return tags;
    }

    public boolean isCategory(String code) {
        return categories.contains(code);
    }

    /** The category a subcategory belongs to, if it is one. */
    public Optional<String> parent(String subcategory) {
        return Optional.ofNullable(parentOfSubcategory.get(subcategory));
    }

    public boolean isTag(String code) {
        return tags.contains(code);
    }

    /** A code's label in a language (category, subcategory or tag). */
    public String label(Language language, String code) {
        return labels.text(language, labelKey(code));
    }

    /** The scheme's tag codes in its order, from any order. */
    public List<String> inOrder(Collection<String> tagCodes) {
        return tags.stream().filter(tagCodes::contains).toList();
    }

    private String labelKey(String code) {
        if (categories.contains(code)) {
            return "category." + code;
        }
        if (parentOfSubcategory.containsKey(code)) {
            return "subcategory." + code;
        }
        return "tag." + code;
    }

    private List<String> allCodes() {
        List<String> all = new ArrayList<>(categories);
        all.addAll(parentOfSubcategory.keySet());
        all.addAll(tags);
        return all;
    }

    /** A category read from what a user wrote: its code or its label in any language. */
    public Optional<String> readCategory(String written) {
        return read(written, categories);
    }

    /** A subcategory read from what a user wrote: its code ({@code a}, {@code (a)}) or its label in any language. */
    public Optional<String> readSubcategory(String written) {
        Optional<String> byLabel = read(written, parentOfSubcategory.keySet());
        if (byLabel.isPresent()) {
            return byLabel;
        }
        String bare = normal(written).replaceAll("^\\((.+)\\)$", "$1");
        return parentOfSubcategory.containsKey(bare) ? Optional.of(bare) : Optional.empty();
    }

    /** A tag read from what a user wrote: its code or its label in any language. */
    public Optional<String> readTag(String written) {
        return read(written, tags);
    }

    private Optional<String> read(String written, Collection<String> codes) {
        String wanted = normal(written);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (String code : codes) {
            if (normal(code).equals(wanted)) {
                return Optional.of(code);
            }
            for (Language language : Language.values()) {
                Optional<String> label = labels.exactly(language, labelKey(code));
                if (label.isPresent() && normal(label.get()).equals(wanted)) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    private static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
