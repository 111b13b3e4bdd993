package io.github.bksdk.buildkite.http;

import io.github.bksdk.buildkite.codegen.PathSegment;
import io.github.bksdk.buildkite.internal.QueryEncoding;
import io.github.bksdk.buildkite.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A request to an endpoint the spec does not describe yet, sent with {@code BuildkiteClient.send(...)}: the same
 * origin, credentials, retries, rate limits, logging and error mapping as every generated call.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder("GET", "/v2/organizations/{}/pipelines/{}/new-thing", org, pipeline)
 *     .queryParameter("state", "active")
 *     .build();
 * try (RawResponse response = client.send(request)) { ... }
 * Thing thing = client.send(request, Thing.class).value();
 * }</pre>
 *
 * <p>Each {@code {}} in the path template is replaced by the matching argument, percent-encoded as exactly one path
 * segment (a {@code /} in a slug cannot change the path). Query names and values are percent-encoded once. Immutable.
 */
public final class ApiRequest {
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

  private final String method;
  private final String path;
  private final Map<String, List<String>> queryParameters;
  private final Map<String, String> headers;
  private final Object jsonBody;

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    Map<String, List<String>> q = new LinkedHashMap<>();
    builder.queryParameters.forEach((k, v) -> q.put(k, List.copyOf(v)));
    this.queryParameters = Collections.unmodifiableMap(q);
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(builder.headers);
    this.headers = Collections.unmodifiableMap(h);
    this.jsonBody = builder.jsonBody;
  }

  /**
   * Starts a request.
   *
   * @param method {@code GET}, {@code HEAD}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
   * @param pathTemplate the path from the origin, starting with {@code /}, with a {@code {}} per segment argument
   * @param segments the path segments, one per {@code {}}, each encoded as one segment
   * @return the builder
   * @throws IllegalArgumentException if the method is unknown, the template is not an absolute path, or the
   *     number of segments does not match, or a segment is null or blank
   */
  public static Builder builder(String method, String pathTemplate, Object... segments) {
    return new Builder(method, pathTemplate, segments);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the encoded path.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the query parameters by wire name, not yet encoded.
   *
   * @return an unmodifiable map; a list holds a repeated parameter's values
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * Returns the extra request headers.
   *
   * @return an unmodifiable map with case-insensitive names
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the value to send as the JSON body.
   *
   * @return the body, or empty when the request has none
   */
  public Optional<Object> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  @Override
  public String toString() {
    return "ApiRequest{" + method + " " + path + "}";
  }

  /** Builds {@link ApiRequest}s. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Object jsonBody;

    private Builder(String method, String pathTemplate, Object[] segments) {
      if (method == null || !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("method must be one of " + METHODS + ", was " + QueryEncoding.shorten(method));
      }
      this.method = method.toUpperCase(Locale.ROOT);
      if (pathTemplate == null || !pathTemplate.startsWith("/") || pathTemplate.contains("?") || pathTemplate.contains("#")
          || pathTemplate.startsWith("//")) {
        throw new IllegalArgumentException("pathTemplate must be a path starting with / and without query or fragment");
      }
      Objects.requireNonNull(segments, "segments");
      StringBuilder out = new StringBuilder();
      int used = 0;
      int from = 0;
      int at;
      while ((at = pathTemplate.indexOf("{}", from)) >= 0) {
        if (used >= segments.length) {
          throw new IllegalArgumentException("pathTemplate has more {} than the " + segments.length + " segments given");
        }
        Object segment = segments[used];
        if (segment == null || segment.toString().isBlank()) {
          throw new IllegalArgumentException("segments[" + used + "] must not be null or blank");
        }
        out.append(pathTemplate, from, at).append(PathSegment.encode(segment.toString()));
        used++;
        from = at + 2;
      }
      if (used != segments.length) {
        throw new IllegalArgumentException("pathTemplate has " + used + " {} but " + segments.length + " segments were given");
      }
      out.append(pathTemplate.substring(from));
      this.path = out.toString();
    }

    /**
     * Adds a query parameter; adding a name again sends it repeated.
     *
     * @param name the wire name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the value null
     */
    public Builder queryParameter(String name, String value) {
      queryParameters.computeIfAbsent(name, k -> new ArrayList<>()).add(Require.queryParameter(name, value));
      return this;
    }

    /**
     * Adds a request header (see {@code RequestOptions.Builder.header} for what is refused).
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the header cannot be set per request
     */
    public Builder header(String name, String value) {
      // the same rules as per-call options; validated by building a throwaway value
      io.github.bksdk.buildkite.RequestOptions.builder().header(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Sets a body, sent as JSON with {@code Content-Type: application/json}.
     *
     * @param body a model, a map or any value Jackson can write
     * @return this builder
     * @throws IllegalArgumentException if the method is GET or HEAD, which never carry a body
     */
    public Builder jsonBody(Object body) {
      if (body != null && (method.equals("GET") || method.equals("HEAD"))) {
        throw new IllegalArgumentException("jsonBody: a " + method + " request never carries a body");
      }
      this.jsonBody = body;
      return this;
    }

    /**
     * Returns the built request.
     *
     * @return a new immutable request
     */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
