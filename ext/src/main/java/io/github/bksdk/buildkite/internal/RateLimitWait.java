package io.github.bksdk.buildkite.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How long a 429 asks the client to wait, computed in one place for the retry loop and for
 * {@code RateLimitException.retryAfter()}: the reset of the bucket the body's {@code scope} names ({@code rest_user}
 * is the user's bucket and its {@code RateLimit-User-Reset}, {@code rest} the organization's and its
 * {@code RateLimit-Reset}); when the body names none, the larger of the two reset headers; failing both,
 * {@code Retry-After} (delta seconds or an HTTP date). Internal.
 */
final class RateLimitWait {
  private RateLimitWait() {}

  /**
   * Returns the wait a 429 asks for, without jitter.
   *
   * @param headers the response headers (case-insensitive map)
   * @param body the parsed JSON body, or null
   * @return the wait in seconds, or -1 when the response says nothing usable
   */
  static long seconds(Map<String, ? extends Collection<String>> headers, JsonNode body) {
    String scope = body != null && body.path("scope").isTextual() ? body.path("scope").asText() : null;
    if (scope == null) {
      scope = HeaderValues.first(headers, "RateLimit-Scope");
    }
    if (body != null && body.path("reset").canConvertToLong() && body.path("reset").asLong() >= 0) {
      return body.path("reset").asLong();
    }
    long user = seconds(headers, "RateLimit-User-Reset");
    long org = seconds(headers, "RateLimit-Reset");
    long named = "rest_user".equals(scope) ? user : "rest".equals(scope) ? org : Math.max(user, org);
    return named >= 0 ? named : retryAfter(headers);
  }

  /** A header of delta seconds: -1 when absent or not a number, never below 0 otherwise. */
  static long seconds(Map<String, ? extends Collection<String>> headers, String name) {
    OptionalLong value = HeaderValues.firstLong(headers, name);
    return value.isPresent() ? Math.max(0, value.getAsLong()) : -1;
  }

  /** {@code Retry-After} as delta seconds or as an HTTP date; -1 when absent or unreadable. */
  static long retryAfter(Map<String, ? extends Collection<String>> headers) {
    long seconds = seconds(headers, "Retry-After");
    String value = HeaderValues.first(headers, "Retry-After");
    if (seconds >= 0 || value == null) {
      return seconds;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toSeconds());
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
