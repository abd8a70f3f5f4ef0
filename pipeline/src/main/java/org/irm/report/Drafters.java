package org.irm.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Composes, renders and assembles several drafts side by side: the work that depends only on the
 * inputs already read (never the register or the folder), on a few worker threads shared by every
 * {@link ReportService} of the process. The pool is bounded ({@link #WORKERS}), so however many
 * callers draft at once, no more drafts are in memory at a time than there are workers; its
 * threads are daemons and end when idle.
 */
final class Drafters {

    /** Two: a State's six languages keep both cores of a small server busy without crowding the heap. */
    static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static final ThreadPoolExecutor POOL = pool();

    /** One draft's work on one input. */
    interface Work<T, R> {
        R apply(T input) throws IOException;
    }

    private Drafters() {
    }

    /**
     * The work's result for each input, in the inputs' order.
     *
     * @throws IOException the first failure, in the inputs' order, as the work threw it
     */
    static <T, R> List<R> each(List<T> inputs, Work<T, R> work) throws IOException {
        List<R> results = new ArrayList<>(inputs.size());
        if (inputs.size() < 2 || WORKERS < 2) {
            for (T input : inputs) {
                results.add(work.apply(input));
            }
            return results;
        }
        List<Future<R>> running = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            running.add(POOL.submit(() -> {
                try {
                    return work.apply(input);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        try {
            for (Future<R> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Drafting was interrupted");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            // After a failure the rest is not needed (drafting has no side effects): stop what has not started.
            running.forEach(result -> result.cancel(false));
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    private static ThreadPoolExecutor pool() {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "irm-drafter-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
