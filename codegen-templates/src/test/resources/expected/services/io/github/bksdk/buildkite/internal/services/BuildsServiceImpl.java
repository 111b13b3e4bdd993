// Generated from spec/openapi.yaml by codegen-templates/services/serviceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.BuildsApi;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/** The implementation of {@link BuildsService} over the Feign binding. Internal: use {@code BuildkiteClient}. */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class BuildsServiceImpl implements BuildsService {
  private final ServiceRuntime runtime;
  private final BuildsApi api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public BuildsServiceImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(BuildsApi.class);
  }

  @Override
  public Build createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options) {
    return createBuildExchange(orgSlug, pipelineSlug, createBuildRequest, options).body();
  }

  @Override
  public Response<Build> createBuildWithResponse(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options) {
    return runtime.response(createBuildExchange(orgSlug, pipelineSlug, createBuildRequest, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Build> createBuildExchange(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("createBuildRequest", createBuildRequest);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return api.createBuild(orgSlug, pipelineSlug, createBuildRequest, query, headers, call);
  }

  @Override
  public Build getBuild(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options) {
    return getBuildExchange(orgSlug, pipelineSlug, number, params, options).body();
  }

  @Override
  public Response<Build> getBuildWithResponse(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options) {
    return runtime.response(getBuildExchange(orgSlug, pipelineSlug, number, params, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Build> getBuildExchange(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("number", number);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return api.getBuild(orgSlug, pipelineSlug, number, query, headers, call);
  }

  @Override
  public Page<Build> listBuildsForPipeline(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options) {
    return listBuildsForPipelineWithResponse(orgSlug, pipelineSlug, params, options).value();
  }

  @Override
  public Response<Page<Build>> listBuildsForPipelineWithResponse(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.linkPage(call, api.listBuildsForPipeline(orgSlug, pipelineSlug, query, headers, call), Build.class);
  }
}
