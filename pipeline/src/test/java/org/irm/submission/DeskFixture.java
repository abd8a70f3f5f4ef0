package org.irm.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.checklist.ChecklistRequest;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.identity.ChecklistManifest;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.SubmissionSource;
import org.irm.testsupport.Checklists;

/** A pipeline home in a temp folder: register, watch folders, and checklists issued and filled as a State would. */
final class DeskFixture {

    static final Instant ARRIVED = Instant.parse("2027-02-15T08:30:00Z");

    final Path home;
    final Map<String, String> settings = new HashMap<>();

    DeskFixture(Path home) {
        this.home = home;
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
        settings.put("irm.templates", System.getProperty("irm.templates", "../templates"));
    }

    IrmConfig config() {
        return IrmConfig.of(settings);
    }

    Register register() {
        return Register.open(config());
    }

    IntakeDesk desk() {
        return ReturnDesks.open(config(), register(), Clock.systemUTC());
    }

    Path watch(String folder) {
        return home.resolve("watch-folders").resolve(folder);
    }

    /** The checklist of a State for article 9 (whole, or one agency's share), as issued. */
    Checklists.Written checklist(String state, Language language, String agency) throws IOException {
        ChecklistRequest template = Checklists.request(state, language, Set.of(9), agency, Map.of());
        ChecklistRequest request = new ChecklistRequest(UUID.randomUUID(), template.reviewId(), state, template.stateName(),
                language, template.cycleLabel(), LocalDate.of(2027, 3, 31), agency, Set.of(9), Map.of(), Map.of(),
                template.issuedAt());
        return Checklists.write(home.resolve("issued").resolve(request.checklistId() + ".docx"), request);
    }

    /** Answers that satisfy every rule: compliant, with measures, and every general field answered. */
    static Map<FieldId, String> complete(ChecklistManifest manifest) {
        return Checklists.completeAnswers(manifest, null);
    }

    /** A new checklist of the State in the language, answered completely, in a new file under the given name. */
    Path completeReturn(String state, Language language, String name) throws IOException {
        Checklists.Written issued = checklist(state, language, null);
        return fill(issued, complete(issued.manifest()), name);
    }

    /** Fills a checklist into a new file under the given name. */
    Path fill(Checklists.Written checklist, Map<FieldId, String> answers, String name) throws IOException {
        Path folder = Files.createDirectories(home.resolve("filled").resolve(UUID.randomUUID().toString()));
        Path filled = folder.resolve(name);
        new ChecklistFiller().fill(checklist.file(), answers, filled);
        return filled;
    }

    static Arrival dropped(Path file) {
        return new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, null, ARRIVED);
    }

    static Arrival mailed(Path file, String sender) {
        return new Arrival(file, file.getFileName().toString(), SubmissionSource.MAIL, sender, null, ARRIVED);
    }

    /** Registers the address as a focal point of the State, then mails the file from it. */
    Arrival mailedByFocalPoint(Path file, String sender, String state) {
        Register register = register();
        new RegisteredStates(register).importStates(List.of(
                new State(state, state, "", true, true, "UN member State")));
        new FocalPoints(register).add(new FocalPoint(state, sender, null, null), "test");
        return mailed(file, sender);
    }

    static Arrival inFolder(Path file, String folderState) {
        return new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, folderState, ARRIVED);
    }

    /** The files in a watch folder, recursively, without the archive's arrival records. */
    List<Path> files(String folder) throws IOException {
        Path root = watch(folder);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().equals(watch("archive").resolve(ArrivalRecords.FOLDER)))
                    .sorted().toList();
        }
    }
}
