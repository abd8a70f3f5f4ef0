package org.irm.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.irm.config.IrmConfig;
import org.irm.submission.ReturnDesk;

/** The intake routes running in a test, on real folders under a temporary home. */
final class IntakeRunning implements AutoCloseable {

    final CamelContext camel = new DefaultCamelContext();
    final IntakeDaemon daemon;
    final Path root;

    private IntakeRunning(Path home, ReturnDesk desk, Map<String, String> settings, Clock clock) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("irm.home", home.toString());
        values.put("irm.inbox.poll.ms", "100");
        values.put("irm.inbox.settle.ms", "300");
        values.put("irm.mail.imap.poll.ms", "200");
        values.put("irm.mail.queue.poll.ms", "100");
        values.putAll(settings);
        IrmConfig config = IrmConfig.of(values);
        this.root = config.path(org.irm.config.Setting.WATCH_ROOT);
        this.daemon = new IntakeDaemon(config, desk, clock);
        daemon.addTo(camel);
    }

    /** Builds the routes; call {@link #start()} once the test's NotifyBuilders are made. */
    static IntakeRunning prepare(Path home, ReturnDesk desk, Map<String, String> settings) throws Exception {
        return prepare(home, desk, settings, Clock.systemUTC());
    }

    /** The same, on a clock of the test's (such as a {@link org.irm.testsupport.MovableClock}). */
    static IntakeRunning prepare(Path home, ReturnDesk desk, Map<String, String> settings, Clock clock) throws Exception {
        return new IntakeRunning(home, desk, settings, clock);
    }

    /** How many looks at its folder or mailbox a route has begun (Camel's poll counter, counted as each look begins). */
    static long looks(CamelContext camel, String routeId) {
        return ((ScheduledPollConsumer) camel.getRoute(routeId).getConsumer()).getCounter();
    }

    IntakeRunning start() {
        camel.start();
        return this;
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    @Override
    public void close() {
        camel.stop();
    }
}
