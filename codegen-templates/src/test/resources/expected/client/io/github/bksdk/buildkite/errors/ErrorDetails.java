package io.github.bksdk.buildkite.errors;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error response said, parsed once: the API's message, the 422 field errors, the 429 rate-limit fields,
 * the raw body and the headers. Immutable.
 *
 * @param apiMessage the {@code message} field of the body
 * @param fieldErrors the {@code errors} list of a validation failure
 * @param rateLimit the rate-limit fields of a 429
 * @param body the raw body, truncated to 64 KiB
 * @param headers the response headers, names in lower case
 */
public record ErrorDetails(
    Optional<String> apiMessage,
    List<FieldError> fieldErrors,
    Optional<RateLimitDetails> rateLimit,
    Optional<String> body,
    Map<String, List<String>> headers) {

  private static final ErrorDetails NONE =
      new ErrorDetails(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of());

  /**
   * Copies the collections and rejects nulls.
   *
   * @param apiMessage the {@code message} field of the body
   * @param fieldErrors the {@code errors} list of a validation failure
   * @param rateLimit the rate-limit fields of a 429
   * @param body the raw body, truncated to 64 KiB
   * @param headers the response headers
   */
  public ErrorDetails {
    Objects.requireNonNull(apiMessage, "apiMessage");
    fieldErrors = List.copyOf(fieldErrors);
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(body, "body");
    java.util.TreeMap<String, List<String>> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@return the details of an error that had no response} */
  public static ErrorDetails none() {
    return NONE;
  }
}
