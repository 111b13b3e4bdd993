package io.github.bksdk.buildkite.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caching and refresh core shared by {@link RefreshableCredentials} and {@link JwtCredentials}: holds one token,
 * hands it out while it is fresh, and replaces it with single-flight semantics (one thread obtains the new token,
 * the others either keep using the old one while it is still valid or wait for the new one when it is not).
 * After a 401 it replaces the rejected token at most once: callers that present a token that is no longer the
 * current one are told to retry with the current one, and forced replacements are at least
 * {@link #MIN_FORCED_INTERVAL} apart, so credentials the API rejects for another reason (a missing scope, a revoked
 * key) cannot make every call ask the issuer again. Package-private.
 *
 * @param <T> the cached token, with whatever the policy needs to judge it
 */
final class TokenCache<T> {
  /** Forced (401-driven) replacements closer together than this are refused. */
  static final Duration MIN_FORCED_INTERVAL = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger("io.github.bksdk.buildkite.auth");

  /** How tokens are made and judged. */
  interface Policy<T> {
    /** Obtains a new token at {@code nowMillis}; throws an unchecked exception free of secrets on failure. */
    T obtain(long nowMillis);

    /** True while the token needs no replacement. */
    boolean fresh(T token, long nowMillis);

    /** True while the token may still be sent, even though a replacement is due. */
    boolean usable(T token, long nowMillis);

    /** The {@code Authorization} header value the token produces. */
    String header(T token);
  }

  private final Policy<T> policy;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile T current;
  private long lastForcedMillis = Long.MIN_VALUE;

  TokenCache(Policy<T> policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** Returns the header of a fresh token, obtaining one first when needed. */
  String header() {
    T token = current;
    long now = clock.millis();
    if (token != null && policy.fresh(token, now)) {
      return policy.header(token);
    }
    if (token != null && policy.usable(token, now)) {
      // A replacement is due but the old token still works: one thread replaces it, the others carry on with it.
      if (!lock.tryLock()) {
        return policy.header(token);
      }
      try {
        return policy.header(replaceIfStale(clock.millis(), token));
      } finally {
        lock.unlock();
      }
    }
    lock.lock();
    try {
      return policy.header(replaceIfStale(clock.millis(), null));
    } finally {
      lock.unlock();
    }
  }

  /** Under the lock: re-checks, then obtains. A failed early replacement falls back to a still-usable old token. */
  private T replaceIfStale(long now, T fallback) {
    T token = current;
    if (token != null && policy.fresh(token, now)) {
      return token;
    }
    try {
      T fresh = policy.obtain(now);
      current = fresh;
      return fresh;
    } catch (RuntimeException e) {
      if (fallback != null && fallback == current && policy.usable(fallback, now)) {
        LOG.warn("replacing the API token before it expires failed ({}); the current token is used until it expires",
            (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName());
        return fallback;
      }
      throw e;
    }
  }

  /**
   * Called after the API answered 401 to a request that carried {@code rejectedHeader}.
   *
   * @return true when a different token is now current (the request may be sent once more), false otherwise
   */
  boolean refreshAfterUnauthorized(String rejectedHeader) {
    if (rejectedHeader == null) {
      return false;
    }
    lock.lock();
    try {
      T token = current;
      if (token == null) {
        return false;
      }
      if (!rejectedHeader.equals(policy.header(token))) {
        return true;   // already replaced since that request was sent
      }
      long now = clock.millis();
      if (lastForcedMillis != Long.MIN_VALUE && now - lastForcedMillis < MIN_FORCED_INTERVAL.toMillis()
          && now >= lastForcedMillis) {
        return false;
      }
      lastForcedMillis = now;
      T fresh = policy.obtain(now);
      current = fresh;
      return !rejectedHeader.equals(policy.header(fresh));
    } finally {
      lock.unlock();
    }
  }

  /** Returns the token held now, or null before the first request; for descriptions and tests. */
  T peek() {
    return current;
  }
}
