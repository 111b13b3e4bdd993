package io.github.bksdk.buildkite.testkit;

import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time for tests of code that waits: a {@link Clock} that moves only when the client waits, and the
 * {@link Sleeper} (sync client) and {@link Scheduler} (async client) that make it move. Every wait the client asks
 * for (a retry backoff, a 429's reset, rate-limit pacing, a build waiter's poll interval, a log follower's) is
 * recorded and returns at once, and the clock jumps ahead by it, so that everything that reads the clock (the
 * adaptive rate limiter, a waiter's overall timeout, the age of a rate-limit window) sees the time pass that a real
 * run would have spent waiting. A test of an hour of polling takes milliseconds and behaves like the hour.
 *
 * <pre>{@code
 * SimulatedTime time = SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
 * BuildkiteClient client = fake.clientBuilder(time).build();   // or .clock(time).sleeper(time).scheduler(time)
 * ...
 * assertThat(time.totalWait()).isGreaterThanOrEqualTo(Duration.ofSeconds(42));
 * }</pre>
 *
 * <p>Thread-safe. Waits of zero or less return at once and are not recorded. The scheduler runs each task at once,
 * on the thread that schedules it, unless its handle was cancelled first.
 */
public final class SimulatedTime extends Clock implements Sleeper, Scheduler {
  private final Instant start;
  private final AtomicLong elapsedNanos = new AtomicLong();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private SimulatedTime(Instant start) {
    this.start = start;
  }

  /**
   * Returns time that starts at the given instant.
   *
   * @param start the clock's first reading
   * @return the time
   * @throws IllegalArgumentException if {@code start} is null
   */
  public static SimulatedTime startingAt(Instant start) {
    if (start == null) {
      throw new IllegalArgumentException("start must not be null");
    }
    return new SimulatedTime(start);
  }

  /** {@return time that starts at the system clock's present instant} */
  public static SimulatedTime startingNow() {
    return new SimulatedTime(Instant.now());
  }

  /**
   * Records the wait and moves the clock ahead by it, without sleeping.
   *
   * @param duration how long the caller would have waited; zero or negative returns at once, unrecorded
   */
  @Override
  public void sleep(Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      return;
    }
    waits.add(duration);
    elapsedNanos.addAndGet(duration.toNanos());
  }

  /**
   * Records the delay, moves the clock ahead by it and runs the task at once, on this thread.
   *
   * @param delay how long the task would have waited
   * @param task what to run
   * @return the task's handle, already done
   */
  @Override
  public Future<?> schedule(Duration delay, Runnable task) {
    FutureTask<Void> scheduled = new FutureTask<>(Objects.requireNonNull(task, "task"), null);
    sleep(delay);
    scheduled.run();
    return scheduled;
  }

  /**
   * Moves the clock ahead by hand, as time passing outside the client would (another process using up the rate
   * limit, a build running); not recorded as a wait.
   *
   * @param duration how far; zero or more
   * @throws IllegalArgumentException if the duration is null or negative
   */
  public void advance(Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be zero or more");
    }
    elapsedNanos.addAndGet(duration.toNanos());
  }

  /** {@return every wait recorded so far, in order; an unmodifiable snapshot} */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** {@return the sum of the recorded waits} */
  public Duration totalWait() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** {@return the present simulated instant: the start, plus every wait and advance so far} */
  @Override
  public Instant instant() {
    return start.plusNanos(elapsedNanos.get());
  }

  /** {@return UTC: the simulated clock has no other zone} */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns this clock: the simulated time is the same in every zone.
   *
   * @param zone ignored
   * @return this
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "SimulatedTime(" + instant() + ", " + waits.size() + " waits)";
  }
}
