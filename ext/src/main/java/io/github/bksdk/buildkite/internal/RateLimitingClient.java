package io.github.bksdk.buildkite.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.ratelimit.RateLimitWindow;
import io.github.bksdk.buildkite.retry.Sleeper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records the {@code RateLimit-*} headers of every response (readable through {@link #status()}), and, when the
 * policy is enabled, takes a permit per attempt from a user and an organization Resilience4j {@link RateLimiter}
 * and paces requests when the API says few remain. Sits inside the retry client, so retries are paced too.
 * Internal.
 */
final class RateLimitingClient implements Client {
  private final Client next;
  private final RateLimitPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RateLimiter user;
  private final RateLimiter organization;
  private final AtomicReference<RateLimitStatus> status = new AtomicReference<>(RateLimitStatus.unknown());

  RateLimitingClient(Client next, RateLimitPolicy policy, Sleeper sleeper, Clock clock) {
    this.next = next;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.user = policy.enabled() ? limiter("buildkite-user", policy.userRequestsPerMinute()) : null;
    this.organization = policy.enabled() ? limiter("buildkite-organization", policy.organizationRequestsPerMinute()) : null;
  }

  private RateLimiter limiter(String name, int perMinute) {
    return RateLimiter.of(name, RateLimiterConfig.custom()
        .limitForPeriod(perMinute)
        .limitRefreshPeriod(Duration.ofMinutes(1))
        .timeoutDuration(policy.maxWait())
        .build());
  }

  RateLimitStatus status() {
    return status.get();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (policy.enabled()) {
      waitFor(request, Duration.ofNanos(Math.max(reserve(user, request), reserve(organization, request))));
      waitFor(request, pacing());
    }
    Response response = next.execute(request, options);
    record(response.headers());
    return response;
  }

  private static long reserve(RateLimiter limiter, Request request) {
    long nanos = limiter.reservePermission();
    if (nanos < 0) {
      throw new BuildkiteIoException("client-side rate limit: no permit within a minute for "
          + Redaction.requestLine(request), null);
    }
    return nanos;
  }

  /** When the API reports that few requests remain, spreads the rest evenly over the time left in the window. */
  private Duration pacing() {
    RateLimitStatus current = status.get();
    Duration wait = Duration.ZERO;
    for (Optional<RateLimitWindow> window : new Optional[] {current.user(), current.organization()}) {
      if (window.isEmpty()) {
        continue;
      }
      RateLimitWindow w = window.get();
      if (w.limit() <= 0 || w.remaining() > policy.slowDownBelow() * w.limit()) {
        continue;
      }
      Duration left = w.reset().minus(Duration.between(w.observedAt(), clock.instant()));
      if (left.isNegative() || left.isZero()) {
        continue;
      }
      Duration spread = left.dividedBy(Math.max(1, w.remaining() + 1));
      wait = spread.compareTo(wait) > 0 ? spread : wait;
    }
    return wait;
  }

  private void waitFor(Request request, Duration wait) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildkiteIoException("interrupted while pacing " + Redaction.requestLine(request), e);
    }
  }

  private void record(Map<String, Collection<String>> headers) {
    Optional<RateLimitWindow> org = window(headers, "RateLimit-", "rest");
    Optional<RateLimitWindow> usr = window(headers, "RateLimit-User-", "rest_user");
    if (org.isPresent() || usr.isPresent()) {
      status.updateAndGet(old -> new RateLimitStatus(org.isPresent() ? org : old.organization(),
          usr.isPresent() ? usr : old.user()));
    }
  }

  /**
   * Reads the rate-limit state one response reported.
   *
   * @param headers the response headers (case-insensitive)
   * @param now when the response arrived
   * @return the state; windows are empty when their headers are absent
   */
  static RateLimitStatus snapshot(Map<String, ? extends Collection<String>> headers, java.time.Instant now) {
    return new RateLimitStatus(window(headers, "RateLimit-", "rest", now), window(headers, "RateLimit-User-", "rest_user", now));
  }

  private Optional<RateLimitWindow> window(Map<String, Collection<String>> headers, String prefix, String scope) {
    return window(headers, prefix, scope, clock.instant());
  }

  private static Optional<RateLimitWindow> window(Map<String, ? extends Collection<String>> headers, String prefix,
      String scope, java.time.Instant now) {
    long remaining = HeaderValues.firstLong(headers, prefix + "Remaining").orElse(-1);
    long limit = HeaderValues.firstLong(headers, prefix + "Limit").orElse(-1);
    long reset = HeaderValues.firstLong(headers, prefix + "Reset").orElse(-1);
    if (remaining < 0 && limit < 0) {
      return Optional.empty();
    }
    String named = HeaderValues.first(headers, prefix + "Scope");
    return Optional.of(new RateLimitWindow(named != null ? named : scope, limit, remaining,
        Duration.ofSeconds(Math.max(0, reset)), now));
  }
}
