// Generated from spec/openapi.yaml by codegen-templates/client/asyncApi.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.api;

import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.codegen.BuildkiteOperation;
import io.github.bksdk.buildkite.codegen.PathSegment;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import io.github.bksdk.buildkite.model.Artifact;

/**
 * Feign binding of the Artifacts operations for the async client ({@code feign.AsyncFeign}): the same requests
 * as {@link ArtifactsApi} (same annotations, so the transport chain sees the same operation), each returning a
 * {@code CompletableFuture}. Internal: applications use the async service returned by
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface ArtifactsApiAsync {

  /**
   * Async form of {@link ArtifactsApi#copyArtifact}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param id the {@code id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "copyArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts/{id}/copy", decodeSlash = false)
  CompletableFuture<ApiResponse<Artifact>> copyArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link ArtifactsApi#downloadArtifact}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  CompletableFuture<ApiResponse<Void>> downloadArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link ArtifactsApi#downloadArtifactRaw}: completes when the headers are in, with the body unread.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the unread response
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  CompletableFuture<Response> downloadArtifactRaw(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link ArtifactsApi#uploadArtifact}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param file the {@code file} form field
   * @param name the {@code name} form field
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "uploadArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts", decodeSlash = false)
  @Headers("Content-Type: multipart/form-data")
  CompletableFuture<ApiResponse<Artifact>> uploadArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param("file") File file, @Param("name") String name, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
