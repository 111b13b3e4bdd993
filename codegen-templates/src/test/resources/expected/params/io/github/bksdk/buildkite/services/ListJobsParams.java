// Generated from spec/openapi.yaml by codegen-templates/params/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.internal.QueryEncoding;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import io.github.bksdk.buildkite.model.*;

/**
 * The optional inputs of {@code listJobs} ({@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}): its query parameters, typed. Only the values that were set are sent. Immutable and thread-safe; create one with
 * {@link #builder()}. Invalid values are rejected by the builder, before any request is sent.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ListJobsParams {
  private static final ListJobsParams NONE = new Builder().build();
  private final String after;
  private final Integer perPage;
  /** What {@link #queryParameters()} and {@link #headers()} return: made once, as the values never change. */
  private final Map<String, Object> queryOnWire;
  private final Map<String, String> headersOnWire;

  private ListJobsParams(Builder builder) {
    this.after = builder.after;
    this.perPage = builder.perPage;
    this.queryOnWire = collectQuery();
    this.headersOnWire = collectHeaders();
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
   * Returns the parameters with nothing set: the API's defaults apply.
   *
   * @return the shared empty value
   */
  public static ListJobsParams none() {
    return NONE;
  }

  /**
   * Returns a builder holding these values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.after = this.after;
    builder.perPage = this.perPage;
    return builder;
  }

  /**
   * Returns the query parameter {@code after}.
   *
   * @return the value, or empty when it is not sent
   */
  public Optional<String> after() {
    return Optional.ofNullable(after);
  }

  /**
   * Returns the query parameter {@code per_page}.
   *
   * @return the value, or empty when it is not sent
   */
  public Optional<Integer> perPage() {
    return Optional.ofNullable(perPage);
  }

  /**
   * Returns the query parameters to send, by wire name (such as {@code branch[]} or {@code meta_data[env]}), not yet
   * percent-encoded. Values are strings, or lists of strings for repeated parameters.
   *
   * @return an unmodifiable map in a stable order
   */
  public Map<String, Object> queryParameters() {
    return queryOnWire;
  }

  private Map<String, Object> collectQuery() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (after != null) {
      out.put("after", QueryEncoding.text(after));
    }
    if (perPage != null) {
      out.put("per_page", QueryEncoding.text(perPage));
    }
    return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
  }

  /**
   * Returns the request headers to send, by header name.
   *
   * @return an unmodifiable map; empty when none is set
   */
  public Map<String, String> headers() {
    return headersOnWire;
  }

  private Map<String, String> collectHeaders() {
    Map<String, String> out = new LinkedHashMap<>();
    return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListJobsParams that && queryParameters().equals(that.queryParameters())
        && headers().equals(that.headers());
  }

  @Override
  public int hashCode() {
    return Objects.hash(queryParameters(), headers());
  }

  @Override
  public String toString() {
    return "ListJobsParams" + queryParameters() + (headers().isEmpty() ? "" : " " + headers());
  }

  /** Builds {@link ListJobsParams} values. Not thread-safe. */
  public static final class Builder {
    private String after;
    private Integer perPage;

    private Builder() {}

    /**
     * Sets the query parameter {@code after}.
     *
     * @param after the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder after(String after) {
      this.after = after;
      return this;
    }

    /**
     * Sets the query parameter {@code per_page}.
     *
     * <p>Accepts 100; any other value is rejected here, before a request is sent.
     *
     * @param perPage the value, or {@code null} to not send it
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public Builder perPage(Integer perPage) {
      if (perPage != null && (perPage > 100)) {
        throw new IllegalArgumentException("per_page must be at most 100, was " + perPage);
      }
      this.perPage = perPage;
      return this;
    }

    /**
     * Returns the built parameters.
     *
     * @return a new immutable value
     */
    public ListJobsParams build() {
      return new ListJobsParams(this);
    }
  }
}
