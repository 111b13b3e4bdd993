package io.github.bksdk.buildkite.retry;

import io.github.bksdk.buildkite.internal.Require;
import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a failed attempt. One policy applies to every call of a client; derive a client with
 * another policy with {@code BuildkiteClient#withRetryPolicy}.
 *
 * <p>What is retried, whatever the numbers here:
 * <ul>
 *   <li>429 Too Many Requests, for every method, after the wait the server asks for: the largest of
 *       {@code RateLimit-Reset}, {@code RateLimit-User-Reset} and {@code Retry-After}, plus a little jitter;</li>
 *   <li>502, 503 and 504, connection resets and timeouts, only for idempotent methods (GET, HEAD, PUT, DELETE),
 *       with exponential backoff and full jitter;</li>
 *   <li>a POST or PATCH only when the connection was refused or never established, so nothing reached the
 *       server: a duplicated build costs real money.</li>
 * </ul>
 * Waits longer than {@link #maxBackoff()} are not made (the call fails instead), and no call spends more than
 * {@link #maxTotalWait()} waiting. Retries of 5xx answers and I/O failures are also paid from a retry budget shared
 * by all calls of the client ({@link #retryBudget()}, see {@link RetryBudgetSettings}), so that an outage does not
 * multiply the traffic it receives. Immutable.
 */
public final class RetryPolicy {
  /** The hash code, once computed (0 until then); the fields it is computed from never change. */
  private int hash;
  private static final RetryPolicy DEFAULT = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxTotalWait;
  private final RetryBudgetSettings retryBudget;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxTotalWait = builder.maxTotalWait;
    this.retryBudget = builder.retryBudget;
  }

  /**
   * Returns the default policy: 3 attempts, backoff from 500 ms doubling with full jitter, at most 60 s for one
   * wait (a rate-limit window is 60 s), at most 2 minutes of waiting in total, and the default retry budget
   * ({@link RetryBudgetSettings#defaults()}).
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return NONE;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this policy's values} */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
        .maxTotalWait(maxTotalWait).retryBudget(retryBudget);
  }

  /** {@return the total number of attempts, the first included (1 means no retry)} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the base of the exponential backoff: the first retry waits up to this long} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the longest single wait; a server asking for more makes the call fail instead of waiting} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the most time one call may spend waiting between its attempts} */
  public Duration maxTotalWait() {
    return maxTotalWait;
  }

  /**
   * Returns the retry budget the retries of this policy are paid from. Calls whose policies carry equal settings
   * share one budget per client; {@link RetryBudgetSettings#disabled()} exempts a policy's calls from it.
   *
   * @return the budget settings
   */
  public RetryBudgetSettings retryBudget() {
    return retryBudget;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetryPolicy that && maxAttempts == that.maxAttempts
        && initialBackoff.equals(that.initialBackoff) && maxBackoff.equals(that.maxBackoff)
        && maxTotalWait.equals(that.maxTotalWait) && retryBudget.equals(that.retryBudget);
  }

  @Override
  public int hashCode() {
    // computed once: the transport chain looks policies up by value on every call
    int h = hash;
    if (h == 0) {
      h = Objects.hash(maxAttempts, initialBackoff, maxBackoff, maxTotalWait, retryBudget);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", maxTotalWait=" + maxTotalWait + ", retryBudget=" + retryBudget + "}";
  }

  /** Builds {@link RetryPolicy} values. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private Duration maxTotalWait = Duration.ofMinutes(2);
    private RetryBudgetSettings retryBudget = RetryBudgetSettings.defaults();

    private Builder() {}

    /**
     * Sets the total number of attempts.
     *
     * @param maxAttempts 1 (no retry) to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 10, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the base of the exponential backoff.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Require.positive("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * Sets the longest single wait.
     *
     * @param maxBackoff a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Require.positive("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * Sets the most time one call may spend waiting in total.
     *
     * @param maxTotalWait a positive duration
     * @return this builder
     */
    public Builder maxTotalWait(Duration maxTotalWait) {
      this.maxTotalWait = Require.positive("maxTotalWait", maxTotalWait);
      return this;
    }

    /**
     * Sets the retry budget shared by the calls of a client: {@link RetryBudgetSettings#defaults()} unless set,
     * {@link RetryBudgetSettings#disabled()} to retry as often as the other settings allow, or custom settings from
     * {@link RetryBudgetSettings#builder()}.
     *
     * @param retryBudget the budget settings
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder retryBudget(RetryBudgetSettings retryBudget) {
      this.retryBudget = Require.notNull("retryBudget", retryBudget);
      return this;
    }

    /**
     * Returns the policy.
     *
     * @return a new immutable policy
     * @throws IllegalArgumentException if initialBackoff exceeds maxBackoff
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException("initialBackoff must not exceed maxBackoff");
      }
      return new RetryPolicy(this);
    }
  }
}
