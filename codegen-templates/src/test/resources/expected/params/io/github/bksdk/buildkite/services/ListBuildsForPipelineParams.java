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
 * The optional inputs of {@code listBuildsForPipeline} ({@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}): its query parameters and
 * request headers, typed. Only the values that were set are sent. Immutable and thread-safe; create one with
 * {@link #builder()}. Invalid values are rejected by the builder, before any request is sent.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ListBuildsForPipelineParams {
  private static final ListBuildsForPipelineParams NONE = new Builder().build();
  private final List<String> branch;
  private final List<BuildState> state;
  private final Map<String, String> metaData;
  private final OffsetDateTime createdFrom;
  private final Boolean includeRetriedJobs;
  private final Integer page;
  private final Integer perPage;
  private final String buildkiteVersion;
  /** What {@link #queryParameters()} and {@link #headers()} return: made once, as the values never change. */
  private final Map<String, Object> queryOnWire;
  private final Map<String, String> headersOnWire;

  private ListBuildsForPipelineParams(Builder builder) {
    this.branch = builder.branch == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.branch));
    this.state = builder.state == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.state));
    this.metaData = builder.metaData == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(builder.metaData));
    this.createdFrom = builder.createdFrom;
    this.includeRetriedJobs = builder.includeRetriedJobs;
    this.page = builder.page;
    this.perPage = builder.perPage;
    this.buildkiteVersion = builder.buildkiteVersion;
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
  public static ListBuildsForPipelineParams none() {
    return NONE;
  }

  /**
   * Returns a builder holding these values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.branch = this.branch;
    builder.state = this.state;
    builder.metaData = this.metaData;
    builder.createdFrom = this.createdFrom;
    builder.includeRetriedJobs = this.includeRetriedJobs;
    builder.page = this.page;
    builder.perPage = this.perPage;
    builder.buildkiteVersion = this.buildkiteVersion;
    return builder;
  }

  /**
   * Returns the query parameter {@code branch[]}: Branch names, such as <code>main</code>.
   *
   * @return the value, empty when it is not sent
   */
  public List<String> branch() {
    return branch == null ? List.of() : branch;
  }

  /**
   * Returns the query parameter {@code state[]}.
   *
   * @return the value, empty when it is not sent
   */
  public List<BuildState> state() {
    return state == null ? List.of() : state;
  }

  /**
   * Returns the query parameter {@code meta_data}: Pairs sent as <code>meta_data[&lt;key&gt;]=&lt;value&gt;</code>.
   *
   * @return the value, empty when it is not sent
   */
  public Map<String, String> metaData() {
    return metaData == null ? Map.of() : metaData;
  }

  /**
   * Returns the query parameter {@code created_from}.
   *
   * @return the value, or empty when it is not sent
   */
  public Optional<OffsetDateTime> createdFrom() {
    return Optional.ofNullable(createdFrom);
  }

  /**
   * Returns the query parameter {@code include_retried_jobs}.
   *
   * @return the value, or empty when it is not sent
   */
  public Optional<Boolean> includeRetriedJobs() {
    return Optional.ofNullable(includeRetriedJobs);
  }

  /**
   * Returns the query parameter {@code page}.
   *
   * @return the value, or empty when it is not sent
   */
  public Optional<Integer> page() {
    return Optional.ofNullable(page);
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
   * Returns the request header {@code Buildkite-Version}: The API version to ask for.
   *
   * @return the value, or empty when the header is not sent
   */
  public Optional<String> buildkiteVersion() {
    return Optional.ofNullable(buildkiteVersion);
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
    if (branch != null && !branch.isEmpty()) {
      List<String> values = new ArrayList<>(branch.size());
      branch.forEach(v -> values.add(QueryEncoding.text(v)));
      out.put("branch[]", Collections.unmodifiableList(values));
    }
    if (state != null && !state.isEmpty()) {
      List<String> values = new ArrayList<>(state.size());
      state.forEach(v -> values.add(QueryEncoding.text(v)));
      out.put("state[]", Collections.unmodifiableList(values));
    }
    if (metaData != null) {
      metaData.forEach((k, v) -> out.put("meta_data[" + k + "]", String.valueOf(v)));
    }
    if (createdFrom != null) {
      out.put("created_from", QueryEncoding.text(createdFrom));
    }
    if (includeRetriedJobs != null) {
      out.put("include_retried_jobs", QueryEncoding.text(includeRetriedJobs));
    }
    if (page != null) {
      out.put("page", QueryEncoding.text(page));
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
    if (buildkiteVersion != null) {
      out.put("Buildkite-Version", buildkiteVersion);
    }
    return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListBuildsForPipelineParams that && queryParameters().equals(that.queryParameters())
        && headers().equals(that.headers());
  }

  @Override
  public int hashCode() {
    return Objects.hash(queryParameters(), headers());
  }

  @Override
  public String toString() {
    return "ListBuildsForPipelineParams" + queryParameters() + (headers().isEmpty() ? "" : " " + headers());
  }

  /** Builds {@link ListBuildsForPipelineParams} values. Not thread-safe. */
  public static final class Builder {
    private List<String> branch;
    private List<BuildState> state;
    private Map<String, String> metaData;
    private OffsetDateTime createdFrom;
    private Boolean includeRetriedJobs;
    private Integer page;
    private Integer perPage;
    private String buildkiteVersion;

    private Builder() {}

    /**
     * Sets the query parameter {@code branch[]}: Branch names, such as <code>main</code>.
     *
     * @param branch the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder branch(List<String> branch) {
      if (branch != null && branch.contains(null)) {
        throw new IllegalArgumentException("branch[] must not contain null");
      }
      this.branch = branch;
      return this;
    }

    /**
     * Sets {@code branch[]} to the given values; each is sent as a repeated parameter.
     *
     * @param branch the values
     * @return this builder
     */
    public Builder branch(String... branch) {
      return branch(Objects.requireNonNull(branch, "branch[]") .length == 0 ? null : java.util.Arrays.asList(branch));
    }

    /**
     * Sets the query parameter {@code state[]}.
     *
     * @param state the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder state(List<BuildState> state) {
      if (state != null && state.contains(null)) {
        throw new IllegalArgumentException("state[] must not contain null");
      }
      this.state = state;
      return this;
    }

    /**
     * Sets {@code state[]} to the given values; each is sent as a repeated parameter.
     *
     * @param state the values
     * @return this builder
     */
    public Builder state(BuildState... state) {
      return state(Objects.requireNonNull(state, "state[]") .length == 0 ? null : java.util.Arrays.asList(state));
    }

    /**
     * Sets the query parameter {@code meta_data}: Pairs sent as <code>meta_data[&lt;key&gt;]=&lt;value&gt;</code>.
     *
     * @param metaData the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder metaData(Map<String, String> metaData) {
      this.metaData = metaData;
      return this;
    }

    /**
     * Adds one {@code meta_data[key]=value} pair.
     *
     * @param key the key, sent inside the brackets
     * @param value the value
     * @return this builder
     */
    public Builder putMetaData(String key, String value) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("meta_data key must not be blank");
      }
      if (value == null) {
        throw new IllegalArgumentException("meta_data[" + key + "] value must not be null");
      }
      Map<String, String> copy = this.metaData == null ? new LinkedHashMap<>() : new LinkedHashMap<>(this.metaData);
      copy.put(key, value);
      this.metaData = copy;
      return this;
    }

    /**
     * Sets the query parameter {@code created_from}.
     *
     * @param createdFrom the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder createdFrom(OffsetDateTime createdFrom) {
      this.createdFrom = createdFrom;
      return this;
    }

    /**
     * Sets the query parameter {@code include_retried_jobs}.
     *
     * @param includeRetriedJobs the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder includeRetriedJobs(Boolean includeRetriedJobs) {
      this.includeRetriedJobs = includeRetriedJobs;
      return this;
    }

    /**
     * Sets the query parameter {@code page}.
     *
     * @param page the value, or {@code null} to not send it
     * @return this builder
     */
    public Builder page(Integer page) {
      if (page != null && page < 1) {
        throw new IllegalArgumentException("page must be at least 1, was " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Sets the query parameter {@code per_page}.
     *
     * <p>Accepts 1 to 100; any other value is rejected here, before a request is sent.
     *
     * @param perPage the value, or {@code null} to not send it
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public Builder perPage(Integer perPage) {
      if (perPage != null && (perPage > 100 || perPage < 1)) {
        throw new IllegalArgumentException("per_page must be between 1 and 100, was " + perPage);
      }
      this.perPage = perPage;
      return this;
    }

    /**
     * Sets the request header {@code Buildkite-Version}: The API version to ask for.
     *
     * @param buildkiteVersion the value, or {@code null} to not send the header
     * @return this builder
     * @throws IllegalArgumentException if the value does not have the form the API accepts
     */
    public Builder buildkiteVersion(String buildkiteVersion) {
      if (buildkiteVersion != null && (buildkiteVersion.indexOf('\r') >= 0 || buildkiteVersion.indexOf('\n') >= 0)) {
        throw new IllegalArgumentException("Buildkite-Version must be on one line");
      }
      this.buildkiteVersion = buildkiteVersion;
      return this;
    }

    /**
     * Returns the built parameters.
     *
     * @return a new immutable value
     */
    public ListBuildsForPipelineParams build() {
      return new ListBuildsForPipelineParams(this);
    }
  }
}
