package org.irm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.report.ReportService;
import org.irm.translation.TranslationRefused;
import org.irm.translation.TranslationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irm translate}: the translation round trip of a State's report drafts, through XLIFF 2.0 files. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        header = "Export the text a language's report drafts show untranslated as XLIFF, and import the translation.",
        subcommands = {TranslateCommand.Export.class, TranslateCommand.Import.class})
public final class TranslateCommand extends CommandGroup {

    /** {@code irm translate export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            header = "Write what a State's drafts in one language show untranslated as XLIFF 2.0 for translators' tools.",
            description = {
                "Writes translation-<ISO3>-<from>-<to>.xlf into watch-folders/outbox/<ISO3>/ (or --out), one file per",
                "language the text was written in: the State's answers, the reviewers' notes and the secretariat's edits",
                "that the drafts in --language show untranslated, translated from a text that has changed since (stale),",
                "or machine-translated. One unit per block, one segment per paragraph. Nothing is overwritten."
            })
    static final class Export implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--language", required = true, paramLabel = "LANG",
                description = "Language of the drafts to translate into: ar, en, es, fr, ru or zh.")
        String language;

        @Mixin
        OutboxFolder outbox;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, CatalogueException {
            String iso3 = state.iso3();
            Language target = Language.of(language);
            IrmConfig config = configOptions.config();
            TranslationService.Exported exported;
            try (Register register = Register.open(config)) {
                exported = service(config, register).export(iso3, target, outbox.forState(config, iso3));
            }
            PrintWriter say = spec.commandLine().getOut();
            if (exported.files().isEmpty()) {
                say.printf("Nothing to translate: %s's drafts in %s show no untranslated text.%n", iso3, target.code());
                return 0;
            }
            for (TranslationService.Written file : exported.files()) {
                say.printf(Locale.ROOT, "WRITTEN %s  %s -> %s, %d blocks%s%n", file.file(), file.from().code(), target.code(),
                        file.blocks(), file.stale() == 0 ? "" : " (" + file.stale() + " stale)");
            }
            say.println("Translate the target of every segment, then: irm translate import FILE --translator NAME");
            return 0;
        }
    }

    /** {@code irm translate import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            header = "Take a translated XLIFF file back: its segments appear translated in that language's drafts.",
            description = {
                "Takes back a file irm translate export wrote, translated in a translator's tool. Refused, with the reason",
                "and nothing recorded, when it is not XLIFF 2, unsafe or larger than 20 MB, for another State or review,",
                "for another language than --language, or with segment ids that are not blocks of the State's review.",
                "Each fully translated unit becomes that block's translation, attributed to --translator; the next",
                "drafts (irm report, irm run) show it, and mark it stale when the source text changes."
            })
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The translated XLIFF file.")
        Path file;

        @Option(names = "--translator", paramLabel = "NAME",
                description = "Who translated it, as the drafts say (default: the file's name).")
        String translator;

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "Refuse the file unless it is for this State.")
        String state;

        @Option(names = "--language", paramLabel = "LANG", description = "Refuse the file unless it translates into this language.")
        String language;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, CatalogueException {
            Language expected = language == null ? null : Language.of(language);
            IrmConfig config = configOptions.config();
            String by = translator == null || translator.isBlank() ? file.getFileName().toString() : translator.strip();
            TranslationService.Imported imported;
            try (Register register = Register.open(config)) {
                imported = service(config, register).importFile(file, by, state, expected);
            } catch (TranslationRefused refused) {
                throw new UserInputException(refused.getMessage());
            }
            PrintWriter say = spec.commandLine().getOut();
            say.printf(Locale.ROOT, "Took back %s for %s (%s -> %s) by %s: %d blocks translated, %d unchanged%s.%n", file,
                    imported.state(), imported.from().code(), imported.to().code(), imported.translator(), imported.translated(),
                    imported.unchanged(), imported.untranslated().isEmpty() ? ""
                            : ", " + imported.untranslated().size() + " left untranslated (" + String.join(", ", imported.untranslated()) + ")");
            if (!imported.stale().isEmpty()) {
                say.println("Already stale (the source changed since the export): " + String.join(", ", imported.stale()));
            }
            say.printf("Run irm report --state %s --language %s to draft with the translation.%n", imported.state(),
                    imported.to().code());
            return 0;
        }
    }

    private static TranslationService service(IrmConfig config, Register register) throws IOException, CatalogueException {
        return new TranslationService(ReportService.open(config, register, config.clock()), register, config.clock());
    }
}
