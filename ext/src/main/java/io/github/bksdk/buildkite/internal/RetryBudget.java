package io.github.bksdk.buildkite.internal;

import io.github.bksdk.buildkite.retry.RetryBudgetSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The retry budget of one client runtime: a token pool (sized by {@link RetryBudgetSettings}) that every retry must
 * pay from and every success refills, so that when the API is failing the client stops adding retries on top of its
 * own first attempts. The idea is the token bucket of AWS SDK v2's standard retry mode; the prices are explained on
 * {@link RetryBudgetSettings}. Lock-free: one {@link AtomicInteger}, updated by compare-and-set; a full budget makes
 * {@link #onSuccess()} a single volatile read. Internal: public only so the tests module can reach it.
 *
 * <p>Seams for the transport chain (the retry client), one call each:
 * <ul>
 *   <li>before waiting for a retry of a 502/503/504 answer or of an I/O failure (not of a 429):
 *       {@code budget.tryAcquireRetry(ioFailure)}; when it returns false, end the call with the last error and
 *       the note {@value #EXHAUSTED};</li>
 *   <li>after any attempt the server answered without a 5xx or a 429 (a 404 or 422 also shows a healthy server):
 *       {@link #onSuccess()}.</li>
 * </ul>
 * The budget to use for a call is {@code pool.budgetFor(policy.retryBudget())} from the runtime's {@link Pool}, so
 * calls whose policies carry equal settings (the default case: all of them) share one budget.
 */
public final class RetryBudget {
  /** The note the chain adds to the error of a call whose retry the budget refused. */
  public static final String EXHAUSTED = "retry budget exhausted";

  private static final RetryBudget UNLIMITED = new RetryBudget(RetryBudgetSettings.disabled());

  private final RetryBudgetSettings settings;
  private final AtomicInteger tokens;

  /**
   * Creates a full budget.
   *
   * @param settings the size and prices; {@link RetryBudgetSettings#disabled()} makes a budget that allows everything
   */
  public RetryBudget(RetryBudgetSettings settings) {
    this.settings = Require.notNull("settings", settings);
    this.tokens = new AtomicInteger(settings.capacity());
  }

  /**
   * Returns the budget that never refuses a retry.
   *
   * @return the shared unlimited budget
   */
  public static RetryBudget unlimited() {
    return UNLIMITED;
  }

  /**
   * Pays for one retry if the budget can afford it. Never blocks.
   *
   * @param ioOrTimeout true when the failed attempt ended in an I/O failure or a timeout (the higher price), false for
   *     a 5xx answer
   * @return true to go ahead with the retry; false to give up and surface the error
   */
  public boolean tryAcquireRetry(boolean ioOrTimeout) {
    if (!settings.enabled()) {
      return true;
    }
    int cost = ioOrTimeout ? settings.ioRetryCost() : settings.retryCost();
    while (true) {
      int available = tokens.get();
      if (available < cost) {
        return false;
      }
      if (tokens.compareAndSet(available, available - cost)) {
        return true;
      }
    }
  }

  /** Refills the budget after a successful attempt, never above its capacity. Never blocks. */
  public void onSuccess() {
    int refund = settings.successRefund();
    int capacity = settings.capacity();
    if (refund == 0 || tokens.get() >= capacity) {
      return;
    }
    tokens.accumulateAndGet(refund, (available, add) -> Math.min(capacity, available + add));
  }

  /**
   * Returns the tokens left now (the capacity when disabled); for tests and diagnostics.
   *
   * @return the tokens available
   */
  public int available() {
    return tokens.get();
  }

  /**
   * Returns the settings this budget was made with.
   *
   * @return the settings
   */
  public RetryBudgetSettings settings() {
    return settings;
  }

  @Override
  public String toString() {
    return settings.enabled() ? "RetryBudget{" + tokens.get() + "/" + settings.capacity() + "}" : "RetryBudget{unlimited}";
  }

  /**
   * The budgets of one client runtime, one per distinct {@link RetryBudgetSettings}, created on first use and shared
   * by every call (and derived client) after that. Thread-safe. The runtime holds one pool for its whole life.
   */
  public static final class Pool {
    private final Map<RetryBudgetSettings, RetryBudget> budgets = new ConcurrentHashMap<>();

    /** Creates an empty pool. */
    public Pool() {}

    /**
     * Returns the budget for these settings, creating it full on first use.
     *
     * @param settings the settings of the call's retry policy
     * @return the shared budget; {@link RetryBudget#unlimited()} for disabled settings
     */
    public RetryBudget budgetFor(RetryBudgetSettings settings) {
      if (!Require.notNull("settings", settings).enabled()) {
        return UNLIMITED;
      }
      RetryBudget found = budgets.get(settings);
      if (found != null) {
        return found;
      }
      if (budgets.size() >= 64) {
        budgets.clear();   // bounded even if a caller builds new settings per call
      }
      return budgets.computeIfAbsent(settings, RetryBudget::new);
    }
  }
}
