package org.irm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.WordOpenable;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irm demo} as a newcomer runs it: the whole flow on its own data, from checklists out to the
 * follow-up and the analysis, and every Word document it leaves behind opens in Word without a
 * repair prompt (checklists, annotated copies, review copies, the merged review, drafts in six
 * languages, the follow-up form, the analysis note).
 */
class DemoRunIT {

    @TempDir
    Path home;

    @Test
    void theDemoRunsEveryStepAndEveryDocumentItWritesOpensInWord() throws Exception {
        IrmCommandLine irm = IrmCommandLine.in(home);

        int exit = irm.run("demo", "--out", home.resolve("demo").toString());

        assertThat(exit).as("irm demo's exit code; it printed:%n%s%n%s", irm.out(), irm.err()).isZero();
        assertThat(irm.out()).contains("6b. Written dialogue", "KEN question list, version 1, 1 answers, 1 questions still open");
        assertThat(irm.out()).contains("1. Issuing checklists").contains("8.").contains("9.")
                .contains("TA needs and outcomes across 57 States");
        Map<String, List<String>> problems = new TreeMap<>();
        List<Path> documents = wordDocuments(home.resolve("demo"));
        assertThat(documents).as("Word documents the demo wrote").hasSizeGreaterThan(10);
        for (Path docx : documents) {
            List<String> found = WordOpenable.problems(docx);
            if (!found.isEmpty()) {
                problems.put(home.relativize(docx).toString(), found);
            }
        }
        assertThat(problems).as("documents Word would offer to repair").isEmpty();
        reportAndSummaryAreDraftedFromWhatTheDemoTookInReviewedAndMerged(documents);
        kenyasCoverGivesTheDeadlineItsReviewRegistered(documents);
    }

    /** One source of deadlines: the cover's is the self-assessment deadline of the review the demo registers. */
    private static void kenyasCoverGivesTheDeadlineItsReviewRegistered(List<Path> documents) throws Exception {
        String due = DocumentDates.format(ReviewDemo.selfAssessmentDue(TemplateSource.bundled()), Language.EN);
        Path checklist = draft(documents, "checklist-KEN-uncac2-en.docx");
        assertThat(WordText.of(checklist).paragraphs()).as("Kenya's checklist cover").anyMatch(p -> p.contains(due));
    }

    /**
     * The demo's review step sends copies to Senegal, Brazil and the secretariat, whose notes it
     * merges; the drafts are of that review, not of a sample made up apart (which named Uganda and
     * France and none of the notes).
     */
    private static void reportAndSummaryAreDraftedFromWhatTheDemoTookInReviewedAndMerged(List<Path> documents) {
        Path report = draft(documents, "report-KEN-en.docx");
        Path summary = draft(documents, "summary-KEN-en.docx");
        for (Path draft : List.of(report, summary)) {
            List<String> reviewers = WordText.of(draft).paragraphs().stream()
                    .filter(p -> p.startsWith("The reviewing States parties were")).toList();
            assertThat(reviewers).as("who %s says reviewed Kenya", draft.getFileName()).singleElement().asString()
                    .contains("Senegal").contains("Brazil").doesNotContain("Uganda").doesNotContain("France");
        }
        assertThat(WordText.of(report).paragraphs()).as("the reviewers' notes of the merged review")
                .contains("Publish the procurement statistics.", "Yearly audits of every ministry.");
    }

    private static Path draft(List<Path> documents, String name) {
        return documents.stream().filter(d -> d.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the documents the demo wrote: " + documents));
    }

    /** Every .docx under the folder that is a zip package (the demo also drops a PDF named .docx into its inbox). */
    private static List<Path> wordDocuments(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".docx")).filter(DemoRunIT::isZip).sorted().toList();
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (Exception e) {
            return false;
        }
    }
}
