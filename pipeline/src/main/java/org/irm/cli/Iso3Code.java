package org.irm.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A State code as typed on the command line, for every option labelled {@code ISO3}: spaces around it
 * dropped, any case taken ({@code ken} is {@code KEN}). A value that cannot be a code (not three
 * letters) is refused before the command runs, in picocli's words naming the option
 * ("Invalid value for option '--state' (ISO3): 'KENYA' is not a State code: ..."). Whether the code
 * is on the States list is {@link StateCodes}' check, after this one.
 */
final class Iso3Code implements ITypeConverter<String> {

    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");

    @Override
    public String convert(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (!THREE_LETTERS.matcher(code).matches()) {
            throw new TypeConversionException("'" + typed + "' is not a State code: write its three-letter ISO 3166 "
                    + "alpha-3 code, e.g. KEN (templates/states/states.csv lists them)");
        }
        return code;
    }
}
