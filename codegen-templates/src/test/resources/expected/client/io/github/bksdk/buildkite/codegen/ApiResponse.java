package io.github.bksdk.buildkite.codegen;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded response body together with the HTTP status and headers it arrived with. The generated
 * {@code ...WithResponse} methods return it so that the hand-written layer can read {@code Link} and rate-limit
 * headers.
 *
 * <p>It holds the headers it is given as they are, without copying them: the SDK passes the transport's response
 * headers, which are read-only, ignore case and do not change once the response is built. Copying them here cost
 * every call a map and a list per header for a value nobody else sees; the public
 * {@code io.github.bksdk.buildkite.http.Response} makes its own copy.
 *
 * @param <T> the type of the decoded body; {@link Void} when the operation has none
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ApiResponse<T> {
  private final int status;
  private final Map<String, ? extends Collection<String>> headers;
  private final T body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status code
   * @param headers the response headers: read-only, names compared without regard to case; held, not copied
   * @param body the decoded body, or {@code null} when there is none
   */
  public ApiResponse(int status, Map<String, ? extends Collection<String>> headers, T body) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body;
  }

  /** Returns the HTTP status code. */
  public int status() {
    return status;
  }

  /** Returns every response header, as given to the constructor: names are case-insensitive, the map read-only. */
  public Map<String, ? extends Collection<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    Collection<String> values = headers.get(name);
    Iterator<String> first = values == null ? null : values.iterator();
    return first == null || !first.hasNext() ? Optional.empty() : Optional.ofNullable(first.next());
  }

  /** Returns the decoded body, or {@code null} for operations without one. */
  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + status + ", body=" + body + "}";
  }
}
