package org.irm.lots;

import java.util.List;

/**
 * A redraw as recorded: the request, and which reviewing States left and came.
 *
 * @param number   1 for the first redraw of the draw, and so on
 * @param request  what was asked
 * @param replaced reviewing States that left
 * @param drawn    reviewing States drawn in their place
 */
public record Redraw(int number, RedrawRequest request, List<String> replaced, List<String> drawn) {

    public Redraw {
        replaced = List.copyOf(replaced);
        drawn = List.copyOf(drawn);
    }
}
