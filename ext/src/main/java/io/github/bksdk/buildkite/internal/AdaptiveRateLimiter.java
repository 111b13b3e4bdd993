package io.github.bksdk.buildkite.internal;

import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The adaptive client-side rate limiter of {@link RateLimitPolicy#adaptive()}: it decides when each attempt may be
 * sent, from what the API reports, and never waits itself (the chain does the waiting, by sleeping or by scheduling).
 * Every request counts against both of Buildkite's buckets, so each attempt is checked against the organization
 * bucket ({@code rest}: {@code RateLimit-Limit/Remaining/Reset}) and the user bucket ({@code rest_user}:
 * {@code RateLimit-User-*}), each with its own state. Internal: public only so the tests module can reach it.
 *
 * <p>Per bucket, three rules decide the earliest moment of the next attempt:
 * <ol>
 *   <li><b>Spreading what remains.</b> The limiter keeps an estimate of the requests left before the bucket resets:
 *       the last {@code Remaining} the API reported, lowered by every attempt reserved since (an answer never raises
 *       it within a window, because answers to earlier requests arrive late). While at least
 *       {@link RateLimitPolicy#slowDownBelow()} of the limit remains, attempts are not delayed. Below that, consecutive
 *       attempts are spaced by {@code timeToReset / remaining × (1 − fraction / slowDownBelow)}: a slight spacing just
 *       under the threshold that grows to an even spread of the remaining requests over the time to the reset as the
 *       bucket empties. With nothing left, the next attempt waits for the reset. Before the first answer the
 *       policy's documented limits are assumed for a window that starts now, and after a reset the limiter assumes a
 *       full bucket for a new window that starts with the next attempt (the safe choice: a later reset), until an
 *       answer says otherwise.</li>
 *   <li><b>Backing off after a 429</b> (the idea of AWS SDK v2's adaptive retry mode). The bucket the 429 names (the
 *       body's {@code scope}, else the one whose {@code Remaining} is 0, else both) gets a rate ceiling of
 *       {@code β = 0.7} times the rate the client was sending at, and counts as empty until its reset when the API
 *       has told the reset (in this answer or an earlier one of the same window). The ceiling
 *       then grows back along a cubic curve, as in CUBIC congestion control: flat near the old rate, which it reaches
 *       again {@link #RECOVERY} (one 60 s window) after the 429, then faster; once it is twice the old rate the
 *       ceiling is dropped. Unlike TCP's CUBIC, the curve is scaled by the API's 60 s window rather than a constant
 *       in requests per second cubed, so recovery takes the same time whatever the client's rate. Another 429 within
 *       {@link #DECREASE_HOLD} of a decrease does not lower the ceiling again (answers to requests that were already
 *       in flight), and the ceiling never goes below {@link #MIN_RATE} requests a second.</li>
 *   <li><b>Order.</b> Attempts are granted in the order they reserve, so a late caller never overtakes one that is
 *       already waiting.</li>
 * </ol>
 * The sending rate is measured from the reservations themselves (an exponentially weighted average over one-second
 * buckets). All state is guarded by this object's monitor; each method does a little arithmetic and returns.
 *
 * <p>Seams for the transport chain (one call each, per attempt, inside the retry loop so retries are paced too):
 * <ul>
 *   <li>before sending: {@code Optional<Duration> wait = limiter.tryReserve(timeAllowed)}; when empty, fail the
 *       attempt without sending ({@code BuildkiteIoException}: "client-side rate limit: no turn within ..."); else
 *       wait that long (sleeper or scheduler) and send. {@link #reserve()} is the same without a bound;</li>
 *   <li>after every response, whatever its status: {@link #onResponse(int, Map, String)} with the status, the
 *       (case-insensitive) headers and the {@code scope} of a 429's JSON body when there is one.</li>
 * </ul>
 * One instance per client runtime, shared by the sync and async clients and by derived clients.
 */
public final class AdaptiveRateLimiter {
  /** Scope name of the organization bucket. */
  public static final String ORGANIZATION = "rest";

  /** Scope name of the user bucket. */
  public static final String USER = "rest_user";

  /** The REST window Buildkite documents; the length assumed for a window the limiter has not been told about. */
  public static final Duration WINDOW = Duration.ofSeconds(60);

  /** How long after a 429 the rate ceiling is back at the rate that was throttled. */
  public static final Duration RECOVERY = WINDOW;

  /** The multiplicative decrease applied to the sending rate on a 429. */
  public static final double BETA = 0.7;

  /** The lowest rate ceiling, in requests a second (one request every four seconds). */
  public static final double MIN_RATE = 0.25;

  /** Further 429s this soon after a decrease are answers to requests already in flight and do not decrease again. */
  public static final Duration DECREASE_HOLD = Duration.ofSeconds(1);

  private static final long SECOND = 1_000_000_000L;
  private static final long UNSET = Long.MIN_VALUE;
  /** Two answers whose resets differ by no more than this describe the same window (Reset is in whole seconds). */
  private static final long SAME_WINDOW_TOLERANCE = 2 * SECOND;
  private static final double ALPHA = 0.5;

  private final Clock clock;
  private final double slowDownBelow;
  private final Bucket organization;
  private final Bucket user;
  private long lastGranted = UNSET;
  private long rateBucketStart = UNSET;
  private int rateBucketCount;
  private double measuredRate = -1;

  /**
   * Creates a limiter for a policy.
   *
   * @param policy the policy; its assumed limits and {@link RateLimitPolicy#slowDownBelow()} are used
   * @param clock the clock (injectable for tests)
   */
  public AdaptiveRateLimiter(RateLimitPolicy policy, Clock clock) {
    Require.notNull("policy", policy);
    this.clock = Require.notNull("clock", clock);
    this.slowDownBelow = policy.slowDownBelow();
    this.organization = new Bucket(policy.organizationRequestsPerMinute());
    this.user = new Bucket(policy.userRequestsPerMinute());
  }

  /**
   * Reserves the next turn, however far away it is.
   *
   * @return how long the caller must wait before sending (zero: send now)
   */
  public synchronized Duration reserve() {
    return tryReserve(null).orElseThrow();
  }

  /**
   * Reserves the next turn if it comes within {@code maxWait}; otherwise reserves nothing.
   *
   * @param maxWait the longest the caller is prepared to wait (the policy's {@code maxWait}, or less when the call's
   *     deadline is nearer); null for no bound
   * @return how long to wait before sending, or empty when the turn is further away than {@code maxWait}
   */
  public synchronized Optional<Duration> tryReserve(Duration maxWait) {
    long now = now();
    long at = schedule(now);
    if (maxWait != null && at - now > saturatedNanos(maxWait)) {
      return Optional.empty();
    }
    organization.commit(at);
    user.commit(at);
    lastGranted = at;
    count(at);
    return Optional.of(Duration.ofNanos(at - now));
  }

  /**
   * Learns from one response: the buckets' limits, remaining requests and resets from the headers, and on a 429
   * lowers the rate of the bucket that refused.
   *
   * @param status the HTTP status
   * @param headers the response headers; names must match case-insensitively (Feign's and the SDK's maps do)
   * @param scopeFromBody the {@code scope} of a 429's JSON body ({@code rest} or {@code rest_user}), or null
   */
  public synchronized void onResponse(int status, Map<String, ? extends Collection<String>> headers,
      String scopeFromBody) {
    long now = now();
    Map<String, ? extends Collection<String>> h = headers == null ? Map.of() : headers;
    long orgRemaining = organization.learn(now, h, "RateLimit-");
    long userRemaining = user.learn(now, h, "RateLimit-User-");
    if (status != 429) {
      return;
    }
    double rate = measuredRate(now);
    boolean org;
    boolean usr;
    if (ORGANIZATION.equals(scopeFromBody) || USER.equals(scopeFromBody)) {
      org = ORGANIZATION.equals(scopeFromBody);
      usr = !org;
    } else if ((orgRemaining == 0) != (userRemaining == 0)) {
      org = orgRemaining == 0;
      usr = userRemaining == 0;
    } else {
      org = true;
      usr = true;
    }
    if (org) {
      organization.throttled(now, HeaderValues.firstLong(h, "RateLimit-Reset"), rate);
    }
    if (usr) {
      user.throttled(now, HeaderValues.firstLong(h, "RateLimit-User-Reset"), rate);
    }
  }

  /**
   * Returns the current rate ceiling of a bucket after a 429, in requests a second; empty when it has none.
   *
   * @param scope {@link #ORGANIZATION} or {@link #USER}
   * @return the ceiling
   */
  public synchronized OptionalDouble rateCeiling(String scope) {
    Bucket bucket = bucket(scope);
    long now = now();
    bucket.liftIfRecovered(now);
    return bucket.throttledAt == UNSET ? OptionalDouble.empty() : OptionalDouble.of(bucket.ceiling(now));
  }

  /**
   * Returns how many requests the limiter believes a bucket still allows in its current window; -1 before it knows.
   *
   * @param scope {@link #ORGANIZATION} or {@link #USER}
   * @return the estimate
   */
  public synchronized long estimatedRemaining(String scope) {
    Bucket bucket = bucket(scope);
    return bucket.resetAt == UNSET ? -1 : bucket.remaining;
  }

  private Bucket bucket(String scope) {
    if (ORGANIZATION.equals(scope)) {
      return organization;
    }
    if (USER.equals(scope)) {
      return user;
    }
    throw new IllegalArgumentException("scope must be \"rest\" or \"rest_user\", was " + scope);
  }

  /** The earliest moment both buckets allow, at or after now and after the last turn granted. */
  private long schedule(long now) {
    long at = lastGranted == UNSET ? now : Math.max(now, lastGranted);
    for (int i = 0; i < 4; i++) {
      long next = Math.max(organization.earliest(at), user.earliest(at));
      if (next == at) {
        break;
      }
      at = next;
    }
    return at;
  }

  /** Counts a reservation into the one-second buckets of the measured rate. */
  private void count(long at) {
    if (rateBucketStart == UNSET) {
      rateBucketStart = at;
    }
    long elapsed = at - rateBucketStart;
    if (elapsed >= SECOND) {
      long buckets = elapsed / SECOND;
      measuredRate = measuredRate < 0 ? rateBucketCount : ALPHA * rateBucketCount + (1 - ALPHA) * measuredRate;
      if (buckets > 1) {
        measuredRate *= Math.pow(1 - ALPHA, Math.min(buckets - 1, 64));
      }
      rateBucketStart += buckets * SECOND;
      rateBucketCount = 0;
    }
    rateBucketCount++;
  }

  /** The sending rate now, in requests a second: the average, or this second's count when that is higher. */
  private double measuredRate(long now) {
    if (rateBucketStart == UNSET) {
      return MIN_RATE;
    }
    double seconds = Math.max(1.0, (now - rateBucketStart) / (double) SECOND);
    return Math.max(MIN_RATE, Math.max(measuredRate, rateBucketCount / seconds));
  }

  private long now() {
    Instant instant = clock.instant();
    return instant.getEpochSecond() * SECOND + instant.getNano();
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The state of one bucket. Times are nanoseconds on the limiter's clock. */
  private final class Bucket {
    private final long assumedLimit;
    private long limit;
    private long remaining;
    private long resetAt = UNSET;
    private boolean confirmed;
    private long nextPaced = UNSET;
    private long throttledAt = UNSET;
    private double throttledRate;
    private long nextRated = UNSET;

    Bucket(long assumedLimit) {
      this.assumedLimit = assumedLimit;
      this.limit = assumedLimit;
    }

    /** The earliest moment at or after {@code at} this bucket allows the next attempt; no state changes. */
    long earliest(long at) {
      long earliest = at;
      if (nextPaced != UNSET) {
        earliest = Math.max(earliest, nextPaced);
      }
      if (resetAt != UNSET && earliest < resetAt && remaining <= 0) {
        earliest = resetAt;
      }
      if (throttledAt != UNSET && nextRated != UNSET) {
        earliest = Math.max(earliest, nextRated);
      }
      return earliest;
    }

    /** Records an attempt granted at {@code at}. */
    void commit(long at) {
      if (resetAt == UNSET || at >= resetAt) {
        // No window known, or it has reset: assume a full bucket for a window starting now (the later reset).
        remaining = resetAt == UNSET ? assumedLimit : limit;
        resetAt = at + WINDOW.toNanos();
        confirmed = false;
        nextPaced = UNSET;
      }
      remaining = Math.max(0, remaining - 1);
      nextPaced = at + spacing(at);
      liftIfRecovered(at);
      if (throttledAt != UNSET) {
        nextRated = at + (long) (SECOND / ceiling(at));
      }
    }

    /** The gap after an attempt at {@code at}: none while enough remains, growing to an even spread. */
    private long spacing(long at) {
      long left = resetAt - at;
      if (left <= 0) {
        return 0;
      }
      if (remaining <= 0) {
        return left;
      }
      if (limit <= 0 || slowDownBelow <= 0) {
        return 0;
      }
      double fraction = remaining / (double) limit;
      if (fraction >= slowDownBelow) {
        return 0;
      }
      return (long) (left / (double) remaining * (1 - fraction / slowDownBelow));
    }

    /** Takes in the bucket's headers; returns the reported Remaining, or -1 when absent. */
    long learn(long now, Map<String, ? extends Collection<String>> headers, String prefix) {
      OptionalLong reportedRemaining = HeaderValues.firstLong(headers, prefix + "Remaining");
      if (reportedRemaining.isEmpty() || reportedRemaining.getAsLong() < 0) {
        return -1;
      }
      long reported = reportedRemaining.getAsLong();
      OptionalLong reportedLimit = HeaderValues.firstLong(headers, prefix + "Limit");
      if (reportedLimit.isPresent() && reportedLimit.getAsLong() > 0) {
        limit = reportedLimit.getAsLong();
      }
      OptionalLong reset = HeaderValues.firstLong(headers, prefix + "Reset");
      long reportedReset = reset.isPresent() && reset.getAsLong() >= 0
          ? now + Math.min(reset.getAsLong(), 3600) * SECOND
          : (resetAt != UNSET && resetAt > now ? resetAt : now + WINDOW.toNanos());
      if (resetAt == UNSET) {
        remaining = reported;
        resetAt = reportedReset;
        confirmed = true;
      } else if (!confirmed) {
        // Our window was an assumption: the API's reset wins; what we reserved meanwhile still counts.
        remaining = Math.min(remaining, reported);
        resetAt = reportedReset;
        confirmed = true;
        nextPaced = UNSET;
      } else if (Math.abs(reportedReset - resetAt) <= SAME_WINDOW_TOLERANCE) {
        remaining = Math.min(remaining, reported);
      } else if (reportedReset > resetAt) {
        remaining = reported;          // a later window than the one we knew
        resetAt = reportedReset;
        nextPaced = UNSET;
      }
      // else: an answer from an earlier window that arrived late; it says nothing about now
      return reported;
    }

    /** A 429 for this bucket: empty until its reset, and a lower rate ceiling. */
    void throttled(long now, OptionalLong resetSeconds, double rate) {
      if (resetSeconds.isPresent() && resetSeconds.getAsLong() >= 0) {
        resetAt = now + Math.min(resetSeconds.getAsLong(), 3600) * SECOND;
        confirmed = true;
        remaining = 0;
      } else if (confirmed && resetAt > now) {
        remaining = 0;                 // the API's own window, known from earlier answers
      }
      liftIfRecovered(now);
      if (throttledAt != UNSET && now - throttledAt < DECREASE_HOLD.toNanos() && now >= throttledAt) {
        return;
      }
      double current = throttledAt == UNSET ? Double.POSITIVE_INFINITY : ceiling(now);
      throttledRate = Math.max(MIN_RATE, Math.min(rate, current));
      throttledAt = now;
      nextRated = now + (long) (SECOND / ceiling(now));
    }

    /** The ceiling at {@code at}: β × the throttled rate at the 429, back to it after RECOVERY, cubic in between. */
    double ceiling(long at) {
      double x = (at - throttledAt) / (double) RECOVERY.toNanos() - 1;
      return Math.max(MIN_RATE, throttledRate * (1 + (1 - BETA) * x * x * x));
    }

    /** Drops the ceiling once it has grown to twice the rate that was throttled. */
    void liftIfRecovered(long at) {
      if (throttledAt != UNSET && ceiling(at) >= 2 * throttledRate) {
        throttledAt = UNSET;
        nextRated = UNSET;
      }
    }
  }
}
