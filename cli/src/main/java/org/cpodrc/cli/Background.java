package org.cpodrc.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A computation started on a thread of its own, whose result is taken later with {@link #join()}:
 * what it threw is rethrown then, as it was, so the caller decides in which order errors surface.
 * {@code check} loads the deck this way while it reads the design, on a core that is otherwise
 * idle during a small check's start.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Starts work on a daemon thread (a run that ends early does not wait for it). */
    static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> b = new Background<>(work);
        Thread t = new Thread(b.task, name);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** The result, once the work is done; an exception or error it threw is rethrown unchanged. */
    T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        }
    }
}
