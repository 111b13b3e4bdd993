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
import io.github.bksdk.buildkite.internal.api.PipelinesApiAsync;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.services.async.PipelinesServiceAsync;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * The implementation of {@link PipelinesServiceAsync} over the async Feign binding. Arguments are checked before the
 * future exists; the returned futures pass cancellation down to the call. Internal: use
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class PipelinesServiceAsyncImpl implements PipelinesServiceAsync {
  private final ServiceRuntime runtime;
  private final PipelinesApiAsync api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public PipelinesServiceAsyncImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.asyncApi(PipelinesApiAsync.class);
  }

  @Override
  public CompletableFuture<Void> deletePipeline(String orgSlug, String slug, RequestOptions options) {
    return deletePipelineExchange(orgSlug, slug, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Void>> deletePipelineWithResponse(String orgSlug, String slug, RequestOptions options) {
    return deletePipelineExchange(orgSlug, slug, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> deletePipelineExchange(String orgSlug, String slug, RequestOptions options,
      Function<ApiResponse<Void>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return runtime.async(call, api.deletePipeline(orgSlug, slug, query, headers, call), then);
  }

  @Override
  public CompletableFuture<Map<String, Object>> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options) {
    return updatePipelineExchange(orgSlug, slug, updatePipelineRequest, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Map<String, Object>>> updatePipelineWithResponse(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options) {
    return updatePipelineExchange(orgSlug, slug, updatePipelineRequest, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> updatePipelineExchange(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options,
      Function<ApiResponse<Map<String, Object>>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    if (updatePipelineRequest == null) {
      return runtime.async(call, api.updatePipelineWithoutBody(orgSlug, slug, query, headers, call), then);
    }
    return runtime.async(call, api.updatePipeline(orgSlug, slug, updatePipelineRequest, query, headers, call), then);
  }
}
