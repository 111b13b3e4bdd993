// Generated from spec/openapi.yaml by codegen-templates/client/api.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.api;

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
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * Feign binding of the Jobs operations of the Buildkite REST API. Internal: applications use the service
 * returned by {@code BuildkiteClient}, which checks arguments, builds the query and headers from a typed
 * parameters object, pages through lists and streams bodies.
 *
 * <p>Every method takes the already percent-encoded query ({@code @QueryMap(encoded = true)}: the caller encodes
 * every key and value exactly once), the request headers (including {@code Accept}), and the per-call options that
 * the transport chain reads.
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
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  ApiResponse<JobLog> getJobLog(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Same as {@link #getJobLog}, but returns the response unread so that its body can be streamed. The caller
   * chooses the representation with the {@code Accept} header and must close the response. Error statuses are
   * returned, not thrown.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the unread response
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  Response getJobLogRaw(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Get log size.
   *
   * <p>Operation {@code getJobLogSize}: {@code HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log}. Token scope:
   * {@code read_build_logs}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getJobLogSize", method = "HEAD",
      scope = "read_build_logs", pagination = "none")
  @RequestLine(value = "HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  ApiResponse<Void> getJobLogSize(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * List jobs.
   *
   * <p>Operation {@code listJobs}: {@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}. Token scope:
   * {@code read_builds}. Pagination: {@code cursor}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param buildNumber the {@code build_number} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "listJobs", method = "GET",
      scope = "read_builds", pagination = "cursor")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs", decodeSlash = false)
  ApiResponse<JobCursorPage> listJobs(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "buildNumber", expander = PathSegment.class, encoded = true) int buildNumber, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Unblock a job.
   *
   * <p>Operation {@code unblockJob}: {@code PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock}. Token scope:
   * {@code write_builds}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param unblockJobRequest the {@code UnblockJobRequest} request body
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  @Headers("Content-Type: application/json")
  ApiResponse<Job> unblockJob(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, UnblockJobRequest unblockJobRequest, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Same as {@link #unblockJob}, sending no request body at all (the body is optional for this operation).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  ApiResponse<Job> unblockJobWithoutBody(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
