package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.demo.ChecklistFiller;
import org.irm.dialogue.QuestionListReturns;
import org.irm.register.DialogueQuestion;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written dialogue by e-mail (issue 18, point 3), on a real SMTP and IMAP server on 127.0.0.1
 * (GreenMail) and the intake's routes: questions asked and sent with the commands ({@code irm dialogue ask},
 * {@code irm dialogue send --mail}) reach Kenya's focal point as a sealed Word list; the focal point answers
 * it and mails it back to the returns mailbox; the mailbox route hands it to the desk, the focal point is
 * sent the receipt, and {@code irm dialogue list} and {@code irm log} show the thread and every step.
 */
class DialogueMailIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ReturnMails.server();

    private static final String RETURNS = "returns@secretariat.test";
    private static final String KENYA = "focal.point@kenya.test";

    @TempDir
    Path home;

    private IrmCommandLine irm;
    private Register register;
    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void kenyasReviewWithFranceDrawn() throws Exception {
        MAIL.setUser(RETURNS, "returns", "secret");
        settings.putAll(ReturnMails.mailSettings(MAIL, RETURNS));
        settings.put("irm.secret.key", "dialogue-mail-test-key-0123456789");
        irm = IrmCommandLine.in(home, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
        IrmConfig config = irm.settings();
        register = Register.open(config);
        new RegisteredStates(register).importStates(StateList.load(config.templates()).all());
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DIALOGUE,
                List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("UGA", "global", "uncac")),
                List.of(), null, Instant.parse("2027-01-10T09:00:00Z")));
        assertThat(irm.run("focal-points", "add", "--state", "KEN", "--email", KENYA, "--language", "en")).as(irm.err()).isZero();
    }

    @Test
    void questionsMailedToTheFocalPointComeBackByMailAttachedToTheirProvisionWithEveryStepLogged() throws Exception {
        assertThat(irm.run("dialogue", "ask", "--state", "KEN", "--provision", "9.1", "--from", "FRA",
                "--text", "Is the register of procurement awards public?")).as(irm.err()).isZero();
        assertThat(irm.run("dialogue", "ask", "--state", "KEN", "--provision", "9.1",
                "--text", "Which body keeps it?")).as(irm.err()).isZero();
        irm.clearOutput();
        assertThat(irm.run("dialogue", "send", "--state", "KEN", "--mail")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("2 open questions for KEN", "Mailed to " + KENYA);

        MimeMessage sent = MailWaits.answersTo(MAIL, KENYA, 1).get(0);
        assertThat(MailWaits.subject(sent)).isEqualTo("Questions on the review of Kenya (uncac-2-KEN)");
        Part attachment = ((MimeMultipart) sent.getContent()).getBodyPart(1);
        Path list = home.resolve("received-questions.docx");
        Files.copy(attachment.getInputStream(), list);
        List<DialogueQuestion> asked = register.dialogue().ofState("KEN", "uncac-2-KEN");
        Path answered = home.resolve("our-answers.docx");
        new ChecklistFiller().fill(list, Map.of(FieldId.parse("uncac.9.1/dialogue-" + asked.get(0).id()),
                "Yes, on the PPRA portal."), answered);

        IrmConfig config = irm.settings();
        try (IntakeRunning intake = IntakeRunning.prepare(home, ReturnDesks.open(config, register, Clock.systemUTC(),
                List.of(QuestionListReturns.from(config, register, Clock.systemUTC()))), settings)) {
            NotifyBuilder read = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(1).create();
            intake.start();
            ReturnMails.send(MAIL, KENYA, RETURNS, "Our answers", Map.of("our-answers.docx", Files.readAllBytes(answered)));

            assertThat(read.matches(60, TimeUnit.SECONDS)).as("the answers were read from the mailbox").isTrue();
            MimeMessage receipt = MailWaits.answersTo(MAIL, KENYA, 2).get(1);
            assertThat(MailWaits.subject(receipt)).isEqualTo("Answers received: our-answers.docx, question list of uncac-2-KEN");
            assertThat(MailWaits.text(receipt)).contains("1 questions answered in this list, 1 still open", "Which body keeps it?");
        }

        irm.clearOutput();
        assertThat(irm.run("dialogue", "list", "--state", "KEN", "--json")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("\"status\" : \"answered\"", "\"text\" : \"Yes, on the PPRA portal.\"",
                "\"answeredBy\" : \"" + KENYA + "\"", "\"status\" : \"sent\"");
        irm.clearOutput();
        assertThat(irm.run("log", "--state", "KEN")).as(irm.err()).isZero();
        assertThat(irm.out()).contains("dialogue.asked", "dialogue.sent", "dialogue.mailed", "dialogue.answered");
    }
}
