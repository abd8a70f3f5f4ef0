package org.irm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.FieldId;
import org.irm.config.SecretKeys;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.SampleAnswers;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentitySeal;
import org.irm.submission.ChecklistFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irm sample-fill}: answers a checklist as a State would, for samples, tests and training. */
@Command(name = "sample-fill", mixinStandardHelpOptions = true,
        header = "Answer a checklist as a State would (deterministic sample answers).",
        description = "Writes a filled copy next to the checklist (or to --out); the checklist itself is not changed.")
public final class SampleFillCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CHECKLIST", description = "A checklist issued by irm checklist.")
    Path checklist;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the filled copy (default: <name>-filled.docx).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample answers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--track-changes", paramLabel = "AUTHOR",
            description = "Record every answer as a tracked insertion by this author, as agencies coordinating in Word do.")
    String trackAuthor;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IdentitySeal seal = new IdentitySeal(SecretKeys.sealingKey(configOptions.config()));
        ChecklistManifest manifest = new ChecklistFiles(seal).manifest(checklist);
        Map<FieldId, String> answers = new SampleAnswers(seed, manifest.identity().language()).answer(manifest.fields());
        ChecklistFiller filler = trackAuthor == null ? new ChecklistFiller() : new ChecklistFiller(trackAuthor, Instant.now());
        Path target;
        if (out != null) {
            target = out;
            filler.fill(checklist, answers, target);
        } else {
            target = new OutputFolder(checklist.toAbsolutePath().getParent())
                    .write(filledBase(checklist), ".docx", o -> filler.fill(checklist, answers, o));
        }
        long answered = answers.values().stream().filter(v -> !v.equals("false")).count();
        spec.commandLine().getOut().printf("Wrote %s: %d of %d fields answered%n", target, answered,
                manifest.fields().size());
        return 0;
    }

    /** The filled copy's name without extension: {@code <name>-filled} (then -2, -3... when taken). */
    static String filledBase(Path checklist) {
        String name = checklist.getFileName().toString();
        String base = name.endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
        return base + "-filled";
    }
}
