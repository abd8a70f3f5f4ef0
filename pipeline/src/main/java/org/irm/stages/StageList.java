package org.irm.stages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;
import org.irm.register.ReviewStage;

/**
 * The stages of a review in the secretariat's order, from {@code templates/review/stages.properties}
 * (its comments describe the format). Read once, checked whole: a file that names an unknown
 * check, lacks a label, repeats or drops a stage the pipeline relies on ({@code drawn},
 * {@code final}) is a {@link ConfigurationException} naming the line to fix.
 */
public final class StageList {

    /** Where the list lives among the templates. */
    public static final String PATH = "review/stages.properties";

    private static final int MAX_BYTES = 64 * 1024;

    private final List<StageDefinition> stages;

    StageList(List<StageDefinition> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The stage list of the configured templates. */
    public static StageList load(TemplateSource templates, Set<String> knownChecks) {
        Properties file = new Properties();
        try (TemplateSource.Template template = templates.open(PATH);
             InputStream in = template.stream()) {
            file.load(new InputStreamReader(new ByteArrayInputStream(in.readNBytes(MAX_BYTES)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the stage list " + PATH + ": " + e.getMessage());
        }
        return parse(file, knownChecks);
    }

    static StageList parse(Properties file, Set<String> knownChecks) {
        String order = file.getProperty("stages", "").strip();
        if (order.isEmpty()) {
            throw problem("'stages' lists no stage: give the stage codes in order, comma-separated");
        }
        Set<String> codes = new LinkedHashSet<>();
        List<StageDefinition> stages = new ArrayList<>();
        for (String text : order.split(",")) {
            ReviewStage stage;
            try {
                stage = new ReviewStage(text.strip());
            } catch (IllegalArgumentException e) {
                throw problem("'stages': " + e.getMessage());
            }
            if (!codes.add(stage.code())) {
                throw problem("'stages' lists " + stage.code() + " twice");
            }
            Map<Language, String> labels = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String label = file.getProperty(stage.code() + ".label." + language.code(), "").strip();
                if (label.isEmpty()) {
                    throw problem("'" + stage.code() + ".label." + language.code() + "' is missing: give the stage's name in"
                            + " every language");
                }
                labels.put(language, label);
            }
            List<String> checks = Arrays.stream(file.getProperty(stage.code() + ".checks", "").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (String check : checks) {
                if (!knownChecks.contains(check)) {
                    throw problem("'" + stage.code() + ".checks' names the unknown check '" + check + "': the checks are "
                            + String.join(", ", knownChecks.stream().sorted().toList()));
                }
            }
            stages.add(new StageDefinition(stage, labels, checks));
        }
        for (ReviewStage needed : List.of(ReviewStage.DRAWN, ReviewStage.FINAL)) {
            if (!codes.contains(needed.code())) {
                throw problem("'stages' must keep " + needed.code() + " (the pipeline relies on it)");
            }
        }
        return new StageList(stages);
    }

    private static ConfigurationException problem(String message) {
        return new ConfigurationException("The stage list " + PATH + " cannot be used: " + message);
    }

    /** Every stage, in order. */
    public List<StageDefinition> stages() {
        return stages;
    }

    /** The stage a code names (as listed, or a former code such as {@code completed}), if listed. */
    public Optional<StageDefinition> find(String code) {
        ReviewStage wanted;
        try {
            wanted = ReviewStage.ofCode(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return stages.stream().filter(s -> s.stage().equals(wanted)).findFirst();
    }

    /** The stage a code names, or an error a user can act on, listing the stages. */
    public StageDefinition named(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a stage; the stages are "
                + codes() + " (" + PATH + ")"));
    }

    /** Its place in the order (0: first), or -1 for a stage the list does not have (a stored code since removed). */
    public int position(ReviewStage stage) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).stage().equals(stage)) {
                return i;
            }
        }
        return -1;
    }

    /** The codes in order, comma-separated. */
    public String codes() {
        return stages.stream().map(s -> s.stage().code()).collect(Collectors.joining(", "));
    }
}
