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
import io.github.bksdk.buildkite.internal.api.ArtifactsApiAsync;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.services.async.ArtifactsServiceAsync;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import io.github.bksdk.buildkite.model.Artifact;

/**
 * The implementation of {@link ArtifactsServiceAsync} over the async Feign binding. Arguments are checked before the
 * future exists; the returned futures pass cancellation down to the call. Internal: use
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ArtifactsServiceAsyncImpl implements ArtifactsServiceAsync {
  private final ServiceRuntime runtime;
  private final ArtifactsApiAsync api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public ArtifactsServiceAsyncImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.asyncApi(ArtifactsApiAsync.class);
  }

  @Override
  public CompletableFuture<Artifact> copyArtifact(String orgSlug, String id, CopyArtifactParams params, RequestOptions options) {
    return copyArtifactExchange(orgSlug, id, params, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Artifact>> copyArtifactWithResponse(String orgSlug, String id, CopyArtifactParams params, RequestOptions options) {
    return copyArtifactExchange(orgSlug, id, params, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> copyArtifactExchange(String orgSlug, String id, CopyArtifactParams params, RequestOptions options,
      Function<ApiResponse<Artifact>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("id", id);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return runtime.async(call, api.copyArtifact(orgSlug, id, query, headers, call), then);
  }

  @Override
  public CompletableFuture<RawResponse> downloadArtifactRaw(String orgSlug, String jobId, String id, DownloadArtifactParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.pathParam("id", id);
    Require.notNull("params", params);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers());
    return runtime.async(call, api.downloadArtifactRaw(orgSlug, jobId, id, query, headers, call), runtime::raw);
  }

  @Override
  public CompletableFuture<Artifact> uploadArtifact(String orgSlug, File file, String name, RequestOptions options) {
    return uploadArtifactExchange(orgSlug, file, name, options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<Artifact>> uploadArtifactWithResponse(String orgSlug, File file, String name, RequestOptions options) {
    return uploadArtifactExchange(orgSlug, file, name, options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> uploadArtifactExchange(String orgSlug, File file, String name, RequestOptions options,
      Function<ApiResponse<Artifact>, R> then) {
    Require.pathParam("org_slug", orgSlug);
    Require.notNull("file", file);
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return runtime.async(call, api.uploadArtifact(orgSlug, file, name, query, headers, call), then);
  }
}
