package org.irm.cli;

import picocli.CommandLine.Option;

/**
 * {@code --state ISO3}, required: the State under review a command works on (its checklist, review,
 * copies, report, follow-up, dialogue). Typed in any case, with spaces or not; a value that is not
 * three letters is refused naming the option ({@link Iso3Code}), one not on the States list too
 * ({@link StateCodes}).
 */
final class StateOption {

    @Option(names = "--state", required = true, paramLabel = StateCodes.LABEL, converter = Iso3Code.class,
            description = "State under review (ISO 3166 alpha-3).")
    String iso3;

    /** The State's code, upper case. */
    String iso3() {
        return iso3;
    }
}
