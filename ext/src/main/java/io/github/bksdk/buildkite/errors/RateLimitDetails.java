package io.github.bksdk.buildkite.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The rate-limit fields of a 429 response, from its body ({@code scope, limit, current, reset}) or, where the body
 * lacks them, from the {@code RateLimit-*} headers.
 *
 * @param scope {@code rest} (the organization's limit) or {@code rest_user} (the user's), when known
 * @param limit requests allowed per window, or -1 when unknown
 * @param current requests counted in this window, or -1 when unknown
 * @param reset how long until the window resets
 */
public record RateLimitDetails(Optional<String> scope, long limit, long current, Duration reset) {}
