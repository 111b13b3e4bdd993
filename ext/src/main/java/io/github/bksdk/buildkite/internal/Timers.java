package io.github.bksdk.buildkite.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SDK's shared threads for the async client, created on first use and shared by every client in the JVM: one
 * timer thread (async read timeouts and the default {@link io.github.bksdk.buildkite.retry.Scheduler}; it only
 * completes futures, never runs user code or I/O) and a small fixed pool that completes results. Their number does
 * not grow with the number of calls in flight. Internal.
 */
public final class Timers {
  private Timers() {}

  /** {@return the shared timer} */
  public static ScheduledThreadPoolExecutor shared() {
    return Holder.TIMER;
  }

  /**
   * Returns the shared pool that completes the async client's futures (decoding, then the application's
   * continuations), created on first use: as many daemon threads as processors, at least 2, whatever the number of
   * calls in flight. Not the common pool: on a machine with 2 processors or fewer, {@code CompletableFuture}
   * replaces the common pool with a new thread per task.
   *
   * @return the shared completion pool
   */
  public static java.util.concurrent.Executor completions() {
    return Completions.POOL;
  }

  private static final class Completions {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
          Thread thread = new Thread(task, "buildkite-sdk-async-" + COUNT.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static final class Holder {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ScheduledThreadPoolExecutor TIMER = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "buildkite-sdk-timer-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      timer.setRemoveOnCancelPolicy(true);   // cancelled waits and timeouts do not linger in the queue
      return timer;
    }
  }
}
