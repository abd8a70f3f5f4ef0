package org.irm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irm.config.IrmConfig;
import org.irm.documents.SupportingIntake;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.LogText;
import org.irm.submission.ReturnDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irm ingest}: takes returned files in once, as the running pipeline would. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Take returned checklists in once, without the daemon: archive, check, register, answer.",
        description = {
            "Each file goes through the same desk as the inbox folder and the mailbox: archived by sha256, screened,",
            "identified, checked, registered as a new version and answered (receipt in watch-folders/outbox/<ISO3>/,",
            "refusals in watch-folders/rejected/ with a .reason.txt). Reviewers' copies are taken too (merged into",
            "the consolidated review). Work a crash left unanswered is finished first.",
            "Prints one line per file; the exit code is 2 when any file was refused or held for the secretariat",
            "(a file the desk could not process: see watch-folders/rejected/), 1 when the pipeline itself failed",
            "on a file (register unreachable, disk full): that file is left as it is and the others are taken."
        })
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The returned files.")
    List<Path> files;

    @Option(names = "--sender", paramLabel = "ADDRESS",
            description = "The address the files came from: it must be a registered focal point of each file's State "
                    + "(for a review copy, an expert registered for it). It is answered by e-mail, as the mailbox is "
                    + "(queued in watch-folders/mail-queue/; irm run sends it).")
    String sender;

    @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
            description = "The State whose folder the files came from: each file must be that State's checklist.")
    String state;

    @Option(names = "--supporting", description = "The files are supporting documents of the State named by --state "
            + "(laws, regulations, scans: PDF, Word, OpenDocument, spreadsheet or image): archived, their text read, "
            + "registered for the State's open review, a receipt written in watch-folders/outbox/<ISO3>/. A file that "
            + "is a return, or not of those types, goes to the desk as without this option.")
    boolean supporting;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (supporting && state == null) {
            throw new UserInputException("--supporting needs --state ISO3: the State whose documents these are.");
        }
        IrmConfig config = configOptions.config();
        PrintWriter out = spec.commandLine().getOut();
        try (Register register = Register.open(config)) {
            SupportingIntake documents = supporting ? SupportingIntake.over(config, register) : null;
            Clock clock = config.clock();
            ReturnDesk desk = PipelineDesks.open(config, register, clock);
            for (Acknowledgement finished : desk.finishUnfinished()) {
                out.println(line("finished", finished));
            }
            boolean refused = false;
            boolean failed = false;
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    out.println("MISSING     " + file + ": no such file");
                    refused = true;
                    continue;
                }
                try {
                    Arrival arrival = new Arrival(file, file.getFileName().toString(), SubmissionSource.CLI,
                            sender, state, clock.instant());
                    Optional<Acknowledgement> document = documents == null ? Optional.empty()
                            : documents.take(arrival, arrival.folderState());
                    Acknowledgement ack = document.isPresent() ? document.get() : desk.take(arrival);
                    refused |= ack.disposition() == Disposition.REFUSED || ack.disposition() == Disposition.HELD;
                    out.println(line(file.toString(), ack));
                } catch (RuntimeException pipelineFailed) {
                    // The register or a folder failed, not the file: say so and go on with the others.
                    failed = true;
                    out.println("FAILED      " + LogText.of(file) + ": " + LogText.of(pipelineFailed.getMessage())
                            + " (nothing is lost: take it again once the cause is fixed)");
                }
            }
            return failed ? UserFacingErrors.INTERNAL_ERROR : refused ? UserFacingErrors.USER_ERROR : 0;
        }
    }

    private static String line(String what, Acknowledgement ack) {
        String files = ack.filesWritten().isEmpty() ? "" : " -> " + String.join(", ",
                ack.filesWritten().stream().map(Path::toString).toList());
        return String.format(Locale.ROOT, "%-11s %s: %s%s", ack.disposition(), LogText.of(what), LogText.of(ack.message()),
                files);
    }
}
