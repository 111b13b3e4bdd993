package io.github.bksdk.buildkite.tests;

import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.testkit.SimulatedTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A {@link Scheduler} on a {@link SimulatedTime}: it advances the clock by each delay and runs the task at once, so
 * nothing sleeps; or, while {@link #holding} is set, it keeps the task without running it, for tests that cancel a
 * wait in progress.
 */
final class FakeScheduler implements Scheduler {
  /** Waits scheduled but not run yet (only while {@link #holding}). */
  final List<FutureTask<Void>> held = new CopyOnWriteArrayList<>();
  /** Counted down when the first wait is held. */
  final CountDownLatch firstHeld = new CountDownLatch(1);
  /** Counted down when a held wait is cancelled (the wait is handed over just after it is scheduled). */
  final CountDownLatch heldCancelled = new CountDownLatch(1);
  volatile boolean holding;
  private final SimulatedTime time;

  FakeScheduler(SimulatedTime time) {
    this.time = time;
  }

  @Override
  public Future<?> schedule(Duration delay, Runnable task) {
    FutureTask<Void> scheduled = new FutureTask<>(task, null) {
      @Override
      public boolean cancel(boolean mayInterrupt) {
        boolean cancelled = super.cancel(mayInterrupt);
        heldCancelled.countDown();
        return cancelled;
      }
    };
    if (holding) {
      held.add(scheduled);
      firstHeld.countDown();
    } else {
      time.sleep(delay);
      scheduled.run();
    }
    return scheduled;
  }
}
