package io.github.bksdk.buildkite.internal;

import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.retry.Sleeper;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * How one call waits (retry backoff, 429 waits, rate-limit pacing) and whether its transport blocks: the only
 * difference between the sync and the async client inside the chain. Internal.
 */
abstract class Waits {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** Returns whether the transport blocks the calling thread until the response is in (the sync client). */
  abstract boolean blocking();

  /**
   * Waits. A wait that is interrupted (sync) completes exceptionally with the {@link InterruptedException}, the
   * thread's interrupt flag set again; a cancelled one (async) with a {@link CancellationException}.
   *
   * @param delay how long
   * @return completes when the wait is over
   */
  abstract CompletableFuture<Void> after(Duration delay);

  /** Records work in progress (the JDK exchange) so that cancelling the call aborts it; no-op when blocking. */
  abstract void track(Future<?> work);

  /** Returns whether the call was cancelled; checked before each attempt. */
  abstract boolean cancelled();

  /** The sync client's waits: the {@link Sleeper}, on the calling thread. */
  static Waits blocking(Sleeper sleeper) {
    return new Waits() {
      @Override
      boolean blocking() {
        return true;
      }

      @Override
      CompletableFuture<Void> after(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
          return DONE;
        }
        try {
          sleeper.sleep(delay);
          return DONE;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return CompletableFuture.failedFuture(e);
        }
      }

      @Override
      void track(Future<?> work) {
        // the calling thread owns the exchange
      }

      @Override
      boolean cancelled() {
        return false;
      }
    };
  }

  /** The async client's waits: scheduled continuations, cancellable through the call's {@link InFlight}. */
  static Waits scheduled(Scheduler scheduler, InFlight inFlight) {
    return new Waits() {
      @Override
      boolean blocking() {
        return false;
      }

      @Override
      CompletableFuture<Void> after(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
          return DONE;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Future<?> task = scheduler.schedule(delay, () -> done.complete(null));
        inFlight.track(new Future<Object>() {   // cancelling the call stops the timer and ends the wait
          @Override
          public boolean cancel(boolean mayInterrupt) {
            task.cancel(false);
            return done.completeExceptionally(new CancellationException("the call was cancelled while waiting"));
          }

          @Override
          public boolean isCancelled() {
            return task.isCancelled();
          }

          @Override
          public boolean isDone() {
            return done.isDone();
          }

          @Override
          public Object get() {
            throw new UnsupportedOperationException();
          }

          @Override
          public Object get(long timeout, java.util.concurrent.TimeUnit unit) {
            throw new UnsupportedOperationException();
          }
        });
        return done;
      }

      @Override
      void track(Future<?> work) {
        inFlight.track(work);
      }

      @Override
      boolean cancelled() {
        return inFlight.cancelled();
      }
    };
  }
}
