package org.irm.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Composes, renders and assembles several drafts side by side: the work that depends only on the
 * inputs already read (it may read the register and the folder, never write them), on a few worker threads shared by every
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

    /** What is done with each result, in the inputs' order, on the caller's thread. */
    interface Taken<R> {
        void accept(R result) throws IOException;
    }

    /**
     * The work on each input, started on the drafters (done here and now when there is one input or one
     * worker): its results are taken later ({@link Started#take}), so that the caller may do something
     * else meanwhile, such as reading the next drafts' inputs.
     */
    static <T, R> Started<R> started(List<T> inputs, Work<T, R> work) {
        List<Future<R>> running = new ArrayList<>(inputs.size());
        boolean here = inputs.size() < 2 || WORKERS < 2;
        for (T input : inputs) {
            if (here) {
                CompletableFuture<R> done = doneHere(work, input);
                running.add(done);
                if (done.isCompletedExceptionally()) {
                    break; // as the drafters' work is called off after a failure: taking stops there
                }
            } else {
                running.add(POOL.submit(() -> {
                    try {
                        return work.apply(input);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        }
        return new Started<>(running);
    }

    private static <T, R> CompletableFuture<R> doneHere(Work<T, R> work, T input) {
        try {
            return CompletableFuture.completedFuture(work.apply(input));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Work started on several inputs, whose results are yet to be taken. */
    static final class Started<R> {
        private final List<Future<R>> running;

        private Started(List<Future<R>> running) {
            this.running = running;
        }

        /**
         * Each result handed to {@code taken} in the inputs' order, on the calling thread, as soon as it
         * and those before it are done; the work not done yet is called off when one fails.
         *
         * @throws IOException the first failure, in the inputs' order, of the work or of {@code taken}; the
         *                     results after it are not taken
         */
        void take(Taken<R> taken) throws IOException {
            try {
                for (Future<R> result : running) {
                    taken.accept(result.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Drafting was interrupted");
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } finally {
                callOff();
            }
        }

        /** The work not started yet is not started; what is under way ends on its own. */
        void callOff() {
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
