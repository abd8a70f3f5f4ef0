package org.irm.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.stages.ReviewStages;
import org.irm.stages.StageDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm review}: where a State's review stands, and moving it to another stage. */
@Command(name = "review", mixinStandardHelpOptions = true,
        header = "Move a review through its stages; share it among reviewing States' experts and set provisions' priority.",
        subcommands = {ReviewCommand.Advance.class, ReviewCommand.Stages.class, ReviewAssignmentCommands.Assign.class,
            ReviewAssignmentCommands.Unassign.class, ReviewAssignmentCommands.Assignments.class,
            ReviewAssignmentCommands.Priority.class})
public final class ReviewCommand extends CommandGroup {

    /** {@code irm review advance}. */
    @Command(name = "advance", mixinStandardHelpOptions = true,
            header = "Move a State's review to a stage, forward (its checks met, or forced with a reason) or back.",
            description = {
                "The stages and the checks of each are in templates/review/stages.properties. Moving forward, the review",
                "must meet the checks of every stage it reaches or passes: desk-review needs the State's checklist complete",
                "(every provision returned, as irm status counts it), final needs a report draft (irm report). What is",
                "missing is listed and nothing moves, unless --force with --reason (the reason is logged). Moving back is",
                "always allowed and logged. Every move is in irm log, with its date (irm lots years reads the day a review",
                "reached final as the day its executive summary was published)."
            })
    static final class Advance implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--to", required = true, paramLabel = "STAGE", description = "The stage to move to (irm review stages lists them).")
        String to;

        @Option(names = "--force", description = "Move although a check is not met (needs --reason).")
        boolean force;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept with the move and logged (required with --force).")
        String reason;

        @Mixin
        ReviewOption reviewOption;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                Clock clock = config.clock();
                ReviewStages stages = ReviewStages.from(config, register, clock, PipelineDesks.stageListeners(register, clock));
                ReviewRecord review = stages.review(state.iso3(), reviewOption.reviewId());
                ReviewStages.Outcome outcome;
                try {
                    outcome = stages.advance(review, to, force, reason, System.getProperty("user.name", "secretariat"));
                } catch (ReviewStages.StageRefused e) {
                    throw new UserInputException(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                String label = stages.list().named(outcome.to().code()).label(Language.EN);
                if (!outcome.moved()) {
                    out.printf("%s (review %s) is at %s (%s) already; nothing changed.%n", review.stateUnderReview(),
                            review.id(), outcome.to().code(), label);
                    return 0;
                }
                out.printf("%s (review %s): %s -> %s (%s)%s%n", review.stateUnderReview(), review.id(), outcome.from().code(),
                        outcome.to().code(), label, outcome.back() ? ", moved back" : "");
                for (String overridden : outcome.overridden()) {
                    out.printf("  forced past: %s%n", overridden);
                }
                if (!outcome.overridden().isEmpty()) {
                    out.printf("  reason logged: %s%n", reason.strip());
                }
                for (String failure : outcome.failures()) {
                    spec.commandLine().getErr().printf("The review moved, but a step after the move failed: %s%n", failure);
                }
                return outcome.failures().isEmpty() ? 0 : UserFacingErrors.INTERNAL_ERROR;
            }
        }
    }

    /** {@code irm review stages}. */
    @Command(name = "stages", mixinStandardHelpOptions = true,
            header = "List the stages in order, with their checks and their names in a language.")
    static final class Stages implements Callable<Integer> {

        @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
                description = "Language of the names: ar, en, es, fr, ru or zh (default: ${DEFAULT-VALUE}).")
        String language;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IrmConfig config = configOptions.config();
            Language in = Language.of(language);
            for (StageDefinition stage : ReviewStages.list(config).stages()) {
                spec.commandLine().getOut().printf("%-16s %s%s%n", stage.stage().code(), stage.label(in),
                        stage.checks().isEmpty() ? "" : "  [checks: " + String.join(", ", stage.checks()) + "]");
            }
            return 0;
        }
    }
}
