package org.irm.lots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pairings laid out one row per State under review, in the drawn order, as both documents
 * show them: the first reviewer (same group, or the first of two global ones for a State in no
 * group), the second, and the additional reviewers with their instrument.
 */
final class PairingRows {

    /** One State under review's line. */
    record Row(String name, String iso3, String group, String firstName, String firstIso3, String secondName,
               String secondIso3, String additional, int redraws) {
    }

    private PairingRows() {
    }

    /** @param roles how the documents word the box a reviewing State was drawn from ({@link RecordLabels#role}) */
    static List<Row> of(DrawResult result, PartyRoster roster, Function<Role, String> roles) {
        List<Row> rows = new ArrayList<>();
        for (String u : result.order()) {
            List<Pairing> firsts = result.pairingsOf(u).stream().filter(p -> !p.additional())
                    .collect(Collectors.toList());
            String additional = result.pairingsOf(u).stream().filter(Pairing::additional)
                    .map(p -> name(roster, p.reviewer()) + " (" + p.reviewer() + ", " + p.instrument().toUpperCase(Locale.ROOT) + ")")
                    .collect(Collectors.joining("; "));
            Pairing first = firsts.isEmpty() ? null : firsts.get(0);
            Pairing second = firsts.size() < 2 ? null : firsts.get(1);
            int redraws = (int) result.redraws().stream().filter(r -> r.request().underReview().equals(u)).count();
            rows.add(new Row(name(roster, u), u, roster.find(u).map(Party::regionalGroup).orElse(""),
                    first == null ? "" : label(roster, first, roles), first == null ? "" : first.reviewer(),
                    second == null ? "" : label(roster, second, roles), second == null ? "" : second.reviewer(),
                    additional, redraws));
        }
        return rows;
    }

    /** A reviewer's name, with its box where that is not the column's (States in no group). */
    private static String label(PartyRoster roster, Pairing p, Function<Role, String> roles) {
        String name = name(roster, p.reviewer());
        return p.role() == Role.GLOBAL && roster.find(p.underReview()).map(s -> !s.hasGroup()).orElse(false)
                ? name + " (" + roles.apply(p.role()) + ")" : name;
    }

    static String name(PartyRoster roster, String iso3) {
        return roster.find(iso3).map(Party::name).orElse(iso3);
    }
}
