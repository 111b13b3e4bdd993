// Generated from spec/openapi.yaml by codegen-templates/services/serviceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.PipelinesApi;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/** The implementation of {@link PipelinesService} over the Feign binding. Internal: use {@code BuildkiteClient}. */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class PipelinesServiceImpl implements PipelinesService {
  private final ServiceRuntime runtime;
  private final PipelinesApi api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public PipelinesServiceImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(PipelinesApi.class);
  }

  @Override
  public void deletePipeline(String orgSlug, String slug, RequestOptions options) {
    deletePipelineExchange(orgSlug, slug, options);
  }

  @Override
  public Response<Void> deletePipelineWithResponse(String orgSlug, String slug, RequestOptions options) {
    return runtime.response(deletePipelineExchange(orgSlug, slug, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Void> deletePipelineExchange(String orgSlug, String slug, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return api.deletePipeline(orgSlug, slug, query, headers, call);
  }

  @Override
  public Map<String, Object> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options) {
    return updatePipelineExchange(orgSlug, slug, updatePipelineRequest, options).body();
  }

  @Override
  public Response<Map<String, Object>> updatePipelineWithResponse(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options) {
    return runtime.response(updatePipelineExchange(orgSlug, slug, updatePipelineRequest, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Map<String, Object>> updatePipelineExchange(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    if (updatePipelineRequest == null) {
      return api.updatePipelineWithoutBody(orgSlug, slug, query, headers, call);
    }
    return api.updatePipeline(orgSlug, slug, updatePipelineRequest, query, headers, call);
  }
}
