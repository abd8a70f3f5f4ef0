package org.irm.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.console.ConsoleServer;
import org.irm.console.ConsoleUsers;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code irm serve}: the web console on the register, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Run the web console: where each State stands, its returns and drafts, the audit log, for logged-in users.",
        description = {
            "Serves the console on irm.console.host:irm.console.port (default 127.0.0.1:8080) over the same register",
            "as irm run (embedded H2 or PostgreSQL; to run both on embedded H2 at once, add ;AUTO_SERVER=TRUE to",
            "irm.db.url). Users log in with the accounts irm users adds: the secretariat sees every State, a focal",
            "point its own, an expert the reviews its State is drawn for. Runs until stopped (Ctrl-C, SIGTERM).",
            "Settings: irm.console.host, irm.console.port, irm.console.cookies.secure, irm.console.session.minutes,",
            "irm.console.login.perMinute."
        })
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CatalogueException, InterruptedException {
        IrmConfig config = configOptions.config();
        try (Register register = Register.open(config)) {
            // The States must be known for users of a State to be added (as irm focal-points does).
            new RegisteredStates(register).importStates(StateList.load(config.templates()).all());
            PrintWriter out = spec.commandLine().getOut();
            CountDownLatch stopped = new CountDownLatch(1);
            ConsoleServer server = ConsoleServer.start(config, register, Clock.systemUTC());
            // Stopped by a signal, the JVM ends once its hooks have run, maybe before this method returns: the
            // hook closes the register itself (closing it again on return does nothing).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                register.close();
                stopped.countDown();
            }, "irm-serve-stop"));
            out.printf("The console is at http://%s:%d/ (Ctrl-C stops it).%n", config.get(Setting.CONSOLE_HOST), server.port());
            if (new ConsoleUsers(register, Clock.systemUTC()).all().isEmpty()) {
                out.println("No user yet: add the first with  irm users add --login NAME --role secretariat");
            }
            out.flush();
            stopped.await();
            return 0;
        }
    }
}
