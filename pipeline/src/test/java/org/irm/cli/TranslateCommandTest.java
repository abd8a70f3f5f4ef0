package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irm translate as the secretariat runs it: an export, and imports refused in one line with exit code 2. */
class TranslateCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void registerAReview() {
        irm = IrmCommandLine.in(home);
        Registers.under(home).reviews().create(NewReview.of("KEN", "uncac", 2,
                Language.EN, ReviewStage.values()[0], List.of(ReviewerAssignment.of("UGA", "same-group", "uncac")),
                List.of(new Deadline("draftReport", LocalDate.of(2027, 9, 30))), null, Instant.parse("2027-01-05T10:00:00Z")));
    }

    @Test
    void exportingDraftsThatShowNothingUntranslatedSaysSoAndWritesNothing() {
        assertThat(irm.run("translate", "export", "--state", "ken", "--language", "fr")).isZero();

        assertThat(irm.out()).startsWith("Nothing to translate: KEN's drafts in fr show no untranslated text.");
        assertThat(home.resolve("watch-folders/outbox/KEN")).doesNotExist();
    }

    @Test
    void anUnsafeFileIsRefusedInOneLineWithExitCodeTwo() throws Exception {
        Path hostile = Files.writeString(home.resolve("hostile.xlf"), "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                + "srcLang=\"en\" trgLang=\"fr\"><file id=\"f1\"><unit id=\"u\"><segment><source>&x;</source></segment></unit>"
                + "</file></xliff>");

        assertThat(irm.run("translate", "import", hostile.toString(), "--translator", "A. Traductrice")).isEqualTo(2);

        assertThat(irm.err().strip()).contains("hostile.xlf declares a document type or an entity: refused")
                .doesNotContain("\n", "root:", "Exception");
    }

    @Test
    void aFileExportedForAnotherReviewIsRefusedInOneLine() throws Exception {
        Path other = Files.writeString(home.resolve("other.xlf"), "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                + "xmlns:irm=\"urn:irm:translation:1\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f1\" "
                + "irm:review=\"uncac-1-KEN\" irm:state=\"KEN\"><unit id=\"uncac.5.1:observations\"><segment><source>x</source>"
                + "<target>y</target></segment></unit></file></xliff>");

        assertThat(irm.run("translate", "import", other.toString())).isEqualTo(2);

        assertThat(irm.err().strip()).contains("other.xlf is for review uncac-1-KEN, not KEN's current review")
                .doesNotContain("\n");
    }
}
