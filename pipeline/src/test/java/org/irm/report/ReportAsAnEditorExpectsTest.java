package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The drafts as a United Nations editor expects them, read back from the .docx (issue 17.6):
 * recommendations lettered under their lead-in, the symbol the secretariat assigned or none, steps
 * still to come not called completed, table rows kept whole on a page.
 */
class ReportAsAnEditorExpectsTest {

    private static final String DOCUMENT = "word/document.xml";
    private static final String RECOMMENDATION = "//w:sdt[contains(w:sdtPr/w:tag/@w:val, '/recommendation/')]";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Language.class)
    void recommendationsAreLetteredUnderTheirNumberedLeadIn(Language language) throws Exception {
        byte[] bytes = service(Reports.OPTIONS, Reports.CLOCK).draft("KEN", ReportKind.REPORT, language).bytes();
        DraftParts draft = new DraftParts(bytes);
        Path file = java.nio.file.Files.write(folder.resolve("report-" + language.code() + ".docx"), bytes);
        assertThat(org.irm.testsupport.WordOpenable.problems(file)).as("what Word would repair").isEmpty();
        String lead = Checklists.labels().text(language, "report.recommendations.lead");

        int recommendations = draft.count(DOCUMENT, RECOMMENDATION);
        assertThat(recommendations).as("the sample review's recommendations").isPositive();
        assertThat(draft.count(DOCUMENT, RECOMMENDATION + "//w:p[w:pPr/w:pStyle/@w:val='UnSubPara']"))
                .as("recommendations lettered").isEqualTo(recommendations);
        assertThat(draft.count(DOCUMENT, RECOMMENDATION + "//w:p[w:pPr/w:pStyle/@w:val='UnPara']"))
                .as("recommendations numbered as paragraphs").isZero();
        // Each run of recommendations follows its lead-in, itself a numbered paragraph.
        assertThat(draft.count(DOCUMENT, RECOMMENDATION + "[not(preceding-sibling::w:sdt[1][contains(w:sdtPr/w:tag/@w:val,"
                + " '/recommendation/')])]/preceding-sibling::w:p[not(w:pPr/w:pStyle/@w:val='IrmLanguageNote')][1]"
                + "[w:pPr/w:pStyle/@w:val='UnPara' and string(.)=" + DraftParts.literal(lead) + "]"))
                .as("first recommendations of an article, right under the lead-in")
                .isEqualTo(draft.count(DOCUMENT, "//w:p[string(.)=" + DraftParts.literal(lead) + "]")).isPositive();
        String level = "//w:abstractNum[w:lvl[@w:ilvl='0']/w:pStyle/@w:val='UnPara']/w:lvl[@w:ilvl='1']";
        assertThat(draft.value("word/numbering.xml", "string(" + level + "/w:pStyle/@w:val)")).isEqualTo("UnSubPara");
        assertThat(draft.value("word/numbering.xml", "string(" + level + "/w:lvlText/@w:val)")).isEqualTo("(%2)");
        assertThat(draft.value("word/numbering.xml", "string(" + level + "/w:numFmt/@w:val)"))
                .isEqualTo(language == Language.AR ? "arabicAlpha" : "lowerLetter");
        assertThat(draft.count("word/styles.xml", "//w:style[@w:styleId='UnSubPara']/w:pPr/w:numPr[w:ilvl/@w:val='1'"
                + " and w:numId/@w:val='1']")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSummaryLettersItsRecommendationsUnderOneLeadInPerChapter(Language language) throws Exception {
        byte[] bytes = service(Reports.OPTIONS, Reports.CLOCK).draft("KEN", ReportKind.SUMMARY, language).bytes();
        DraftParts draft = new DraftParts(bytes);
        Path file = java.nio.file.Files.write(folder.resolve("summary-" + language.code() + ".docx"), bytes);
        assertThat(org.irm.testsupport.WordOpenable.problems(file)).as("what Word would repair").isEmpty();
        String lead = Checklists.labels().text(language, "report.recommendations.lead");
        String heading = Checklists.labels().text(language, "report.section.recommendations");

        int recommendations = draft.count(DOCUMENT, RECOMMENDATION);
        assertThat(recommendations).isPositive();
        assertThat(draft.count(DOCUMENT, RECOMMENDATION + "//w:p[w:pPr/w:pStyle/@w:val='UnSubPara']")).isEqualTo(recommendations);
        assertThat(draft.count(DOCUMENT, RECOMMENDATION + "//w:p[w:pPr/w:pStyle/@w:val='UnPara']")).isZero();
        assertThat(draft.count(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Heading2' and string(.)=" + DraftParts.literal(heading)
                + "]/following-sibling::w:p[1][w:pPr/w:pStyle/@w:val='UnPara' and string(.)=" + DraftParts.literal(lead) + "]"))
                .as("a lead-in under each recommendations heading")
                .isEqualTo(draft.count(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='Heading2' and string(.)="
                        + DraftParts.literal(heading) + "]")).isPositive();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void theSymbolAssignedToTheStateIsOnTheFirstPageAndInTheHeader(ReportKind kind) throws Exception {
        ReportService.Options options = new ReportService.Options("", 1000,
                Map.of("KEN", "CAC/COSP/IRG/II/2/1/Add.5", "UGA", "CAC/COSP/IRG/II/2/1/Add.6"));
        DraftParts draft = new DraftParts(service(options, Reports.CLOCK).draft("KEN", kind, Language.FR).bytes());

        assertThat(draft.value(DOCUMENT, "string((//w:p)[1][w:pPr/w:pStyle/@w:val='IrmSymbol'])"))
                .isEqualTo("CAC/COSP/IRG/II/2/1/Add.5");
        assertThat(draft.value("word/header.xml", "string(//w:p)")).isEqualTo("CAC/COSP/IRG/II/2/1/Add.5");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void aDraftWithoutAnAssignedSymbolShowsNoneRatherThanAPlaceholder(ReportKind kind) throws Exception {
        ReportService.Options configured = ReportService.Options.from(IrmConfig.defaults());
        DraftParts draft = new DraftParts(service(configured, Reports.CLOCK).draft("KEN", kind, Language.EN).bytes());

        assertThat(configured.symbolOf("KEN", kind)).isEmpty();
        assertThat(draft.count(DOCUMENT, "//w:p[w:pPr/w:pStyle/@w:val='IrmSymbol']")).isZero();
        assertThat(draft.value("word/header.xml", "string(//w:hdr)")).isBlank();
        assertThat(draft.value(DOCUMENT, "string(//w:p[w:pPr/w:pStyle/@w:val='Title'])"))
                .isEqualTo(Checklists.labels().text(Language.EN, kind == ReportKind.REPORT ? "report.title" : "summary.title",
                        "Kenya"));
    }

    @Test
    void symbolsAreGivenPerStateAndTheRestTakeThePattern() {
        ReportService.Options options = ReportService.Options.from(IrmConfig.of(Map.of(
                "irm.report.symbols", " KEN=CAC/COSP/IRG/II/2/1/Add.5 , uga = CAC/COSP/IRG/II/2/1/Add.6",
                "irm.report.symbol", "CAC/COSP/IRG/{kind}/{state}")));

        assertThat(options.symbolOf("KEN", ReportKind.SUMMARY)).isEqualTo("CAC/COSP/IRG/II/2/1/Add.5");
        assertThat(options.symbolOf("UGA", ReportKind.REPORT)).isEqualTo("CAC/COSP/IRG/II/2/1/Add.6");
        assertThat(options.symbolOf("FRA", ReportKind.SUMMARY)).isEqualTo("CAC/COSP/IRG/summary/FRA");
    }

    @Test
    void aSymbolListThatIsNotStateEqualsSymbolIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> ReportService.Options.from(IrmConfig.of(Map.of("irm.report.symbols",
                "KEN=CAC/COSP/IRG/II/2/1/Add.5, Add.6"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("irm.report.symbols").hasMessageContaining("'Add.6'").hasMessageContaining("ISO3=symbol");
    }

    @Test
    void aStepStillToComeIsDueNotCompletedAndOncePastIsCompleted() throws Exception {
        // The sample review's desk review is dated 12 May 2027.
        Clock before = Clock.fixed(Instant.parse("2027-04-01T09:00:00Z"), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2027-05-13T09:00:00Z"), ZoneOffset.UTC);

        List<String> planned = process(service(Reports.OPTIONS, before).draft("KEN", ReportKind.REPORT, Language.EN));
        List<String> done = process(new ReportService(Checklists.cycle2(), Checklists.labels(), Reports.renderer(),
                Reports.kenya(), Reports.register(folder.resolve("later")), Translator.NONE, Reports.OPTIONS,
                Checklists.SEAL, after).draft("KEN", ReportKind.REPORT, Language.EN));

        assertThat(planned).contains("Desk review due: 12 May 2027.").noneMatch(p -> p.contains("completed"));
        assertThat(done).contains("Desk review completed: 12 May 2027.");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void noTableRowIsSplitAcrossPages(ReportKind kind) throws Exception {
        DraftParts draft = new DraftParts(service(Reports.OPTIONS, Reports.CLOCK).draft("KEN", kind, Language.AR).bytes());

        assertThat(draft.count(DOCUMENT, "//w:tr")).as("rows of the needs table").isPositive();
        assertThat(draft.count(DOCUMENT, "//w:tr[not(w:trPr/w:cantSplit)]")).isZero();
    }

    private static List<String> process(ReportService.Draft draft) {
        return WordText.of(draft.bytes()).paragraphs();
    }

    private ReportService service(ReportService.Options options, Clock clock) throws Exception {
        Register register = Reports.register(folder.resolve(Long.toString(System.nanoTime())));
        return new ReportService(Checklists.cycle2(), Checklists.labels(), Reports.renderer(), Reports.kenya(), register,
                Translator.NONE, options, Checklists.SEAL, clock);
    }
}
