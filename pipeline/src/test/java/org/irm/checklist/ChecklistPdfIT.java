package org.irm.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.EnglishAndArabic;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.io.TempDir;

/** What a focal point sees: the checklist converts to PDF in LibreOffice and shows its headings in its language. */
class ChecklistPdfIT {

    @TempDir
    Path folder;

    @EnglishAndArabic
    void theChecklistPrintsWithItsArticleTitlesInItsLanguage(Language language) throws Exception {
        Path checklist = Checklists.write(folder.resolve("checklist-" + language.code() + ".docx"),
                Checklists.request("KEN", language, Set.of(9, 52), null, Map.of())).file();

        String text = normalised(LibreOffice.pdfText(LibreOffice.toPdf(checklist, folder.resolve("pdf"))));

        assertThat(text).contains(normalised(Checklists.labels().text(language, "article.9.title")));
        assertThat(text).contains(normalised(Checklists.labels().text(language, "article.52.title")));
        assertThat(text).contains(normalised(Checklists.labels().text(language, "checklist.title")));
    }

    /**
     * pdftotext gives Arabic in presentation forms, wraps it in direction marks, and writes the
     * lam-alef ligature's two letters in visual order: compare the other letters, in order.
     */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[\\u0622\\u0623\\u0625\\u0627\\u0644]", "")
                .replaceAll("\\s+", " ").trim();
    }
}
