package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.catalogue.Language;
import org.irm.demo.FixedReportInputs;
import org.irm.register.Event;
import org.irm.register.Register;
import org.irm.register.ReportBlockVersion;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts regenerate byte for byte, only when their inputs change, and keep the secretariat's edits. */
class ReportDraftsTest {

    @TempDir
    Path folder;

    @Test
    void theSameInputsGiveByteIdenticalDraftsEvenFromAnotherRegister() throws Exception {
        byte[] first = Reports.service(Reports.kenya(), Reports.register(folder.resolve("a")))
                .draft("KEN", ReportKind.REPORT, Language.AR).bytes();
        byte[] second = Reports.service(Reports.kenya(), Reports.register(folder.resolve("b")))
                .draft("KEN", ReportKind.REPORT, Language.AR).bytes();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theDraftsPartsAreWrittenAsTheTemplatesRenderThemNotReserialised() throws Exception {
        // docx4j's marshalling declares namespaces in an order that depends on what the process did
        // before: drafts made by irm report and by the running pipeline differed. The parts keep
        // the templates' own declarations, whoever writes them.
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String r = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        DraftParts draft = new DraftParts(Reports.service(Reports.kenya(), Reports.register(folder))
                .draft("KEN", ReportKind.REPORT, Language.AR).bytes());

        assertThat(draft.part("word/styles.xml")).startsWith("<w:styles " + w + "><");
        assertThat(draft.part("word/numbering.xml")).startsWith("<w:numbering " + w + "><");
        assertThat(draft.part("word/header.xml")).startsWith("<w:hdr " + w + " " + r + "><");
        assertThat(draft.part("word/footer.xml")).startsWith("<w:ftr " + w + " " + r + "><");
        assertThat(draft.part("word/settings.xml")).contains("<w:settings " + w + "><");
        assertThat(draft.part("docProps/custom.xml")).contains("<Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/custom-properties\" xmlns:vt=");
    }

    @Test
    void draftingEveryLanguageAtOnceWritesAndRecordsEachDraftOnceInTheOrderAsked() throws Exception {
        Register register = Reports.register(folder);
        Path outbox = folder.resolve("outbox");
        ReportService service = Reports.service(Reports.kenya(), register);
        List<Language> asked = new ArrayList<>(List.of(Language.values()));
        asked.add(Language.EN);

        List<ReportService.Outcome> outcomes = service.regenerateIfChanged("KEN", asked, List.of(ReportKind.REPORT), outbox);
        ReportService oneAtATime = Reports.service(Reports.kenya(), Reports.register(folder.resolve("elsewhere")));

        assertThat(outcomes).extracting(ReportService.Outcome::language).containsExactlyElementsOf(asked);
        for (Language language : Language.values()) {
            ReportService.Outcome outcome = outcomes.get(language.ordinal());
            assertThat(outcome.status()).isEqualTo(ReportService.Status.WRITTEN);
            assertThat(outcome.file().getFileName()).hasToString("report-KEN-" + language.code() + ".docx");
            assertThat(Files.readAllBytes(outcome.file())).as(language.code())
                    .isEqualTo(oneAtATime.draft("KEN", ReportKind.REPORT, language).bytes());
        }
        ReportService.Outcome twice = outcomes.get(asked.size() - 1);
        assertThat(twice.status()).as("English asked for twice").isEqualTo(ReportService.Status.UNCHANGED);
        assertThat(twice.file()).isEqualTo(outcomes.get(Language.EN.ordinal()).file());
        assertThat(register.events(Reports.kenya().review().reviewId()).stream()
                .filter(e -> e.action().equals("report.draft.written")).map(Event::detail))
                .containsExactlyElementsOf(List.of(Language.values()).stream()
                        .map(l -> "report " + l.code() + " report-KEN-" + l.code() + ".docx").toList());
    }

    @Test
    void regeneratingUnchangedInputsWritesNothingAndChangedInputsWriteANewDraftBesideTheOld() throws Exception {
        Register register = Reports.register(folder);
        Path outbox = folder.resolve("outbox");
        FixedReportInputs kenya = Reports.kenya();
        ReportService.Outcome first = Reports.service(kenya, register)
                .regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.SUMMARY), outbox).get(0);
        byte[] firstBytes = Files.readAllBytes(first.file());

        ReportService.Outcome again = Reports.service(kenya, register)
                .regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.SUMMARY), outbox).get(0);
        List<ReviewerNote> notes = new ArrayList<>(kenya.notes());
        notes.add(new ReviewerNote("uncac.9.1.a", ReviewerNote.Kind.RECOMMENDATION, "FRA", "", "Publish all tenders online.",
                Language.EN));
        ReportService.Outcome changed = Reports.service(new FixedReportInputs(kenya.review(), kenya.answers(), notes), register)
                .regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.SUMMARY), outbox).get(0);

        assertThat(first.status()).isEqualTo(ReportService.Status.WRITTEN);
        assertThat(first.file().getFileName()).hasToString("summary-KEN-en.docx");
        assertThat(again.status()).isEqualTo(ReportService.Status.UNCHANGED);
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(changed.status()).isEqualTo(ReportService.Status.WRITTEN);
        assertThat(changed.file().getFileName()).hasToString("summary-KEN-en-2.docx");
        assertThat(Files.readAllBytes(first.file())).isEqualTo(firstBytes);
        assertThat(new DraftParts(Files.readAllBytes(changed.file())).document()).contains("Publish all tenders online.");
        assertThat(register.reportRecords().latestDraft(kenya.review().reviewId(), "summary", Language.EN).orElseThrow()
                .fileName()).isEqualTo("summary-KEN-en-2.docx");
    }

    @Test
    void twoBlocksEditedInWordAndDroppedBackAreKeptByTheNextRegenerationInEveryLanguageThatShowsThem() throws Exception {
        Register register = Reports.register(folder);
        Path outbox = folder.resolve("outbox");
        ReportService service = Reports.service(Reports.kenya(), register);
        Path draft = service.regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.REPORT), outbox).get(0).file();
        String document = new DraftParts(Files.readAllBytes(draft)).document();
        String observation = "irm-report:uncac.5.1/observations";
        String recommendation = firstTag(document, "/recommendation/");
        Path edited = Zips.edit(draft, "word/document.xml", xml -> replaceBlockText(replaceBlockText(xml, observation,
                "The reviewers welcomed the new ethics code & its training."), recommendation,
                "Adopt the amendment before the end of 2027."), folder.resolve("edited-in-word.docx"));

        DraftImporter.Imported imported = Reports.importer(register)
                .importDraft(edited, "J. Editor (secretariat)");
        List<ReportService.Outcome> regenerated = service.regenerateIfChanged("KEN", List.of(Language.EN, Language.FR),
                List.of(ReportKind.REPORT, ReportKind.SUMMARY), outbox);

        assertThat(imported.edited()).containsExactlyInAnyOrder(strip(observation), strip(recommendation));
        assertThat(imported.unknown()).isEmpty();
        String englishReport = new DraftParts(Files.readAllBytes(regenerated.get(0).file())).document();
        String frenchReport = new DraftParts(Files.readAllBytes(regenerated.get(1).file())).document();
        String englishSummary = new DraftParts(Files.readAllBytes(regenerated.get(2).file())).document();
        assertThat(regenerated.get(0).file()).isNotEqualTo(draft);
        assertThat(englishReport).contains("The reviewers welcomed the new ethics code &amp; its training.",
                "Adopt the amendment before the end of 2027.");
        assertThat(frenchReport).contains("The reviewers welcomed the new ethics code &amp; its training.",
                "Adopt the amendment before the end of 2027.");
        assertThat(englishSummary).contains("Adopt the amendment before the end of 2027.");
        ReportBlockVersion version = latest(register, strip(recommendation));
        assertThat(version.edited()).isTrue();
        assertThat(version.author()).isEqualTo("J. Editor (secretariat)");
        assertThat(version.source()).isEqualTo("edited-in-word.docx");
        assertThat(register.events()).extracting(Event::action).contains("report.block.edited");
    }

    @Test
    void twelveRecommendationsAndGoodPracticesOfAProvisionAreShownInNumberOrder() throws Exception {
        FixedReportInputs kenya = Reports.kenya();
        List<ReviewerNote> notes = new ArrayList<>(kenya.notes().stream().filter(n -> !n.provisionId().equals("uncac.9.1.a"))
                .toList());
        for (int i = 1; i <= 12; i++) {
            notes.add(new ReviewerNote("uncac.9.1.a", ReviewerNote.Kind.RECOMMENDATION, "FRA", "", "Recommendation number " + i
                    + ".", Language.EN));
            notes.add(new ReviewerNote("uncac.9.1.a", ReviewerNote.Kind.GOOD_PRACTICE, "UGA", "", "Good practice number " + i
                    + ".", Language.EN));
        }
        ReportService service = Reports.service(new FixedReportInputs(kenya.review(), kenya.answers(), notes),
                Reports.register(folder));

        for (ReportKind kind : ReportKind.values()) {
            String document = new DraftParts(service.draft("KEN", kind, Language.EN).bytes()).document();
            for (String noted : List.of("Recommendation", "Good practice")) {
                List<Integer> shown = new ArrayList<>();
                Matcher text = Pattern.compile(noted + " number (\\d+)\\.").matcher(document);
                while (text.find()) {
                    shown.add(Integer.parseInt(text.group(1)));
                }
                assertThat(shown).as(noted + " in the " + kind.code()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            }
        }
    }

    @Test
    void droppingTheSameEditedDraftTwiceRecordsItsEditsOnce() throws Exception {
        Register register = Reports.register(folder);
        ReportService service = Reports.service(Reports.kenya(), register);
        Path draft = service.regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.SUMMARY),
                folder.resolve("outbox")).get(0).file();
        String recommendation = firstTag(new DraftParts(Files.readAllBytes(draft)).document(), "/recommendation/");
        Path edited = Zips.edit(draft, "word/document.xml", xml -> replaceBlockText(xml, recommendation, "Shorter."),
                folder.resolve("edited.docx"));
        DraftImporter importer = Reports.importer(register);

        DraftImporter.Imported first = importer.importDraft(edited, "editor");
        DraftImporter.Imported second = importer.importDraft(edited, "editor");

        assertThat(first.edited()).containsExactly(strip(recommendation));
        assertThat(second.edited()).isEmpty();
        assertThat(register.reportRecords().versions(Reports.kenya().review().reviewId()).stream()
                .filter(ReportBlockVersion::edited)).hasSize(1);
    }

    @Test
    void anEditSurvivesWhenTheReviewersLaterChangeTheSameNote() throws Exception {
        Register register = Reports.register(folder);
        FixedReportInputs kenya = Reports.kenya();
        Path draft = Reports.service(kenya, register).regenerateIfChanged("KEN", List.of(Language.EN),
                List.of(ReportKind.REPORT), folder.resolve("outbox")).get(0).file();
        Path edited = Zips.edit(draft, "word/document.xml",
                xml -> replaceBlockText(xml, "irm-report:uncac.5.2/observations", "Edited by the secretariat."),
                folder.resolve("edited.docx"));
        Reports.importer(register).importDraft(edited, "editor");
        List<ReviewerNote> notes = new ArrayList<>(kenya.notes());
        notes.add(new ReviewerNote("uncac.5.2", ReviewerNote.Kind.OBSERVATION, "UGA", "", "A later note.", Language.EN));

        byte[] regenerated = Reports.service(new FixedReportInputs(kenya.review(), kenya.answers(), notes), register)
                .draft("KEN", ReportKind.REPORT, Language.EN).bytes();

        assertThat(new DraftParts(regenerated).document()).contains("Edited by the secretariat.").doesNotContain("A later note.");
    }

    @Test
    void aFileThatIsNotAReportDraftIsRefusedWithAReason() throws Exception {
        Register register = Reports.register(folder);
        Path checklist = Checklists.write(folder.resolve("checklist.docx"),
                Checklists.request("KEN", Language.EN, Set.of(5), null, Map.of())).file();

        assertThatThrownBy(() -> Reports.importer(register).importDraft(checklist, "editor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a report draft");
    }

    @Test
    void anExecutiveSummaryOverItsWordLimitIsAFindingInTheOutputAndTheRegister() throws Exception {
        Register register = Reports.register(folder);
        ReportService service = new ReportService(Checklists.cycle2(), Checklists.labels(), Reports.renderer(),
                Reports.kenya(), register, Translator.NONE, new ReportService.Options("X", 100), Checklists.SEAL, Reports.CLOCK);

        ReportService.Outcome summary = service.regenerateIfChanged("KEN", List.of(Language.FR), List.of(ReportKind.SUMMARY),
                folder.resolve("outbox")).get(0);
        ReportService.Outcome report = service.regenerateIfChanged("KEN", List.of(Language.FR), List.of(ReportKind.REPORT),
                folder.resolve("outbox")).get(0);

        assertThat(summary.words()).isGreaterThan(100);
        assertThat(summary.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(ReportFinding.SUMMARY_TOO_LONG);
            assertThat(finding.message()).isEqualTo(Checklists.labels().text(Language.FR, "finding.summaryTooLong",
                    Integer.toString(summary.words()), "100"));
        });
        assertThat(report.findings()).isEmpty();
        assertThat(register.events()).filteredOn(e -> e.action().equals("report.finding.summaryTooLong")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(summary.file().getFileName().toString()));
    }

    @Test
    void aSummaryWithinItsLimitHasNoFinding() throws Exception {
        ReportService.Draft summary = Reports.service(Reports.kenya(), Reports.register(folder))
                .draft("KEN", ReportKind.SUMMARY, Language.EN);

        assertThat(summary.words()).isBetween(1, 1000);
        assertThat(summary.findings()).isEmpty();
    }

    @Test
    void textInAnotherLanguageIsMarkedAndATranslatorReplacesIt() throws Exception {
        Translator upperCase = (text, from, to) -> from == Language.EN && to == Language.ES
                ? Optional.of("[es] " + text) : Optional.empty();
        ReportService translating = new ReportService(Checklists.cycle2(), Checklists.labels(), Reports.renderer(),
                Reports.kenya(), Reports.register(folder), upperCase, Reports.OPTIONS, Checklists.SEAL, Reports.CLOCK);

        String spanish = new DraftParts(translating.draft("KEN", ReportKind.SUMMARY, Language.ES).bytes()).document();
        String russian = new DraftParts(translating.draft("KEN", ReportKind.SUMMARY, Language.RU).bytes()).document();

        assertThat(spanish).contains("[es] Adopt the draft amendment",
                Checklists.labels().text(Language.ES, "report.translatedFrom", Checklists.labels().text(Language.ES, "language.en")));
        assertThat(russian).contains(">Adopt the draft amendment",
                Checklists.labels().text(Language.RU, "report.writtenIn", Checklists.labels().text(Language.RU, "language.en")));
    }

    @Test
    void aStateWithoutAReviewIsRefusedWithWhatToDo() throws Exception {
        ReportService service = Reports.service(Reports.kenya(), Reports.register(folder));

        assertThatThrownBy(() -> service.draft("EGY", ReportKind.REPORT, Language.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No review of EGY");
    }

    private static ReportBlockVersion latest(Register register, String key) {
        List<ReportBlockVersion> versions = register.reportRecords().versions(Reports.kenya().review().reviewId()).stream()
                .filter(v -> v.blockKey().equals(key)).toList();
        return versions.get(versions.size() - 1);
    }

    private static String strip(String tag) {
        return tag.substring(BlockKey.TAG_PREFIX.length());
    }

    private static String firstTag(String document, String containing) {
        Matcher tag = Pattern.compile("w:tag w:val=\"(irm-report:[^\"]*" + Pattern.quote(containing) + "[^\"]*)\"").matcher(document);
        assertThat(tag.find()).as("a block " + containing).isTrue();
        return tag.group(1);
    }

    /** Types over a block's first paragraph as Word stores it: the control's placeholder state goes, the text changes. */
    static String replaceBlockText(String xml, String tag, String text) {
        int at = xml.indexOf("w:val=\"" + tag + "\"");
        assertThat(at).as(tag).isPositive();
        int start = xml.indexOf("<w:t xml:space=\"preserve\">", at) + "<w:t xml:space=\"preserve\">".length();
        int end = xml.indexOf("</w:t>", start);
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;");
        String edited = xml.substring(0, start) + escaped + xml.substring(end);
        int properties = edited.lastIndexOf("<w:sdtPr>", at);
        int propertiesEnd = edited.indexOf("</w:sdtPr>", at);
        return edited.substring(0, properties) + edited.substring(properties, propertiesEnd).replace("<w:showingPlcHdr/>", "")
                + edited.substring(propertiesEnd);
    }
}
