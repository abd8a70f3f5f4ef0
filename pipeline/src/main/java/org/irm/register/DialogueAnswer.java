package org.irm.register;

import java.time.Instant;

/**
 * A State's answer to one dialogue question, as it came in a returned question list.
 *
 * @param listId      the sealed question list it was written in
 * @param sha256      the returned file (kept in the archive)
 * @param answeredBy  the sender's address, or the State's ISO3 code when it came by folder
 */
public record DialogueAnswer(long id, long questionId, String listId, String sha256, String answeredBy, String text,
                             String originalName, Instant receivedAt) {
}
