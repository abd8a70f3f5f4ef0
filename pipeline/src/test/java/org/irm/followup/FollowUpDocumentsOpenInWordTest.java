package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.testsupport.EnglishAndArabic;
import org.irm.testsupport.WordOpenable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up form and the action plan, as {@code irm followup form} and {@code irm followup plan}
 * write them, held to the rules Word enforces before it opens a file without a repair prompt
 * ({@link WordOpenable}), in a left-to-right and a right-to-left language; the plan's workbook reopens.
 */
class FollowUpDocumentsOpenInWordTest {

    @TempDir
    Path home;

    @EnglishAndArabic
    void theFormPrefilledWithTheLastUpdateIsAPackageWordOpensAsItIs(Language language) throws Exception {
        FollowUpOnTheCommandLine kenya = FollowUpOnTheCommandLine.reported(home);

        Path form = FollowUpOnTheCommandLine.written(kenya.ok("followup", "form", "--state", "KEN", "--language",
                language.code(), "--out", home.resolve("forms").toString()), ".docx");

        assertThat(WordOpenable.problems(form)).isEmpty();
        String document = WordOpenable.part(form, "word/document.xml");
        // Pre-filled: the status reported last shows in its drop-down, the steps in the plan's rows.
        assertThat(document).contains(FollowUpOnTheCommandLine.OVERDUE_STEP).contains("2028-06-30");
        rightToLeftWhereArabic(document, language);
    }

    @EnglishAndArabic
    void theActionPlanIsAPackageWordOpensAsItIsAndItsWorkbookReopens(Language language) throws Exception {
        FollowUpOnTheCommandLine kenya = FollowUpOnTheCommandLine.reported(home);

        String printed = kenya.ok("followup", "plan", "--state", "KEN", "--language", language.code(), "--date", "2027-09-01");
        Path docx = FollowUpOnTheCommandLine.written(printed, ".docx");
        Path xlsx = FollowUpOnTheCommandLine.written(printed, ".xlsx");

        assertThat(WordOpenable.problems(docx)).isEmpty();
        rightToLeftWhereArabic(WordOpenable.part(docx, "word/document.xml"), language);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isEqualTo(language.rightToLeft());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("item");
        }
    }

    /** Arabic: every paragraph right-to-left, every run's text right-to-left, the section and the tables too. */
    private static void rightToLeftWhereArabic(String document, Language language) {
        int paragraphs = count(document, "<w:p>") + count(document, "<w:p ");
        int tables = count(document, "<w:tbl>");
        if (language.rightToLeft()) {
            assertThat(count(document, "<w:bidi/>")).as("paragraphs and section right-to-left").isEqualTo(paragraphs + 1);
            assertThat(count(document, "<w:bidiVisual/>")).as("tables right-to-left").isEqualTo(tables).isPositive();
        } else {
            assertThat(document).doesNotContain("<w:bidi/>").doesNotContain("<w:rtl/>").doesNotContain("<w:bidiVisual/>");
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
