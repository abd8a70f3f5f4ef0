package org.irm.testsupport;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting in a test for an outcome that something running beside it (a Camel route, an
 * {@code irm run} process, a mail server) brings about: the outcome is looked at again and again
 * until it holds or the time allowed is up, and then the test fails saying what it waited for,
 * how long, and what it saw last. The time allowed is an upper bound for a loaded machine, never
 * a pause the test relies on: a test waits only as long as the outcome takes.
 */
public final class Eventually {

    /** How often the outcome is looked at: often enough not to slow a test, rarely enough not to load the machine. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(50);

    private Eventually() {
    }

    /** Waits until {@code done} holds; fails naming {@code what} when it still does not after {@code within}. */
    public static void await(String what, Duration within, Callable<Boolean> done) {
        await(what, within, done, Boolean.TRUE::equals);
    }

    /**
     * Looks at {@code probe} until what it returns satisfies {@code done}, and returns that value;
     * fails naming {@code what} and the last value seen when it does not within {@code within}.
     */
    public static <T> T await(String what, Duration within, Callable<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        T seen = null;
        Exception failed = null;
        while (true) {
            try {
                seen = probe.call();
                failed = null;
                if (done.test(seen)) {
                    return seen;
                }
            } catch (Exception e) {
                failed = e; // not there yet (a file half-written, a register still starting): look again
            }
            if (System.nanoTime() - deadline > 0) {
                AssertionError timedOut = new AssertionError("Waited " + within.toSeconds() + " s for " + what
                        + (failed != null ? "; the last look failed: " + failed : "; last seen: " + seen));
                if (failed != null) {
                    timedOut.initCause(failed);
                }
                throw timedOut;
            }
            try {
                Thread.sleep(LOOK_EVERY.toMillis()); // the interval between two looks, not a wait on the outcome
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
