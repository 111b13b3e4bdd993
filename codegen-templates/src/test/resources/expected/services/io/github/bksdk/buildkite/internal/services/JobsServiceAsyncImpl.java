// Generated from spec/openapi.yaml by codegen-templates/services/asyncServiceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.AsyncCalls;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.JobsApiAsync;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.services.async.JobsServiceAsync;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import io.github.bksdk.buildkite.model.Job;
import io.github.bksdk.buildkite.model.JobCursorPage;
import io.github.bksdk.buildkite.model.JobLog;
import io.github.bksdk.buildkite.model.UnblockJobRequest;

/**
 * The implementation of {@link JobsServiceAsync} over the async Feign binding. Arguments are checked before the
 * future exists; the returned futures pass cancellation down to the call. Internal: use
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class JobsServiceAsyncImpl implements JobsServiceAsync {
  private final ServiceRuntime runtime;
  private final JobsApiAsync api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public JobsServiceAsyncImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.asyncApi(JobsApiAsync.class);
  }

  @Override
  public CompletableFuture<JobLog> getJobLog(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    return getJobLogExchange(orgSlug, jobId, params, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<JobLog>> getJobLogWithResponse(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    return getJobLogExchange(orgSlug, jobId, params, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> getJobLogExchange(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options,
      Function<ApiResponse<JobLog>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.async(call, api.getJobLog(orgSlug, jobId, query, headers, call), then);
  }

  @Override
  public CompletableFuture<RawResponse> getJobLogRaw(String orgSlug, String jobId, GetJobLogParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers());
    return runtime.async(call, api.getJobLogRaw(orgSlug, jobId, query, headers, call), runtime::raw);
  }

  @Override
  public CompletableFuture<OptionalLong> getJobLogSize(String orgSlug, String jobId, RequestOptions options) {
    return AsyncCalls.map(getJobLogSizeWithResponse(orgSlug, jobId, options), Response::value);
  }

  @Override
  public CompletableFuture<Response<OptionalLong>> getJobLogSizeWithResponse(String orgSlug, String jobId, RequestOptions options) {
    return getJobLogSizeExchange(orgSlug, jobId, options, runtime::contentLength);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> getJobLogSizeExchange(String orgSlug, String jobId, RequestOptions options,
      Function<ApiResponse<Void>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return runtime.async(call, api.getJobLogSize(orgSlug, jobId, query, headers, call), then);
  }

  @Override
  public CompletableFuture<Page<Job>> listJobs(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options) {
    return AsyncCalls.map(listJobsWithResponse(orgSlug, pipelineSlug, buildNumber, params, options), Response::value);
  }

  @Override
  public CompletableFuture<Response<Page<Job>>> listJobsWithResponse(String orgSlug, String pipelineSlug, int buildNumber, ListJobsParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("build_number", buildNumber);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.async(call, api.listJobs(orgSlug, pipelineSlug, buildNumber, query, headers, call), first -> runtime.cursorPage(call, first, JobCursorPage.class,
        JobCursorPage::items, envelope -> java.util.Optional.ofNullable(envelope.links()).flatMap(io.github.bksdk.buildkite.model.CursorLinks::next)));
  }

  @Override
  public CompletableFuture<Job> unblockJob(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options) {
    return unblockJobExchange(orgSlug, jobId, unblockJobRequest, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Job>> unblockJobWithResponse(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options) {
    return unblockJobExchange(orgSlug, jobId, unblockJobRequest, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> unblockJobExchange(String orgSlug, String jobId, UnblockJobRequest unblockJobRequest, RequestOptions options,
      Function<ApiResponse<Job>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    if (unblockJobRequest == null) {
      return runtime.async(call, api.unblockJobWithoutBody(orgSlug, jobId, query, headers, call), then);
    }
    return runtime.async(call, api.unblockJob(orgSlug, jobId, unblockJobRequest, query, headers, call), then);
  }
}
