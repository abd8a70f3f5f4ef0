package org.irm.cli;

import picocli.CommandLine.Option;

/** {@code --review ID}: which of a State's reviews a command works on; without it, the State's latest. */
final class ReviewOption {

    @Option(names = "--review", paramLabel = "ID", description = "The review (default: the State's latest).")
    String reviewId;

    /** The review named, or null for the State's latest. */
    String reviewId() {
        return reviewId;
    }
}
