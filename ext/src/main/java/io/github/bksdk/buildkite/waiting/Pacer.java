package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.ratelimit.RateLimitWindow;
import io.github.bksdk.buildkite.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Time keeping shared by the waiter and the log follower, sync and async: the deadline, the growing poll interval,
 * rate-limit pacing and interruptible sleeps.
 */
final class Pacer {
  /** The shortest wait after a 429 that did not say how long to wait. */
  private static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  private final Sleeper sleeper;
  private final Clock clock;
  private final WaitOptions options;
  private final Instant start;
  private final Instant deadline;
  private Duration interval;

  /**
   * Starts the clock of one wait.
   *
   * @param sleeper how the sync forms sleep; null for the async forms, which schedule their waits
   * @param clock the client's clock
   * @param options the interval, its growth, the rate-limit reserve and the timeout
   */
  Pacer(Sleeper sleeper, Clock clock, WaitOptions options) {
    this.sleeper = sleeper;
    this.clock = clock;
    this.options = options;
    this.start = clock.instant();
    this.deadline = start.plus(options.timeout());
    this.interval = options.initialInterval();
  }

  /**
   * The wait before the next poll after an answer: the interval, or longer when a rate-limit window runs low. The
   * interval then grows for the poll after.
   */
  Duration delayAfter(RateLimitStatus answered) {
    Duration delay = max(interval, rateLimitWait(answered, options.reserveFraction()));
    interval = options.next(interval);
    return delay;
  }

  /** The wait before the next poll after a 429 the client's own retries did not absorb; the interval then grows. */
  Duration delayAfterRateLimited(Duration retryAfter) {
    Duration delay = max(max(interval, retryAfter), MIN_RATE_LIMIT_WAIT);
    interval = options.next(interval);
    return delay;
  }

  Duration elapsed() {
    return Duration.between(start, clock.instant());
  }

  boolean expired() {
    return !clock.instant().isBefore(deadline);
  }

  /**
   * Returns how long to wait before the next request so that the wait leaves {@code reserve} of each window to other
   * callers: zero while plenty remains, the window's reset when nothing remains, and in between the reset spread so
   * that at most half of what remains is used.
   */
  private Duration rateLimitWait(RateLimitStatus status, double reserve) {
    Duration wait = Duration.ZERO;
    for (Optional<RateLimitWindow> window : java.util.List.of(status.organization(), status.user())) {
      if (window.isEmpty() || window.get().limit() <= 0) {
        continue;
      }
      RateLimitWindow w = window.get();
      Duration reset = w.reset().minus(Duration.between(w.observedAt(), clock.instant()));
      if (reset.isNegative()) {
        continue;
      }
      long threshold = (long) Math.ceil(w.limit() * reserve);
      Duration candidate;
      if (w.remaining() <= 0) {
        candidate = reset;
      } else if (w.remaining() <= threshold) {
        candidate = reset.dividedBy(Math.max(1, w.remaining() / 2));
      } else {
        continue;
      }
      if (candidate.compareTo(wait) > 0) {
        wait = candidate;
      }
    }
    return wait;
  }

  /** Returns {@code duration}, shortened so that it ends by the deadline; never negative. */
  Duration clamp(Duration duration) {
    Duration left = Duration.between(clock.instant(), deadline);
    Duration actual = duration.compareTo(left) < 0 ? duration : left;
    return actual.isNegative() ? Duration.ZERO : actual;
  }

  /** Sleeps for {@code duration}, but never past the deadline. */
  void sleep(Duration duration) {
    Duration actual = clamp(duration);
    if (actual.isZero()) {
      return;
    }
    try {
      sleeper.sleep(actual);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildkiteIoException("interrupted while waiting", e);
    }
  }

  static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
