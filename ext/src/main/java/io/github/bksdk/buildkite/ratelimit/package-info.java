/**
 * The API's rate limits as seen from the client. {@link io.github.bksdk.buildkite.ratelimit.RateLimitPolicy}
 * configures the optional client-side limiter (per user and per organization);
 * {@link io.github.bksdk.buildkite.ratelimit.RateLimitStatus} reports the latest {@code RateLimit-*} headers the
 * server sent.
 */
package io.github.bksdk.buildkite.ratelimit;
