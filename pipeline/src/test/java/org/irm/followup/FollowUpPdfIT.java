package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.testsupport.EnglishAndArabic;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a focal point or the Group sees: the follow-up form and the action plan (.docx and .xlsx), as
 * {@code irm followup form} and {@code irm followup plan} write them, open in LibreOffice and print to
 * PDF with their text, in English and in Arabic (Arabic laid out right to left): the items' ids and
 * provisions, the status reported last in the language's words, the steps, the overdue one marked.
 */
class FollowUpPdfIT {

    private static final FollowUpLabels LABELS = FollowUpLabels.load(TemplateSource.bundled());

    @TempDir
    Path home;

    @EnglishAndArabic
    void theFormAndThePlanPrintWithTheirItemsStatusesAndSteps(Language language) throws Exception {
        LibreOffice.require();
        FollowUpOnTheCommandLine kenya = FollowUpOnTheCommandLine.reported(home);
        Path form = FollowUpOnTheCommandLine.written(kenya.ok("followup", "form", "--state", "KEN", "--language",
                language.code(), "--out", home.resolve("forms").toString()), ".docx");
        String plan = kenya.ok("followup", "plan", "--state", "KEN", "--language", language.code(), "--date", "2027-09-01");
        Path planDocx = FollowUpOnTheCommandLine.written(plan, ".docx");
        Path planXlsx = FollowUpOnTheCommandLine.written(plan, ".xlsx");

        List<Path> pdfs = new ArrayList<>(LibreOffice.toPdf(List.of(form, planDocx), home.resolve("pdf")));
        // The workbook has the document's name: its PDF goes into a folder of its own.
        pdfs.add(LibreOffice.toPdf(planXlsx, home.resolve("pdf-xlsx")));

        String inProgress = LABELS.status(language, "in-progress");
        String notStarted = LABELS.status(language, "not-started");
        String formText = normalised(LibreOffice.pdfText(pdfs.get(0)));
        assertThat(formText).as("form").contains(normalised(LABELS.text(language, "form.title")))
                .contains("R-5.1-01").contains("R-5.1-02").contains("G-9.1-01").contains("uncac.5.1").contains("uncac.9.1")
                .contains(normalised(LABELS.text(language, "item.kind.recommendation")))
                .contains(normalised(LABELS.text(language, "field.measures")))
                .contains(normalised(LABELS.text(language, "plan.target")))
                // pre-filled with the last update: its status in the language's words, its steps in the plan's rows
                .contains(normalised(inProgress)).contains(normalised(notStarted))
                .contains(FollowUpOnTheCommandLine.OVERDUE_STEP).contains(dateAsPrinted(2028, 6, 30, language))
                .contains("A drafting committee was set up")
                // the items the return left without a status: not yet reported, as the tracker counts them
                .contains(normalised(LABELS.text(language, "item.lastStatus.none")));
        String planText = normalised(LibreOffice.pdfText(pdfs.get(1)));
        assertThat(planText).as("action plan").contains(normalised(LABELS.text(language, "plan.title")))
                .contains("R-5.1-01").contains("uncac.5.1").contains(normalised(inProgress)).contains(normalised(notStarted))
                .contains(FollowUpOnTheCommandLine.OVERDUE_STEP).contains(FollowUpOnTheCommandLine.LATER_STEP)
                .contains(dateAsPrinted(2027, 8, 1, language)).contains(normalised(LABELS.text(language, "plan.overdue")))
                // "Overdue steps: 1" (in Arabic pdftotext puts the number before the words: compare the words)
                .contains(language.rightToLeft() ? normalised(LABELS.text(language, "plan.overdueCount", "").replace(":", ""))
                        : LABELS.text(language, "plan.overdueCount", "1"));
        String workbookText = normalised(LibreOffice.pdfText(pdfs.get(2)));
        assertThat(workbookText).as("action plan workbook").contains(FollowUpOnTheCommandLine.FIRST)
                // single words and dates only: pdftotext interleaves the wrapped cells of a right-to-left sheet
                .contains("uncac.5.1").contains(language.rightToLeft() ? normalised("أغسطس") : "1 August 2027")
                .contains(language.rightToLeft() ? normalised("يونيو") : "30 June 2028")
                .contains(normalised(LABELS.text(language, "plan.overdue")));

        // Laid out in the language's direction: the item's heading starts at the left margin in English, the right in Arabic.
        for (Path pdf : pdfs.subList(0, 2)) {
            Line heading = lineWith(pdf, "R-5.1-01");
            if (language.rightToLeft()) {
                assertThat(heading.xMax()).as("%s: right-aligned heading %s", pdf.getFileName(), heading)
                        .isGreaterThan(heading.pageWidth() * 0.8);
                assertThat(heading.xMin()).as("%s: heading %s", pdf.getFileName(), heading).isGreaterThan(heading.pageWidth() * 0.3);
            } else {
                assertThat(heading.xMin()).as("%s: left-aligned heading %s", pdf.getFileName(), heading)
                        .isLessThan(heading.pageWidth() * 0.2);
            }
        }
    }

    /** A line of a PDF as poppler lays it out (points from the page's left edge). */
    record Line(double xMin, double xMax, double pageWidth, String text) { }

    /** The first line of the PDF holding the text (pdftotext -bbox-layout). */
    private static Line lineWith(Path pdf, String text) throws IOException, InterruptedException {
        Path html = pdf.resolveSibling(pdf.getFileName() + ".bbox.html");
        Process process = new ProcessBuilder("pdftotext", "-bbox-layout", pdf.toString(), html.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("pdftotext ends").isTrue();
        assertThat(process.exitValue()).as("pdftotext -bbox-layout " + pdf).isZero();
        String layout = Files.readString(html, StandardCharsets.UTF_8);
        Matcher page = Pattern.compile("<page width=\"([\\d.]+)\"").matcher(layout);
        assertThat(page.find()).isTrue();
        double width = Double.parseDouble(page.group(1));
        Matcher line = Pattern.compile("<line xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\"[^>]*>(.*?)</line>",
                Pattern.DOTALL).matcher(layout);
        List<String> seen = new ArrayList<>();
        while (line.find()) {
            String words = line.group(3).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
            if (words.contains(text)) {
                return new Line(Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)), width, words);
            }
            seen.add(words);
        }
        throw new AssertionError("No line with " + text + " in " + pdf + ": " + seen);
    }

    /** As ChecklistPdfIT: pdftotext's Arabic in presentation forms, direction marks and lam-alef aside. */
    /**
     * A date as the documents write it in the language; in Arabic its month names alone, which pdftotext
     * keeps whole while it may put the digits of a right-to-left line on either side.
     */
    private static String dateAsPrinted(int year, int month, int day, Language language) {
        String date = DocumentDates.format(java.time.LocalDate.of(year, month, day), language);
        return language.rightToLeft() ? normalised(date.replaceAll("[0-9 ]", "")) : date;
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[\\u0622\\u0623\\u0625\\u0627\\u0644]", "")
                .replaceAll("\\s+", " ").trim();
    }
}
