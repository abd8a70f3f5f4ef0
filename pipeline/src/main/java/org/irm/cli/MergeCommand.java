package org.irm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.dialogue.DialogueDesk;
import org.irm.register.Register;
import org.irm.register.ReviewCopyRecord;
import org.irm.review.MergeContext;
import org.irm.review.ReviewAssignments;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewReturns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irm merge}: merges the reviewers' copies of a State's review into one consolidated document. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        header = "Merge every reviewer's copy of a State's review into one consolidated .docx.",
        description = {
            "Takes each reviewer's latest returned copy from the register (their originals from the archive), or the",
            "review copies named on the command line, and writes watch-folders/outbox/<ISO3>/merged-review-....docx:",
            "the State's answers once, every comment and reply, every tracked change with the reviewing State in its",
            "author, conflicting changes as comments marked as conflicts, and the reviewers' notes side by side."
        })
public final class MergeCommand implements Callable<Integer> {

    @Mixin
    StateOption state;

    @Parameters(arity = "0..*", paramLabel = "COPY", description = "Returned review copies to merge (default: the register's).")
    List<Path> copies;

    @Mixin
    OutboxFolder outbox;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path copy : copies == null ? List.<Path>of() : copies) {
            if (!Files.isRegularFile(copy)) {
                throw new UserInputException("No file at " + copy);
            }
        }
        IrmConfig config = configOptions.config();
        ReviewDesk desk = ReviewDesk.from(config, config.clock());
        State under = KnownStates.find(StateList.load(config.templates()), state.iso3());
        Path root = config.path(Setting.WATCH_ROOT);
        Path folder = outbox.forState(config, under.iso3());
        try (Register register = Register.open(config)) {
            // Experts named as registered, their copies checked against their articles, provisions by priority.
            ReviewAssignments assignments = new ReviewAssignments(register, desk, config.clock());
            MergeContext context = register.reviews().forStateUnderReview(under.iso3()).stream().findFirst()
                    .map(assignments::mergeContext).orElse(MergeContext.NONE);
            // The written dialogue's threads under each provision (issue 18).
            desk.withDialogue(DialogueDesk.from(config, register, config.clock())::section);
            ReviewDesk.Consolidated merged;
            try {
                merged = copies == null || copies.isEmpty()
                        ? desk.mergeRegistered(under, register.reviewNotes(), root.resolve("archive"), folder, context)
                        : desk.merge(under, copies, folder, context);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            String subject = register.reviewNotes().latestCopiesOfState(under.iso3()).stream().map(ReviewCopyRecord::reviewId)
                    .findFirst().orElse(under.iso3());
            register.reviewNotes().merged(subject, merged.file().getFileName().toString(), merged.copies().size(),
                    ReviewReturns.counts(merged), config.clock().instant(), System.getProperty("user.name", "secretariat"));
            spec.commandLine().getOut().printf("Wrote %s: %d review copies merged, %d tracked changes, %d comments, %d conflicts%n",
                    merged.file(), merged.copies().size(), merged.merged().changes(), merged.merged().comments(),
                    merged.merged().conflicts());
            return 0;
        }
    }
}
