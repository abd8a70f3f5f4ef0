package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.identity.IdentitySeal;
import org.irm.register.Event;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.submission.DocumentInspector;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm checklist --send}: the checklist goes to the State's focal points by e-mail, and the register says so. */
class ChecklistSendIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() throws Exception {
        irm = IrmCommandLine.in(home,
                "irm.secret.key=checklist-send-test-key-0123456789",
                "irm.mail.smtp.host=127.0.0.1",
                "irm.mail.smtp.port=" + MAIL.getSmtp().getPort(),
                "irm.mail.smtp.security=none",
                "irm.mail.from=secretariat@irm.test");
    }

    @Test
    void theChecklistGoesToEveryFocalPointInItsLanguageWithTheDeadlineAndIsLogged() throws Exception {
        Register register = registerFocalPoints("KEN", "focal.point@kenya.test", "second@kenya.test");

        assertThat(irm.run("checklist", "--state", "KEN", "--language", "fr", "--deadline", "2027-03-31",
                "--agency", "Ministère de la Justice", "--provisions", "9", "--send"))
                .as(irm.err()).isZero();

        MimeMessage[] sent = MAIL.getReceivedMessages();
        assertThat(sent).hasSize(2); // one message, delivered to two mailboxes
        MimeMessage message = sent[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("focal.point@kenya.test", "second@kenya.test");
        assertThat(message.getSubject()).contains("Liste de contrôle").contains("Kenya").contains("31 mars 2027");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Mécanisme d'examen de l'application")
                .contains("31 mars 2027").contains("partie confiée à Ministère de la Justice");
        Part attachment = parts.getBodyPart(1);
        Path received = home.resolve("received.docx");
        Files.copy(attachment.getInputStream(), received);
        assertThat(attachment.getFileName()).endsWith(".docx");
        var identity = new DocumentInspector(new IdentitySeal(SecretKeys.sealingKey(irm.settings())))
                .inspect(received).report().orElseThrow().identity();
        assertThat(identity.state()).isEqualTo("KEN");
        assertThat(identity.signatureValid()).isTrue();
        assertThat(register.events()).filteredOn(event -> event.action().equals("checklist.sent"))
                .singleElement().extracting(Event::detail).asString()
                .contains("focal.point@kenya.test").contains("second@kenya.test");
        assertThat(irm.out()).contains("Sent it to");
    }

    @Test
    void theMailNamesTheStateAndDatesTheDeadlineAsTheChecklistsLanguageWritesThem() throws Exception {
        registerFocalPoints("KEN", "focal.point@kenya.test");

        assertThat(irm.run("checklist", "--state", "KEN", "--language", "ru", "--deadline", "2027-03-06",
                "--agency", "Министерство юстиции", "--provisions", "9", "--send")).as(irm.err()).isZero();

        MimeMessage message = MAIL.getReceivedMessages()[0];
        assertThat(message.getSubject()).contains("Кения", "6 марта 2027 года").doesNotContain("Kenya");
        assertThat(((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString())
                .contains("6 марта 2027 года").doesNotContain("2027-03-06");
    }

    @Test
    void withoutAFocalPointNothingIsIssuedAndTheUserIsToldWhatToDo() throws Exception {
        registerFocalPoints("EGY", "focal@egypt.test");

        assertThat(irm.run("checklist", "--state", "KEN", "--send")).isEqualTo(2);

        assertThat(irm.err()).contains("No focal point is registered for KEN");
        assertThat(home.resolve("watch-folders/outbox/KEN")).doesNotExist();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private Register registerFocalPoints(String state, String... addresses) throws Exception {
        IrmConfig settings = irm.settings();
        Register register = Register.open(settings);
        new RegisteredStates(register).importStates(StateList.load(settings.templates()).all());
        for (String address : addresses) {
            new FocalPoints(register).add(new FocalPoint(state, address, null, null), "test");
        }
        return register;
    }
}
