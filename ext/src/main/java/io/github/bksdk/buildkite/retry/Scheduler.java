package io.github.bksdk.buildkite.retry;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay; how the async client waits between attempts and for rate-limit permits without
 * holding a thread (the sync client waits with a {@link Sleeper}). The default, {@link #system()}, uses one shared
 * daemon timer thread for the whole JVM; tests inject one that records the delays and runs the tasks at once (or
 * when the test says), so retry timing can be checked without real waiting.
 */
@FunctionalInterface
public interface Scheduler {
  /**
   * Schedules a task; it must run once, after the delay, and must not run if the returned handle is cancelled
   * first. The task only completes a future, so it may run on any thread.
   *
   * @param delay how long to wait; zero or negative means as soon as possible
   * @param task what to run
   * @return a handle whose {@code cancel} stops the task from running
   */
  Future<?> schedule(Duration delay, Runnable task);

  /** {@return the scheduler that really waits, on the SDK's one shared daemon timer thread} */
  static Scheduler system() {
    return (delay, task) -> io.github.bksdk.buildkite.internal.Timers.shared()
        .schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }
}
