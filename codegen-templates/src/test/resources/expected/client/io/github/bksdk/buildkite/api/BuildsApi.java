// Generated from spec/openapi.yaml by codegen-templates/client/api.mustache. Do not edit.
package io.github.bksdk.buildkite.api;

import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.codegen.BuildkiteOperation;
import io.github.bksdk.buildkite.codegen.PathSegment;
import io.github.bksdk.buildkite.codegen.QueryParameters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * Feign binding of the Builds operations of the Buildkite REST API.
 *
 * <p>This is the low-level layer: most code uses the service returned by the {@code BuildkiteClient}, which checks
 * arguments, pages through lists and streams bodies. Each operation appears as a typed method and as a
 * {@code ...WithResponse} method that also returns the status and headers. The trailing {@link Request.Options}
 * parameter overrides the client's timeouts for one call; pass {@code null} to keep them.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface BuildsApi {

  /**
   * Create a build.
   *
   * <p>Operation {@code createBuild}: {@code POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}. Token scope:
   * {@code write_builds}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param createBuildRequest What to build.
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "createBuild", method = "POST",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: application/json" })
  Build createBuild(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, CreateBuildRequest createBuildRequest, Request.Options options);

  /**
   * Same as {@link #createBuild}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param createBuildRequest What to build.
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "createBuild", method = "POST",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: application/json" })
  ApiResponse<Build> createBuildWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, CreateBuildRequest createBuildRequest, Request.Options options);

  /**
   * Get a build.
   *
   * <p>Operation {@code getBuild}: {@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}. Token scope:
   * {@code read_builds}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param number the {@code number} path segment
   * @param query the query string; see {@link GetBuildQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "getBuild", method = "GET",
      scope = "read_builds", pagination = "none")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  Build getBuild(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "number", expander = PathSegment.class, encoded = true) Integer number, @QueryMap GetBuildQuery query, Request.Options options);

  /**
   * Same as {@link #getBuild}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param number the {@code number} path segment
   * @param query the query string; see {@link GetBuildQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getBuild", method = "GET",
      scope = "read_builds", pagination = "none")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Build> getBuildWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "number", expander = PathSegment.class, encoded = true) Integer number, @QueryMap GetBuildQuery query, Request.Options options);

  /**
   * The query string of {@link #getBuild}: every parameter is optional unless marked required, and only the
   * ones set are sent. Immutable; create one with {@link #builder()}.
   */
  @jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
  final class GetBuildQuery implements QueryParameters {
    private final Boolean excludeJobs;

    private GetBuildQuery(Builder builder) {
      this.excludeJobs = builder.excludeJobs;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns a builder holding the values of this query. */
    public Builder toBuilder() {
      Builder builder = new Builder();
      builder.excludeJobs = this.excludeJobs;
      return builder;
    }

    /**
     * Returns {@code exclude_jobs}: Leave out <code>jobs</code>..
     *
     * @return the value, or {@code null} when it is not sent
     */
    public Boolean excludeJobs() {
      return excludeJobs;
    }

    @Override
    public Map<String, Object> toQueryMap() {
      Map<String, Object> out = new LinkedHashMap<>();
      if (excludeJobs != null) {
        out.put("exclude_jobs", String.valueOf(excludeJobs));
      }
      return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GetBuildQuery that && toQueryMap().equals(that.toQueryMap());
    }

    @Override
    public int hashCode() {
      return toQueryMap().hashCode();
    }

    @Override
    public String toString() {
      return "GetBuildQuery" + toQueryMap();
    }

    /** Builds {@link GetBuildQuery} values. Not thread-safe. */
    public static final class Builder {
      private Boolean excludeJobs;

      private Builder() {}

      /**
       * Sets {@code exclude_jobs}: Leave out <code>jobs</code>.
       *
       * @param excludeJobs the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder excludeJobs(Boolean excludeJobs) {
        this.excludeJobs = excludeJobs;
        return this;
      }

      /**
       * Returns the built query.
       *
       * @return a new immutable query

       */
      public GetBuildQuery build() {
        return new GetBuildQuery(this);
      }
    }
  }

  /**
   * List builds for a pipeline.
   *
   * <p>Lists builds, <strong>newest first</strong>, with <em>emphasis</em>, <code>inline code</code> and a <a href="https://buildkite.com/docs?a=1&amp;b=2">link</a>. Characters that HTML cares about: a &lt; b &amp; c &gt; d, "quotes" and it's; a comment end *{@literal /} and an @ sign. <p>A second paragraph with a list: <ul><li><code>branch[]</code> filters by branch</li><li><code>state[]</code> filters by state</li></ul>
   *
   * <p>Operation {@code listBuildsForPipeline}: {@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}. Token scope:
   * {@code read_builds}. Pagination: {@code page}.
   *
   * @param orgSlug Organization slug.
   * @param pipelineSlug Pipeline <code>slug</code>.
   * @param buildkiteVersion The API version to ask for. (optional)
   * @param query the query string; see {@link ListBuildsForPipelineQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "listBuildsForPipeline", method = "GET",
      scope = "read_builds", pagination = "page")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  @Headers({ "Accept: application/json", "Buildkite-Version: {buildkiteVersion}" })
  List<Build> listBuildsForPipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param("buildkiteVersion") String buildkiteVersion, @QueryMap ListBuildsForPipelineQuery query, Request.Options options);

  /**
   * Same as {@link #listBuildsForPipeline}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug Organization slug.
   * @param pipelineSlug Pipeline <code>slug</code>.
   * @param buildkiteVersion The API version to ask for. (optional)
   * @param query the query string; see {@link ListBuildsForPipelineQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "listBuildsForPipeline", method = "GET",
      scope = "read_builds", pagination = "page")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  @Headers({ "Accept: application/json", "Buildkite-Version: {buildkiteVersion}" })
  ApiResponse<List<Build>> listBuildsForPipelineWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param("buildkiteVersion") String buildkiteVersion, @QueryMap ListBuildsForPipelineQuery query, Request.Options options);

  /**
   * The query string of {@link #listBuildsForPipeline}: every parameter is optional unless marked required, and only the
   * ones set are sent. Immutable; create one with {@link #builder()}.
   */
  @jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
  final class ListBuildsForPipelineQuery implements QueryParameters {
    private final List<String> branch;
    private final List<BuildState> state;
    private final Map<String, String> metaData;
    private final OffsetDateTime createdFrom;
    private final Boolean includeRetriedJobs;
    private final Integer page;
    private final Integer perPage;

    private ListBuildsForPipelineQuery(Builder builder) {
      this.branch = builder.branch == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.branch));
      this.state = builder.state == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.state));
      this.metaData = builder.metaData == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(builder.metaData));
      this.createdFrom = builder.createdFrom;
      this.includeRetriedJobs = builder.includeRetriedJobs;
      this.page = builder.page;
      this.perPage = builder.perPage;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns a builder holding the values of this query. */
    public Builder toBuilder() {
      Builder builder = new Builder();
      builder.branch = this.branch;
      builder.state = this.state;
      builder.metaData = this.metaData;
      builder.createdFrom = this.createdFrom;
      builder.includeRetriedJobs = this.includeRetriedJobs;
      builder.page = this.page;
      builder.perPage = this.perPage;
      return builder;
    }

    /**
     * Returns {@code branch[]}: Branch names, such as <code>main</code>..
     *
     * @return the value, or {@code null} when it is not sent
     */
    public List<String> branch() {
      return branch;
    }

    /**
     * Returns {@code state[]}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public List<BuildState> state() {
      return state;
    }

    /**
     * Returns {@code meta_data}: Pairs sent as <code>meta_data[&lt;key&gt;]=&lt;value&gt;</code>..
     *
     * @return the value, or {@code null} when it is not sent
     */
    public Map<String, String> metaData() {
      return metaData;
    }

    /**
     * Returns {@code created_from}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public OffsetDateTime createdFrom() {
      return createdFrom;
    }

    /**
     * Returns {@code include_retried_jobs}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public Boolean includeRetriedJobs() {
      return includeRetriedJobs;
    }

    /**
     * Returns {@code page}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public Integer page() {
      return page;
    }

    /**
     * Returns {@code per_page}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public Integer perPage() {
      return perPage;
    }

    @Override
    public Map<String, Object> toQueryMap() {
      Map<String, Object> out = new LinkedHashMap<>();
      if (branch != null && !branch.isEmpty()) {
        List<String> values = new ArrayList<>(branch.size());
        branch.forEach(v -> values.add(String.valueOf(v)));
        out.put("branch[]", values);
      }
      if (state != null && !state.isEmpty()) {
        List<String> values = new ArrayList<>(state.size());
        state.forEach(v -> values.add(String.valueOf(v)));
        out.put("state[]", values);
      }
      if (metaData != null) {
        metaData.forEach((k, v) -> out.put("meta_data[" + k + "]", String.valueOf(v)));
      }
      if (createdFrom != null) {
        out.put("created_from", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdFrom));
      }
      if (includeRetriedJobs != null) {
        out.put("include_retried_jobs", String.valueOf(includeRetriedJobs));
      }
      if (page != null) {
        out.put("page", String.valueOf(page));
      }
      if (perPage != null) {
        out.put("per_page", String.valueOf(perPage));
      }
      return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ListBuildsForPipelineQuery that && toQueryMap().equals(that.toQueryMap());
    }

    @Override
    public int hashCode() {
      return toQueryMap().hashCode();
    }

    @Override
    public String toString() {
      return "ListBuildsForPipelineQuery" + toQueryMap();
    }

    /** Builds {@link ListBuildsForPipelineQuery} values. Not thread-safe. */
    public static final class Builder {
      private List<String> branch;
      private List<BuildState> state;
      private Map<String, String> metaData;
      private OffsetDateTime createdFrom;
      private Boolean includeRetriedJobs;
      private Integer page;
      private Integer perPage;

      private Builder() {}

      /**
       * Sets {@code branch[]}: Branch names, such as <code>main</code>.
       *
       * @param branch the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder branch(List<String> branch) {
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
        return branch(List.of(branch));
      }

      /**
       * Sets {@code state[]}.
       *
       * @param state the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder state(List<BuildState> state) {
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
        return state(List.of(state));
      }

      /**
       * Sets {@code meta_data}: Pairs sent as <code>meta_data[&lt;key&gt;]=&lt;value&gt;</code>.
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
        Map<String, String> copy = this.metaData == null ? new LinkedHashMap<>() : new LinkedHashMap<>(this.metaData);
        copy.put(key, java.util.Objects.requireNonNull(value, "meta_data[" + key + "] value"));
        this.metaData = copy;
        return this;
      }

      /**
       * Sets {@code created_from}.
       *
       * @param createdFrom the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder createdFrom(OffsetDateTime createdFrom) {
        this.createdFrom = createdFrom;
        return this;
      }

      /**
       * Sets {@code include_retried_jobs}.
       *
       * @param includeRetriedJobs the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder includeRetriedJobs(Boolean includeRetriedJobs) {
        this.includeRetriedJobs = includeRetriedJobs;
        return this;
      }

      /**
       * Sets {@code page}.
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
       * Sets {@code per_page}.
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
       * Returns the built query.
       *
       * @return a new immutable query

       */
      public ListBuildsForPipelineQuery build() {
        return new ListBuildsForPipelineQuery(this);
      }
    }
  }
}
