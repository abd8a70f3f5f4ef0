package org.irm.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the process alive, once it is asked to stop (SIGTERM from a service manager, Ctrl-C), until
 * {@code irm run} has done what it does after its routes stopped: closing the register and compacting
 * it when due. The JVM halts as soon as its shutdown hooks end, and Camel's ends once the routes have
 * stopped, so that work needs a hook of its own that waits for it. A stop asked for before the routes
 * run (while the warm-up or the finishing of unfinished work runs) ends the process at once, as before:
 * that work is safe to cut short and is done again at the next start. The wait is bounded; a
 * compaction cut short leaves the register as it was.
 */
final class StopWork implements AutoCloseable {

    /** Longer than any compaction measured (a 249 MB register), shorter than forever. */
    static final Duration LIMIT = Duration.ofMinutes(10);

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook = new Thread(this::awaitDone, "irm-stop-work");
    private volatile boolean routesRunning;

    private StopWork() {
    }

    /** Starts keeping the process alive for the work after the routes stop. */
    static StopWork begin() {
        StopWork work = new StopWork();
        Runtime.getRuntime().addShutdownHook(work.hook);
        return work;
    }

    /** The routes run: from now on a stop waits for {@link #close()}. */
    void routesRunning() {
        routesRunning = true;
    }

    /** The work after the routes is done (or failed): the process may end. */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs already and has just been released.
        }
    }

    private void awaitDone() {
        if (!routesRunning) {
            return;
        }
        try {
            done.await(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
