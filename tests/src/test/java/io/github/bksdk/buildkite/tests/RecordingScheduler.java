package io.github.bksdk.buildkite.tests;

import io.github.bksdk.buildkite.retry.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A scheduler for the async client that records every delay it is asked for and either runs the task at once (time
 * passes instantly) or holds it until the test runs it; it never waits.
 */
final class RecordingScheduler implements Scheduler {
  final List<Duration> delays = new CopyOnWriteArrayList<>();
  final List<FutureTask<Void>> held = new CopyOnWriteArrayList<>();
  private final boolean runAtOnce;

  private RecordingScheduler(boolean runAtOnce) {
    this.runAtOnce = runAtOnce;
  }

  /** Returns a scheduler whose waits are over as soon as they start. */
  static RecordingScheduler instant() {
    return new RecordingScheduler(true);
  }

  /** Returns a scheduler whose waits last until the test calls {@code held.get(i).run()}. */
  static RecordingScheduler holding() {
    return new RecordingScheduler(false);
  }

  @Override
  public Future<?> schedule(Duration delay, Runnable task) {
    delays.add(delay);
    FutureTask<Void> scheduled = new FutureTask<>(task, null);
    if (runAtOnce) {
      scheduled.run();
    } else {
      held.add(scheduled);
    }
    return scheduled;
  }
}
