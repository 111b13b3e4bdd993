package io.github.bksdk.buildkite.internal;

import feign.Request;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.ratelimit.RateLimitWindow;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records the {@code RateLimit-*} headers of every response (readable through {@link #status()}), and, when the
 * policy is enabled, takes a permit per attempt from a user and an organization Resilience4j {@link RateLimiter}
 * and paces requests when the API says few remain (waiting through the call's {@link Waits}: sleeping for the sync
 * client, scheduled for the async one). Sits inside the retry client, so retries are paced too.
 * Internal.
 */
final class RateLimitingClient implements Exchange {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final Exchange next;
  private final RateLimitPolicy policy;
  private final Clock clock;
  private final RateLimiter user;
  private final RateLimiter organization;
  private final AdaptiveRateLimiter adaptive;
  /** The latest headers that reported each window; read into a {@link RateLimitStatus} only when one is asked for. */
  private final AtomicReference<Seen> seen = new AtomicReference<>(Seen.NOTHING);

  RateLimitingClient(Exchange next, RateLimitPolicy policy, Clock clock) {
    this.next = next;
    this.policy = policy;
    this.clock = clock;
    boolean fixed = policy.enabled() && !policy.isAdaptive();
    this.user = fixed ? limiter("buildkite-user", policy.userRequestsPerMinute()) : null;
    this.organization = fixed ? limiter("buildkite-organization", policy.organizationRequestsPerMinute()) : null;
    this.adaptive = policy.isAdaptive() ? new AdaptiveRateLimiter(policy, clock) : null;
  }

  private RateLimiter limiter(String name, int perMinute) {
    return RateLimiter.of(name, RateLimiterConfig.custom()
        .limitForPeriod(perMinute)
        .limitRefreshPeriod(Duration.ofMinutes(1))
        .timeoutDuration(policy.maxWait())
        .build());
  }

  RateLimitStatus status() {
    Seen last = seen.get();
    return new RateLimitStatus(
        last.organization == null ? Optional.empty()
            : window(last.organization, false, Instant.ofEpochMilli(last.organizationAt)),
        last.user == null ? Optional.empty() : window(last.user, true, Instant.ofEpochMilli(last.userAt)));
  }

  /**
   * The headers of the latest response that carried each window, and when it arrived. Every response carries the
   * organization's window, so keeping its (read-only) header map costs one small object a call, where building the
   * status each time cost five; the status is built from these when {@link #status()} is called.
   */
  private record Seen(Map<String, ? extends Collection<String>> organization, long organizationAt,
      Map<String, ? extends Collection<String>> user, long userAt) {
    static final Seen NOTHING = new Seen(null, 0, null, 0);
  }

  @Override
  public CompletableFuture<Reply> send(Request request, Request.Options options, Waits waits) {
    CompletableFuture<Void> ready = DONE;
    if (adaptive != null) {
      Duration allowed = policy.maxWait();
      if (options instanceof CallOptions call && call.deadlineNanos() != Long.MAX_VALUE) {
        Duration left = Duration.ofNanos(Math.max(0, call.deadlineNanos() - System.nanoTime()));
        allowed = left.compareTo(allowed) < 0 ? left : allowed;
      }
      Optional<Duration> turn = adaptive.tryReserve(allowed);
      if (turn.isEmpty()) {
        return CompletableFuture.failedFuture(new BuildkiteIoException("client-side rate limit: no turn within "
            + allowed.toMillis() + " ms for " + Redaction.requestLine(request), null));
      }
      ready = waitFor(request, turn.get(), waits);
    } else if (policy.enabled()) {
      long reserved;
      try {
        reserved = Math.max(reserve(user, request), reserve(organization, request));
      } catch (BuildkiteIoException e) {
        return CompletableFuture.failedFuture(e);
      }
      ready = waitFor(request, Duration.ofNanos(reserved), waits)
          .thenCompose(done -> waitFor(request, pacing(), waits));
    }
    // Nothing to wait for (the policy is off, or the turn is now): send at once rather than through another stage.
    CompletableFuture<Reply> sent = ready == DONE
        ? Exchange.call(next, request, options, waits)
        : ready.thenCompose(done -> Exchange.call(next, request, options, waits));
    if (sent.isDone() && !sent.isCompletedExceptionally()) {
      return CompletableFuture.completedFuture(observed(sent.join()));   // the sync client: already answered
    }
    return sent.thenApply(this::observed);
  }

  /** Learns from one response: its rate-limit headers, and, for the adaptive limiter, its status. */
  private Reply observed(Reply response) {
    record(response.headers());
    if (adaptive != null) {
      adaptive.onResponse(response.status(), response.headers(), response.status() == 429 ? scope(response) : null);
    }
    return response;
  }

  /** The {@code scope} of a buffered 429 body ({@code rest} or {@code rest_user}), read without consuming it. */
  private static String scope(Reply response) {
    com.fasterxml.jackson.databind.JsonNode json = response.json();
    com.fasterxml.jackson.databind.JsonNode scope = json == null ? null : json.get("scope");
    return scope != null && scope.isTextual() ? scope.asText() : null;
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
    RateLimitStatus current = status();
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

  /** Waits through the call's {@link Waits}; an interrupted (sync) wait fails the attempt as before. */
  private static CompletableFuture<Void> waitFor(Request request, Duration wait, Waits waits) {
    if (wait.isZero() || wait.isNegative()) {
      return DONE;
    }
    return waits.after(wait).handle((done, thrown) -> {
      if (thrown == null) {
        return DONE;
      }
      Throwable cause = Exchange.unwrap(thrown);
      if (cause instanceof InterruptedException) {
        return CompletableFuture.<Void>failedFuture(
            new BuildkiteIoException("interrupted while pacing " + Redaction.requestLine(request), cause));
      }
      return CompletableFuture.<Void>failedFuture(cause);
    }).thenCompose(f -> f);
  }

  private void record(Map<String, ? extends Collection<String>> headers) {
    boolean organization = reports(headers, false);
    boolean user = reports(headers, true);
    if (!organization && !user) {
      return;
    }
    long now = clock.millis();
    Seen old;
    do {
      old = seen.get();
    } while (!seen.compareAndSet(old, new Seen(organization ? headers : old.organization,
        organization ? now : old.organizationAt, user ? headers : old.user, user ? now : old.userAt)));
  }

  /** Whether the headers report a window: its remaining count or its limit (what {@link #window} needs). */
  private static boolean reports(Map<String, ? extends Collection<String>> headers, boolean user) {
    return HeaderValues.firstLong(headers, user ? "RateLimit-User-Remaining" : "RateLimit-Remaining").orElse(-1) >= 0
        || HeaderValues.firstLong(headers, user ? "RateLimit-User-Limit" : "RateLimit-Limit").orElse(-1) >= 0;
  }

  /**
   * Reads the rate-limit state one response reported.
   *
   * @param headers the response headers (case-insensitive)
   * @param now when the response arrived
   * @return the state; windows are empty when their headers are absent
   */
  static RateLimitStatus snapshot(Map<String, ? extends Collection<String>> headers, Instant now) {
    return new RateLimitStatus(window(headers, false, now), window(headers, true, now));
  }

  /** One window: the organization's ({@code RateLimit-*}, scope {@code rest}) or the user's ({@code RateLimit-User-*}). */
  private static Optional<RateLimitWindow> window(Map<String, ? extends Collection<String>> headers, boolean user,
      Instant now) {
    // the names are constants: nothing concatenated per call
    long remaining = HeaderValues.firstLong(headers, user ? "RateLimit-User-Remaining" : "RateLimit-Remaining").orElse(-1);
    long limit = HeaderValues.firstLong(headers, user ? "RateLimit-User-Limit" : "RateLimit-Limit").orElse(-1);
    long reset = HeaderValues.firstLong(headers, user ? "RateLimit-User-Reset" : "RateLimit-Reset").orElse(-1);
    if (remaining < 0 && limit < 0) {
      return Optional.empty();
    }
    String named = HeaderValues.first(headers, user ? "RateLimit-User-Scope" : "RateLimit-Scope");
    return Optional.of(new RateLimitWindow(named != null ? named : user ? "rest_user" : "rest", limit, remaining,
        Duration.ofSeconds(Math.max(0, reset)), now));
  }
}
