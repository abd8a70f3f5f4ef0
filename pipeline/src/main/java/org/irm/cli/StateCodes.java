package org.irm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Checks, before any command runs, that every State code typed on its command line is on the States
 * list: every option whose parameter label is {@code ISO3} ({@code --state}, {@code --reviewer},
 * {@code --under}, ...), whatever the command. A code that is not is "Unknown State 'XYZ'", exit code
 * 2, and nothing runs. The list is the configured one ({@code --config}, {@code irm.templates}); a
 * command that takes a States list of its own ({@code --states FILE}, {@code irm lots}) checks against
 * that one itself.
 */
final class StateCodes implements IExecutionStrategy {

    static final String LABEL = "ISO3";

    private final IExecutionStrategy next = new RunLast();

    @Override
    public int execute(ParseResult parseResult) {
        ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        check(leaf);
        return next.execute(parseResult);
    }

    private static void check(ParseResult command) {
        List<String> typed = new ArrayList<>();
        for (OptionSpec option : command.matchedOptions()) {
            if (LABEL.equals(option.paramLabel())) {
                Object value = option.getValue();
                if (value instanceof Collection<?> values) {
                    values.forEach(v -> typed.add(String.valueOf(v)));
                } else if (value != null) {
                    typed.add(value.toString());
                }
            }
        }
        if (typed.isEmpty() || command.commandSpec().findOption("--states") != null) {
            return;
        }
        StateList states;
        try {
            states = StateList.load(ConfigOptions.load(command.matchedOptionValue("--config", (Path) null)).templates());
        } catch (CatalogueException | ConfigurationException | UserInputException unreadable) {
            return; // the command itself reports a configuration or States list it cannot read
        }
        for (String code : typed) {
            if (!code.isBlank() && states.find(code).isEmpty()) {
                throw new ParameterException(command.commandSpec().commandLine(), "Unknown State '" + code.strip()
                        + "': use an ISO 3166 alpha-3 code from templates/states/states.csv");
            }
        }
    }
}
