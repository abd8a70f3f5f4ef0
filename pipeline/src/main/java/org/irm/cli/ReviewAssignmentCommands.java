package org.irm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.ExpertAssignments;
import org.irm.register.MasterChecklist;
import org.irm.register.Register;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewRecord;
import org.irm.review.ExpertShare;
import org.irm.review.ReviewAssignments;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code irm review assign}, {@code unassign}, {@code assignments} and {@code priority}: the
 * secretariat shares a reviewing State's review among its experts and sets which provisions come first.
 */
final class ReviewAssignmentCommands {

    private ReviewAssignmentCommands() {
    }

    private static String actor() {
        return System.getProperty("user.name", "secretariat");
    }

    private static String list(List<ArticleRef> numbers) {
        return numbers.isEmpty() ? "none" : String.join(", ", numbers.stream().map(ArticleRef::toString).toList());
    }

    /** {@code irm review assign}. */
    @Command(name = "assign", mixinStandardHelpOptions = true,
            header = "Assign articles of a State's review to an expert of a reviewing State, and write the expert's review copy.",
            description = {
                "The expert's review copy holds only the provisions of their articles (and the general questions); its seal",
                "names the expert and the articles, so it cannot pass for a colleague's copy. It comes back like any review",
                "copy (the expert's address, reviews/<ISO3>/, irm ingest) and merges into the one consolidated review, each",
                "comment and change under the expert's name. An article has one expert per reviewing State: assigning it to",
                "a second expert of the same State is refused, naming who holds it, unless --move. An address that is not",
                "yet an expert of the review is registered for the reviewing State (with --name); one registered for another",
                "State is refused. The copy is written into watch-folders/outbox/<ISO3>/ (or --out) once the State's",
                "checklist has come back; before that, write it later with irm review-copy --reviewer ISO3 --expert EMAIL."
            })
    static final class Assign implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review (ISO 3166 alpha-3).")
        String state;

        @Option(names = "--reviewer", required = true, paramLabel = "ISO3", description = "The reviewing State the expert reviews for.")
        String reviewer;

        @Option(names = "--expert", required = true, paramLabel = "EMAIL", description = "The expert's e-mail address.")
        String expert;

        @Option(names = "--articles", required = true, split = ",", paramLabel = "N", converter = ArticleConverter.class,
                description = {"The articles to assign, e.g. 5,6,9 (added to those the expert holds already). In a review of",
                        "several instruments (UNTOC), 11 is every instrument's article 11 and tip:11 the Trafficking in",
                        "Persons Protocol's alone (untoc:, tip:, som:, fa:)."})
        List<ArticleRef> articles;

        @Option(names = "--name", paramLabel = "NAME", description = "The expert's name, as the consolidated review shows it.")
        String name;

        @Option(names = "--move", description = "Take an article from another expert of the same State (else refused).")
        boolean move;

        @Option(names = "--no-copy", description = "Only record the assignment; write no review copy.")
        boolean noCopy;

        @Option(names = "--language", paramLabel = "LANG",
                description = "Language of the copy's labels (default: the expert's registered language).")
        String language;

        @Option(names = "--review", paramLabel = "ID", description = "The review (default: the State's latest).")
        String reviewId;

        @Mixin
        OutboxFolder outbox;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!expert.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new UserInputException("'" + expert + "' is not an e-mail address.");
            }
            IrmConfig config = configOptions.config();
            ReviewDesk desk = ReviewDesk.from(config, config.clock());
            StateList states = StateList.load(config.templates());
            State under = KnownStates.find(states, state);
            String who = KnownStates.find(states, reviewer).iso3();
            try (Register register = Register.open(config)) {
                ReviewAssignments assignments = new ReviewAssignments(register, desk, config.clock());
                ReviewRecord review = assignments.review(under.iso3(), reviewId);
                ReviewAssignments.Done done;
                try {
                    done = assignments.assign(review, who, expert, name, articles, move, actor());
                } catch (ExpertAssignments.Overlap e) {
                    throw new UserInputException(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                ReviewExpert registered = done.expert();
                if (done.registered()) {
                    out.printf("Registered %s as an expert of %s for review %s%n", registered.email(), who, review.id());
                }
                ExpertAssignments.Assigned assigned = done.assigned();
                out.printf("%s (%s, %s) reviews articles %s of review %s%s%s%n", registered.email(),
                        registered.name() == null ? "no name registered" : registered.name(), who, list(done.articles()),
                        review.id(), assigned.added().isEmpty() ? "" : "; newly assigned: " + list(assigned.added()),
                        assigned.movedFrom().isEmpty() ? "" : "; moved from another expert: " + assigned.movedFrom());
                if (noCopy) {
                    return 0;
                }
                Optional<MasterChecklist> master = ReviewCopies.master(register, under);
                if (master.isEmpty()) {
                    out.printf("No review copy yet: the register holds no accepted return of %s. Once it has one, write the"
                            + " copy with irm review-copy --state %s --reviewer %s --expert %s%n", under.name(), under.iso3(),
                            who, registered.email());
                    return 0;
                }
                ExpertShare share = assignments.share(review, who, registered.email()).orElseThrow();
                Language in = language == null ? registered.language() : Language.of(language);
                ReviewDesk.Copy copy = ReviewCopies.write(config, register, desk, under, master.get(), who, share, in,
                        outbox.forState(config, under.iso3()));
                out.printf("Wrote %s: %s's review copy of %s's answers (%s)%n", copy.file(), share.displayName(),
                        under.name(), ReviewCopies.articles(share));
                return 0;
            }
        }
    }

    /** {@code irm review unassign}. */
    @Command(name = "unassign", mixinStandardHelpOptions = true,
            header = "Take articles (or all) back from an expert of a reviewing State.",
            description = {
                "An article taken back may be assigned to another expert. A copy the expert returns later that still",
                "carries it is taken, and flagged to the secretariat (receipt, log, consolidated review)."
            })
    static final class Unassign implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review (ISO 3166 alpha-3).")
        String state;

        @Option(names = "--reviewer", required = true, paramLabel = "ISO3", description = "The reviewing State the expert reviews for.")
        String reviewer;

        @Option(names = "--expert", required = true, paramLabel = "EMAIL", description = "The expert's e-mail address.")
        String expert;

        @Option(names = "--articles", split = ",", paramLabel = "N", converter = ArticleConverter.class,
                description = "The articles to take back, as they were assigned (5, tip:5; default: all).")
        List<ArticleRef> articles;

        @Option(names = "--review", paramLabel = "ID", description = "The review (default: the State's latest).")
        String reviewId;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            IrmConfig config = configOptions.config();
            StateList states = StateList.load(config.templates());
            State under = KnownStates.find(states, state);
            String who = KnownStates.find(states, reviewer).iso3();
            try (Register register = Register.open(config)) {
                ReviewAssignments assignments = new ReviewAssignments(register, ReviewDesk.from(config, config.clock()),
                        config.clock());
                ReviewRecord review = assignments.review(under.iso3(), reviewId);
                List<ArticleRef> taken = assignments.unassign(review, who, expert, articles == null ? List.of() : articles,
                        actor());
                spec.commandLine().getOut().printf(taken.isEmpty() ? "%s held none of those articles of review %s%n"
                        : "Took back from %s: articles %s of review %s%n", expert, taken.isEmpty() ? review.id()
                        : list(taken), review.id());
                return 0;
            }
        }
    }

    /** {@code irm review assignments}. */
    @Command(name = "assignments", mixinStandardHelpOptions = true,
            header = "List who reviews which articles of a State's review, and what has come back.")
    static final class Assignments implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review (ISO 3166 alpha-3).")
        String state;

        @Option(names = "--review", paramLabel = "ID", description = "The review (default: the State's latest).")
        String reviewId;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            IrmConfig config = configOptions.config();
            State under = KnownStates.find(StateList.load(config.templates()), state);
            try (Register register = Register.open(config)) {
                ReviewAssignments assignments = new ReviewAssignments(register, ReviewDesk.from(config, config.clock()),
                        config.clock());
                ReviewRecord review = assignments.review(under.iso3(), reviewId);
                List<ReviewAssignments.Progress> lines = assignments.progress(review);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("reviewId", review.id());
                    report.put("reviewers", ReviewStatus.reviewersJson(lines));
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                    return 0;
                }
                out.printf("Review %s of %s:%n", review.id(), under.name());
                ReviewStatus.printReviewers(out, lines);
                return 0;
            }
        }
    }

    /** {@code irm review priority}. */
    @Command(name = "priority", mixinStandardHelpOptions = true,
            header = "Set the priority of provisions of a State's review, or list each provision's priority in order.",
            description = {
                "Review copies and the consolidated review give the provisions by priority, then in the Convention's order.",
                "The rule is the secretariat's, in templates/review/priority.properties (default: provisions with a",
                "recommendation of the State's last cycle first). --level sets a level by hand on the provisions of",
                "--articles or on --provisions, over the rule; --level rule gives them back to the rule. Without --level,",
                "lists every provision in order with its level and where it comes from. Changes are logged (review.priority)."
            })
    static final class Priority implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review (ISO 3166 alpha-3).")
        String state;

        @Option(names = "--articles", split = ",", paramLabel = "N", converter = ArticleConverter.class,
                description = "Every provision of these articles, e.g. 5,6 (tip:5: one instrument's article alone).")
        List<ArticleRef> articles;

        @Option(names = "--provisions", split = ",", paramLabel = "ID", description = "These provisions, e.g. uncac.5.1,uncac.9.1.a.")
        List<String> provisions;

        @Option(names = "--level", paramLabel = "LEVEL",
                description = "A level of templates/review/priority.properties (high, normal, low by default), or 'rule'.")
        String level;

        @Option(names = "--review", paramLabel = "ID", description = "The review (default: the State's latest).")
        String reviewId;

        @Option(names = "--json", description = "Print the list as JSON.")
        boolean json;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws JsonProcessingException, CatalogueException {
            IrmConfig config = configOptions.config();
            State under = KnownStates.find(StateList.load(config.templates()), state);
            List<ArticleRef> byArticle = articles == null ? List.of() : articles;
            List<String> byProvision = provisions == null ? List.of() : provisions;
            if (level == null && (!byArticle.isEmpty() || !byProvision.isEmpty())) {
                throw new UserInputException("Give the level to set with --level (or --level rule to go back to the rule).");
            }
            try (Register register = Register.open(config)) {
                ReviewDesk desk = ReviewDesk.from(config, config.clock());
                ReviewAssignments assignments = new ReviewAssignments(register, desk, config.clock());
                ReviewRecord review = assignments.review(under.iso3(), reviewId);
                PrintWriter out = spec.commandLine().getOut();
                if (level != null) {
                    String set = "rule".equals(level) ? null : level;
                    List<String> changed = assignments.prioritise(review, byArticle, byProvision, set, actor());
                    out.printf("%s of review %s: %d provisions %s%n", under.name(), review.id(), changed.size(),
                            set == null ? "back to the rule" : "set to " + set);
                    return 0;
                }
                Map<String, String> levels = assignments.levels(review);
                Map<String, String> bySecretariat = register.reviewPriorities(config.clock()).of(review.id());
                ReviewOrder order = desk.order(levels);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Provision provision : order.provisions(p -> true)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("provision", provision.id());
                    row.put("article", provision.article());
                    row.put("level", order.level(provision));
                    row.put("setBy", bySecretariat.containsKey(provision.id()) ? "secretariat" : "rule");
                    rows.add(row);
                }
                if (json) {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("reviewId", review.id());
                    report.put("levels", desk.priorityRule().levels());
                    report.put("provisions", rows);
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                    return 0;
                }
                Map<String, Long> counts = new TreeMap<>();
                rows.forEach(r -> counts.merge((String) r.get("level"), 1L, Long::sum));
                out.printf("%s, review %s: provisions by priority (%s)%n", under.name(), review.id(), counts);
                for (Map<String, Object> row : rows) {
                    out.printf("  %-8s %-24s %s%n", row.get("level"), row.get("provision"), row.get("setBy"));
                }
                return 0;
            }
        }
    }
}
