package org.irm.lots;

import java.util.Optional;

/**
 * A request to draw again one State's reviewers.
 *
 * @param underReview the State whose reviewers are drawn again
 * @param requestedBy the State under review itself, or one of its reviewing States
 * @param replace     the reviewing State to replace; empty to replace both (only when the State
 *                    under review asks); a reviewing State asking always replaces itself
 * @param reason      why, as recorded
 * @param exceptional true to allow a redraw beyond the policy's limit
 */
public record RedrawRequest(String underReview, String requestedBy, Optional<String> replace, String reason,
                            boolean exceptional) {

    public RedrawRequest {
        if (reason == null || reason.isBlank()) {
            throw new LotsInputException("A redraw is recorded with its reason: give one");
        }
        replace = replace == null ? Optional.empty() : replace;
    }
}
