package io.github.bksdk.buildkite;

import io.github.bksdk.buildkite.internal.Redaction;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings for one call, or defaults for a derived client ({@link BuildkiteClient#withOptions(RequestOptions)}):
 * a read timeout, an overall deadline, extra headers, extra query parameters and a retry policy. Every service
 * method takes one as its last argument; {@link #none()} keeps the client's settings.
 *
 * <pre>{@code
 * RequestOptions slow = RequestOptions.builder()
 *     .readTimeout(Duration.ofSeconds(5))        // per attempt, covering the whole body
 *     .timeout(Duration.ofSeconds(20))           // the whole call: every attempt and every wait between them
 *     .header("Buildkite-Version", "2026-08-01")
 *     .retryPolicy(RetryPolicy.none())
 *     .build();
 * Build build = client.builds().getBuild("acme", "app", 42, GetBuildParams.none(), slow);
 * }</pre>
 *
 * <p>Values set here override the client's; headers and query parameters are added to the client's, a value set
 * here winning over one of the same name. Immutable and thread-safe. Credentials cannot be set here: a
 * credential header such as {@code Authorization} is rejected by the builder.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration readTimeout;
  private final Duration timeout;
  private final Map<String, String> headers;
  private final Map<String, List<String>> queryParameters;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Builder builder) {
    this.readTimeout = builder.readTimeout;
    this.timeout = builder.timeout;
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(builder.headers);
    this.headers = Collections.unmodifiableMap(h);
    Map<String, List<String>> q = new LinkedHashMap<>();
    builder.queryParameters.forEach((k, v) -> q.put(k, List.copyOf(v)));
    this.queryParameters = Collections.unmodifiableMap(q);
    this.retryPolicy = builder.retryPolicy;
  }

  /**
   * Returns options that set nothing: the client's settings apply.
   *
   * @return the shared empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these values, to derive changed options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.readTimeout = readTimeout;
    builder.timeout = timeout;
    builder.headers.putAll(headers);
    queryParameters.forEach((k, v) -> builder.queryParameters.put(k, new ArrayList<>(v)));
    builder.retryPolicy = retryPolicy;
    return builder;
  }

  /**
   * Returns how long one attempt may take to deliver the whole response, headers and body.
   *
   * @return the timeout, or empty for the client's
   */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /**
   * Returns how long the whole call may take, including every retry and every wait between attempts.
   *
   * @return the deadline as a duration from the start of the call, or empty for none
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the extra request headers.
   *
   * @return an unmodifiable map with case-insensitive names; empty when none
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the extra query parameters, by wire name, not yet percent-encoded.
   *
   * @return an unmodifiable map; a list holds the values of a repeated parameter
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * Returns the retry policy for the call.
   *
   * @return the policy, or empty for the client's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * Returns these options with {@code overrides} applied on top: each value set there wins; headers and query
   * parameters are merged by name.
   *
   * @param overrides the options that take precedence
   * @return the combined options
   */
  public RequestOptions overriddenBy(RequestOptions overrides) {
    Objects.requireNonNull(overrides, "overrides");
    if (overrides == NONE || overrides.equals(NONE)) {
      return this;
    }
    if (this == NONE) {
      return overrides;
    }
    Builder merged = toBuilder();
    overrides.readTimeout().ifPresent(merged::readTimeout);
    overrides.timeout().ifPresent(merged::timeout);
    merged.headers.putAll(overrides.headers);
    overrides.queryParameters.forEach((k, v) -> merged.queryParameters.put(k, new ArrayList<>(v)));
    overrides.retryPolicy().ifPresent(merged::retryPolicy);
    return merged.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions that && Objects.equals(readTimeout, that.readTimeout)
        && Objects.equals(timeout, that.timeout) && headers.equals(that.headers)
        && queryParameters.equals(that.queryParameters) && Objects.equals(retryPolicy, that.retryPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(readTimeout, timeout, headers, queryParameters, retryPolicy);
  }

  @Override
  public String toString() {
    return "RequestOptions{readTimeout=" + readTimeout + ", timeout=" + timeout + ", headers=" + headers.keySet()
        + ", queryParameters=" + queryParameters.keySet() + ", retryPolicy=" + retryPolicy + "}";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration readTimeout;
    private Duration timeout;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
    private RetryPolicy retryPolicy;

    private Builder() {}

    /**
     * Sets how long one attempt may take to deliver the whole response: a body that stalls past it fails the
     * attempt with a {@link io.github.bksdk.buildkite.errors.BuildkiteIoException} (and is retried if the
     * retry policy allows). The sync client checks a body's deadline every 50 ms, so its failure may come up to
     * that much later than the timeout.
     *
     * @param readTimeout a positive duration, or {@code null} for the client's
     * @return this builder
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positiveOrNull("readTimeout", readTimeout);
      return this;
    }

    /**
     * Sets the deadline of the whole call, counted from when the call starts: every attempt and every wait
     * between attempts must fit in it. When it passes, the call fails with a
     * {@link io.github.bksdk.buildkite.errors.BuildkiteIoException} that says so.
     *
     * @param timeout a positive duration, or {@code null} for no deadline
     * @return this builder
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positiveOrNull("timeout", timeout);
      return this;
    }

    /**
     * Adds a request header, replacing one of the same name (case-insensitive).
     *
     * @param name the header name, for example {@code Buildkite-Version}
     * @param value the value, on one line
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or invalid, names a credential header (such as
     *     {@code Authorization}) or a header the transport owns, or the value is null or spans lines
     */
    public Builder header(String name, String value) {
      if (name == null || name.isBlank() || !name.chars().allMatch(Builder::isTokenChar)) {
        throw new IllegalArgumentException("header: the name must be a non-blank HTTP token");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (Redaction.isSecretHeader(name)) {
        throw new IllegalArgumentException("header: " + name + " is set by the client's credentials and cannot be set per call");
      }
      if (lower.equals("host") || lower.equals("content-length") || lower.equals("user-agent")
          || lower.equals("connection") || lower.equals("transfer-encoding")) {
        throw new IllegalArgumentException("header: " + name + " is set by the transport and cannot be set per call");
      }
      if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header: the value of " + name + " must be non-null and on one line");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter to every request of the call: an escape hatch for parameters the spec does not know
     * yet. The name and value are sent percent-encoded exactly once; adding the same name again sends it repeated.
     *
     * @param name the wire name, for example {@code include_retried_jobs} or {@code branch[]}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the value is null
     */
    public Builder queryParameter(String name, String value) {
      queryParameters.computeIfAbsent(name, k -> new ArrayList<>()).add(Require.queryParameter(name, value));
      return this;
    }

    /**
     * Sets the retry policy of the call, for example {@link RetryPolicy#none()} for a call that must not be
     * repeated.
     *
     * @param retryPolicy the policy, or {@code null} for the client's
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Returns the built options.
     *
     * @return a new immutable value
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration positiveOrNull(String name, Duration value) {
      if (value != null && (value.isZero() || value.isNegative())) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    private static boolean isTokenChar(int c) {
      return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
  }
}
