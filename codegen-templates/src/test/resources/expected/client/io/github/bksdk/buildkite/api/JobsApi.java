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
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * Feign binding of the Jobs operations of the Buildkite REST API.
 *
 * <p>This is the low-level layer: most code uses the service returned by the {@code BuildkiteClient}, which checks
 * arguments, pages through lists and streams bodies. Each operation appears as a typed method and as a
 * {@code ...WithResponse} method that also returns the status and headers; streaming operations also have a
 * {@code ...Raw} method that returns the unread {@link Response}. The trailing {@link Request.Options}
 * parameter overrides the client's timeouts for one call; pass {@code null} to keep them.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface JobsApi {

  /**
   * Get a job log.
   *
   * <p>Operation {@code getJobLog}: {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log}. Token scope:
   * {@code read_build_logs}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param range Suffix range <code>bytes=-N</code>. (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  @Headers({ "Accept: application/json", "Range: {range}" })
  JobLog getJobLog(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param("range") String range, Request.Options options);

  /**
   * Same as {@link #getJobLog}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param range Suffix range <code>bytes=-N</code>. (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  @Headers({ "Accept: application/json", "Range: {range}" })
  ApiResponse<JobLog> getJobLogWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param("range") String range, Request.Options options);

  /**
   * Same as {@link #getJobLog}, but returns the response unread so that its body can be streamed. The caller
   * chooses the representation with {@code headers} (for example {@code Accept: text/plain}) and must close the
   * response. Error statuses are returned, not thrown.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param range Suffix range <code>bytes=-N</code>. (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @param headers extra request headers, such as {@code Accept}
   * @return the unread response
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  @Headers({ "Range: {range}" })
  Response getJobLogRaw(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param("range") String range, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Get log size.
   *
   * <p>Operation {@code getJobLogSize}: {@code HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log}. Token scope:
   * {@code read_build_logs}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param options per-call timeouts, or {@code null} for the client's defaults
   */
  @BuildkiteOperation(id = "getJobLogSize", method = "HEAD",
      scope = "read_build_logs", pagination = "none")
  @RequestLine(value = "HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  void getJobLogSize(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, Request.Options options);

  /**
   * Same as {@link #getJobLogSize}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getJobLogSize", method = "HEAD",
      scope = "read_build_logs", pagination = "none")
  @RequestLine(value = "HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Void> getJobLogSizeWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, Request.Options options);

  /**
   * List jobs.
   *
   * <p>Operation {@code listJobs}: {@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}. Token scope:
   * {@code read_builds}. Pagination: {@code cursor}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param buildNumber the {@code build_number} path segment
   * @param query the query string; see {@link ListJobsQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "listJobs", method = "GET",
      scope = "read_builds", pagination = "cursor")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  JobCursorPage listJobs(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "buildNumber", expander = PathSegment.class, encoded = true) Integer buildNumber, @QueryMap ListJobsQuery query, Request.Options options);

  /**
   * Same as {@link #listJobs}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param buildNumber the {@code build_number} path segment
   * @param query the query string; see {@link ListJobsQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "listJobs", method = "GET",
      scope = "read_builds", pagination = "cursor")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<JobCursorPage> listJobsWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "buildNumber", expander = PathSegment.class, encoded = true) Integer buildNumber, @QueryMap ListJobsQuery query, Request.Options options);

  /**
   * The query string of {@link #listJobs}: every parameter is optional unless marked required, and only the
   * ones set are sent. Immutable; create one with {@link #builder()}.
   */
  @jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
  final class ListJobsQuery implements QueryParameters {
    private final String after;
    private final Integer perPage;

    private ListJobsQuery(Builder builder) {
      this.after = builder.after;
      this.perPage = builder.perPage;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns a builder holding the values of this query. */
    public Builder toBuilder() {
      Builder builder = new Builder();
      builder.after = this.after;
      builder.perPage = this.perPage;
      return builder;
    }

    /**
     * Returns {@code after}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public String after() {
      return after;
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
      if (after != null) {
        out.put("after", String.valueOf(after));
      }
      if (perPage != null) {
        out.put("per_page", String.valueOf(perPage));
      }
      return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ListJobsQuery that && toQueryMap().equals(that.toQueryMap());
    }

    @Override
    public int hashCode() {
      return toQueryMap().hashCode();
    }

    @Override
    public String toString() {
      return "ListJobsQuery" + toQueryMap();
    }

    /** Builds {@link ListJobsQuery} values. Not thread-safe. */
    public static final class Builder {
      private String after;
      private Integer perPage;

      private Builder() {}

      /**
       * Sets {@code after}.
       *
       * @param after the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder after(String after) {
        this.after = after;
        return this;
      }

      /**
       * Sets {@code per_page}.
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
       * Returns the built query.
       *
       * @return a new immutable query

       */
      public ListJobsQuery build() {
        return new ListJobsQuery(this);
      }
    }
  }

  /**
   * Unblock a job.
   *
   * <p>Operation {@code unblockJob}: {@code PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock}. Token scope:
   * {@code write_builds}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param unblockJobRequest the {@code UnblockJobRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: application/json" })
  Job unblockJob(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, UnblockJobRequest unblockJobRequest, Request.Options options);

  /**
   * Same as {@link #unblockJob}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param unblockJobRequest the {@code UnblockJobRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: application/json" })
  ApiResponse<Job> unblockJobWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, UnblockJobRequest unblockJobRequest, Request.Options options);

  /**
   * Same as {@link #unblockJob}, sending no request body at all (the body is optional for this operation).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param unblockJobRequest the {@code UnblockJobRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  Job unblockJobWithoutBody(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, Request.Options options);

  /**
   * Same as {@link #unblockJobWithResponse}, sending no request body at all.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param unblockJobRequest the {@code UnblockJobRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Job> unblockJobWithoutBodyWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, Request.Options options);
}
