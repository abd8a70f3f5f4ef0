package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.docx.PackageLimits;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The State's file sent back with the secretariat's comments opens in LibreOffice, comments in place. */
class AnnotatedCopyTest {

    @TempDir
    Path home;

    @Test
    void theAnnotatedCopyOfAnArabicReturnKeepsItsCommentsOnTheirFieldsThroughLibreOffice() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Checklists.Written issued = fixture.checklist("EGY", Language.AR, null);
        Map<FieldId, String> answers = DeskFixture.complete(issued.manifest());
        answers.remove(FieldId.parse("uncac.9.1/measures"));
        answers.remove(FieldId.parse("uncac.general/respondent"));

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(fixture.fill(issued, answers, "egypt.docx")));
        Path annotated = ack.reply().attachments().get(0);
        Path resaved = LibreOffice.resaveAsDocx(annotated, home.resolve("resaved"));

        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(resaved).report().orElseThrow();
        assertThat(report.comments()).extracting(InspectionReport.CommentItem::fieldId)
                .containsExactlyInAnyOrder("uncac.9.1/measures", "uncac.general/respondent");
        assertThat(report.comments()).allSatisfy(c -> assertThat(c.text()).contains("يلزم"));
        assertThat(report.identity().signatureValid()).isTrue();
    }

    @Test
    void aPackageWithoutTheBookmarksGetsNoCopyRatherThanAMisplacedComment() throws Exception {
        DeskFixture fixture = new DeskFixture(home);
        Path filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
        org.irm.docx.CommentedCopy copy = new org.irm.docx.CommentedCopy("Secretariat", "SEC", PackageLimits.DEFAULTS);

        List<String> placed = copy.write(filled, List.of(new org.irm.docx.CommentedCopy.PlacedComment("irm_nosuchmark", "x")),
                java.time.Instant.now(), home.resolve("out.docx"));

        assertThat(placed).isEmpty();
        assertThat(home.resolve("out.docx")).doesNotExist();
    }
}
