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
 * The optional inputs of {@code copyArtifact} ({@code POST /v2/organizations/{orgSlug}/artifacts/{id}/copy}): its query parameters, typed. Only the values that were set are sent. Immutable and thread-safe; create one with
 * {@link #builder()}. Invalid values are rejected by the builder, before any request is sent.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class CopyArtifactParams {
  private final String to;
  /** What {@link #queryParameters()} and {@link #headers()} return: made once, as the values never change. */
  private final Map<String, Object> queryOnWire;
  private final Map<String, String> headersOnWire;

  private CopyArtifactParams(Builder builder) {
    this.to = builder.to;
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
   * Returns a builder holding these values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.to = this.to;
    return builder;
  }

  /**
   * Returns the query parameter {@code to}.
   *
   * @return the value, or empty when it is not sent
   */
  public Optional<String> to() {
    return Optional.ofNullable(to);
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
    if (to != null) {
      out.put("to", QueryEncoding.text(to));
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
    return other instanceof CopyArtifactParams that && queryParameters().equals(that.queryParameters())
        && headers().equals(that.headers());
  }

  @Override
  public int hashCode() {
    return Objects.hash(queryParameters(), headers());
  }

  @Override
  public String toString() {
    return "CopyArtifactParams" + queryParameters() + (headers().isEmpty() ? "" : " " + headers());
  }

  /** Builds {@link CopyArtifactParams} values. Not thread-safe. */
  public static final class Builder {
    private String to;

    private Builder() {}

    /**
     * Sets the query parameter {@code to}.
     *
     * @param to the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder to(String to) {
      this.to = to;
      return this;
    }

    /**
     * Returns the built parameters.
     *
     * @return a new immutable value
     * @throws IllegalArgumentException if a required parameter is missing
     */
    public CopyArtifactParams build() {
      if (to == null) {
        throw new IllegalArgumentException("to is required");
      }
      return new CopyArtifactParams(this);
    }
  }
}
