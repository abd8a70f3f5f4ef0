package org.irm.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irm.catalogue.Language;
import org.irm.register.Register;
import org.irm.report.ReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translated file that does not belong, or is not safe, is refused in one line and changes nothing. */
class TranslationImportRefusalsTest {

    @TempDir
    Path folder;

    private Register register;
    private TranslationService translations;
    private Path translated;

    @BeforeEach
    void exportAndTranslateFrench() throws Exception {
        register = Translations.register(folder);
        ReportService reports = Translations.reports(Translations.kenya(), register);
        translations = Translations.translations(reports, register);
        Path exported = translations.export("KEN", Language.FR, folder.resolve("outbox")).files().get(0).file();
        translated = PseudoTranslation.translate(exported, text -> PseudoTranslation.of(text, Language.FR),
                folder.resolve("translated.xlf"));
    }

    @Test
    void aFileForAnotherStateIsRefused() {
        assertRefused(translated, "EGY", null, "translated.xlf is for KEN, not EGY");
    }

    @Test
    void aFileInAnotherLanguageIsRefused() {
        assertRefused(translated, null, Language.ES, "translated.xlf is a translation into fr, not es");
    }

    @Test
    void aFileWithAnUnknownSegmentIdIsRefusedAndNothingOfItIsRecorded() throws Exception {
        Path unknown = edit(translated, "unknown.xlf", xml -> xml.replaceFirst("id=\"uncac\\.[^\"]*\"", "id=\"uncac.99.1:observations\""));

        assertRefused(unknown, null, null, "unknown.xlf has 1 segment id(s) that are not blocks of KEN's review "
                + "(uncac.99.1:observations)");
    }

    @Test
    void aFileOfAnotherStatesReviewIsRefused() throws Exception {
        Path other = edit(translated, "other.xlf", xml -> xml.replace("irm:state=\"KEN\"", "irm:state=\"EGY\""));

        assertRefused(other, null, null, "other.xlf is for EGY, which has no review in this register.");
    }

    @Test
    void aDocumentTypeWithAnExternalEntityIsRefusedUnread() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "secret");
        Path hostile = edit(translated, "hostile.xlf", xml -> xml.replaceFirst("<xliff ",
                "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><xliff ").replaceFirst("\\[fr\\] ", "&x;"));

        assertRefused(hostile, null, null, "hostile.xlf declares a document type or an entity: refused");
    }

    @Test
    void aFileThatIsNotXliffTwoIsRefused() throws Exception {
        Path old = Files.writeString(folder.resolve("old.xlf"), "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file source-language=\"en\" datatype=\"plaintext\" original=\"x\"><body/></file></xliff>");

        assertRefused(old, null, null, "old.xlf is not an XLIFF 2 file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path large = folder.resolve("large.xlf");
        try (var out = Files.newOutputStream(large)) {
            out.write(new byte[(int) TranslationService.MAX_BYTES + 1]);
        }

        assertRefused(large, null, null, "large.xlf is larger than 20 MB");
    }

    private void assertRefused(Path file, String state, Language language, String message) {
        int before = register.reportTranslations().latest(Translations.kenya().review().reviewId()).size();
        assertThatThrownBy(() -> translations.importFile(file, "A. Traductrice", state, language))
                .isInstanceOf(TranslationRefused.class).hasMessageContaining(message)
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("\n", "secret", "Exception"));
        assertThat(register.reportTranslations().latest(Translations.kenya().review().reviewId())).hasSize(before);
    }

    private Path edit(Path file, String name, java.util.function.UnaryOperator<String> change) throws Exception {
        return Files.writeString(folder.resolve(name), change.apply(Files.readString(file, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }
}
