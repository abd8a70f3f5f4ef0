package org.irm.register;

import java.time.Instant;
import java.util.UUID;
import org.irm.catalogue.Language;

/** A checklist the pipeline issued, as the register remembers it. */
public record IssuedChecklist(UUID id, String reviewId, String state, String instrument, int cycle,
                              Language language, String catalogueVersion, String part, Instant issuedAt,
                              String seal, String fileName) {
}
