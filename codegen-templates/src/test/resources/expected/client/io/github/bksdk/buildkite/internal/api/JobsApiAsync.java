// Generated from spec/openapi.yaml by codegen-templates/client/asyncApi.mustache. Do not edit.
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
import java.util.concurrent.CompletableFuture;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * Feign binding of the Jobs operations for the async client ({@code feign.AsyncFeign}): the same requests
 * as {@link JobsApi} (same annotations, so the transport chain sees the same operation), each returning a
 * {@code CompletableFuture}. Internal: applications use the async service returned by
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface JobsApiAsync {

  /**
   * Async form of {@link JobsApi#getJobLog}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  CompletableFuture<ApiResponse<JobLog>> getJobLog(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link JobsApi#getJobLogRaw}: completes when the headers are in, with the body unread.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the unread response
   */
  @BuildkiteOperation(id = "getJobLog", method = "GET",
      scope = "read_build_logs", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  CompletableFuture<Response> getJobLogRaw(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link JobsApi#getJobLogSize}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getJobLogSize", method = "HEAD",
      scope = "read_build_logs", pagination = "none")
  @RequestLine(value = "HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log", decodeSlash = false)
  CompletableFuture<ApiResponse<Void>> getJobLogSize(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link JobsApi#listJobs}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param buildNumber the {@code build_number} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "listJobs", method = "GET",
      scope = "read_builds", pagination = "cursor")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs", decodeSlash = false)
  CompletableFuture<ApiResponse<JobCursorPage>> listJobs(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "buildNumber", expander = PathSegment.class, encoded = true) int buildNumber, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link JobsApi#unblockJob}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param unblockJobRequest the {@code UnblockJobRequest} request body
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  @Headers("Content-Type: application/json")
  CompletableFuture<ApiResponse<Job>> unblockJob(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, UnblockJobRequest unblockJobRequest, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link JobsApi#unblockJobWithoutBody}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "unblockJob", method = "PUT",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock", decodeSlash = false)
  CompletableFuture<ApiResponse<Job>> unblockJobWithoutBody(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
