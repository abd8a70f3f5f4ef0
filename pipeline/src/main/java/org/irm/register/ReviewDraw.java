package org.irm.register;

import java.util.Objects;

/**
 * The drawing of lots that created a review.
 *
 * @param name         the draw's name, {@code lots-<mechanism>-c<cycle>-<year>} (also its record's file name)
 * @param year         the review year the draw was for
 * @param recordSha256 SHA-256 (lower-case hex) of the draw's record as published, so anyone can
 *                     check the record they hold is the one the review came from
 */
public record ReviewDraw(String name, int year, String recordSha256) {

    public ReviewDraw {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recordSha256, "recordSha256");
    }
}
