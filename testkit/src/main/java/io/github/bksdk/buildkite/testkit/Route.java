package io.github.bksdk.buildkite.testkit;

import java.util.Locale;
import java.util.Objects;

/**
 * Which requests a scripted response, fault or list applies to: every request of one operation of the spec
 * ({@link #operation(String)}), one method and exact path ({@link #request(String, String)}), or any request
 * ({@link #any()}). The query string never takes part in matching. Immutable.
 */
public final class Route {
  private final String operationId;
  private final String method;
  private final String path;

  private Route(String operationId, String method, String path) {
    this.operationId = operationId;
    this.method = method;
    this.path = path;
  }

  /**
   * Matches every request of an operation of the spec, whatever its path parameters.
   *
   * @param operationId the spec's {@code operationId}, such as {@code getBuild}
   * @return the route
   * @throws IllegalArgumentException when {@code operationId} is null, blank or not in the spec
   */
  public static Route operation(String operationId) {
    if (operationId == null || operationId.isBlank()) {
      throw new IllegalArgumentException("operationId must not be null or blank");
    }
    if (SpecModel.shared().operation(operationId).isEmpty()) {
      throw new IllegalArgumentException("operationId '" + operationId + "' is not an operation of the spec");
    }
    return new Route(operationId, null, null);
  }

  /**
   * Matches requests with this method and exactly this raw path (percent-encoded as sent, without the query).
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the path, starting with {@code /}, such as {@code /v2/organizations/acme/pipelines/web-app/builds}
   * @return the route
   * @throws IllegalArgumentException when {@code method} is blank or {@code path} does not start with {@code /}
   */
  public static Route request(String method, String path) {
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("method must not be null or blank");
    }
    if (path == null || !path.startsWith("/") || path.contains("?")) {
      throw new IllegalArgumentException("path must start with '/' and carry no query");
    }
    return new Route(null, method.toUpperCase(Locale.ROOT), path);
  }

  /**
   * Matches every request the fake receives.
   *
   * @return the route
   */
  public static Route any() {
    return new Route(null, null, null);
  }

  boolean matches(String requestMethod, String requestPath, String requestOperationId) {
    if (operationId != null) {
      return operationId.equals(requestOperationId);
    }
    if (method != null) {
      return method.equalsIgnoreCase(requestMethod) && path.equals(requestPath);
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Route r && Objects.equals(operationId, r.operationId) && Objects.equals(method, r.method)
        && Objects.equals(path, r.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, method, path);
  }

  @Override
  public String toString() {
    if (operationId != null) {
      return "Route{operation=" + operationId + "}";
    }
    return method == null ? "Route{any}" : "Route{" + method + " " + path + "}";
  }
}
