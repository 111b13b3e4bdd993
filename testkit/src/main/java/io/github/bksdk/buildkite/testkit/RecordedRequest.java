package io.github.bksdk.buildkite.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the fake received, for assertions beyond spec validation: method, raw path and query, the spec operation
 * it matched, headers and body. {@link #toString()} leaves out headers and body. Immutable.
 */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final String query;
  private final String operationId;
  private final Map<String, List<String>> headers;
  private final String body;

  RecordedRequest(String method, String path, String query, String operationId, Map<String, List<String>> headers,
      String body) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.operationId = operationId;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body;
  }

  /**
   * Returns the method.
   *
   * @return the method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the raw (percent-encoded) path, without the query.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the raw query.
   *
   * @return the query without {@code ?}, empty when there was none
   */
  public String query() {
    return query;
  }

  /**
   * Returns the spec operation the request matched.
   *
   * @return the operationId, or empty when the request matched no operation
   */
  public Optional<String> operationId() {
    return operationId.isEmpty() ? Optional.empty() : Optional.of(operationId);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns all headers, names matched case-insensitively.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the body, empty when there was none
   */
  public String body() {
    return body;
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + operationId().map(id -> " (" + id + ")").orElse("");
  }
}
