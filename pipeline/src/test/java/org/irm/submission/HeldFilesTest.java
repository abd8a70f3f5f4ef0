package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipException;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.docx.DocxReading;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityVerifier;
import org.irm.register.Answer;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.FoundBy;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.MasterChecklists;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.SubmissionRecord;
import org.irm.register.SubmissionSource;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file can stop the intake: when the desk fails on one file (its reader or its answer's
 * writer throws, as the annotated copy of a zip with a duplicated entry did), that file alone is
 * held for the secretariat, answered, kept, and the desk goes on with the next.
 */
class HeldFilesTest {

    private static final FieldId MEASURES = FieldId.parse("uncac.9.1/measures");

    @TempDir
    Path home;

    private DeskFixture fixture;
    private Register register;

    @BeforeEach
    void setUp() {
        fixture = new DeskFixture(home);
        register = fixture.register();
    }

    @Test
    void aFileTheDeskFailsOnBeforeDecidingIsHeldAnsweredKeptAndTheNextFileIsRegistered() throws Exception {
        Path poison = agencyReturn("KEN", Language.EN, "moj.docx");
        Path good = wholeReturn("KEN", "kenya.docx");
        IntakeDesk desk = deskWith(failing(false));

        Acknowledgement held = desk.take(DeskFixture.dropped(poison));
        Acknowledgement next = desk.take(DeskFixture.dropped(good));

        assertThat(held.disposition()).isEqualTo(Disposition.HELD);
        assertThat(held.reasonCode()).isEqualTo("NOT_PROCESSED");
        assertThat(held.reply().body()).contains("moj.docx", "will look at it", "no need to send it again")
                .doesNotContain("registered its answers");
        SubmissionRecord registered = register.submissionBySha256(held.sha256()).orElseThrow();
        assertThat(registered.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(registered.reason()).startsWith("NOT_PROCESSED: UncheckedIOException").contains("duplicate entry");
        IntakeRegister intake = new IntakeRegister(register);
        assertThat(intake.heldReason(registered.id())).hasValueSatisfying(r -> assertThat(r).contains("duplicate entry"));
        assertThat(intake.unanswered()).isEmpty();
        assertThat(register.events()).anySatisfy(e -> assertThat(e.action()).isEqualTo("submission.held"));
        assertThat(fixture.watch("archive").resolve(held.sha256())).hasSameBinaryContentAs(poison);
        assertThat(held.filesWritten()).hasSize(2).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(fixture.watch("rejected")));
        assertThat(held.filesWritten().get(0)).hasSameBinaryContentAs(poison);
        assertThat(Files.readString(held.filesWritten().get(1))).contains("NOT_PROCESSED", "duplicate entry",
                "at org.irm.submission.HeldFilesTest");
        assertThat(next.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(desk.finishUnfinished()).isEmpty();
    }

    @Test
    void aFileTheDeskFailsOnAfterRegisteringKeepsItsVersionAndAnswersAndTheSenderIsToldInTheirLanguage()
            throws Exception {
        Path poison = agencyReturn("FRA", Language.FR, "ministere.docx");
        IntakeDesk desk = deskWith(failing(true));

        Acknowledgement held = desk.take(DeskFixture.dropped(poison));

        assertThat(held.disposition()).isEqualTo(Disposition.HELD);
        assertThat(held.state()).isEqualTo("FRA");
        assertThat(held.language()).isEqualTo(Language.FR);
        assertThat(held.reply().subject()).startsWith("Reçu, à examiner par le secrétariat");
        assertThat(held.reply().body()).contains("enregistré les réponses comme version 1", "l’examinera");
        assertThat(held.message()).contains("registered as version 1");
        SubmissionRecord registered = register.submissionBySha256(held.sha256()).orElseThrow();
        assertThat(registered.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(new MasterChecklists(register).forState("FRA").orElseThrow()).satisfies(master -> {
            assertThat(master.answer(MEASURES).orElseThrow().value()).isEqualTo("Loi de 2015.");
            assertThat(master.versions()).singleElement()
                    .satisfies(v -> assertThat(v.held()).contains("duplicate entry"));
        });
        assertThat(desk.finishUnfinished()).isEmpty();
    }

    @Test
    void theSameBytesTakenAgainOnceTheCauseIsFixedAreProcessedNormally() throws Exception {
        Path poison = agencyReturn("KEN", Language.EN, "moj.docx");
        Acknowledgement held = deskWith(failing(false)).take(DeskFixture.dropped(poison));

        Path copy = held.filesWritten().get(0);
        Acknowledgement again = fixture.desk().take(DeskFixture.dropped(copy));

        assertThat(again.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(register.submissionBySha256(held.sha256()).orElseThrow().outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(new MasterChecklists(register).forState("KEN").orElseThrow().versions()).singleElement()
                .satisfies(v -> assertThat(v.held()).isNull());
    }

    @Test
    void anAcceptedFileHeldAfterRegisteringIsAnsweredNormallyWhenTakenAgainAndNoLongerHeld() throws Exception {
        Path poison = agencyReturn("KEN", Language.EN, "moj.docx");
        Acknowledgement held = deskWith(failing(true)).take(DeskFixture.dropped(poison));

        Acknowledgement again = fixture.desk().take(DeskFixture.dropped(poison));

        assertThat(again.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(again.message()).contains("version 1");
        long id = register.submissionBySha256(held.sha256()).orElseThrow().id();
        assertThat(new IntakeRegister(register).heldReason(id)).isEmpty();
        assertThat(register.events()).anySatisfy(e -> assertThat(e.action()).isEqualTo("submission.released"));
    }

    @Test
    void theCatchUpAtStartHoldsAFileItCannotFinishAndGoesOnWithTheOthers() throws Exception {
        // Registered as accepted before a stop, but its archived copy cannot be read any more.
        Path garbage = Files.writeString(home.resolve("garbage.docx"), "not a Word document at all");
        Received archived = new Archive(fixture.watch("archive")).store(DeskFixture.dropped(garbage));
        Checklists.Written issued = fixture.checklist("KEN", Language.EN, null);
        new IntakeRegister(register).record(NewSubmission.accepted(archived.sha256(),
                issued.manifest().identity().checklistId(), SubmissionSource.FOLDER, null, "garbage.docx",
                DeskFixture.ARRIVED), List.of(), new IntakeFacts("KEN", issued.manifest().identity().reviewId(), "whole",
                Language.EN, null, null));
        Path good = wholeReturn("KEN", "kenya.docx");
        IntakeDesk desk = fixture.desk();
        Path unfinishedRefusal = Files.writeString(home.resolve("scan.pdf"), "%PDF-1.4\n%%EOF\n");
        desk.take(DeskFixture.dropped(unfinishedRefusal));
        execute("DELETE FROM receipt WHERE submission_id = (SELECT id FROM submission WHERE original_name = 'scan.pdf')");

        List<Acknowledgement> finished = desk.finishUnfinished();

        assertThat(finished).extracting(Acknowledgement::disposition)
                .containsExactly(Disposition.HELD, Disposition.REFUSED);
        assertThat(desk.finishUnfinished()).isEmpty();
        assertThat(desk.take(DeskFixture.dropped(good)).disposition()).isEqualTo(Disposition.REGISTERED);
    }

    @Test
    void theHeldAnswerIsWordedInEachOfTheSixLanguages() {
        org.irm.mail.MailTexts texts = new org.irm.mail.MailTexts(fixture.config().templates());
        for (Language language : Language.values()) {
            org.irm.mail.MailTexts.Text text = texts.render("held", language, java.util.Map.of("fileName", "moj.docx",
                    "received", "15/02/2027 08:30 UTC", "registered", true, "version", "3", "sha256", "ab"));
            assertThat(text.subject()).as(language.code()).contains("moj.docx");
            assertThat(text.body()).as(language.code()).contains("moj.docx", "15/02/2027 08:30 UTC", "3");
        }
    }

    private IntakeDesk deskWith(ReturnHandler handler) {
        return ReturnDesks.open(fixture.config(), register, Clock.systemUTC(), List.of(handler));
    }

    /**
     * A handler for agencies' shares that fails as a poison file makes the desk fail: the writer
     * of its annotated copy throws; with {@code afterRegistering}, once the return is registered.
     */
    private ReturnHandler failing(boolean afterRegistering) {
        return new ReturnHandler() {
            @Override
            public boolean recognises(DocxReading reading) {
                return reading.customProperties().getOrDefault("IRM.part", "").startsWith("agency:");
            }

            @Override
            public Acknowledgement take(Received received, DocxReading reading) {
                if (afterRegistering) {
                    ChecklistIdentity id = new IdentityVerifier(Checklists.SEAL).check(reading).identity().orElseThrow();
                    Arrival arrival = received.arrival();
                    new IntakeRegister(register).record(NewSubmission.accepted(received.sha256(), id.checklistId(),
                                    arrival.source(), arrival.sender(), arrival.originalName(), arrival.receivedAt()),
                            List.of(new Answer(MEASURES, id.language() == Language.FR ? "Loi de 2015." : "Act 2015.",
                                    FoundBy.TAG, false)),
                            new IntakeFacts(id.state(), id.reviewId(), id.part(), id.language(), null, null));
                }
                throw new UncheckedIOException(new ZipException("duplicate entry: docProps/app.xml"));
            }

            @Override
            public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
                return take(received, reading);
            }
        };
    }

    private Path agencyReturn(String state, Language language, String name) throws Exception {
        Checklists.Written issued = fixture.checklist(state, language, "Ministry of Justice");
        return fixture.fill(issued, DeskFixture.complete(issued.manifest()), name);
    }

    private Path wholeReturn(String state, String name) throws Exception {
        Checklists.Written issued = fixture.checklist(state, Language.EN, null);
        return fixture.fill(issued, DeskFixture.complete(issued.manifest()), name);
    }

    private void execute(String sql) throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + home.resolve("irm-data/register").toAbsolutePath(), "irm", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
