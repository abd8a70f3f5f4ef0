package org.irm.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.MasterChecklist;
import org.irm.register.Register;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewRecord;
import org.irm.review.ExpertShare;
import org.irm.review.ReviewAssignments;
import org.irm.review.ReviewDesk;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm review-copy}: writes a review copy of a State's answers for a reviewer. */
@Command(name = "review-copy", mixinStandardHelpOptions = true,
        header = "Write a review copy (.docx) of a State's latest answers for a reviewing State or the secretariat.",
        description = {
            "The State's current answers per provision (from the register, every return merged), with Track Changes",
            "on and enforced, comments allowed, and under each provision fields for the reviewer's observations,",
            "good practices noted and recommendations. Its sealed identity names the review and the reviewer.",
            "Provisions come by priority (templates/review/priority.properties, irm review priority), then in the",
            "Convention's order. With --expert, an expert's copy: only their assigned articles, the expert sealed in it.",
            "Written into watch-folders/outbox/<ISO3>/ (or --out); an earlier file is never overwritten."
        })
public final class ReviewCopyCommand implements Callable<Integer> {

    @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review (ISO 3166 alpha-3).")
    String state;

    @Option(names = "--reviewer", paramLabel = "ISO3", description = "Reviewing State; without it, the secretariat's copy.")
    String reviewer;

    @Option(names = "--expert", paramLabel = "EMAIL",
            description = "Write this expert's copy: only the articles assigned to them (irm review assign; needs --reviewer).")
    String expert;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Take the answers from this filled checklist instead of the register.")
    Path answersFile;

    @Option(names = "--language", paramLabel = "LANG",
            description = "Language of the copy's labels (default: the review's checklist language, else en).")
    String language;

    @Mixin
    OutboxFolder outbox;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IrmConfig config = configOptions.config();
        ReviewDesk desk = ReviewDesk.from(config, config.clock());
        StateList states = StateList.load(config.templates());
        State under = KnownStates.find(states, state);
        String who = reviewer == null ? ChecklistIdentity.SECRETARIAT : KnownStates.find(states, reviewer).iso3();
        if (who.equals(under.iso3())) {
            throw new UserInputException(under.name() + " cannot review itself: name another reviewing State.");
        }
        if (expert != null && reviewer == null) {
            throw new UserInputException("--expert names an expert of a reviewing State: name the State with --reviewer.");
        }
        Register register = Register.open(config);
        Map<FieldId, String> answers;
        String reviewId;
        if (answersFile != null) {
            answers = new ChecklistAnswers(new DocumentInspector(desk.seal())).read(answersFile);
            reviewId = desk.catalogue().instrument() + "-" + desk.catalogue().cycle() + "-" + under.iso3();
        } else {
            MasterChecklist master = ReviewCopies.master(register, under)
                    .orElseThrow(() -> new UserInputException("The register holds no accepted return of " + under.name()
                            + " yet: take its checklist in first (irm ingest), or name a filled checklist with --answers."));
            answers = new LinkedHashMap<>();
            master.current().forEach((field, answer) -> answers.put(field, answer.value()));
            reviewId = master.reviewId();
        }
        ExpertShare share = null;
        Language copyLanguage = language == null ? Language.EN : Language.of(language);
        if (expert != null) {
            ReviewAssignments assignments = new ReviewAssignments(register, desk, config.clock());
            ReviewRecord review = assignments.find(reviewId).orElseThrow(() -> new UserInputException("Review " + reviewId
                    + " is not in the register: an expert's share is assigned in a drawn review (irm review assign)."));
            share = assignments.share(review, who, expert).orElseThrow(() -> new UserInputException(expert + " holds no"
                    + " article of review " + reviewId + " for " + who + ": assign them some first (irm review assign"
                    + " --state " + under.iso3() + " --reviewer " + who + " --expert " + expert + " --articles 5,6)."));
            String address = share.email();
            if (language == null) {
                copyLanguage = register.reviewExperts().of(reviewId).stream().filter(e -> e.email().equals(address))
                        .map(ReviewExpert::language).findFirst().orElse(Language.EN);
            }
        }
        Path folder = outbox.forState(config, under.iso3());
        ReviewDesk.Copy copy = ReviewCopies.write(config, register, desk, under, reviewId, answers, who, share,
                copyLanguage, folder);
        spec.commandLine().getOut().printf("Wrote %s: review copy %s of %s's answers (%d fields) for %s%s%n", copy.file(),
                copy.manifest().identity().checklistId(), under.name(), answers.size(),
                desk.reviewers(copyLanguage).name(who), share == null ? ""
                        : ", expert " + share.displayName() + " (" + ReviewCopies.articles(share) + ")");
        return 0;
    }
}
