package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.docx.RefusalReason;
import org.irm.identity.IdentitySeal;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.IntakeDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited draft dropped where returns arrive goes through the desk into the register; by e-mail it is refused. */
class DraftDropTest {

    @TempDir
    Path home;

    @Test
    void anEditedDraftDroppedInTheInboxUpdatesItsBlocksAndOneSentByMailIsRefused() throws Exception {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString(), "irm.secret.key", new String(org.irm.testsupport.Checklists.KEY, java.nio.charset.StandardCharsets.UTF_8)));
        Register register = Register.open(config);
        Path draft = Reports.service(Reports.kenya(), register).regenerateIfChanged("KEN", List.of(Language.EN),
                List.of(ReportKind.REPORT), home.resolve("outbox")).get(0).file();
        Path edited = Zips.edit(draft, "word/document.xml", xml -> ReportDraftsTest.replaceBlockText(xml,
                "irm-report:uncac.10.a/observations", "Seen in the ministry's archives."), home.resolve("edited-draft.docx"));
        IntakeDesk desk = deskTakingDrafts(config, register);

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
        assertThat(byMail.reasonCode()).isEqualTo(RefusalReason.REPORT_DRAFT_BY_MAIL.code());
    }

    @Test
    void aForgedDraftIsRefusedWithItsReasonAndRecordsNothing() throws Exception {
        IrmConfig config = IrmConfig.of(Map.of("irm.home", home.toString(), "irm.secret.key",
                new String(org.irm.testsupport.Checklists.KEY, java.nio.charset.StandardCharsets.UTF_8)));
        Register register = Register.open(config);
        Path draft = Reports.service(Reports.kenya(), register).regenerateIfChanged("KEN", List.of(Language.EN),
                List.of(ReportKind.REPORT), home.resolve("outbox")).get(0).file();
        String reviewId = Reports.kenya().review().reviewId();
        String tag = "irm-report:uncac.10.a/observations";
        Path edited = Zips.edit(draft, "word/document.xml", xml -> ReportDraftsTest.replaceBlockText(xml, tag,
                "Forged observation."), home.resolve("edited.docx"));
        // A forger rewrites the block map so that another text passes for what the draft showed, in both copies.
        String shown = DraftIdentity.of(new org.irm.docx.DocxReader().read(draft)).orElseThrow().blocks().get(tag).digest();
        Path rewrittenMap = Zips.edit(edited, "customXml/item1.xml", xml -> xml.replace(shown,
                ReportComposer.digest(List.of("Forged observation."))), home.resolve("rewritten-map.docx"));
        // Or takes the draft's identity as it is but claims it for another State in the properties only.
        Path disagreeing = Zips.edit(edited, "docProps/custom.xml", xml -> xml.replace(">KEN<", ">UGA<"),
                home.resolve("disagreeing.docx"));
        // Or writes a draft under a key of its own.
        Path otherKey = Reports.serviceSealedWith(new IdentitySeal(
                        "a-key-that-is-not-the-secretariat".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Reports.kenya(), Reports.register(home.resolve("other"))).regenerateIfChanged("KEN", List.of(Language.EN),
                List.of(ReportKind.REPORT), home.resolve("other-outbox")).get(0).file();
        Path forged = Zips.edit(otherKey, "word/document.xml", xml -> ReportDraftsTest.replaceBlockText(xml, tag,
                "Forged observation."), home.resolve("other-key.docx"));
        IntakeDesk desk = deskTakingDrafts(config, register);
        int before = register.reportRecords().versions(reviewId).size();

        List<Acknowledgement> refused = List.of(rewrittenMap, disagreeing, forged).stream().map(file -> desk.take(
                new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, null,
                        Instant.parse("2027-07-02T10:00:00Z")))).toList();

        assertThat(refused).extracting(Acknowledgement::disposition).containsOnly(Disposition.REFUSED);
        assertThat(refused).extracting(Acknowledgement::reasonCode).containsOnly(RefusalReason.REPORT_DRAFT_BAD_SEAL.code());
        assertThat(refused.get(0).message()).contains("seal does not match");
        assertThat(refused.get(1).message()).contains("IRMReport.state says 'UGA' where the identity part says 'KEN'");
        assertThat(refused.get(2).message()).contains("seal does not match");
        assertThat(register.reportRecords().versions(reviewId)).hasSize(before);
        assertThat(rewrittenMap).isRegularFile();
    }

    /** The desk as the pipeline builds it for drafts: the drafts' handler before the checklists'. */
    private static IntakeDesk deskTakingDrafts(IrmConfig config, Register register) {
        ReturnDesks desks = ReturnDesks.over(config, register, Reports.CLOCK);
        return desks.open(List.of(ReportDraftReturns.over(register, desks.seal(), "Secretariat", Reports.CLOCK),
                desks.checklists()));
    }
}
