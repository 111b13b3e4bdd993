package io.github.bksdk.buildkite.retry;

import java.time.Duration;

/**
 * Waits between attempts. The client uses {@link #system()}; tests inject one that records the waits instead of
 * sleeping, so retry timing can be checked without real delays.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** {@return the sleeper that really waits, with {@link Thread#sleep(long)}} */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis());
      }
    };
  }
}
