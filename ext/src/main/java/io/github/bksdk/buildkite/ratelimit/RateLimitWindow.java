package io.github.bksdk.buildkite.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * One rate-limit window as last reported by the API's {@code RateLimit-*} headers (organization) or
 * {@code RateLimit-User-*} headers (user).
 *
 * @param scope the window's scope, such as {@code rest} or {@code rest_user}
 * @param limit requests allowed in the window
 * @param remaining requests left in the window when the response was sent
 * @param reset time left until the window resets, as of {@code observedAt}
 * @param observedAt when the response carrying these values arrived
 */
public record RateLimitWindow(String scope, long limit, long remaining, Duration reset, Instant observedAt) {}
