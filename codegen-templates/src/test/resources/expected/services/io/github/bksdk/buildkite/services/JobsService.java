// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.api.JobsApi;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.paging.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * The Jobs operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every method checks its arguments before
 * sending anything, and reports failures as {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses.
 * Lists come back as a {@link Page} that can be iterated lazily across all pages.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class JobsService {
  private final ServiceRuntime runtime;
  private final JobsApi api;

  /**
   * Creates the service. Applications get it from {@code BuildkiteClient} instead.
   *
   * @param runtime the client's shared runtime
   */
  public JobsService(ServiceRuntime runtime) {
    this.runtime = Require.notNull("runtime", runtime);
    this.api = runtime.api(JobsApi.class);
  }

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
  public JobLog getJobLog(String orgSlug, String jobId) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    return api.getJobLog(orgSlug, jobId, null, null);
  }

  /**
   * Same as {@code getJobLog}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<JobLog> getJobLogWithResponse(String orgSlug, String jobId) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    return api.getJobLogWithResponse(orgSlug, jobId, null, null);
  }

  /**
   * Calls {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/log} and returns the body unread so that it can be streamed; choose the representation
   * with {@code headers} (for example {@code Accept: text/plain}, or {@code Range: bytes=-1000} for a tail). Close
   * the result. A redirect (such as an artifact download's 302) is returned as is, with its {@code Location};
   * 4xx and 5xx statuses are thrown as exceptions, like every other call.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param headers request headers to add, such as {@code Accept} or {@code Range}; never {@code Authorization}
   * @return the open response
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public RawResponse getJobLogRaw(String orgSlug, String jobId, Map<String, String> headers) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    return runtime.raw(api.getJobLogRaw(orgSlug, jobId, null, runtime.extraHeaders(headers), null));
  }

  /**
   * Get log size.
   *
   * <p>{@code HEAD /v2/organizations/{orgSlug}/jobs/{jobId}/log}; token scope {@code read_build_logs}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public void getJobLogSize(String orgSlug, String jobId) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    api.getJobLogSize(orgSlug, jobId, null);
  }

  /**
   * Same as {@code getJobLogSize}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Void> getJobLogSizeWithResponse(String orgSlug, String jobId) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    return api.getJobLogSizeWithResponse(orgSlug, jobId, null);
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Page<Job> listJobs(String orgSlug, String pipelineSlug, Integer buildNumber) {
    return listJobs(orgSlug, pipelineSlug, buildNumber, JobsApi.ListJobsQuery.builder().build());
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
   * @param query the query string, built with {@code JobsApi.ListJobsQuery.builder()}
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Page<Job> listJobs(String orgSlug, String pipelineSlug, Integer buildNumber, JobsApi.ListJobsQuery query) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("build_number", buildNumber);
    Require.notNull("query", query);
    return runtime.cursorPage(api.listJobsWithResponse(orgSlug, pipelineSlug, buildNumber, query, null), JobCursorPage.class,
        JobCursorPage::items, envelope -> java.util.Optional.ofNullable(envelope.links()).flatMap(io.github.bksdk.buildkite.model.CursorLinks::next));
  }

  /**
   * Unblock a job.
   *
   * <p>{@code PUT /v2/organizations/{orgSlug}/jobs/{jobId}/unblock}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the {@code UnblockJobRequest} request body; optional: {@code null} sends no body
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Job unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    if (unblockJobRequest == null) {
      return api.unblockJobWithoutBody(orgSlug, jobId, null);
    }
    return api.unblockJob(orgSlug, jobId, unblockJobRequest, null);
  }

  /**
   * Same as {@code unblockJob}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param unblockJobRequest the {@code UnblockJobRequest} request body; optional: {@code null} sends no body
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Job> unblockJobWithResponse(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    if (unblockJobRequest == null) {
      return api.unblockJobWithoutBodyWithResponse(orgSlug, jobId, null);
    }
    return api.unblockJobWithResponse(orgSlug, jobId, unblockJobRequest, null);
  }
}
