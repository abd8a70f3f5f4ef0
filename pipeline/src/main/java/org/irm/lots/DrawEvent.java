package org.irm.lots;

import java.time.Instant;
import java.util.Locale;

/**
 * One entry of the event log: a draw, a redraw, a refused redraw or a blocked draw.
 *
 * @param at          when it happened
 * @param kind        what happened
 * @param mechanism   such as {@code uncac}
 * @param cycle       review cycle
 * @param year        year of the draw
 * @param actor       who asked (the requesting State for a redraw, {@code secretariat} otherwise)
 * @param summary     one sentence for people reading the log
 * @param recordHash  SHA-256 of the draw record written, empty when none was
 */
public record DrawEvent(Instant at, Kind kind, String mechanism, int cycle, int year, String actor,
                        String summary, String recordHash) {

    /** What happened. */
    public enum Kind {
        DRAW, REDRAW, REDRAW_REFUSED, BLOCKED;

        /** How the logs spell it: {@code draw}, {@code redraw}, {@code redraw-refused}, {@code blocked}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The name of the draw this event belongs to, as {@link DrawResult#name(String, int, int)} gives it. */
    public String drawName() {
        return DrawResult.name(mechanism, cycle, year);
    }
}
