// Generated from spec/openapi.yaml by codegen-templates/services/asyncApi.mustache. Do not edit.
package io.github.bksdk.buildkite.services.async;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * The Jobs operations of the Buildkite REST API, without blocking: the async form of
 * {@link io.github.bksdk.buildkite.services.JobsService}, method for method (same names, same overloads, same arguments), each returning
 * a {@link CompletableFuture}.
 *
 * <p>Obtain it from {@code BuildkiteClient.async()}; it is thread-safe and shared, and it sends through the same
 * transport as the sync client (retries, rate limits, credentials, origin guard, logging, error mapping) without
 * holding a thread per call. Arguments are checked synchronously: bad input throws
 * {@link IllegalArgumentException} from the method itself, before any request. Everything else (an error status, an
 * I/O failure, the deadline) completes the future exceptionally with the same
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException} the sync call would throw. Cancelling a future aborts
 * the exchange in progress and any pending retry wait.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface JobsServiceAsync {

  /**
   * Get a job log.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<JobLog> getJobLog(String orgSlug, String jobId) {
    return getJobLog(orgSlug, jobId, GetJobLogParams.none(), RequestOptions.none());
  }

  /**
   * Get a job log.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetJobLogParams#none()} for none)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<JobLog> getJobLog(String orgSlug, String jobId, GetJobLogParams params) {
    return getJobLog(orgSlug, jobId, params, RequestOptions.none());
  }

  /**
   * Get a job log.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetJobLogParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<JobLog> getJobLog(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options);

  /**
   * Same as {@code getJobLog}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetJobLogParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<JobLog>> getJobLogWithResponse(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options);

  /**
   * Calls {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log} and completes when the response headers are in, with the body unread
   * so that it can be streamed (reading it blocks the reader). Close the result. A redirect is returned as is;
   * 4xx and 5xx statuses complete the future exceptionally.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetJobLogParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the open response
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<RawResponse> getJobLogRaw(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options);

  /**
   * Get log size.
   *
   * <p>{@code HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<OptionalLong> getJobLogSize(String orgSlug, String jobId) {
    return getJobLogSize(orgSlug, jobId, RequestOptions.none());
  }

  /**
   * Get log size.
   *
   * <p>{@code HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<OptionalLong> getJobLogSize(String orgSlug, String jobId, RequestOptions options);

  /**
   * Same as {@code getJobLogSize}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<OptionalLong>> getJobLogSizeWithResponse(String orgSlug, String jobId, RequestOptions options);

  /**
   * List jobs.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}; token scope {@code read_builds}; the returned
   * page follows the cursor links to later pages.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param buildNumber the {@code build_number} path segment (sent percent-encoded as one segment)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Page<Job>> listJobs(String orgSlug, String pipelineSlug, int buildNumber) {
    return listJobs(orgSlug, pipelineSlug, buildNumber, ListJobsParams.none(), RequestOptions.none());
  }

  /**
   * List jobs.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}; token scope {@code read_builds}; the returned
   * page follows the cursor links to later pages.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param buildNumber the {@code build_number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link ListJobsParams#none()} for none)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Page<Job>> listJobs(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params) {
    return listJobs(orgSlug, pipelineSlug, buildNumber, params, RequestOptions.none());
  }

  /**
   * List jobs.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}; token scope {@code read_builds}; the returned
   * page follows the cursor links to later pages.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param buildNumber the {@code build_number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link ListJobsParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Page<Job>> listJobs(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options);

  /**
   * Same as {@code listJobs}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param buildNumber the {@code build_number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link ListJobsParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Page<Job>>> listJobsWithResponse(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options);

  /**
   * Unblock a job.
   *
   * <p>{@code PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the request body; {@code null} sends no body
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Job> unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest) {
    return unblockJob(orgSlug, jobId, unblockJobRequest, RequestOptions.none());
  }

  /**
   * Unblock a job.
   *
   * <p>{@code PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the request body; {@code null} sends no body
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Job> unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options);

  /**
   * Same as {@code unblockJob}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the request body; {@code null} sends no body
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Job>> unblockJobWithResponse(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options);
}
