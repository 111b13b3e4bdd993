// Generated from spec/openapi.yaml by codegen-templates/services/serviceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.JobsApi;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/** The implementation of {@link JobsService} over the Feign binding. Internal: use {@code BuildkiteClient}. */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class JobsServiceImpl implements JobsService {
  private final ServiceRuntime runtime;
  private final JobsApi api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public JobsServiceImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(JobsApi.class);
  }

  @Override
  public JobLog getJobLog(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    return getJobLogExchange(orgSlug, jobId, params, options).body();
  }

  @Override
  public Response<JobLog> getJobLogWithResponse(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    return runtime.response(getJobLogExchange(orgSlug, jobId, params, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<JobLog> getJobLogExchange(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return api.getJobLog(orgSlug, jobId, query, headers, call);
  }

  @Override
  public RawResponse getJobLogRaw(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers());
    return runtime.raw(api.getJobLogRaw(orgSlug, jobId, query, headers, call));
  }

  @Override
  public OptionalLong getJobLogSize(String orgSlug, String jobId, RequestOptions options) {
    return getJobLogSizeWithResponse(orgSlug, jobId, options).value();
  }

  @Override
  public Response<OptionalLong> getJobLogSizeWithResponse(String orgSlug, String jobId, RequestOptions options) {
    return runtime.contentLength(getJobLogSizeExchange(orgSlug, jobId, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Void> getJobLogSizeExchange(String orgSlug, String jobId, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return api.getJobLogSize(orgSlug, jobId, query, headers, call);
  }

  @Override
  public Page<Job> listJobs(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options) {
    return listJobsWithResponse(orgSlug, pipelineSlug, buildNumber, params, options).value();
  }

  @Override
  public Response<Page<Job>> listJobsWithResponse(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("build_number", buildNumber);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.cursorPage(call, api.listJobs(orgSlug, pipelineSlug, buildNumber, query, headers, call), JobCursorPage.class,
        JobCursorPage::items, envelope -> java.util.Optional.ofNullable(envelope.links()).flatMap(io.github.bksdk.buildkite.model.CursorLinks::next));
  }

  @Override
  public Job unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options) {
    return unblockJobExchange(orgSlug, jobId, unblockJobRequest, options).body();
  }

  @Override
  public Response<Job> unblockJobWithResponse(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options) {
    return runtime.response(unblockJobExchange(orgSlug, jobId, unblockJobRequest, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Job> unblockJobExchange(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    if (unblockJobRequest == null) {
      return api.unblockJobWithoutBody(orgSlug, jobId, query, headers, call);
    }
    return api.unblockJob(orgSlug, jobId, unblockJobRequest, query, headers, call);
  }
}
