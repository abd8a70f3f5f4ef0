package org.irm.lots;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a recorded draw from its inputs (the draw, then each recorded redraw request in
 * turn) and says whether the record matches, and where it does not. Anyone with the same States
 * list, policy, history and published seed gets the same answer.
 */
public final class DrawVerifier {

    private final LotDrawer drawer = new LotDrawer();

    /** What the check found. */
    public record Verification(boolean matches, List<String> differences) {
        public Verification {
            differences = List.copyOf(differences);
        }
    }

    /**
     * Verifies a record against the inputs. The request (seed, year, States under review) comes
     * from the record; the States list, policy and history from the caller.
     */
    public Verification verify(DrawResult recorded, DrawInputs inputs) {
        List<String> differences = new ArrayList<>();
        InputDigests now = inputs.digests();
        compare("States list digest", recorded.digests().states(), now.states(), differences);
        compare("policy digest", recorded.digests().policy(), now.policy(), differences);
        compare("history digest", recorded.digests().history(), now.history(), differences);
        if (!differences.isEmpty()) {
            return new Verification(false, differences);
        }
        DrawResult again;
        try {
            again = drawer.draw(inputs);
            for (Redraw r : recorded.redraws()) {
                again = drawer.redraw(again, inputs, r.request());
            }
        } catch (LotsInputException e) {
            return new Verification(false, List.of("Recomputing the draw fails: " + e.getMessage()));
        }
        compare("order of States under review", recorded.order(), again.order(), differences);
        compare("widening level", recorded.level(), again.level(), differences);
        comparePairings(recorded, again, differences);
        for (int i = 0; i < recorded.redraws().size(); i++) {
            Redraw a = recorded.redraws().get(i);
            Redraw b = again.redraws().get(i);
            compare("redraw " + a.number() + " replaced", a.replaced(), b.replaced(), differences);
            compare("redraw " + a.number() + " drawn", a.drawn(), b.drawn(), differences);
        }
        return new Verification(differences.isEmpty(), differences);
    }

    private static void comparePairings(DrawResult recorded, DrawResult again, List<String> differences) {
        if (recorded.pairings().equals(again.pairings())) {
            return;
        }
        for (String u : again.order()) {
            List<Pairing> a = recorded.pairingsOf(u);
            List<Pairing> b = again.pairingsOf(u);
            if (!a.equals(b)) {
                differences.add("Reviewers of " + u + ": recorded " + reviewers(a) + ", recomputed " + reviewers(b));
            }
        }
        if (differences.isEmpty()) {
            differences.add("The pairings differ in order or in States not under review");
        }
    }

    private static List<String> reviewers(List<Pairing> pairings) {
        return pairings.stream().map(p -> p.reviewer() + (p.additional() ? " (" + p.instrument() + ")" : "")).toList();
    }

    private static void compare(String what, Object recorded, Object recomputed, List<String> differences) {
        if (!recorded.equals(recomputed)) {
            differences.add("The " + what + " differs: recorded " + recorded + ", recomputed " + recomputed);
        }
    }
}
