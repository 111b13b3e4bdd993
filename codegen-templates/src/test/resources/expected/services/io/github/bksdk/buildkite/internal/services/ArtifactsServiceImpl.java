// Generated from spec/openapi.yaml by codegen-templates/services/serviceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.ArtifactsApi;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.Artifact;

/** The implementation of {@link ArtifactsService} over the Feign binding. Internal: use {@code BuildkiteClient}. */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ArtifactsServiceImpl implements ArtifactsService {
  private final ServiceRuntime runtime;
  private final ArtifactsApi api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public ArtifactsServiceImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(ArtifactsApi.class);
  }

  @Override
  public Artifact copyArtifact(String orgSlug, String id, CopyArtifactParams params, RequestOptions options) {
    return copyArtifactExchange(orgSlug, id, params, options).body();
  }

  @Override
  public Response<Artifact> copyArtifactWithResponse(String orgSlug, String id, CopyArtifactParams params, RequestOptions options) {
    return runtime.response(copyArtifactExchange(orgSlug, id, params, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Artifact> copyArtifactExchange(String orgSlug, String id, CopyArtifactParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("id", id);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers(), "application/json");
    return api.copyArtifact(orgSlug, id, query, headers, call);
  }

  @Override
  public RawResponse downloadArtifactRaw(String orgSlug, String jobId, String id, DownloadArtifactParams params, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.pathParam("id", id);
    Require.notNull("params", params);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(params.queryParameters());
    Map<String, Object> headers = call.headers(params.headers());
    return runtime.raw(api.downloadArtifactRaw(orgSlug, jobId, id, query, headers, call));
  }

  @Override
  public Artifact uploadArtifact(String orgSlug, File file, String name, RequestOptions options) {
    return uploadArtifactExchange(orgSlug, file, name, options).body();
  }

  @Override
  public Response<Artifact> uploadArtifactWithResponse(String orgSlug, File file, String name, RequestOptions options) {
    return runtime.response(uploadArtifactExchange(orgSlug, file, name, options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<Artifact> uploadArtifactExchange(String orgSlug, File file, String name, RequestOptions options) {
    Require.pathParam("org_slug", orgSlug);
    Require.notNull("file", file);
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return api.uploadArtifact(orgSlug, file, name, query, headers, call);
  }
}
