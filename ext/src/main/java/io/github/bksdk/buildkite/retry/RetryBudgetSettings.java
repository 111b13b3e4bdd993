package io.github.bksdk.buildkite.retry;

import java.util.Objects;

/**
 * The size and prices of the retry budget: a pool of tokens shared by every call of one client (and the clients
 * derived from it with {@code withOptions} or {@code withRetryPolicy}) so that an outage does not multiply the
 * traffic it receives. Each retry of a 5xx answer takes {@link #retryCost()} tokens, each retry after an I/O failure
 * or timeout takes {@link #ioRetryCost()} (a hanging server holds connections longer, so it costs more), and each
 * successful attempt puts {@link #successRefund()} back, up to {@link #capacity()}. When a retry cannot be paid for,
 * the call is not retried and fails with the last error and the note "retry budget exhausted"; first attempts are
 * never refused. A 429 is not charged: it already waits for the window the server names. With the defaults a client
 * whose every attempt fails stops retrying after 100 retries of 5xx answers (or 50 after timeouts) and starts again
 * after a few successes. Immutable.
 */
public final class RetryBudgetSettings {
  /** The hash code, once computed (0 until then); the fields it is computed from never change. */
  private int hash;
  private static final RetryBudgetSettings DEFAULTS = new RetryBudgetSettings(true, 500, 5, 10, 1);
  private static final RetryBudgetSettings DISABLED = new RetryBudgetSettings(false, 0, 0, 0, 0);

  private final boolean enabled;
  private final int capacity;
  private final int retryCost;
  private final int ioRetryCost;
  private final int successRefund;

  private RetryBudgetSettings(boolean enabled, int capacity, int retryCost, int ioRetryCost, int successRefund) {
    this.enabled = enabled;
    this.capacity = capacity;
    this.retryCost = retryCost;
    this.ioRetryCost = ioRetryCost;
    this.successRefund = successRefund;
  }

  /**
   * Returns the default budget: 500 tokens, a retry of a 5xx answer costs 5, a retry after an I/O failure or timeout
   * costs 10, a success refunds 1.
   *
   * @return the default settings
   */
  public static RetryBudgetSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns settings that switch the budget off: every retry the retry policy allows is made.
   *
   * @return the disabled settings
   */
  public static RetryBudgetSettings disabled() {
    return DISABLED;
  }

  /**
   * Returns a builder starting from {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether retries are charged at all; false for {@link #disabled()}.
   *
   * @return whether the budget is on
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Returns the number of tokens the budget holds when full (and at start); 0 when disabled.
   *
   * @return the capacity
   */
  public int capacity() {
    return capacity;
  }

  /**
   * Returns the tokens one retry of a 502, 503 or 504 answer costs.
   *
   * @return the cost
   */
  public int retryCost() {
    return retryCost;
  }

  /**
   * Returns the tokens one retry after an I/O failure or a timeout costs.
   *
   * @return the cost
   */
  public int ioRetryCost() {
    return ioRetryCost;
  }

  /**
   * Returns the tokens each successful attempt puts back into the budget.
   *
   * @return the refund
   */
  public int successRefund() {
    return successRefund;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetryBudgetSettings that && enabled == that.enabled && capacity == that.capacity
        && retryCost == that.retryCost && ioRetryCost == that.ioRetryCost && successRefund == that.successRefund;
  }

  @Override
  public int hashCode() {
    // computed once: the transport chain looks policies up by value on every call
    int h = hash;
    if (h == 0) {
      h = Objects.hash(enabled, capacity, retryCost, ioRetryCost, successRefund);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return enabled
        ? "RetryBudgetSettings{capacity=" + capacity + ", retryCost=" + retryCost + ", ioRetryCost=" + ioRetryCost
            + ", successRefund=" + successRefund + "}"
        : "RetryBudgetSettings{disabled}";
  }

  /** Builds enabled {@link RetryBudgetSettings}; use {@link RetryBudgetSettings#disabled()} to switch it off. */
  public static final class Builder {
    private int capacity = DEFAULTS.capacity;
    private int retryCost = DEFAULTS.retryCost;
    private int ioRetryCost = DEFAULTS.ioRetryCost;
    private int successRefund = DEFAULTS.successRefund;

    private Builder() {}

    /**
     * Sets the number of tokens when full.
     *
     * @param capacity 1 to 1,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder capacity(int capacity) {
      this.capacity = inRange("capacity", capacity, 1, 1_000_000);
      return this;
    }

    /**
     * Sets the cost of one retry of a 5xx answer.
     *
     * @param retryCost 0 (free) to 1,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder retryCost(int retryCost) {
      this.retryCost = inRange("retryCost", retryCost, 0, 1_000_000);
      return this;
    }

    /**
     * Sets the cost of one retry after an I/O failure or a timeout.
     *
     * @param ioRetryCost 0 (free) to 1,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder ioRetryCost(int ioRetryCost) {
      this.ioRetryCost = inRange("ioRetryCost", ioRetryCost, 0, 1_000_000);
      return this;
    }

    /**
     * Sets how many tokens a successful attempt puts back.
     *
     * @param successRefund 0 (the budget never refills) to 1,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder successRefund(int successRefund) {
      this.successRefund = inRange("successRefund", successRefund, 0, 1_000_000);
      return this;
    }

    /**
     * Returns the settings.
     *
     * @return new immutable settings
     * @throws IllegalArgumentException if a cost exceeds the capacity (no retry could ever be paid for)
     */
    public RetryBudgetSettings build() {
      if (retryCost > capacity || ioRetryCost > capacity) {
        throw new IllegalArgumentException("retryCost (" + retryCost + ") and ioRetryCost (" + ioRetryCost
            + ") must not exceed capacity (" + capacity + ")");
      }
      return new RetryBudgetSettings(true, capacity, retryCost, ioRetryCost, successRefund);
    }

    private static int inRange(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    }
  }
}
