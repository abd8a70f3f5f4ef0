package org.irm.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.catalogue.StateNames;
import org.irm.register.Deadline;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewerAssignment;

/**
 * The report's inputs as the register keeps them: the State's latest review (from the drawing of
 * lots, {@code Register.reviews()}), its answers as they stand across returns and agency parts
 * (the master checklist of intake) and the observations, good practices and recommendations
 * reviewers wrote in their latest review copies ({@code Register.reviewNotes()}). Comments and
 * tracked changes stay in the merged review document; only the reviewers' own fields reach the
 * report. Names come from the secretariat's States list.
 */
public final class RegisterReportInputs implements ReportInputs {

    private final Register register;
    private final MasterChecklists masterChecklists;
    private final StateList states;

    public RegisterReportInputs(Register register, StateList states) {
        this.register = register;
        this.masterChecklists = new MasterChecklists(register);
        this.states = states;
    }

    /** The most recently created review of the State. */
    @Override
    public Optional<ReviewFacts> review(String state) {
        return register.reviews().forStateUnderReview(state.toUpperCase(Locale.ROOT)).stream()
                .max(Comparator.comparing(ReviewRecord::createdAt).thenComparing(ReviewRecord::id))
                .map(this::facts);
    }

    private ReviewFacts facts(ReviewRecord review) {
        List<ReviewFacts.ReviewingState> reviewers = review.reviewers().stream()
                .map((ReviewerAssignment r) -> new ReviewFacts.ReviewingState(r.reviewingState(), name(r.reviewingState()), r.role()))
                .toList();
        List<ReviewFacts.ReviewDate> dates = review.deadlines().stream()
                .map((Deadline d) -> new ReviewFacts.ReviewDate(d.milestone(), d.due())).toList();
        return new ReviewFacts(review.id(), review.stateUnderReview(), name(review.stateUnderReview()), review.instrument(),
                review.cycle(), review.reviewLanguage(), review.stage().code(), reviewers, dates);
    }

    /** The State answers in the review's language (its checklists are issued in it). */
    @Override
    public StateAnswers answers(ReviewFacts review) {
        Map<FieldId, String> values = new LinkedHashMap<>();
        masterChecklists.forReview(review.reviewId()).map(MasterChecklist::current).orElse(Map.of())
                .forEach((FieldId field, ReturnedAnswer answer) -> values.put(field, answer.value()));
        return new StateAnswers(values, review.reviewLanguage());
    }

    /** The reviewers' own fields, in the review's language (review copies are written in it). */
    @Override
    public List<ReviewerNote> notes(ReviewFacts review) {
        return register.reviewNotes().ofReview(review.reviewId()).stream()
                .filter(n -> n.kind().isReviewerField() && n.provisionId() != null && !n.text().isBlank())
                .map(n -> new ReviewerNote(n.provisionId(), kind(n.kind()), n.reviewingState(), n.author(), n.text(),
                        review.reviewLanguage()))
                .toList();
    }

    private static ReviewerNote.Kind kind(NoteKind kind) {
        return switch (kind) {
            case OBSERVATION -> ReviewerNote.Kind.OBSERVATION;
            case GOOD_PRACTICE -> ReviewerNote.Kind.GOOD_PRACTICE;
            case RECOMMENDATION -> ReviewerNote.Kind.RECOMMENDATION;
            default -> throw new IllegalArgumentException("Not a reviewer's field: " + kind);
        };
    }

    /** The names of the secretariat's States list: UN short names, its overrides, then CLDR. */
    @Override
    public StateNames stateNames() {
        return states.names();
    }

    @Override
    public Optional<State> state(String iso3) {
        return states.find(iso3);
    }

    private String name(String iso3) {
        return states.find(iso3).map(State::name).orElse(iso3);
    }
}
