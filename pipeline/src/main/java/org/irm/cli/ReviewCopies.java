package org.irm.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.config.IrmConfig;
import org.irm.contributors.ContributorsInReviewCopy;
import org.irm.documents.DocumentsInReviewCopy;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.review.ExpertShare;
import org.irm.review.ReviewAssignments;
import org.irm.review.ReviewDesk;

/**
 * Writes a review copy from the register's master answers and logs it: what {@code irm review-copy}
 * and {@code irm review assign} (an expert's copy) share. The copy's provisions are ordered by the
 * review's priority levels when the register holds the review; after them come the contributors' input
 * the State shared with reviewers, then the State's supporting documents and the provisions whose
 * answers cite them (issue 19.3), an expert's copy the parts on its articles alone.
 */
final class ReviewCopies {

    private ReviewCopies() {
    }

    /** The State's current answers (every accepted return merged), or empty before its first return. */
    static Optional<MasterChecklist> master(Register register, State under) {
        return new MasterChecklists(register).forState(under.iso3());
    }

    /**
     * Writes the copy of the master's answers into the folder and logs {@code review.copyIssued}.
     *
     * @param expert the expert's share, or null for the reviewer's whole copy
     */
    static ReviewDesk.Copy write(IrmConfig config, Register register, ReviewDesk desk, State under, MasterChecklist master,
                                 String reviewer, ExpertShare expert, Language language, Path folder) throws Exception {
        Map<FieldId, String> answers = new LinkedHashMap<>();
        master.current().forEach((field, answer) -> answers.put(field, answer.value()));
        return write(config, register, desk, under, master.reviewId(), answers, reviewer, expert, language, folder);
    }

    static ReviewDesk.Copy write(IrmConfig config, Register register, ReviewDesk desk, State under, String reviewId,
                                 Map<FieldId, String> answers, String reviewer, ExpertShare expert, Language language,
                                 Path folder) throws Exception {
        Optional<ReviewRecord> review = register.reviews().find(reviewId);
        Map<String, String> levels = review.map(r -> new ReviewAssignments(register, desk, config.clock()).levels(r))
                .orElse(Map.of());
        ReviewDesk sectioned = desk.withSections(List.of(ContributorsInReviewCopy.from(config, register),
                DocumentsInReviewCopy.over(config, register, desk.catalogue())));
        ReviewDesk.Copy copy = sectioned.reviewCopy(under, reviewId, language, reviewer, expert, levels, answers, folder);
        register.reviewNotes().copyIssued(reviewId, expert == null ? reviewer : reviewer + " (expert " + expert.email()
                        + ", " + articles(expert) + ")", copy.manifest().identity().checklistId().toString(),
                copy.file().getFileName().toString(), config.clock().instant(), System.getProperty("user.name", "secretariat"));
        return copy;
    }

    static String articles(ExpertShare expert) {
        return (expert.articles().size() == 1 ? "article " : "articles ")
                + String.join(", ", expert.articles().stream().map(ArticleRef::toString).toList());
    }
}
