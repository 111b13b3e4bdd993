package io.github.bksdk.buildkite.waiting;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The cancellation plumbing shared by the async waiter and the async log follower: one run's result, and the one
 * request or scheduled wait the run is in at any moment, which cancelling the result cancels. Runs are sequential
 * (one step at a time), so one pending step is enough.
 *
 * @param <T> what the run completes with
 */
abstract class AsyncRun<T> {
  /** What the caller gets; completed by the run, or cancelled by the caller. */
  final CompletableFuture<T> result = new CompletableFuture<>();
  /** The request in flight or the scheduled wait. */
  private final AtomicReference<Future<?>> pending = new AtomicReference<>();

  /** Arranges that cancelling {@link #result} cancels the pending step, then takes the first step. */
  final CompletableFuture<T> begin(Runnable firstStep) {
    result.whenComplete((r, e) -> {
      Future<?> current = pending.get();
      if (result.isCancelled() && current != null) {
        current.cancel(true);
      }
    });
    firstStep.run();
    return result;
  }

  /** Records the step the run waits on now, and cancels it at once if the caller has already cancelled. */
  final void hold(Future<?> next) {
    pending.set(next);
    if (result.isCancelled()) {
      next.cancel(true);
    }
  }

  /** Returns the failure a future's {@code CompletionException} or {@code ExecutionException} wraps. */
  static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
