package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
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
        assertThat(document).contains(FollowUpOnTheCommandLine.OVERDUE_STEP)
                .contains(DocumentDates.format(LocalDate.of(2028, 6, 30), language));
        // The return left the other items' statuses blank: they read "not yet reported", as the tracker counts them.
        assertThat(document).contains(FollowUpLabels.load(TemplateSource.bundled()).text(language, "item.lastStatus.none"));
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

    @org.junit.jupiter.api.Test
    void theChecksFindWhatWordWouldRepair() throws Exception {
        FollowUpOnTheCommandLine kenya = FollowUpOnTheCommandLine.tracked(home);
        Path form = FollowUpOnTheCommandLine.written(kenya.ok("followup", "form", "--state", "KEN", "--out",
                home.resolve("forms").toString()), ".docx");
        String document = WordOpenable.part(form, "word/document.xml");
        java.util.regex.Matcher sdtIds = java.util.regex.Pattern.compile("<w:id w:val=\"(\\d+)\"/>").matcher(document);
        assertThat(sdtIds.find()).isTrue();
        String firstId = sdtIds.group(1);
        assertThat(sdtIds.find()).isTrue();
        String secondId = sdtIds.group(1);

        Map<String, java.util.function.UnaryOperator<String>> breaches = new java.util.LinkedHashMap<>();
        breaches.put("repeats the w:id", xml -> xml.replace("<w:id w:val=\"" + secondId + "\"/>", "<w:id w:val=\"" + firstId + "\"/>"));
        breaches.put("out of Word's order", xml -> xml.replaceFirst("(<w:alias [^>]*/>)(<w:tag [^>]*/>)", "$2$1"));
        breaches.put("is ended 0 times", xml -> xml.replaceFirst("<w:bookmarkEnd [^>]*/>", ""));
        breaches.put("does not end in a paragraph", xml -> xml.replaceFirst("(?s)(<w:tc><w:tcPr>.*?</w:tcPr>)<w:p>.*?</w:p></w:tc>",
                "$1<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc>"));
        breaches.put("breaks the WordprocessingML schema", xml -> xml.replaceFirst("(?s)<w:p>(<w:pPr>.*?</w:pPr>)(<w:r>.*?</w:r>)",
                "<w:p>$2$1"));
        breaches.put("has 4 cells for 3 grid columns", xml -> xml.replaceFirst("<w:gridCol [^>]*/>", ""));
        Files.createDirectories(home.resolve("broken"));
        for (Map.Entry<String, java.util.function.UnaryOperator<String>> breach : breaches.entrySet()) {
            assertThat(breach.getValue().apply(document)).as("the breach is made: " + breach.getKey()).isNotEqualTo(document);
            Path broken = org.irm.testsupport.Zips.edit(form, "word/document.xml", breach.getValue(),
                    home.resolve("broken").resolve(breaches.keySet().stream().toList().indexOf(breach.getKey()) + ".docx"));
            assertThat(WordOpenable.problems(broken)).as(breach.getKey()).anyMatch(p -> p.contains(breach.getKey()));
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
