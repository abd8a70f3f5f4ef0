package org.irm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups its subcommands ({@code irm review}, {@code irm experts},
 * {@code irm followup}, {@code irm focal-points}, {@code irm analysis}): run alone, it prints its usage, which lists them.
 */
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
