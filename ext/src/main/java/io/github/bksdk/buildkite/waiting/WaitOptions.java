package io.github.bksdk.buildkite.waiting;

import io.github.bksdk.buildkite.RequestOptions;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How {@link BuildWaiter} and {@link JobLogFollower} wait: the overall timeout, the poll interval and its growth, what
 * to do with a blocked build, a progress callback and the options of each request. Immutable; start from
 * {@link #defaults()} or {@link #builder()}.
 *
 * <p>Defaults: 30 minute timeout; first poll interval 2 s, multiplied by 1.5 after every poll up to 30 s;
 * {@link BlockedPolicy#RETURN}; slow down once less than 10% of a rate-limit window remains; no callback.
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final Duration timeout;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final double multiplier;
  private final BlockedPolicy blockedPolicy;
  private final double reserveFraction;
  private final Consumer<BuildProgress> progress;
  private final RequestOptions requestOptions;

  private WaitOptions(Builder b) {
    this.timeout = b.timeout;
    this.initialInterval = b.initialInterval;
    this.maxInterval = b.maxInterval;
    this.multiplier = b.multiplier;
    this.blockedPolicy = b.blockedPolicy;
    this.reserveFraction = b.reserveFraction;
    this.progress = b.progress;
    this.requestOptions = b.requestOptions;
  }

  /** {@return the default options (see the class description)} */
  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.initialInterval = initialInterval;
    b.maxInterval = maxInterval;
    b.multiplier = multiplier;
    b.blockedPolicy = blockedPolicy;
    b.reserveFraction = reserveFraction;
    b.progress = progress;
    b.requestOptions = requestOptions;
    return b;
  }

  /** {@return the overall time limit of one wait} */
  public Duration timeout() {
    return timeout;
  }

  /** {@return the wait between the first and the second poll} */
  public Duration initialInterval() {
    return initialInterval;
  }

  /** {@return the longest wait between two polls (rate-limit waits may be longer)} */
  public Duration maxInterval() {
    return maxInterval;
  }

  /** {@return the factor the poll interval grows by after every poll} */
  public double multiplier() {
    return multiplier;
  }

  /** {@return what to do with a blocked build} */
  public BlockedPolicy blockedPolicy() {
    return blockedPolicy;
  }

  /**
   * Returns the share of a rate-limit window the waiter leaves to other callers: once fewer requests than this share
   * of the limit remain, it spreads its polls over the rest of the window.
   *
   * @return the share of a rate-limit window the waiter leaves to other callers
   */
  public double reserveFraction() {
    return reserveFraction;
  }

  /** {@return the callback that receives a {@link BuildProgress} after every poll} */
  public Consumer<BuildProgress> progress() {
    return progress;
  }

  /** {@return the options of every request the wait makes} */
  public RequestOptions requestOptions() {
    return requestOptions;
  }

  @Override
  public String toString() {
    return "WaitOptions{timeout=" + timeout + ", interval=" + initialInterval + ".." + maxInterval + " x" + multiplier
        + ", blocked=" + blockedPolicy + ", reserve=" + reserveFraction + "}";
  }

  /** Builds {@link WaitOptions}; every setter checks its argument at once. */
  public static final class Builder {
    private Duration timeout = Duration.ofMinutes(30);
    private Duration initialInterval = Duration.ofSeconds(2);
    private Duration maxInterval = Duration.ofSeconds(30);
    private double multiplier = 1.5;
    private BlockedPolicy blockedPolicy = BlockedPolicy.RETURN;
    private double reserveFraction = 0.1;
    private Consumer<BuildProgress> progress = p -> { };
    private RequestOptions requestOptions = RequestOptions.none();

    private Builder() {}

    /**
     * Sets the overall time limit; when it passes, the wait throws {@link WaitTimeoutException}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /**
     * Sets the wait between the first two polls.
     *
     * @param interval a positive duration
     * @return this builder
     */
    public Builder initialInterval(Duration interval) {
      this.initialInterval = positive("initialInterval", interval);
      return this;
    }

    /**
     * Sets the longest wait between two polls.
     *
     * @param interval a positive duration
     * @return this builder
     */
    public Builder maxInterval(Duration interval) {
      this.maxInterval = positive("maxInterval", interval);
      return this;
    }

    /**
     * Sets the factor the interval grows by after each poll; 1 keeps it constant.
     *
     * @param multiplier at least 1 and at most 10
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
        throw new IllegalArgumentException("multiplier must be between 1 and 10, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Sets what to do with a blocked build.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder blockedPolicy(BlockedPolicy policy) {
      this.blockedPolicy = nonNull("blockedPolicy", policy);
      return this;
    }

    /**
     * Sets the share of each rate-limit window left to other callers.
     *
     * @param fraction between 0 (use the whole budget) and 0.9
     * @return this builder
     */
    public Builder reserveFraction(double fraction) {
      if (!(fraction >= 0.0 && fraction <= 0.9)) {
        throw new IllegalArgumentException("reserveFraction must be between 0 and 0.9, was " + fraction);
      }
      this.reserveFraction = fraction;
      return this;
    }

    /**
     * Sets the callback called after every poll, on the waiting thread; it should return quickly.
     *
     * @param progress the callback
     * @return this builder
     */
    public Builder progress(Consumer<BuildProgress> progress) {
      this.progress = nonNull("progress", progress);
      return this;
    }

    /**
     * Sets the options of every request of the wait (a per-request timeout, headers ...).
     *
     * @param options the options
     * @return this builder
     */
    public Builder requestOptions(RequestOptions options) {
      this.requestOptions = nonNull("requestOptions", options);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if maxInterval is shorter than initialInterval
     */
    public WaitOptions build() {
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException("maxInterval (" + maxInterval + ") must not be shorter than initialInterval ("
            + initialInterval + ")");
      }
      return new WaitOptions(this);
    }

    private static <T> T nonNull(String name, T value) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      nonNull(name, value);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }

  Duration next(Duration interval) {
    double millis = interval.toMillis() * multiplier;
    return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis((long) millis);
  }
}
