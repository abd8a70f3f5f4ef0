package org.irm.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.demo.FixedReportInputs;
import org.irm.register.Register;
import org.irm.report.ReportKind;
import org.irm.report.ReportService;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue 17's translation round trip: export, translate every segment with a
 * marker, import; the French drafts carry only the translations for those segments; change one
 * answer, draft again: that segment is marked stale, and the next export offers it again.
 */
class TranslationRoundTripTest {

    private static final String TRANSLATOR = "A. Traductrice";

    @TempDir
    Path folder;

    @Test
    void exportTranslateImportShowsOnlyTheTranslationsAndAChangedAnswerMarksItsSegmentStale() throws Exception {
        Register register = Translations.register(folder);
        FixedReportInputs kenya = Translations.kenya();
        ReportService reports = Translations.reports(kenya, register);
        TranslationService translations = Translations.translations(reports, register);
        Path outbox = folder.resolve("outbox");

        TranslationService.Exported exported = translations.export("KEN", Language.FR, outbox);
        assertThat(exported.files()).singleElement().satisfies(file -> {
            assertThat(file.from()).isEqualTo(Language.EN);
            assertThat(file.file().getFileName()).hasToString("translation-KEN-en-fr.xlf");
            assertThat(file.stale()).isZero();
        });
        Path xliff = exported.files().get(0).file();
        XliffSchema.assertValid(Files.readAllBytes(xliff));
        List<String> sources = sources(xliff);
        assertThat(sources).hasSizeGreaterThan(100);

        Path translated = PseudoTranslation.translate(xliff, text -> PseudoTranslation.of(text, Language.FR),
                folder.resolve("translated-fr.xlf"));
        XliffSchema.assertValid(Files.readAllBytes(translated));
        TranslationService.Imported imported = translations.importFile(translated, TRANSLATOR, "KEN", Language.FR);
        assertThat(imported.translated()).isEqualTo(exported.files().get(0).blocks());
        assertThat(imported.untranslated()).isEmpty();
        assertThat(imported.stale()).isEmpty();

        List<ReportService.Outcome> drafts = reports.regenerateIfChanged("KEN", List.of(Language.FR),
                List.of(ReportKind.REPORT, ReportKind.SUMMARY), outbox);
        List<String> report = WordText.of(drafts.get(0).file()).paragraphs();
        List<String> summary = WordText.of(drafts.get(1).file()).paragraphs();
        String untranslatedMarker = Checklists.labels().text(Language.FR, "report.writtenIn",
                Checklists.labels().text(Language.FR, "language.en"));
        String attribution = Checklists.labels().text(Language.FR, "report.translatedBy",
                Checklists.labels().text(Language.FR, "language.en"), TRANSLATOR);
        for (List<String> draft : List.of(report, summary)) {
            assertThat(draft).as("no English paragraph left untranslated").doesNotContainAnyElementsOf(sources);
            assertThat(draft).doesNotContain(untranslatedMarker).contains(attribution);
        }
        assertThat(report).as("every segment shown translated in the report")
                .containsAll(sources.stream().map(s -> PseudoTranslation.of(s, Language.FR)).toList());
        assertThat(summary).contains(PseudoTranslation.of(sources.stream()
                .filter(s -> s.startsWith("Adopt the draft amendment")).findFirst().orElseThrow(), Language.FR));

        // A later return changes the State's answer on one provision's measures: its translation is now stale.
        FieldId measures = FieldId.of("uncac.9.1.a", "measures");
        FixedReportInputs changed = Translations.withAnswer(kenya, measures, "A new procurement law was adopted in 2027.");
        ReportService redrafting = Translations.reports(changed, register);
        ReportService.Outcome redrafted = redrafting.regenerateIfChanged("KEN", List.of(Language.FR),
                List.of(ReportKind.REPORT), outbox).get(0);
        assertThat(redrafted.status()).isEqualTo(ReportService.Status.WRITTEN);
        List<String> after = WordText.of(redrafted.file()).paragraphs();
        String staleMarker = Checklists.labels().text(Language.FR, "report.translationStale",
                Checklists.labels().text(Language.FR, "language.en"), TRANSLATOR);
        assertThat(after).as("one stale segment, marked").filteredOn(staleMarker::equals).hasSize(1);
        assertThat(after).filteredOn(attribution::equals).hasSize(report.stream().filter(attribution::equals).toList().size() - 1);
        assertThat(after).doesNotContain(untranslatedMarker, "A new procurement law was adopted in 2027.");

        TranslationService.Exported again = Translations.translations(redrafting, register).export("KEN", Language.FR, outbox);
        assertThat(again.files()).singleElement().satisfies(file -> {
            assertThat(file.blocks()).isEqualTo(1);
            assertThat(file.stale()).isEqualTo(1);
            assertThat(file.file().getFileName()).hasToString("translation-KEN-en-fr-2.xlf");
            assertThat(sources(file.file())).startsWith("A new procurement law was adopted in 2027.");
        });
    }

    /** The source text of every segment of an exported file, in order. */
    static List<String> sources(Path xliff) throws Exception {
        List<String> sources = new ArrayList<>();
        new XliffReader().read(Files.newInputStream(xliff), xliff.getFileName().toString()).units()
                .forEach(unit -> sources.addAll(unit.sources()));
        return sources;
    }
}
