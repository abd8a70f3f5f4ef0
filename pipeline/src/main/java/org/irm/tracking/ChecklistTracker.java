package org.irm.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.ConventionOrder;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.AnswerConflict;
import org.irm.register.AwaitedReturn;
import org.irm.register.Deadline;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReviewNotes;
import org.irm.register.ReviewNotes.ProvisionReview;
import org.irm.register.Reviews;

/**
 * Reads from the register where each State's checklist stands ({@link ChecklistProgress}): every
 * State with an accepted return, or one State with the history of each answered field.
 */
public final class ChecklistTracker {

    private final MasterChecklists masters;
    private final ReviewNotes notes;
    private final Reviews reviews;
    private final Catalogue catalogue;
    private final StateList states;

    public ChecklistTracker(Register register, Catalogue catalogue, StateList states) {
        this.masters = new MasterChecklists(register);
        this.notes = register.reviewNotes();
        this.reviews = register.reviews();
        this.catalogue = catalogue;
        this.states = states;
    }

    /** Every State with an accepted return, its latest review each, without field histories. */
    public List<ChecklistProgress> all() {
        List<ChecklistProgress> all = new ArrayList<>();
        masters.reviewsByState().forEach((iso3, reviews) ->
                masters.forReview(reviews.get(0)).ifPresent(master -> all.add(progress(master, false))));
        return all;
    }

    /** The State's latest review with each answered field's history, or empty before its first accepted return. */
    public Optional<ChecklistProgress> ofState(String iso3) {
        return masters.forState(iso3).map(master -> progress(master, true));
    }

    /**
     * The States that were issued a checklist and have returned none of it yet (the review's latest
     * checklist counts, whole or share), by State, with the review's self-assessment deadline.
     */
    public List<AwaitedChecklist> awaiting() {
        return masters.awaited().stream().map((AwaitedReturn awaited) -> new AwaitedChecklist(awaited.state(),
                states.find(awaited.state()).map(State::name).orElse(awaited.state()), awaited.reviewId(),
                awaited.checklistsIssued(), awaited.lastIssuedAt(), reviews.find(awaited.reviewId())
                .flatMap(review -> review.due(Deadline.SELF_ASSESSMENT)).orElse(null))).toList();
    }

    private ChecklistProgress progress(MasterChecklist master, boolean withHistory) {
        Comparator<FieldId> conventionOrder = ConventionOrder.fields(catalogue);
        List<FieldHistory> fields = new ArrayList<>();
        if (withHistory) {
            master.history().forEach((field, history) -> {
                if (history.stream().anyMatch(ReturnedAnswer::given)) {
                    fields.add(new FieldHistory(field, master.answer(field).map(ReturnedAnswer::value).orElse(""),
                            history));
                }
            });
        }
        // The register keeps fields in the order of their ids as text (article 10 before article 5, fa before untoc):
        // shown in the catalogue's (the Convention's; a UNTOC review's Convention before its Protocols).
        fields.sort(Comparator.comparing(FieldHistory::field, conventionOrder));
        List<AnswerConflict> conflicts = new ArrayList<>(master.conflicts());
        conflicts.sort(Comparator.comparing(AnswerConflict::field, conventionOrder));
        List<ProvisionReview> reviewed = new ArrayList<>(notes.byProvision(master.state()));
        reviewed.sort(Comparator.comparing(ProvisionReview::provisionId, ConventionOrder.provisions(catalogue)));
        // A UNTOC State is shown the instruments it is party to, not the other Protocols' provisions as missing.
        Catalogue answered = states.find(master.state()).map(catalogue::answeredBy).orElse(catalogue);
        return new ChecklistProgress(master.state(), states.find(master.state()).map(State::name).orElse(master.state()),
                master.reviewId(), master.lastReceived(), master.versions(), ProvisionProgress.of(master, answered),
                conflicts, fields, reviewed);
    }
}
