package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.irm.catalogue.Language;
import org.irm.identity.IdentitySeal;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.irm.testsupport.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityVerifierTest {

    @TempDir
    Path folder;

    @Test
    void aStateEditedByHandInTheDocumentPropertiesIsABadSeal() throws Exception {
        Path checklist = Checklists.write(folder.resolve("ken.docx"), "KEN", Language.EN).file();
        Path edited = Zips.edit(checklist, "docProps/custom.xml", xml -> xml.replace(">KEN<", ">UGA<"),
                folder.resolve("edited.docx"));

        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(edited).report().orElseThrow();

        assertThat(report.identity().signatureValid()).isFalse();
        assertThat(report.identity().status()).isEqualTo("badSeal");
        assertThat(report.identity().message()).contains("IRM.state").contains("UGA").contains("KEN");
        assertThat(report.problems()).extracting(InspectionReport.Problem::code).contains("identity");
    }

    @Test
    void aStateEditedInBothCopiesOfTheIdentityStillFailsTheSeal() throws Exception {
        Path checklist = Checklists.write(folder.resolve("ken.docx"), "KEN", Language.EN).file();
        Path once = Zips.edit(checklist, "docProps/custom.xml", xml -> xml.replace(">KEN<", ">UGA<"), folder.resolve("a.docx"));
        Path twice = Zips.edit(once, "customXml/item1.xml", xml -> xml.replace(">KEN<", ">UGA<"), folder.resolve("b.docx"));

        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(twice).report().orElseThrow();

        assertThat(report.identity().state()).isEqualTo("UGA");
        assertThat(report.identity().signatureValid()).isFalse();
        assertThat(report.identity().message()).contains("seal does not match");
    }

    @Test
    void aChecklistSealedWithAnotherKeyDoesNotVerify() throws Exception {
        Path checklist = Checklists.write(folder.resolve("ken.docx"), "KEN", Language.EN).file();

        InspectionReport report = new DocumentInspector(new IdentitySeal("a-different-secretariat-key".getBytes()))
                .inspect(checklist).report().orElseThrow();

        assertThat(report.identity().signatureValid()).isFalse();
    }

    @Test
    void someoneElsesDocumentHasNoIdentityAndNoAnswers() throws Exception {
        Path corpus = SharedFiles.corpusFile("aspose_Revisions.docx");

        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(corpus).report().orElseThrow();

        assertThat(report.identity()).isNull();
        assertThat(report.answers()).isEmpty();
        assertThat(report.problems()).isEmpty();
    }
}
