package org.irm.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.report.ReportKind;
import org.irm.report.ReportService;
import org.irm.report.Translator;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine-translation hook: off by default, a named service when configured, marked in the drafts, beaten by a translator. */
class MachineTranslationHookTest {

    @TempDir
    Path folder;

    @Test
    void noMachineTranslatorIsConfiguredByDefaultAndAnUnknownOneIsRefusedByName() {
        assertThat(Translator.named("")).isSameAs(Translator.NONE);
        assertThat(Translator.named(" org.irm.translation.PseudoTranslator ")).isInstanceOf(PseudoTranslator.class);
        assertThatThrownBy(() -> Translator.named("com.example.CloudTranslator"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No machine translator com.example.CloudTranslator");
    }

    @Test
    void aMachineTranslationIsMarkedAsSuchAndATranslatorsTranslationReplacesIt() throws Exception {
        var register = Translations.register(folder);
        ReportService machine = Translations.reports(Translations.kenya(), register,
                new ReportService.Options("X", 1000), new PseudoTranslator());
        String marker = Checklists.labels().text(Language.ES, "report.translatedFrom", Checklists.labels().text(Language.ES, "language.en"));

        List<String> before = WordText.of(machine.regenerateIfChanged("KEN", List.of(Language.ES), List.of(ReportKind.SUMMARY),
                folder.resolve("outbox")).get(0).file()).paragraphs();
        assertThat(before).contains(marker).anyMatch(p -> p.startsWith("[es] "));

        TranslationService translations = Translations.translations(machine, register);
        Path exported = translations.export("KEN", Language.ES, folder.resolve("outbox")).files().get(0).file();
        translations.importFile(PseudoTranslation.translate(exported, text -> "(es) " + text, folder.resolve("es.xlf")),
                "T. Traductor", null, null);

        List<String> after = WordText.of(machine.regenerateIfChanged("KEN", List.of(Language.ES), List.of(ReportKind.SUMMARY),
                folder.resolve("outbox")).get(0).file()).paragraphs();
        assertThat(after).doesNotContain(marker).noneMatch(p -> p.startsWith("[es] ")).anyMatch(p -> p.startsWith("(es) "));
    }
}
