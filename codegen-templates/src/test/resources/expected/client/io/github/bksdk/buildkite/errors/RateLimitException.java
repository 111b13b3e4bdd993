package io.github.bksdk.buildkite.errors;

import java.time.Duration;

/**
 * The API answered 429 Too Many Requests: the organization's or the user's request budget for the current window is
 * spent. {@link #retryAfter()} says how long to wait.
 */
public class RateLimitException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status (429)
   * @param details what the response said
   */
  public RateLimitException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }

  /**
   * Returns how long the SDK itself would wait before retrying: the reset of the bucket the response's
   * {@code scope} names ({@code rest} or {@code rest_user}), else {@code Retry-After}; the same value the retry
   * loop uses, without its jitter.
   *
   * @return the wait; zero when the response did not say
   */
  public Duration retryAfter() {
    return rateLimit().map(RateLimitDetails::retryAfter).orElse(Duration.ZERO);
  }
}
