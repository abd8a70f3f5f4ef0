package org.irm.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.IntakeDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Checklists;

/**
 * A pipeline home for contributors' tests: a real register under a temporary folder, Kenya's
 * checklist answered and taken in, and the desk built as irm run and irm ingest build it
 * ({@code cli.PipelineDesks}: the contributors' handler, and the checklists' handler with the
 * contributor's-address check).
 */
final class ContributorsFixture {

    static final Instant ISSUED = Instant.parse("2027-02-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);
    static final String FOCAL_POINT = "focal.point@justice.go.ke";
    static final String NGO = "director@transparency.or.ke";

    final Path home;
    private final Map<String, String> settings = new HashMap<>();
    private Register register;
    Path kenyaChecklist;
    private Checklists.Written issuedChecklist;

    ContributorsFixture(Path home) {
        this.home = home;
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
    }

    IrmConfig config() {
        return IrmConfig.of(settings);
    }

    Register register() {
        if (register == null) {
            register = Register.open(config());
        }
        return register;
    }

    Path outbox() {
        return home.resolve("watch-folders").resolve("outbox");
    }

    /** The desk as cli.PipelineDesks builds it, for the parts contributors touch. */
    IntakeDesk desk() {
        ReturnDesks desks = ReturnDesks.over(config(), register(), CLOCK);
        return desks.open(List.of(ContributorReturns.from(config(), register(), CLOCK),
                desks.checklists(List.of(ContributorAddressCheck.from(config(), register())))));
    }

    /** Kenya's checklist (review uncac-2-KEN) answered in full and taken in from its folder; Kenya's focal point registered. */
    ContributorsFixture kenyaAnswered() throws Exception {
        desk();
        new FocalPoints(register()).add(new FocalPoint("KEN", FOCAL_POINT, "Focal point", Language.EN), "test");
        Checklists.Written issued = Checklists.write(home.resolve("issued").resolve("checklist-KEN.docx"), "KEN", Language.EN);
        issuedChecklist = issued;
        kenyaChecklist = home.resolve("filled").resolve("checklist-KEN-filled.docx");
        Files.createDirectories(kenyaChecklist.getParent());
        new ChecklistFiller().fill(issued.file(), Checklists.completeAnswers(issued.manifest(), null), kenyaChecklist);
        Acknowledgement taken = drop(kenyaChecklist, "KEN", ISSUED.minusSeconds(86_400));
        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        return this;
    }

    /** Kenya's checklist answered again (other bytes than the return taken in), as a new version would be. */
    Path anotherKenyaReturn(String name) throws Exception {
        Path file = home.resolve("filled").resolve(name);
        new ChecklistFiller().fill(issuedChecklist.file(), Checklists.completeAnswers(issuedChecklist.manifest(), 2), file);
        return file;
    }

    ContributorForms.Issued invite(String email, String organisation, ContributorKind kind, List<String> provisions,
                                   List<String> showAnswers, List<String> share) throws Exception {
        return ContributorForms.from(config(), register(), CLOCK).invite(new ContributorForms.Invitation("KEN", email,
                "A. Contributor", organisation, kind, provisions, showAnswers, share, null, null), outbox(), "test");
    }

    /** The form with these inputs typed in, per provision id, as Word stores them. */
    Path fill(Path form, Map<String, String> inputs, String name) throws Exception {
        Map<FieldId, String> values = new LinkedHashMap<>();
        inputs.forEach((provision, text) -> values.put(ContributorFields.input(provision), text));
        Path filled = home.resolve("filled").resolve(name);
        Files.createDirectories(filled.getParent());
        new ChecklistFiller().fill(form, values, filled);
        return filled;
    }

    Acknowledgement mail(Path file, String sender, Instant at) {
        return desk().take(new Arrival(file, file.getFileName().toString(), SubmissionSource.MAIL, sender, null, at));
    }

    Acknowledgement drop(Path file, String folderState, Instant at) {
        return desk().take(new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, folderState, at));
    }

    /** The catalogue's provisions of an article, in order (ids such as uncac.9.1.a). */
    static List<String> provisionsOf(int article) {
        return Checklists.cycle2().provisions().filter(p -> p.article() == article).map(Provision::id).toList();
    }
}
