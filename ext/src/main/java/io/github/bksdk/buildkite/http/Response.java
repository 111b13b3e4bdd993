package io.github.bksdk.buildkite.http;

import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A decoded value together with the HTTP exchange it came from: the status, the headers and the rate-limit state
 * that response reported. Every service operation has a {@code ...WithResponse} form that returns one; for a list,
 * the value is the first {@link io.github.bksdk.buildkite.paging.Page}, which carries the same details for itself.
 *
 * <p>Header names are case-insensitive ({@code header("retry-after")} and {@code header("Retry-After")} are the
 * same). Immutable.
 *
 * @param <T> the value's type; {@link Void} for operations without a body
 */
public final class Response<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final RateLimitStatus rateLimit;
  private final T value;

  private Response(int statusCode, Map<String, List<String>> headers, RateLimitStatus rateLimit, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.rateLimit = rateLimit;
    this.value = value;
  }

  /**
   * Creates a response; the SDK creates them, and tests may use this to build fakes.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers (copied; names become case-insensitive)
   * @param rateLimit the rate-limit state this response reported
   * @param value the decoded value; {@code null} only for {@code Response<Void>}
   * @param <T> the value's type
   * @return the response
   */
  public static <T> Response<T> of(int statusCode, Map<String, ? extends Collection<String>> headers,
      RateLimitStatus rateLimit, T value) {
    return new Response<>(statusCode, caseInsensitiveCopy(headers), Objects.requireNonNull(rateLimit, "rateLimit"), value);
  }

  /**
   * Copies headers into an unmodifiable map whose names compare without regard to case.
   *
   * @param headers the headers
   * @return the copy
   */
  public static Map<String, List<String>> caseInsensitiveCopy(Map<String, ? extends Collection<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Objects.requireNonNull(headers, "headers").forEach((name, values) -> {
      if (name != null && values != null) {
        copy.put(name, List.copyOf(values));
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the HTTP status code, for example 200 or 201.
   *
   * @return the status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns every response header; names are case-insensitive and the map is unmodifiable.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
  }

  /**
   * Returns the rate-limit state this response reported in its {@code RateLimit-*} headers.
   *
   * @return the state; its windows are empty when the response carried no such header
   */
  public RateLimitStatus rateLimit() {
    return rateLimit;
  }

  /**
   * Returns the decoded value.
   *
   * @return the value; {@code null} only for operations without a body ({@code Response<Void>})
   */
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return "Response{statusCode=" + statusCode + ", value=" + value + "}";
  }
}
