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
        assertThat(irm.out()).contains("8b. Written dialogue", "KEN question list, version 1, 1 answers, 1 questions still open");
        assertThat(irm.out()).contains("1. Issuing checklists").contains("\n10. After the report").contains("\n12. Across States")
                .contains("TA needs and outcomes across 57 States");
        assertThat(irm.out()).contains("\n13. Keeping the register's file small").contains("read back the same")
                .doesNotContain("not compacted");
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
        Path run = onlyRun(home.resolve("demo"));
        kenyasLawsComeWithItsReturnAreListedInTheReceiptAndFound(irm.out(), run, documents);
        theContributorsInputIsRegisteredApartAndReviewersSeeWhatKenyaShared(irm.out(), documents);
        brazilsTwoExpertsReviewDisjointArticlesAndTheMergedReviewNamesBoth(irm.out(), documents);
        nigeriaGetsItsUntocQuestionnairesAndItsReturnShowsInStatus(irm.out(), run);
    }

    /**
     * Kenya's second version comes by e-mail with a text PDF and a Word law: both registered as supporting
     * documents, the return's receipt lists them, a word of the PDF is found, and the review copies list
     * them with the provision whose answer cites the PDF.
     */
    private static void kenyasLawsComeWithItsReturnAreListedInTheReceiptAndFound(String out, Path run, List<Path> documents)
            throws Exception {
        String pdf = "public-procurement-act-2015.pdf";
        String law = "anti-corruption-and-economic-crimes-act-2003.docx";
        assertThat(out).contains("DOCUMENT   " + pdf + ": PDF, 2 pages, text read and indexed",
                "DOCUMENT   " + law + ": DOCX").contains("checklist-KEN-uncac2-en-version-2.docx registered: KEN checklist, version 2");
        Path receipt;
        try (Stream<Path> files = Files.list(run.resolve("outbox/KEN"))) {
            receipt = files.filter(f -> f.getFileName().toString().startsWith("checklist-KEN-uncac2-en-version-2")
                    && f.getFileName().toString().endsWith("-receipt.txt")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(receipt)).as("the receipt of Kenya's second version").contains(pdf, law);
        String search = out.substring(out.indexOf("irm documents search " + SampleLaws.SEARCHED));
        assertThat(search.lines().skip(1).findFirst().orElseThrow()).as("the first hit of the search")
                .contains("KEN", pdf, "page 2").containsIgnoringCase(SampleLaws.SEARCHED);
        List<String> copy = WordText.of(draft(documents, "review-KEN-uncac2-sen.docx")).paragraphs();
        int listed = copy.indexOf(copy.stream().filter(p -> p.startsWith(pdf)).findFirst().orElseThrow(() ->
                new AssertionError("Senegal's review copy does not list " + pdf)));
        assertThat(copy.get(listed + 1)).as("where the review copy says the PDF is cited")
                .isEqualTo("Cited in the answers to: Article 9, paragraph 1");
        assertThat(copy).anyMatch(p -> p.startsWith(law));
    }

    /** The civil-society organisation's form came back by e-mail: registered apart; the copies show 9.1's input alone. */
    private static void theContributorsInputIsRegisteredApartAndReviewersSeeWhatKenyaShared(String out, List<Path> documents) {
        assertThat(out).contains("e-mailed back by info@tikenya.example: REGISTERED")
                .contains("   irm status --state KEN:\n   contributors: civil-society 1 invited, 1 returned");
        for (String reviewer : List.of("sen", "secretariat")) {
            List<String> copy = WordText.of(draft(documents, "review-KEN-uncac2-" + reviewer + ".docx")).paragraphs();
            assertThat(copy).as("%s's review copy", reviewer).contains(ContributorsDemo.SHARED_INPUT)
                    .doesNotContain(ContributorsDemo.KEPT_INPUT).anyMatch(p -> p.contains(ContributorsDemo.ORGANISATION));
        }
        List<String> answers = WordText.of(draft(documents, "merged-review-KEN-uncac2.docx")).paragraphs();
        assertThat(answers).as("Kenya's answers in the merged review").doesNotContain(ContributorsDemo.SHARED_INPUT,
                ContributorsDemo.KEPT_INPUT);
    }

    /**
     * Brazil's review is shared between two experts of disjoint articles; both copies come back, status says
     * so per expert, and the consolidated review names each of them.
     */
    private static void brazilsTwoExpertsReviewDisjointArticlesAndTheMergedReviewNamesBoth(String out, List<Path> documents)
            throws Exception {
        List<List<String>> assigned = new java.util.ArrayList<>();
        for (String[] expert : ReviewDemo.BRAZIL_EXPERTS) {
            String line = out.lines().filter(l -> l.startsWith("   reviewer BRA " + expert[0] + " (" + expert[1] + "): "))
                    .findFirst().orElseThrow(() -> new AssertionError("no status line of " + expert[0] + " in:\n" + out));
            assertThat(line).as("status of %s", expert[1]).endsWith("outstanding none");
            String articles = line.substring(line.indexOf("assigned ") + 9, line.indexOf("; returned"));
            assertThat(line).contains("returned " + articles + ";");
            assigned.add(List.of(articles.split(", ")));
        }
        assertThat(assigned.get(0)).as("the two experts' articles").doesNotContainAnyElementsOf(assigned.get(1));
        assertThat(assigned.get(1)).isNotEmpty();
        Path merged = draft(documents, "merged-review-KEN-uncac2.docx");
        String parts = WordOpenable.part(merged, "word/document.xml") + WordOpenable.part(merged, "word/comments.xml");
        for (String[] expert : ReviewDemo.BRAZIL_EXPERTS) {
            assertThat(parts).as("the merged review names %s", expert[1]).contains(expert[1]);
        }
        assertThat(out).contains("Brazil's experts named: " + ReviewDemo.BRAZIL_EXPERTS[0][1] + ", "
                + ReviewDemo.BRAZIL_EXPERTS[1][1]);
    }

    /** Nigeria, party to the Convention and its three Protocols, gets four cluster 1 questionnaires; one returned shows in status. */
    private static void nigeriaGetsItsUntocQuestionnairesAndItsReturnShowsInStatus(String out, Path run) throws Exception {
        List<String> issued;
        try (Stream<Path> files = Files.list(run.resolve("outbox/NGA"))) {
            issued = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".docx")).sorted().toList();
        }
        assertThat(issued).hasSize(4).anyMatch(n -> n.contains("-untoc1")).anyMatch(n -> n.contains("-tip1"))
                .anyMatch(n -> n.contains("-som1")).anyMatch(n -> n.contains("-fa1"));
        assertThat(out).contains("registered: NGA checklist, version 1")
                .contains("irm status (irm.instrument=untoc, irm.cluster=1): NGA, review untoc-1-NGA, 1 version(s)");
        String status = out.lines().filter(l -> l.contains("NGA, review untoc-1-NGA")).findFirst().orElseThrow();
        assertThat(status).containsPattern("untoc=\\{[^}]*answered=[1-9]").containsPattern("tip=\\{missing=[1-9]");
    }

    private static Path onlyRun(Path demo) throws Exception {
        try (Stream<Path> runs = Files.list(demo)) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
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
