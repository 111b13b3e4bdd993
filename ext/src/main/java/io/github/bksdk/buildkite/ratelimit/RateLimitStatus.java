package io.github.bksdk.buildkite.ratelimit;

import java.util.Optional;

/**
 * The latest rate-limit state a client has seen, for the organization's window and for the user's. Both are empty
 * until a response carrying the headers arrives.
 *
 * @param organization the organization window ({@code RateLimit-*} headers)
 * @param user the user window ({@code RateLimit-User-*} headers)
 */
public record RateLimitStatus(Optional<RateLimitWindow> organization, Optional<RateLimitWindow> user) {
  private static final RateLimitStatus UNKNOWN = new RateLimitStatus(Optional.empty(), Optional.empty());

  /** {@return the state before any response was seen} */
  public static RateLimitStatus unknown() {
    return UNKNOWN;
  }
}
