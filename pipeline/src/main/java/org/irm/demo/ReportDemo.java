package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.docx.RefusedDocumentException;
import org.irm.identity.IdentitySeal;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.report.DraftImporter;
import org.irm.report.RegisterReportInputs;
import org.irm.report.ReportFinding;
import org.irm.report.ReportKind;
import org.irm.report.ReportRenderer;
import org.irm.report.ReportService;
import org.irm.report.Translator;

/**
 * The demo's report step: Kenya's review as the earlier steps left it in the register (the answers
 * taken in through the return desk, the reviewing States and deadlines of the review step, the
 * notes of the review copies it merged), drafted as report and executive summary in the six
 * languages, as {@code irm report} drafts them; two blocks edited as the secretariat would in Word
 * and dropped back; drafted again, keeping the edits.
 */
public final class ReportDemo {

    private final PrintWriter say;

    public ReportDemo(PrintWriter say) {
        this.say = say;
    }

    public void run(Path run, IrmConfig config, Register register, Catalogue catalogue, I18nLabels labels,
                    StateList states, TemplateSource templates, IdentitySeal seal) throws IOException {
        Path outbox = run.resolve("outbox").resolve("KEN");
        say.println("9. Drafting Kenya's country review report and executive summary in the six languages from the"
                + " register (its answers, its reviewing States, the merged review's notes), into " + outbox);
        if (register.reviews().find(ReviewDemo.REVIEW_ID).isEmpty()) {
            say.println("   (skipped: the review step registered no review of Kenya)");
            return;
        }
        register.reviews().setStage(ReviewDemo.REVIEW_ID, ReviewStage.DRAFT_REPORT, "secretariat");
        ReportService service = new ReportService(catalogue, labels, new ReportRenderer(templates, labels),
                new RegisterReportInputs(register, states), register, Translator.NONE, ReportService.Options.from(config),
                seal, Clock.systemUTC());
        List<Language> all = List.of(Language.values());
        List<ReportService.Outcome> drafts = service.regenerateIfChanged("KEN", all, List.of(ReportKind.values()), outbox);
        for (ReportService.Outcome draft : drafts) {
            say.printf("   %-28s %,7d words%s%n", draft.file().getFileName(), draft.words(),
                    draft.findings().isEmpty() ? "" : "  FINDING " + draft.findings().stream()
                            .map(ReportFinding::message).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        Path english = drafts.stream().filter(d -> d.kind() == ReportKind.REPORT && d.language() == Language.EN)
                .findFirst().orElseThrow().file();
        Path edited = edit(english, run.resolve("inbox").resolve("report-KEN-en-edited-by-the-secretariat.docx"));
        DraftImporter.Imported imported;
        try {
            imported = new DraftImporter(register.reportRecords(), seal, Clock.systemUTC()).importDraft(edited,
                    "A. Editor (secretariat)");
        } catch (RefusedDocumentException e) {
            throw new IllegalStateException("The demo's own edited draft cannot be read: " + e.getMessage(), e);
        }
        say.println("   the secretariat edited two blocks in " + english.getFileName() + " and dropped it back: "
                + String.join(", ", imported.edited()) + " recorded as new versions");
        List<ReportService.Outcome> again = service.regenerateIfChanged("KEN", List.of(Language.EN, Language.FR),
                List.of(ReportKind.REPORT), outbox);
        ReportService.Outcome unchanged = service.regenerateIfChanged("KEN", List.of(Language.EN),
                List.of(ReportKind.REPORT), outbox).get(0);
        say.println("   drafted again with the edits: " + again.get(0).file().getFileName() + ", "
                + again.get(1).file().getFileName() + " (the English observation edit shows in French too); asked once more, "
                + unchanged.file().getFileName() + " is " + unchanged.status().name().toLowerCase(Locale.ROOT)
                + " (same inputs, same bytes: nothing written)");
    }

    /** The first observations and the first recommendation the reviewers wrote (a block not showing its placeholder). */
    private static final Pattern OBSERVATION = Pattern.compile(
            "w:val=\"irm-report:[^\"]*/observations\"/><w:id w:val=\"[0-9]+\"/></w:sdtPr>");
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "w:val=\"irm-report:[^\"]*/recommendation/[^\"]*\"/><w:id w:val=\"[0-9]+\"/></w:sdtPr>");

    /** A copy of the draft with two blocks typed over, as Word stores an edit in a content control. */
    private static Path edit(Path draft, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(draft));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = typeOver(xml, OBSERVATION, "The reviewers welcomed the new code of ethics and its training programme.");
                    xml = typeOver(xml, RECOMMENDATION, "Adopt the draft amendment on public procurement before the end of 2027.");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return copy;
    }

    private static String typeOver(String xml, Pattern tag, String text) {
        Matcher found = tag.matcher(xml);
        if (!found.find()) {
            return xml;
        }
        String open = "<w:t xml:space=\"preserve\">";
        int start = xml.indexOf(open, found.end()) + open.length();
        return xml.substring(0, start) + text + xml.substring(xml.indexOf("</w:t>", start));
    }
}
