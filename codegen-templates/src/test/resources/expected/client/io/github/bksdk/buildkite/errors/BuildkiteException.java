package io.github.bksdk.buildkite.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base of every error this SDK reports: an unchecked exception that carries what the API said.
 *
 * <p>Catch a subclass for the cases you handle ({@link NotFoundException}, {@link RateLimitException},
 * {@link UnprocessableEntityException}, {@link BuildkiteIoException} ...) and this class for everything else. The
 * message names the status, the API's message and the request line without its query string; it never contains a
 * credential.
 */
public class BuildkiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, or 0 when no response was received. */
  private final int statusCode;

  private final transient ErrorDetails details;

  /**
   * Creates an exception from an HTTP error response.
   *
   * @param message the full message
   * @param statusCode the HTTP status, or 0 when no response was received
   * @param details what the response said; {@link ErrorDetails#none()} when there was none
   * @param cause the underlying cause, or {@code null}
   */
  protected BuildkiteException(String message, int statusCode, ErrorDetails details, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.details = details == null ? ErrorDetails.none() : details;
  }

  /** {@return the HTTP status code, or 0 when the request never received a response} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the {@code message} field of the API's error body, when it had one} */
  public Optional<String> apiMessage() {
    return details.apiMessage();
  }

  /** {@return the field errors of a 422 validation failure; empty for every other error} */
  public List<FieldError> errors() {
    return details.fieldErrors();
  }

  /** {@return the rate-limit fields of a 429 response (scope, limit, current, reset), when present} */
  public Optional<RateLimitDetails> rateLimit() {
    return details.rateLimit();
  }

  /** {@return the raw response body (at most the first 64 KiB), when there was one} */
  public Optional<String> body() {
    return details.body();
  }

  /** {@return the response headers (names are case-insensitive); empty when no response was received} */
  public Map<String, List<String>> headers() {
    return details.headers();
  }
}
