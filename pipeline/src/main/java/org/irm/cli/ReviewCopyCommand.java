package org.irm.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.documents.DocumentsInReviewCopy;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
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
            "Written into watch-folders/outbox/<ISO3>/ (or --out); an earlier file is never overwritten."
        })
public final class ReviewCopyCommand implements Callable<Integer> {

    @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review (ISO 3166 alpha-3).")
    String state;

    @Option(names = "--reviewer", paramLabel = "ISO3", description = "Reviewing State; without it, the secretariat's copy.")
    String reviewer;

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
        Register register = Register.open(config);
        // After the provisions, the State's supporting documents and the provisions whose answers cite them (issue 19.3).
        desk.withSections(List.of(DocumentsInReviewCopy.over(config, register, desk.catalogue())));
        Map<FieldId, String> answers;
        String reviewId;
        Language copyLanguage = language == null ? Language.EN : Language.of(language);
        if (answersFile != null) {
            answers = new ChecklistAnswers(new DocumentInspector(desk.seal())).read(answersFile);
            reviewId = desk.catalogue().instrument() + "-" + desk.catalogue().cycle() + "-" + under.iso3();
        } else {
            MasterChecklist master = new MasterChecklists(register).forState(under.iso3())
                    .orElseThrow(() -> new UserInputException("The register holds no accepted return of " + under.name()
                            + " yet: take its checklist in first (irm ingest), or name a filled checklist with --answers."));
            answers = new LinkedHashMap<>();
            master.current().forEach((field, answer) -> answers.put(field, answer.value()));
            reviewId = master.reviewId();
        }
        Path folder = outbox.forState(config, under.iso3());
        ReviewDesk.Copy copy = desk.reviewCopy(under, reviewId, copyLanguage, who, answers, folder);
        register.reviewNotes().copyIssued(reviewId, who, copy.manifest().identity().checklistId().toString(),
                copy.file().getFileName().toString(), config.clock().instant(), System.getProperty("user.name", "secretariat"));
        spec.commandLine().getOut().printf("Wrote %s: review copy %s of %s's answers (%d fields) for %s%n", copy.file(),
                copy.manifest().identity().checklistId(), under.name(), answers.size(),
                desk.reviewers(copyLanguage).name(who));
        return 0;
    }
}
