package io.github.bksdk.buildkite.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The optional client-side rate limiter, in one of two modes. Fixed windows ({@link #documentedLimits()},
 * {@link #perMinute(int, int)}): every attempt takes a permit from a user window and an organization window (by
 * default Buildkite's documented 50 and 200 requests a minute), and the client also slows down when the API reports
 * that few requests remain: below {@link #slowDownBelow()} of the limit, it spreads the remaining requests evenly
 * over the time left. Adaptive ({@link #adaptive()}): no fixed window; the limits are learnt from the
 * {@code RateLimit-*} and {@code RateLimit-User-*} headers of every response, the client slows down progressively as
 * the remaining requests of either bucket fall below {@link #slowDownBelow()} of its limit (spreading them over the
 * time to its reset, never letting a request through an exhausted bucket before the reset), and after a 429 it also
 * lowers its request rate for the bucket the response names and raises it again over about a minute. Both modes are
 * shared by all calls of a client and the clients derived from it. Off by default ({@link #disabled()}); immutable.
 */
public final class RateLimitPolicy {
  private static final RateLimitPolicy DISABLED = new RateLimitPolicy(false, 50, 200, 0.1, Duration.ofMinutes(1));
  private static final RateLimitPolicy DOCUMENTED_LIMITS = new RateLimitPolicy(true, 50, 200, 0.1, Duration.ofMinutes(1));
  private static final RateLimitPolicy ADAPTIVE = new RateLimitPolicy(true, true, 50, 200, 0.5, Duration.ofMinutes(1));

  private final boolean enabled;
  private final boolean adaptive;
  private final int userRequestsPerMinute;
  private final int organizationRequestsPerMinute;
  private final double slowDownBelow;
  private final Duration maxWait;

  private RateLimitPolicy(boolean enabled, int user, int organization, double slowDownBelow, Duration maxWait) {
    this(enabled, false, user, organization, slowDownBelow, maxWait);
  }

  private RateLimitPolicy(boolean enabled, boolean adaptive, int user, int organization, double slowDownBelow,
      Duration maxWait) {
    this.enabled = enabled;
    this.adaptive = adaptive;
    this.userRequestsPerMinute = user;
    this.organizationRequestsPerMinute = organization;
    this.slowDownBelow = slowDownBelow;
    this.maxWait = maxWait;
  }

  /** {@return the policy that limits nothing on the client side (the default)} */
  public static RateLimitPolicy disabled() {
    return DISABLED;
  }

  /** {@return an enabled limiter sized to Buildkite's documented limits: 50 a minute per user, 200 per organization} */
  public static RateLimitPolicy documentedLimits() {
    return DOCUMENTED_LIMITS;
  }

  /**
   * Returns an enabled limiter with custom sizes, for organizations whose plan has other limits.
   *
   * @param userRequestsPerMinute permits a minute for the token's user, 1 or more
   * @param organizationRequestsPerMinute permits a minute for the organization, 1 or more
   * @return the policy
   * @throws IllegalArgumentException if a size is below 1
   */
  public static RateLimitPolicy perMinute(int userRequestsPerMinute, int organizationRequestsPerMinute) {
    if (userRequestsPerMinute < 1 || organizationRequestsPerMinute < 1) {
      throw new IllegalArgumentException("requests per minute must be at least 1, was user="
          + userRequestsPerMinute + ", organization=" + organizationRequestsPerMinute);
    }
    return new RateLimitPolicy(true, userRequestsPerMinute, organizationRequestsPerMinute, 0.1, Duration.ofMinutes(1));
  }

  /**
   * Returns the adaptive limiter: it assumes Buildkite's documented limits (50 requests a minute per user, 200 per
   * organization) only until the first response, then follows what the API reports; it starts spreading requests
   * when less than half of a bucket remains ({@link #slowDownBelow(double)} changes that), and lowers its rate after
   * a 429, recovering over about a minute. One attempt waits at most {@link #maxWait()} for its turn; a call that
   * would wait longer fails with a {@code BuildkiteIoException} without being sent.
   *
   * @return the adaptive policy
   */
  public static RateLimitPolicy adaptive() {
    return ADAPTIVE;
  }

  /**
   * Returns the adaptive limiter ({@link #adaptive()}) assuming other limits until the first response reports the
   * real ones, for organizations whose plan has other limits.
   *
   * @param userRequestsPerMinute the user limit to assume, 1 or more
   * @param organizationRequestsPerMinute the organization limit to assume, 1 or more
   * @return the policy
   * @throws IllegalArgumentException if a size is below 1
   */
  public static RateLimitPolicy adaptive(int userRequestsPerMinute, int organizationRequestsPerMinute) {
    perMinute(userRequestsPerMinute, organizationRequestsPerMinute);   // validates
    return new RateLimitPolicy(true, true, userRequestsPerMinute, organizationRequestsPerMinute, 0.5,
        Duration.ofMinutes(1));
  }

  /**
   * Returns a copy that starts slowing down when fewer than this fraction of the limit remains.
   *
   * @param fraction from 0 (never slow down) to 1
   * @return the policy
   */
  public RateLimitPolicy slowDownBelow(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("slowDownBelow must be between 0 and 1, was " + fraction);
    }
    return new RateLimitPolicy(enabled, adaptive, userRequestsPerMinute, organizationRequestsPerMinute, fraction,
        maxWait);
  }

  /** {@return whether the limiter is on} */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Returns whether this is the adaptive mode ({@link #adaptive()}) rather than fixed windows.
   *
   * @return true for the adaptive limiter
   */
  public boolean isAdaptive() {
    return adaptive;
  }

  /** {@return the user window's permits a minute (in adaptive mode: the user limit assumed until a response tells)} */
  public int userRequestsPerMinute() {
    return userRequestsPerMinute;
  }

  /** {@return the organization window's permits a minute (in adaptive mode: the limit assumed until a response tells)} */
  public int organizationRequestsPerMinute() {
    return organizationRequestsPerMinute;
  }

  /** {@return the fraction of the limit below which the client spreads its remaining requests} */
  public double slowDownBelow() {
    return slowDownBelow;
  }

  /** {@return the longest the limiter makes one attempt wait for a permit (a minute: one window)} */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateLimitPolicy that && enabled == that.enabled && adaptive == that.adaptive
        && userRequestsPerMinute == that.userRequestsPerMinute
        && organizationRequestsPerMinute == that.organizationRequestsPerMinute
        && Double.compare(slowDownBelow, that.slowDownBelow) == 0 && maxWait.equals(that.maxWait);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, adaptive, userRequestsPerMinute, organizationRequestsPerMinute, slowDownBelow, maxWait);
  }

  @Override
  public String toString() {
    if (adaptive) {
      return "RateLimitPolicy{adaptive, assumed user=" + userRequestsPerMinute + "/min, organization="
          + organizationRequestsPerMinute + "/min, slowDownBelow=" + slowDownBelow + "}";
    }
    return enabled
        ? "RateLimitPolicy{user=" + userRequestsPerMinute + "/min, organization=" + organizationRequestsPerMinute
            + "/min, slowDownBelow=" + slowDownBelow + "}"
        : "RateLimitPolicy{disabled}";
  }
}
