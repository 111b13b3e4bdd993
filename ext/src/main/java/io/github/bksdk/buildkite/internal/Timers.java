package io.github.bksdk.buildkite.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one timer thread of the SDK, shared by every client in the JVM and created on first use: async read
 * timeouts and the default {@link io.github.bksdk.buildkite.retry.Scheduler}. It only completes futures (never
 * runs user code or I/O), so one daemon thread serves any number of in-flight calls. Internal.
 */
public final class Timers {
  private Timers() {}

  /** Returns the shared timer. */
  public static ScheduledThreadPoolExecutor shared() {
    return Holder.TIMER;
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
