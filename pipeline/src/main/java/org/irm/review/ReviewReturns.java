package org.irm.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.dialogue.DialogueDesk;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityVerifier;
import org.irm.register.Event;
import org.irm.register.Register;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewNotes;
import org.irm.register.ReviewRecord;
import org.irm.register.SubmissionRecord;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.submission.Received;
import org.irm.submission.Reply;
import org.irm.submission.ReturnHandler;
import org.irm.submission.ReturnRefused;

/**
 * The return desk's handler for reviewers' copies: it recognises a review copy whose seal holds
 * (any other file, a forged copy included, goes on to the checklist handler, which refuses it with
 * its reason), takes it only from a drawn reviewer of its review or the secretariat
 * ({@link ReviewerCheck}; else refused {@code NOT_A_REVIEWER}, the sender told why), records every
 * note it holds ({@link ReviewIntake}), then merges every reviewer's
 * latest copy of that State into a new consolidated review in the State's outbox folder.
 * Recording the copy is the commit point; the same bytes twice are recorded once.
 */
public final class ReviewReturns implements ReturnHandler {

    private final ReviewDesk desk;
    private final ReviewNotes register;
    private final StateList states;
    private final IdentityVerifier verifier;
    private final Path archive;
    private final Path outbox;
    private final ReviewerCheck reviewers;
    private final Clock clock;
    private final ReviewAssignments assignments;
    /** The written dialogue (issue 18): comments marked as questions become questions to the State; null: none. */
    private DialogueDesk dialogue;

    /**
     * @param archive the desk's archive folder ({@code <archive>/<sha256>}), where the copies to merge are read
     * @param outbox  the outbox root; the consolidated review goes into {@code <outbox>/<ISO3>/}
     */
    public ReviewReturns(ReviewDesk desk, ReviewNotes register, StateList states, Path archive, Path outbox,
                         ReviewerCheck reviewers, Clock clock) {
        this(desk, register, states, archive, outbox, reviewers, clock, null);
    }

    /**
     * @param assignments the experts' shares and the provisions' priorities, that copies are checked
     *                    against and merges ordered by; null for none (sealed articles, the Convention's order)
     */
    public ReviewReturns(ReviewDesk desk, ReviewNotes register, StateList states, Path archive, Path outbox,
                         ReviewerCheck reviewers, Clock clock, ReviewAssignments assignments) {
        this.assignments = assignments;
        this.desk = desk;
        this.register = register;
        this.states = states;
        this.verifier = new IdentityVerifier(desk.seal());
        this.archive = archive;
        this.outbox = outbox;
        this.reviewers = reviewers;
        this.clock = clock;
    }

    /** The handler for the configured register, catalogue, key and watch folders (as the intake desk is built). */
    public static ReviewReturns from(IrmConfig config, Register register, Clock clock) {
        try {
            Path root = config.path(Setting.WATCH_ROOT);
            StateList states = StateList.load(config.templates());
            ReviewDesk desk = ReviewDesk.from(config, clock);
            DialogueDesk dialogue = DialogueDesk.from(config, register, clock);
            ReviewReturns returns = new ReviewReturns(desk.withDialogue(dialogue::section),
                    register.reviewNotes(), states,
                    root.resolve("archive"), root.resolve("outbox"), new ReviewerCheck(register.reviews(clock),
                    register.reviewExperts(clock), iso3 -> states.find(iso3).map(s -> s.name() + " (" + iso3 + ")")
                    .orElse(iso3)), clock, new ReviewAssignments(register, desk, clock));
            returns.dialogue = dialogue;
            return returns;
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
    }

    @Override
    public boolean recognises(DocxReading reading) {
        IdentityCheck check = verifier.check(reading);
        return check.valid() && check.identity().map(ChecklistIdentity::isReviewCopy).orElse(false);
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
        ChecklistIdentity identity = verifier.check(reading).identity().orElseThrow();
        reviewers.refusal(identity, received.arrival().folderState(), received.arrival().sender()).ifPresent(why -> {
            throw new ReturnRefused(new Refusal(RefusalReason.NOT_A_REVIEWER, why), identity);
        });
        try {
            ReviewIntake.Taken taken = new ReviewIntake(desk.catalogue(), desk.seal(), register, PackageLimits.DEFAULTS,
                    assignments == null ? AssignedArticles.SEALED : assignments.articles())
                    .take(received.archived(), received.arrival().originalName(), received.arrival().receivedAt());
            if (taken.refused()) {
                // Its seal holds but its content cannot be read: refused with the reason, not taken again at every look.
                throw new ReturnRefused(new Refusal(RefusalReason.UNREADABLE_REVIEW_COPY, "This review copy"
                        + " cannot be read: " + taken.refusal() + " Save it again from Word as a Word Document (.docx),"
                        + " without changing its layout, and return it to the reviews folder or address."), identity);
            }
            boolean duplicate = taken.recorded().duplicate();
            // Before the merge, so the consolidated review shows them; a copy taken again asks none twice.
            int questions = dialogue == null ? 0 : dialogue.fromReviewCopy(identity, taken.notes()).size();
            State state = states.find(identity.state()).orElseThrow(() -> new IllegalStateException(
                    "The review copy's State " + identity.state() + " is not in the States list"));
            List<Path> written = List.of();
            String merged = "";
            if (!duplicate) {
                ReviewDesk.Consolidated consolidated = mergeAll(state);
                register.merged(identity.reviewId(), consolidated.file().getFileName().toString(),
                        consolidated.copies().size(), counts(consolidated), clock.instant(), Event.PIPELINE);
                written = List.of(consolidated.file());
                merged = "; merged with the other reviewers' copies into " + consolidated.file().getFileName();
            }
            String who = desk.reviewers(Language.EN).name(identity.reviewer()); // the secretariat's log is in English
            if (identity.isExpertCopy()) {
                who += " (expert " + identity.expert() + ")";
            }
            // An expert's copy carrying articles not theirs is taken whole and flagged to the secretariat and the expert.
            String flag = taken.flagged() ? " It carries " + articles(taken.unassigned()) + ", not assigned to "
                    + identity.expert() + " (assigned: " + numbers(taken.assigned()) + "): kept, and flagged to the"
                    + " secretariat, who decides." : "";
            String message = received.arrival().originalName() + (duplicate ? " was already received" : " registered")
                    + ": review copy of " + state.name() + " by " + who + ", " + taken.notes().size() + " notes" + merged
                    + (questions == 0 ? "" : "; " + questions + " comments marked as questions to the State registered")
                    + (flag.isEmpty() ? "" : ". FLAGGED:" + flag);
            Reply reply = new Reply(received.arrival().sender(), "Review copy received: " + state.name(),
                    "Thank you: your review copy of " + state.name() + "'s answers was received" + (duplicate
                            ? " earlier; nothing new was recorded." : " and its " + taken.notes().size()
                            + " comments, changes and notes were recorded.") + flag, List.of());
            return new Acknowledgement(duplicate ? Disposition.DUPLICATE : Disposition.REGISTERED, received.sha256(),
                    identity.state(), identity.language(), null, message, written, reply);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take the review copy " + received.arrival().originalName()
                    + ": " + e.getMessage(), e);
        }
    }

    /** How much a merge brought together, for the log and the merge command. */
    public static String counts(ReviewDesk.Consolidated consolidated) {
        return consolidated.merged().changes() + " tracked changes, " + consolidated.merged().comments() + " comments, "
                + consolidated.merged().conflicts() + " conflicts";
    }

    /** Merges every reviewer's latest registered copy of the State: the service the desk and the daemon call. */
    public ReviewDesk.Consolidated mergeAll(State state) throws IOException {
        MergeContext context = MergeContext.NONE;
        if (assignments != null) {
            String reviewId = register.latestCopiesOfState(state.iso3()).stream().map(ReviewCopyRecord::reviewId)
                    .reduce((a, b) -> b).orElse(null);
            Optional<ReviewRecord> review = reviewId == null ? Optional.empty() : assignments.find(reviewId);
            if (review.isPresent()) {
                context = assignments.mergeContext(review.get());
            }
        }
        return desk.mergeRegistered(state, register, archive, outbox.resolve(state.iso3()), context);
    }

    private static String articles(List<ArticleRef> numbers) {
        return (numbers.size() == 1 ? "article " : "articles ") + numbers(numbers);
    }

    private static String numbers(List<ArticleRef> numbers) {
        return String.join(", ", numbers.stream().map(ArticleRef::toString).toList());
    }

    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        // Review copies are recorded in the review register, not as submissions: taking again is idempotent.
        return take(received, reading);
    }
}
