package org.irm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.contributors.ContributorAddressCheck;
import org.irm.contributors.ContributorFields;
import org.irm.contributors.ContributorForms;
import org.irm.contributors.ContributorKind;
import org.irm.contributors.ContributorReturns;
import org.irm.demo.ChecklistFiller;
import org.irm.register.ContributorInput;
import org.irm.register.Contributors;
import org.irm.register.Register;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contributor's return by e-mail through the running pipeline (issue 18.2): real folders, a real
 * IMAP/SMTP server on 127.0.0.1, the desk as irm run builds it. The contributor's form mailed from its
 * address is registered apart and answered with a receipt in the form's language; the State's checklist
 * mailed from the same address is refused CONTRIBUTOR_ADDRESS, in the checklist's language.
 */
class ContributorMailIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}));

    private static final String RETURNS = "returns@secretariat.test";
    private static final String NGO = "director@transparency.test";

    @TempDir
    Path home;

    private Map<String, String> settings;
    private IrmConfig config;
    private Register register;

    @BeforeEach
    void configure() {
        MAIL.setUser(RETURNS, "returns", "secret");
        settings = new HashMap<>(ReturnMails.mailSettings(MAIL, RETURNS));
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
        Map<String, String> all = new HashMap<>(settings);
        all.put("irm.home", home.toString());
        config = IrmConfig.of(all);
        register = Register.open(config);
    }

    private IntakeRunning pipeline() throws Exception {
        ReturnDesks desks = ReturnDesks.over(config, register, Clock.systemUTC());
        return IntakeRunning.prepare(home, desks.open(List.of(ContributorReturns.from(config, register, Clock.systemUTC()),
                desks.checklists(List.of(ContributorAddressCheck.from(config, register))))), settings);
    }

    @Test
    void aContributorsMailedFormIsReceiptedInItsLanguageAndTheStatesChecklistFromItsAddressRefused() throws Exception {
        ContributorForms.Issued issued = ContributorForms.from(config, register, Clock.systemUTC()).invite(
                new ContributorForms.Invitation("KEN", NGO, "J. Doe", "Transparency Kenya", ContributorKind.CIVIL_SOCIETY,
                        List.of("uncac.9.1"), List.of(), List.of(), Language.FR, null), home.resolve("outbox"), "test");
        Path form = home.resolve("form-filled.docx");
        new ChecklistFiller().fill(issued.file(), Map.of(ContributorFields.input("uncac.9.1"), "Peu d'appels d'offres publiés."),
                form);
        Checklists.Written checklist = Checklists.write(home.resolve("issued/checklist-KEN-fr.docx"), "KEN", Language.FR);
        Path answered = home.resolve("checklist-filled.docx");
        new ChecklistFiller().fill(checklist.file(), Map.of(FieldId.parse("uncac.9.1/measures"), "Loi de 2015."), answered);

        try (IntakeRunning intake = pipeline()) {
            NotifyBuilder read = new NotifyBuilder(intake.camel).fromRoute("mailbox").whenDone(2).create();
            intake.start();
            ReturnMails.send(MAIL, NGO, RETURNS, "Contribution", Map.of("contribution.docx", Files.readAllBytes(form)));
            ReturnMails.send(MAIL, NGO, RETURNS, "Liste", Map.of("liste.docx", Files.readAllBytes(answered)));

            assertThat(read.matches(60, TimeUnit.SECONDS)).as("both messages were read").isTrue();
            List<MimeMessage> answers = MailWaits.answersTo(MAIL, NGO, 2);
            assertThat(answers).extracting(MailWaits::subject)
                    .anySatisfy(s -> assertThat(s).isEqualTo("Votre contribution a été reçue : Transparency Kenya, version 1"));
            assertThat(answers).extracting(MailWaits::text).anySatisfy(text -> assertThat(text).contains("CONTRIBUTOR_ADDRESS",
                    "un contributeur ne peut pas envoyer la liste de contrôle de l’État"));
        }
        assertThat(new Contributors(register).current("KEN", false)).extracting(ContributorInput::text)
                .containsExactly("Peu d'appels d'offres publiés.");
    }
}
