package org.irm.console;

import java.util.function.LongSupplier;

/**
 * The register's change marker (the id of the last event logged), as the console reads it: every
 * page kept (a State's data, a rendered page, a session's account) is checked against it, and a
 * request must see every change logged before it came in.
 *
 * <p>Reading it is a query, and the console asked it two or three times per request (the pages'
 * data, the session's account): with fifty sessions at once, these queries were a sixth of the
 * server's work. Here a value is taken from a read that <em>began</em> after the request came in, so
 * it holds every event committed before; the requests that wait while one read runs share the next
 * read, and the calls made while serving one request share one read ({@link #beginRequest}). A
 * value read before the request came in is never used, so nothing logged before it is missed.
 */
final class ChangeMarker {

    private final LongSupplier lastEventId;
    /** The reads begun so far; a read's number is the count when it began. */
    private volatile long readsBegun;
    /** Guarded by this: the number of the last read finished and the id it read. */
    private long lastReadNumber;
    private long lastRead;
    /** Per request thread: the reads begun when its request came in (set by {@link #beginRequest}). */
    private final ThreadLocal<Long> requestStart = new ThreadLocal<>();

    ChangeMarker(LongSupplier lastEventId) {
        this.lastEventId = lastEventId;
    }

    /**
     * Marks the start of a request on this thread: until the next one, {@link #latest} may answer from
     * any read begun after this moment. Called first by every request (the console's guard).
     */
    void beginRequest() {
        requestStart.set(readsBegun);
    }

    /**
     * The last event id, from a read begun after the current request came in (outside a request:
     * after this call).
     */
    long latest() {
        Long start = requestStart.get();
        long since = start == null ? readsBegun : start;
        synchronized (this) {
            if (lastReadNumber > since) {
                return lastRead;
            }
            long number = ++readsBegun;
            long read = lastEventId.getAsLong();
            lastReadNumber = number;
            lastRead = read;
            return read;
        }
    }
}
