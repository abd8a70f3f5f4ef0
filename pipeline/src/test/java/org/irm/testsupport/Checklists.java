package org.irm.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.catalogue.StateNames;
import org.irm.checklist.ChecklistRequest;
import org.irm.checklist.ChecklistWriter;
import org.irm.config.TemplateSource;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.IdentitySeal;

/** Checklists for tests, written with the bundled templates and a fixed test key. */
public final class Checklists {

    public static final byte[] KEY = "test-key-of-the-secretariat-0123".getBytes(StandardCharsets.UTF_8);
    public static final IdentitySeal SEAL = new IdentitySeal(KEY);

    private static Catalogue cycle2;
    private static I18nLabels labels;

    private Checklists() {
    }

    public static synchronized Catalogue cycle2() {
        if (cycle2 == null) {
            try {
                cycle2 = new CatalogueLoader(TemplateSource.bundled()).load("uncac", 2);
                labels = I18nLabels.load(TemplateSource.bundled());
            } catch (CatalogueException e) {
                throw new IllegalStateException(e);
            }
        }
        return cycle2;
    }

    public static synchronized I18nLabels labels() {
        cycle2();
        return labels;
    }

    /** The bundled States' names in the six languages ({@code StateList.names()} of the templates). */
    public static StateNames stateNames() {
        try {
            return StateList.load(TemplateSource.bundled()).names();
        } catch (CatalogueException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ChecklistRequest request(String state, Language language, Set<Integer> articles, String agency,
                                           Map<FieldId, String> previous) {
        return new ChecklistRequest(UUID.nameUUIDFromBytes((state + language + agency).getBytes(StandardCharsets.UTF_8)),
                "uncac-2-" + state, state, "Kenya", language, "Second cycle", LocalDate.of(2027, 3, 31), agency,
                articles, previous, Map.of("uncac.9.1", "Procurement rules were found partly in line."),
                Instant.parse("2026-11-23T10:00:00Z"));
    }

    /** Writes the whole chapter II + V checklist for a State in a language. */
    public static Written write(Path file, String state, Language language) throws IOException {
        return write(file, request(state, language, Set.of(), null, Map.of()));
    }

    public static Written write(Path file, ChecklistRequest request) throws IOException {
        ChecklistWriter writer = new ChecklistWriter(cycle2(), labels(), SEAL, TemplateSource.bundled());
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            return new Written(file, writer.write(request, out));
        }
    }

    /**
     * Answers to a checklist that satisfy every rule: compliant, with measures, and every general
     * field answered. {@code amended}, when not null, is written into each measures answer, so that
     * returns made with different numbers differ in their bytes.
     */
    public static Map<FieldId, String> completeAnswers(ChecklistManifest manifest, Integer amended) {
        Map<FieldId, String> answers = new LinkedHashMap<>();
        for (FieldMapEntry entry : manifest.fields()) {
            FieldId field = entry.field();
            String value = switch (field.question()) {
                case "compliance" -> "yes";
                case "measures" -> "The Public Procurement Act 2015 " + (amended == null ? "" : "(amended " + amended + ") ")
                        + "sets open tendering for " + field.provisionId() + ".";
                case "examples" -> "Annual procurement audit reports.";
                case "respondent" -> "Ministry of Justice";
                case "agenciesConsulted" -> "Procurement Authority";
                case "submittedOn" -> "2027-02-14";
                default -> "";
            };
            if (!value.isEmpty()) {
                answers.put(field, value);
            }
        }
        return answers;
    }

    /** A checklist on disk and what it says about itself. */
    public record Written(Path file, ChecklistManifest manifest) { }
}
