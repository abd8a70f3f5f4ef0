package org.irm.notice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.irm.config.TemplateSource;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.NoticeFacts;
import org.irm.register.Register;
import org.irm.register.ReportDraft;
import org.irm.register.ReturnedVersion;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewRecord;
import org.irm.tracking.ChecklistCompleteness;

/**
 * What the register says has come in, read for the reminders (is the awaited return in?) and the
 * notifications (has the step been done?). Read-only; every answer is read afresh, so reminders and
 * notifications follow the register and a stop loses nothing.
 */
public final class ReturnsIn {

    private final MasterChecklists masters;
    private final ChecklistCompleteness completeness;
    private final NoticeFacts facts;
    private final Register register;
    private final FollowUpUpdates followUps;

    public ReturnsIn(Register register, TemplateSource templates, FollowUpUpdates followUps) {
        this.register = register;
        this.masters = new MasterChecklists(register);
        this.completeness = new ChecklistCompleteness(masters, templates);
        this.facts = new NoticeFacts(register);
        this.followUps = followUps;
    }

    /**
     * The State's checklist for the review, when it is complete as {@link ChecklistCompleteness}
     * means it (every provision of the catalogue back): what review copies are written from, and
     * what the reviewers' comments wait for.
     */
    public Optional<MasterChecklist> completeChecklist(ReviewRecord review) {
        return completeness.of(review).complete();
    }

    /**
     * The shares of the review's checklist the self-assessment still waits for, by part ({@code whole}
     * or {@code agency:<name>}): each checklist the register issued for the review whose latest
     * accepted return is missing or has findings open, and any other part returned with findings
     * open; with none issued, the whole until a return comes back. A share returned without
     * findings is no longer awaited, whatever the other shares do; empty: the self-assessment is in
     * (which says nothing of provisions no share was issued for: {@link #completeChecklist} does).
     */
    public List<String> sharesAwaited(ReviewRecord review) {
        Map<UUID, String> issued = facts.issuedChecklists(review.id());
        List<ReturnedVersion> latest = masters.forReview(review.id()).map(MasterChecklist::latestVersions)
                .orElse(List.of());
        Map<UUID, ReturnedVersion> back = new LinkedHashMap<>();
        latest.forEach(v -> back.put(v.checklistId(), v));
        Set<String> awaited = new LinkedHashSet<>();
        issued.forEach((id, part) -> {
            ReturnedVersion version = back.get(id);
            if (version == null || !version.findings().isEmpty()) {
                awaited.add(part);
            }
        });
        latest.stream().filter(v -> !v.findings().isEmpty()).forEach(v -> awaited.add(v.part()));
        if (issued.isEmpty() && latest.isEmpty()) {
            awaited.add(ChecklistIdentity.WHOLE);
        }
        return List.copyOf(awaited);
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
