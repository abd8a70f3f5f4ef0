package org.irm.submission;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An arrival whose bytes are safe in the archive: from here on the desk reads only the archived
 * copy, so what it registers is exactly what it keeps.
 *
 * @param archived the content-addressed copy in {@code watch-folders/archive/}
 */
public record Received(Arrival arrival, String sha256, Path archived) {
    public Received {
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(archived, "archived");
    }
}
