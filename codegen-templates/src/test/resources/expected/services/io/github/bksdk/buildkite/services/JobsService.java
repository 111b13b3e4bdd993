// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.paging.Page;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * The Jobs operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every operation has the same shape:
 * required path parameters first (positional, primitive where the spec says integer), then the request body if
 * there is one, then a typed {@code ...Params} object holding the optional query parameters and headers (when the
 * operation has any), then an optional {@link RequestOptions} for this call alone (timeouts, deadline, extra
 * headers, retries). Each operation also has a {@code ...WithResponse} form that returns the HTTP status, headers
 * and rate-limit state with the value. Arguments are checked before anything is sent; failures are
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses. Lists come back as a {@link Page} that
 * can be iterated lazily across all pages.
 *
 * <p>Being an interface, it is easy to replace with a fake in tests.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface JobsService {

  /**
   * Get a job log.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default JobLog getJobLog(String orgSlug, String jobId) {
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
   * @return the result

   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default JobLog getJobLog(String orgSlug, String jobId, GetJobLogParams params) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  JobLog getJobLog(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options);

  /**
   * Same as {@code getJobLog}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetJobLogParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<JobLog> getJobLogWithResponse(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options);

  /**
   * Calls {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log} and returns the body unread so that it can be streamed; choose the
   * representation with {@code params.accept(...)} and a tail with the typed header parameters.
   * Close the result. A redirect (such as an artifact download's 302) is returned as is, with its {@code Location};
   * 4xx and 5xx statuses are thrown as exceptions, like every other call.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetJobLogParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the open response
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  RawResponse getJobLogRaw(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options);

  /**
   * Get log size.
   *
   * <p>{@code HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default OptionalLong getJobLogSize(String orgSlug, String jobId) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  OptionalLong getJobLogSize(String orgSlug, String jobId, RequestOptions options);

  /**
   * Same as {@code getJobLogSize}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<OptionalLong> getJobLogSizeWithResponse(String orgSlug, String jobId, RequestOptions options);

  /**
   * List jobs.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{buildNumber}/jobs}; token scope {@code read_builds}; the returned
   * page follows the cursor links to later pages.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param buildNumber the {@code build_number} path segment (sent percent-encoded as one segment)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Page<Job> listJobs(String orgSlug, String pipelineSlug, int buildNumber) {
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
   * @return the result

   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Page<Job> listJobs(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Page<Job> listJobs(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options);

  /**
   * Same as {@code listJobs}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param buildNumber the {@code build_number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link ListJobsParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Page<Job>> listJobsWithResponse(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options);

  /**
   * Unblock a job.
   *
   * <p>{@code PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the request body; {@code null} sends no body
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Job unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Job unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options);

  /**
   * Same as {@code unblockJob}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the request body; {@code null} sends no body
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Job> unblockJobWithResponse(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options);
}
