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
import io.github.bksdk.buildkite.internal.api.BuildsApiAsync;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.services.async.BuildsServiceAsync;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * The implementation of {@link BuildsServiceAsync} over the async Feign binding. Arguments are checked before the
 * future exists; the returned futures pass cancellation down to the call. Internal: use
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class BuildsServiceAsyncImpl implements BuildsServiceAsync {
  private final ServiceRuntime runtime;
  private final BuildsApiAsync api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public BuildsServiceAsyncImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.asyncApi(BuildsApiAsync.class);
  }

  @Override
  public CompletableFuture<Build> createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options) {
    return createBuildExchange(orgSlug, pipelineSlug, createBuildRequest, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Build>> createBuildWithResponse(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options) {
    return createBuildExchange(orgSlug, pipelineSlug, createBuildRequest, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> createBuildExchange(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options,
      Function<ApiResponse<Build>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("createBuildRequest", createBuildRequest);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return runtime.async(call, api.createBuild(orgSlug, pipelineSlug, createBuildRequest, query, headers, call), then);
  }

  @Override
  public CompletableFuture<Build> getBuild(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options) {
    return getBuildExchange(orgSlug, pipelineSlug, number, params, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Build>> getBuildWithResponse(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options) {
    return getBuildExchange(orgSlug, pipelineSlug, number, params, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> getBuildExchange(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options,
      Function<ApiResponse<Build>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("number", number);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.async(call, api.getBuild(orgSlug, pipelineSlug, number, query, headers, call), then);
  }

  @Override
  public CompletableFuture<Page<Build>> listBuildsForPipeline(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options) {
    return AsyncCalls.map(listBuildsForPipelineWithResponse(orgSlug, pipelineSlug, params, options), Response::value);
  }

  @Override
  public CompletableFuture<Response<Page<Build>>> listBuildsForPipelineWithResponse(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.async(call, api.listBuildsForPipeline(orgSlug, pipelineSlug, query, headers, call), first -> runtime.linkPage(call, first, Build.class));
  }
}
