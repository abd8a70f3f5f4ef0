package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.IdentityVerifier;
import org.irm.register.MasterChecklists;
import org.irm.register.SubmissionRecord;
import org.irm.register.SubmissionSource;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewReturns;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another kind of return (reviewers' copies, later) plugs into the desk as a handler, without changing the desk. */
class ReturnHandlerPluginTest {

    @TempDir
    Path home;

    @Test
    void aHandlerThatRecognisesADocumentIsAskedBeforeTheChecklistHandlerAndGetsTheArchivedCopy() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("KEN", Language.EN, "Ministry of Justice");
        Path filled = fixture.fill(issued, DeskFixture.complete(issued.manifest()), "moj.docx");
        ReturnHandler agencies = new ReturnHandler() {
            @Override
            public boolean recognises(DocxReading reading) {
                return reading.customProperties().getOrDefault("IRM.part", "").startsWith("agency:");
            }

            @Override
            public Acknowledgement take(Received received, DocxReading reading) {
                return new Acknowledgement(Disposition.REFUSED, received.sha256(), "KEN", Language.EN, "TAKEN_ELSEWHERE",
                        "taken by the agencies' handler from " + received.archived().getParent().getFileName(), List.of(),
                        new Reply(null, "s", "b", List.of()));
            }

            @Override
            public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
                throw new AssertionError("nothing to finish");
            }
        };

        IntakeDesk desk = ReturnDesks.open(fixture.config(), fixture.register(), Clock.systemUTC(), List.of(agencies));
        Acknowledgement ack = desk.take(DeskFixture.dropped(filled));

        assertThat(ack.reasonCode()).isEqualTo("TAKEN_ELSEWHERE");
        assertThat(ack.message()).isEqualTo("taken by the agencies' handler from archive");
    }

    @Test
    void aHandlerThatRefusesARecognisedFileHasItRefusedByTheDeskWithItsReasonAndNotTakenAgain() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("FRA", Language.FR, "Ministère de la Justice");
        Path filled = fixture.fill(issued, DeskFixture.complete(issued.manifest()), "copie.docx");
        int[] taken = {0};
        ReturnHandler unreadable = new ReturnHandler() {
            @Override
            public boolean recognises(DocxReading reading) {
                return reading.customProperties().getOrDefault("IRM.part", "").startsWith("agency:");
            }

            @Override
            public Acknowledgement take(Received received, DocxReading reading) {
                taken[0]++;
                throw new ReturnRefused(new Refusal(RefusalReason.UNREADABLE_REVIEW_COPY,
                        "This review copy cannot be read: its notes table is damaged."),
                        new IdentityVerifier(Checklists.SEAL).check(reading).identity().orElseThrow());
            }

            @Override
            public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
                throw new AssertionError("a refusal is answered by the desk, never finished by the handler");
            }
        };
        IntakeDesk desk = ReturnDesks.open(fixture.config(), fixture.register(), Clock.systemUTC(), List.of(unreadable));

        Acknowledgement first = desk.take(DeskFixture.dropped(filled));
        Acknowledgement again = desk.take(DeskFixture.dropped(filled));

        assertThat(first.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(first.reasonCode()).isEqualTo("UNREADABLE_REVIEW_COPY");
        assertThat(first.language()).isEqualTo(Language.FR);
        assertThat(first.reply().body()).contains("copie d’examen", "ne peut pas être lu");
        assertThat(fixture.files("rejected")).hasSize(2);
        assertThat(again.reasonCode()).isEqualTo("UNREADABLE_REVIEW_COPY");
        assertThat(taken[0]).isEqualTo(1);
        assertThat(desk.finishUnfinished()).isEmpty();
    }

    @Test
    void aReviewersCopyIsNeverTakenAsAStatesReturnAndTheReviewsHandlerTakesIt() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        StateList states = StateList.load(TemplateSource.bundled());
        ReviewDesk reviews = new ReviewDesk(Checklists.cycle2(), Checklists.labels(),
                Checklists.SEAL, TemplateSource.bundled(), states, Clock.systemUTC());
        Path copy = reviews.reviewCopy(states.find("KEN").orElseThrow(), "uncac-2-KEN", Language.EN, "FRA",
                Map.of(FieldId.parse("uncac.9.1/measures"), "Act 2015."),
                home.resolve("copies")).file();

        fixture.register().reviews().create(org.irm.register.NewReview.of("KEN", "uncac", 2, Language.EN,
                org.irm.register.ReviewStage.DESK_REVIEW, List.of(org.irm.register.ReviewerAssignment.of("FRA", "same-group",
                        "uncac")), List.of(), null, DeskFixture.ARRIVED));
        Acknowledgement onStatesDesk = fixture.desk().take(DeskFixture.dropped(copy));
        IntakeDesk both = ReturnDesks.open(fixture.config(), fixture.register(), Clock.systemUTC(),
                List.of(ReviewReturns.from(fixture.config(), fixture.register(), Clock.systemUTC())));
        Path again = Files.copy(copy, home.resolve("copy-again.docx"));

        assertThat(onStatesDesk.reasonCode()).isEqualTo("REVIEW_COPY");
        assertThat(new MasterChecklists(fixture.register()).forState("KEN")).isEmpty();
        assertThat(both.take(new Arrival(again, "copy-again.docx", SubmissionSource.FOLDER, null, null,
                DeskFixture.ARRIVED)).disposition()).isEqualTo(Disposition.REGISTERED);
    }
}
