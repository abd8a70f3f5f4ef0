package org.irm.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReviewNotes;

/**
 * Reads from the register where each State's checklist stands ({@link ChecklistProgress}): every
 * State with an accepted return, or one State with the history of each answered field.
 */
public final class ChecklistTracker {

    private final MasterChecklists masters;
    private final ReviewNotes notes;
    private final Catalogue catalogue;
    private final StateList states;

    public ChecklistTracker(Register register, Catalogue catalogue, StateList states) {
        this.masters = new MasterChecklists(register);
        this.notes = register.reviewNotes();
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

    private ChecklistProgress progress(MasterChecklist master, boolean withHistory) {
        List<FieldHistory> fields = new ArrayList<>();
        if (withHistory) {
            master.history().forEach((field, history) -> {
                if (history.stream().anyMatch(ReturnedAnswer::given)) {
                    fields.add(new FieldHistory(field, master.answer(field).map(ReturnedAnswer::value).orElse(""),
                            history));
                }
            });
        }
        return new ChecklistProgress(master.state(), states.find(master.state()).map(State::name).orElse(master.state()),
                master.reviewId(), master.lastReceived(), master.versions(), ProvisionProgress.of(master, catalogue),
                master.conflicts(), fields, notes.byProvision(master.state()));
    }
}
