package org.irm.cli;

import picocli.CommandLine.Option;

/**
 * {@code --reviewer ISO3 --expert EMAIL}, both required: the expert of a reviewing State whose share
 * of a review a command changes ({@code irm review assign}, {@code unassign}).
 */
final class ReviewingExpert {

    @Option(names = "--reviewer", required = true, paramLabel = StateCodes.LABEL, converter = Iso3Code.class,
            description = "The reviewing State the expert reviews for.")
    String reviewer;

    @Option(names = "--expert", required = true, paramLabel = "EMAIL", description = "The expert's e-mail address.")
    String expert;

    /** The reviewing State's code, upper case. */
    String reviewer() {
        return reviewer;
    }

    /** The expert's address, as typed. */
    String expert() {
        return expert;
    }
}
