package io.github.bksdk.buildkite.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The rate-limit fields of a 429 response, from its body ({@code scope, limit, current, reset}) or, where the body
 * lacks them, from the {@code RateLimit-*} headers of the bucket the body names.
 *
 * @param scope {@code rest} (the organization's limit) or {@code rest_user} (the user's), when known
 * @param limit requests allowed per window, or -1 when unknown
 * @param current requests counted in this window, or -1 when unknown
 * @param remaining requests left in this window (from {@code RateLimit-Remaining} or
 *     {@code RateLimit-User-Remaining} for the named scope), or -1 when unknown
 * @param reset how long until the named window resets
 * @param retryAfter how long the SDK's own retry loop waits before trying again (the named bucket's reset, or
 *     {@code Retry-After}, without jitter); {@link Duration#ZERO} when the response said nothing usable
 */
public record RateLimitDetails(Optional<String> scope, long limit, long current, long remaining, Duration reset,
    Duration retryAfter) {}
