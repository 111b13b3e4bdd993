package io.github.bksdk.buildkite.codegen;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A decoded response body together with the HTTP status and headers it arrived with. The generated
 * {@code ...WithResponse} methods return it so that the hand-written layer can read {@code Link} and rate-limit
 * headers.
 *
 * <p>Header names are case-insensitive. Instances are immutable.
 *
 * @param <T> the type of the decoded body; {@link Void} when the operation has none
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ApiResponse<T> {
  private final int status;
  private final Map<String, List<String>> headers;
  private final T body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status code
   * @param headers the response headers (copied; names compared without regard to case)
   * @param body the decoded body, or {@code null} when there is none
   */
  public ApiResponse(int status, Map<String, ? extends Collection<String>> headers, T body) {
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body;
  }

  /** Returns the HTTP status code. */
  public int status() {
    return status;
  }

  /** Returns every response header; names are case-insensitive and the map is unmodifiable. */
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

  /** Returns the decoded body, or {@code null} for operations without one. */
  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + status + ", body=" + body + "}";
  }
}
