package org.irm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm focal-points}: who may return a State's checklist by e-mail, and who is answered. */
@Command(name = "focal-points", mixinStandardHelpOptions = true,
        header = "Register and list the States' focal points (the addresses returns may come from).",
        subcommands = {FocalPointsCommand.Add.class, FocalPointsCommand.ListPoints.class})
public final class FocalPointsCommand extends CommandGroup {

    /** {@code irm focal-points add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            header = "Register an address as a focal point of a State (or update its name and language).")
    static final class Add implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", converter = Iso3Code.class,
                description = "The State (ISO 3166 alpha-3).")
        String state;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The focal point's e-mail address.")
        String email;

        @Option(names = "--name", paramLabel = "NAME", description = "The person or office.")
        String name;

        @Option(names = "--language", paramLabel = "LANG", description = "Language to write to them in: ar, en, es, fr, ru or zh.")
        String language;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CatalogueException {
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new UserInputException("'" + email + "' is not an e-mail address.");
            }
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                new RegisteredStates(register).importStates(StateList.load(config.templates()).all());
                FocalPoint added = new FocalPoints(register).add(new FocalPoint(state, email, name,
                        language == null ? null : Language.of(language)), System.getProperty("user.name", "secretariat"));
                spec.commandLine().getOut().printf("%s is a focal point of %s%n", added.email(), added.state());
                return 0;
            }
        }
    }

    /** {@code irm focal-points list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the registered focal points.")
    static final class ListPoints implements Callable<Integer> {

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "Only this State's focal points.")
        String state;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<FocalPoint> points;
            try (Register register = Register.open(configOptions.config())) {
                points = new FocalPoints(register).list(state);
            }
            PrintWriter out = spec.commandLine().getOut();
            for (FocalPoint point : points) {
                out.printf("%s  %-40s %-4s %s%n", point.state(), point.email(),
                        point.language() == null ? "-" : point.language().code(), point.name() == null ? "" : point.name());
            }
            if (points.isEmpty()) {
                out.println("No focal points registered" + (state == null ? "." : " for " + state + "."));
            }
            return 0;
        }
    }
}
