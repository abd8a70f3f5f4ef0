package org.irm.intake;

import java.util.stream.Collectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.checklist.ChecklistRequest;
import org.irm.demo.ChecklistFiller;
import org.irm.testsupport.Checklists;

/** Checklists issued for article 9 and filled as States would: complete, with findings, truncated. */
final class ReturnsFixture {

    static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1/compliance");
    static final FieldId MEASURES = FieldId.parse("uncac.9.1/measures");

    private final Path folder;
    private final Map<String, Checklists.Written> issued = new HashMap<>();
    private int filled;

    ReturnsFixture(Path folder) {
        this.folder = folder;
    }

    /** The settings that let the desk verify these checklists' seals. */
    static Map<String, String> settings(Path home) {
        Map<String, String> settings = new HashMap<>();
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
        settings.put("irm.templates", System.getProperty("irm.templates", "../templates"));
        return settings;
    }

    /**
     * The settings file of an {@code irm run} started as its own process ({@link IrmRunProcess}): these
     * settings, the templates' folder made absolute, and {@code extra}; written to {@code home/irm.properties}.
     */
    static Path configFile(Path home, Map<String, String> extra) throws IOException {
        Map<String, String> settings = settings(home);
        settings.put("irm.templates", Path.of(settings.get("irm.templates")).toAbsolutePath().toString());
        settings.putAll(extra);
        Path config = home.resolve("irm.properties");
        Files.writeString(config, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
        return config;
    }

    /** A return that satisfies every rule; {@code variant} makes its bytes (and so its version) distinct. */
    byte[] complete(String state, Language language, int variant) throws IOException {
        Checklists.Written checklist = checklist(state, language);
        return fill(checklist, completeAnswers(checklist, variant));
    }

    /** A return whose article 9.1 says "partly" and leaves the measures out: findings to fix. */
    byte[] withFindings(String state, Language language, int variant) throws IOException {
        Checklists.Written checklist = checklist(state, language);
        Map<FieldId, String> answers = completeAnswers(checklist, variant);
        answers.put(COMPLIANCE, "partly");
        answers.remove(MEASURES);
        return fill(checklist, answers);
    }

    /** The first half of a complete return: a zip cut off mid-way. */
    byte[] corrupt(String state, Language language, int variant) throws IOException {
        byte[] whole = complete(state, language, 1000 + variant);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    static byte[] text(int variant) {
        return ("Dear secretariat, our answers follow in a separate letter (" + variant + ").\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Checklists.Written checklist(String state, Language language) throws IOException {
        String key = state + "-" + language.code();
        Checklists.Written written = issued.get(key);
        if (written == null) {
            ChecklistRequest template = Checklists.request(state, language, Set.of(9), null, Map.of());
            ChecklistRequest request = new ChecklistRequest(UUID.randomUUID(), template.reviewId(), state,
                    template.stateName(), language, template.cycleLabel(), LocalDate.of(2027, 3, 31), null, Set.of(9),
                    Map.of(), Map.of(), template.issuedAt());
            written = Checklists.write(Files.createDirectories(folder.resolve("issued")).resolve(key + ".docx"), request);
            issued.put(key, written);
        }
        return written;
    }

    private static Map<FieldId, String> completeAnswers(Checklists.Written checklist, int variant) {
        return Checklists.completeAnswers(checklist.manifest(), variant);
    }

    private byte[] fill(Checklists.Written checklist, Map<FieldId, String> answers) throws IOException {
        Path out = Files.createDirectories(folder.resolve("filled")).resolve((filled++) + ".docx");
        new ChecklistFiller().fill(checklist.file(), answers, out);
        return Files.readAllBytes(out);
    }
}
