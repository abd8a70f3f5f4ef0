package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.register.SubmissionSource;
import org.irm.returns.Acknowledgement;
import org.irm.returns.Arrival;
import org.irm.returns.Disposition;
import org.irm.returns.IntakeDesk;
import org.irm.returns.ReportDraftReturns;
import org.irm.returns.ReturnDesks;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited draft dropped where returns arrive goes through the desk into the register; by e-mail it is refused. */
class DraftDropTest {

    @TempDir
    Path home;

    @Test
    void anEditedDraftDroppedInTheInboxUpdatesItsBlocksAndOneSentByMailIsRefused() throws Exception {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString(), "irm.secret.key", "draft-drop-test-key-0123456789"));
        Register register = Register.open(config);
        Path draft = Reports.service(Reports.kenya(), register).regenerateIfChanged("KEN", List.of(Language.EN),
                List.of(ReportKind.REPORT), home.resolve("outbox")).get(0).file();
        Path edited = Zips.edit(draft, "word/document.xml", xml -> ReportDraftsTest.replaceBlockText(xml,
                "irm-report:uncac.10.a/observations", "Seen in the ministry's archives."), home.resolve("edited-draft.docx"));
        IntakeDesk desk = ReturnDesks.open(config, register, Reports.CLOCK);

        Acknowledgement dropped = desk.take(new Arrival(edited, "edited-draft.docx", SubmissionSource.FOLDER, null, null,
                Instant.parse("2027-07-02T10:00:00Z")));
        Acknowledgement byMail = desk.take(new Arrival(Zips.edit(edited, "word/document.xml",
                xml -> xml.replace("Seen in the ministry", "Seen in the minister"), home.resolve("by-mail.docx")),
                "by-mail.docx", SubmissionSource.MAIL, "someone@example.org", null, Instant.parse("2027-07-02T10:05:00Z")));

        assertThat(dropped.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(dropped.message()).contains("1 blocks edited");
        ReportBlockVersion latest = register.reportRecords().versions(Reports.kenya().review().reviewId()).stream()
                .filter(v -> v.blockKey().equals("uncac.10.a/observations")).reduce((a, b) -> b).orElseThrow();
        assertThat(latest.text()).isEqualTo("Seen in the ministry's archives.");
        assertThat(latest.source()).isEqualTo("edited-draft.docx");
        assertThat(byMail.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(byMail.reasonCode()).isEqualTo(ReportDraftReturns.DRAFT_BY_MAIL);
    }
}
