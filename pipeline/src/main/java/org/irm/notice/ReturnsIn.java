package org.irm.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.NoticeFacts;
import org.irm.register.Register;
import org.irm.register.ReportDraft;
import org.irm.register.ReturnedVersion;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewRecord;

/**
 * What the register says has come in, read for the reminders (is the awaited return in?) and the
 * notifications (has the step been done?). Read-only; every answer is read afresh, so reminders and
 * notifications follow the register and a stop loses nothing.
 */
public final class ReturnsIn {

    private final MasterChecklists masters;
    private final NoticeFacts facts;
    private final Register register;
    private final FollowUpUpdates followUps;

    public ReturnsIn(Register register, FollowUpUpdates followUps) {
        this.register = register;
        this.masters = new MasterChecklists(register);
        this.facts = new NoticeFacts(register);
        this.followUps = followUps;
    }

    /**
     * The State's checklist for the review, when it is complete: every part the register issued for
     * the review has come back accepted (at least one return when it issued none), and the latest
     * version of each part has no finding left.
     */
    public Optional<MasterChecklist> completeChecklist(ReviewRecord review) {
        Optional<MasterChecklist> master = masters.forReview(review.id());
        if (master.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> returned = master.get().latestVersions().stream().map(ReturnedVersion::checklistId)
                .collect(Collectors.toSet());
        boolean allParts = returned.containsAll(facts.issuedChecklists(review.id()));
        return allParts && master.get().openFindings().isEmpty() ? master : Optional.empty();
    }

    /** The reviewing States (ISO3) whose review copy of the review has come back. */
    public Set<String> reviewCopiesIn(ReviewRecord review) {
        return register.reviewNotes().latestCopies(review.id()).stream().map(ReviewCopyRecord::reviewingState)
                .collect(Collectors.toSet());
    }

    /** The first report draft written for the review, if one was. */
    public Optional<ReportDraft> firstDraft(ReviewRecord review) {
        List<ReportDraft> drafts = facts.reportDrafts(review.id());
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts.get(0));
    }

    /** The latest report draft written for the review in a language, else in any, if one was. */
    public Optional<ReportDraft> latestDraft(ReviewRecord review, org.irm.catalogue.Language language) {
        List<ReportDraft> drafts = facts.reportDrafts(review.id());
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).language() == language) {
                return Optional.of(drafts.get(i));
            }
        }
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts.get(drafts.size() - 1));
    }

    /** True when an edited draft of the review's report came back after the first draft was written. */
    public boolean draftAnswered(ReviewRecord review) {
        return firstDraft(review).flatMap(first -> facts.editedSince(review.id(), first.generatedAt())).isPresent();
    }

    /** True when the State sent a follow-up update on the review after {@code since}. */
    public boolean followUpSince(ReviewRecord review, Instant since) {
        return followUps.lastUpdate(review).filter(at -> at.isAfter(since)).isPresent();
    }
}
