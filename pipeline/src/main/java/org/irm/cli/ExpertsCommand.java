package org.irm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.register.Register;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewExperts;
import org.irm.register.ReviewRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm experts}: the reviewing States' experts per review, whose addresses may return review copies. */
@Command(name = "experts", mixinStandardHelpOptions = true,
        header = "Register and list the reviewing States' experts of a review (who may return its review copies).",
        subcommands = {ExpertsCommand.Add.class, ExpertsCommand.ListExperts.class})
public final class ExpertsCommand extends CommandGroup {

    /** {@code irm experts add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            header = "Register an expert of a drawn reviewing State for a review (or update their State, name, language).",
            description = {
                "A review copy is taken only from a drawn reviewing State of its review: dropped into reviews/<ISO3>/,",
                "or sent from the address of an expert registered here for the State the copy was issued to;",
                "anything else is refused NOT_A_REVIEWER and the sender told why. The review must be in the register",
                "(irm lots draw) and the State one of its reviewing States."
            })
    static final class Add implements Callable<Integer> {

        @Option(names = "--review", required = true, paramLabel = "ID", description = "The review, e.g. uncac-2-KEN.")
        String reviewId;

        @Option(names = "--state", required = true, paramLabel = "ISO3", converter = Iso3Code.class,
                description = "The reviewing State the expert reviews for.")
        String state;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The expert's e-mail address.")
        String email;

        @Option(names = "--name", paramLabel = "NAME", description = "The expert's name.")
        String name;

        @Option(names = "--language", paramLabel = "LANG",
                description = "Language to write to them in: ar, en, es, fr, ru or zh (default: the review's language).")
        String language;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new UserInputException("'" + email + "' is not an e-mail address.");
            }
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                ReviewRecord review = register.reviews().find(reviewId).orElseThrow(() -> new UserInputException(
                        "No review '" + reviewId + "' in the register: draw it (irm lots draw) or check the id."));
                Language in = language == null ? review.reviewLanguage() : Language.of(language);
                ReviewExpert added = register.reviewExperts(config.clock()).add(new ReviewExpert(review.id(), state, email,
                        name, in), System.getProperty("user.name", "secretariat"));
                spec.commandLine().getOut().printf("%s is an expert of %s for review %s (%s)%n", added.email(),
                        added.stateIso3(), added.reviewId(), added.language().code());
                return 0;
            }
        }
    }

    /** {@code irm experts list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the registered experts, of one review or all.")
    static final class ListExperts implements Callable<Integer> {

        @Option(names = "--review", paramLabel = "ID", description = "Only this review's experts.")
        String reviewId;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<ReviewExpert> listed;
            try (Register register = Register.open(configOptions.config())) {
                ReviewExperts experts = register.reviewExperts();
                listed = reviewId == null ? experts.all() : experts.of(reviewId);
            }
            PrintWriter out = spec.commandLine().getOut();
            for (ReviewExpert expert : listed) {
                out.printf("%-20s %s  %-40s %-3s %s%n", expert.reviewId(), expert.stateIso3(), expert.email(),
                        expert.language().code(), expert.name() == null ? "" : expert.name());
            }
            if (listed.isEmpty()) {
                out.println("No experts registered" + (reviewId == null ? "." : " for review " + reviewId + "."));
            }
            return 0;
        }
    }
}
