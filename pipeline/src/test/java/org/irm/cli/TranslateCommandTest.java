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
import org.irm.testsupport.Checklists;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.Registers;
import org.irm.testsupport.WordText;
import org.irm.translation.PseudoTranslation;
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
    void aStatesReturnedAnswersGoOutToTheTranslatorAndComeBackIntoTheFrenchDraft() throws Exception {
        assertThat(irm.run("checklist", "--state", "KEN", "--language", "en", "--agency", "Ministry of Justice",
                "--provisions", "9")).isZero();
        Path issued = IrmCommandLine.onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        assertThat(irm.run("sample-fill", issued.toString(), "--seed", "3", "--out", home.resolve("filled.docx").toString())).isZero();
        assertThat(irm.run("ingest", home.resolve("filled.docx").toString())).isZero();

        irm.clearOutput();
        assertThat(irm.run("translate", "export", "--state", "KEN", "--language", "fr", "--out", home.resolve("xliff").toString()))
                .isZero();
        Path exported = home.resolve("xliff/translation-KEN-en-fr.xlf");
        assertThat(irm.out()).startsWith("WRITTEN " + exported + "  en -> fr, ");
        Path translated = PseudoTranslation.translate(exported, text -> PseudoTranslation.of(text, Language.FR),
                home.resolve("fr.xlf"));
        irm.clearOutput();
        assertThat(irm.run("translate", "import", translated.toString(), "--translator", "A. Traductrice",
                "--state", "KEN", "--language", "fr")).isZero();
        assertThat(irm.out()).contains("by A. Traductrice: ").doesNotContain(" 0 blocks translated");

        assertThat(irm.run("report", "--state", "KEN", "--language", "fr", "--kind", "report")).isZero();
        List<String> draft = WordText.of(home.resolve("watch-folders/outbox/KEN/report-KEN-fr.docx")).paragraphs();
        String english = Checklists.labels().text(Language.FR, "language.en");
        assertThat(draft).contains(Checklists.labels().text(Language.FR, "report.translatedBy", english, "A. Traductrice"))
                .anyMatch(p -> p.startsWith("[fr] "))
                .doesNotContain(Checklists.labels().text(Language.FR, "report.writtenIn", english));

        irm.clearOutput();
        assertThat(irm.run("translate", "import", translated.toString(), "--translator", "A. Traductrice")).isZero();
        assertThat(irm.out()).contains(": 0 blocks translated, ");
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
