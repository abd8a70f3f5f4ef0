package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.Event;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.ReturnDesks;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewReturns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may return a review copy (issue 14.8), through the running pipeline: real folders, a real
 * IMAP/SMTP server on 127.0.0.1. Kenya's review has France and Senegal drawn; France's expert is
 * registered.
 */
class ReviewCopySendersIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}));

    private static final String RETURNS = "returns@secretariat.test";
    private static final String EXPERT = "Expert@France.test";
    private static final String STRANGER = "someone@elsewhere.test";

    @TempDir
    Path home;

    private Map<String, String> settings;
    private Register register;
    private ReviewDesk reviews;
    private StateList states;

    @BeforeEach
    void kenyasReviewWithFranceAndSenegalDrawn() throws Exception {
        MAIL.setUser(RETURNS, "returns", "secret");
        settings = new HashMap<>(ReturnMails.mailSettings(MAIL, RETURNS));
        settings.put("irm.secret.key", "review-senders-test-key-0123456789");
        Map<String, String> all = new HashMap<>(settings);
        all.put("irm.home", home.toString());
        IrmConfig config = IrmConfig.of(all);
        register = Register.open(config);
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DESK_REVIEW,
                List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("SEN", "global", "uncac")),
                List.of(), null, Instant.parse("2026-06-01T10:00:00Z")));
        register.reviewExperts().add(new ReviewExpert("uncac-2-KEN", "FRA", EXPERT, "Marie Curie", Language.FR), "secretariat");
        reviews = ReviewDesk.from(config, Clock.systemUTC());
        states = StateList.load(config.templates());
    }

    private IntakeRunning pipeline() throws Exception {
        Map<String, String> all = new HashMap<>(settings);
        all.put("irm.home", home.toString());
        IrmConfig config = IrmConfig.of(all);
        return IntakeRunning.prepare(home, ReturnDesks.open(config, register, Clock.systemUTC(),
                List.of(ReviewReturns.from(config, register, Clock.systemUTC()))), settings);
    }

    private Path copyFor(String reviewer, Language language) throws Exception {
        return reviews.reviewCopy(states.find("KEN").orElseThrow(), "uncac-2-KEN", language, reviewer,
                Map.of(FieldId.parse("uncac.9.1/measures"), "Procurement Act 2015."), home.resolve("copies")).file();
    }

    @Test
    void aCopyDroppedInTheFolderOfAStateNotDrawnIsRefusedNotAReviewerAndAnswered() throws Exception {
        Path brazils = copyFor("BRA", Language.EN);
        try (IntakeRunning intake = pipeline()) {
            NotifyBuilder taken = new NotifyBuilder(intake.camel).fromRoute("reviews").whenDone(1).create();
            intake.start();
            Path folder = Files.createDirectories(intake.root.resolve("reviews/BRA"));
            Files.copy(brazils, folder.resolve("brazil-review.docx"));

            assertThat(taken.matches(60, TimeUnit.SECONDS)).as("the copy was taken from reviews/BRA").isTrue();
            Path reason = only(intake.root.resolve("rejected"), ".reason.txt");
            assertThat(Files.readString(reason)).contains("NOT_A_REVIEWER", "Brazil (BRA)",
                    "not a drawn reviewing State of Kenya (KEN)'s review");
        }
        assertThat(register.reviewNotes().latestCopiesOfState("KEN")).isEmpty();
        assertThat(register.events()).extracting(Event::action).contains("submission.refused")
                .doesNotContain("review.copyReceived");
    }

    @Test
    void aCopyMailedByTheRegisteredExpertOfItsStateIsTakenAndFromAStrangerRefusedWithTheReasonInTheirLanguage()
            throws Exception {
        Path frances = copyFor("FRA", Language.FR);
        try (IntakeRunning intake = pipeline()) {
            NotifyBuilder read = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(2).create();
            intake.start();
            ReturnMails.send(MAIL, STRANGER, RETURNS, "Review", Map.of("copie.docx", Files.readAllBytes(frances)));
            ReturnMails.send(MAIL, EXPERT.toLowerCase(), RETURNS, "Review", Map.of("copie.docx", Files.readAllBytes(frances)));

            assertThat(read.matches(60, TimeUnit.SECONDS)).as("both messages were read").isTrue();
            MimeMessage refused = MailWaits.answersTo(MAIL, STRANGER, 1).get(0);
            assertThat(MailWaits.text(refused)).contains("NOT_A_REVIEWER",
                    "ne vient pas d’un État examinateur tiré au sort pour cet examen");
            MimeMessage thanked = MailWaits.answersTo(MAIL, EXPERT.toLowerCase(), 1).get(0);
            assertThat(MailWaits.subject(thanked)).isEqualTo("Review copy received: Kenya");
        }
        assertThat(register.reviewNotes().latestCopiesOfState("KEN")).singleElement()
                .satisfies(copy -> assertThat(copy.reviewingState()).isEqualTo("FRA"));
    }

    private static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }
}
