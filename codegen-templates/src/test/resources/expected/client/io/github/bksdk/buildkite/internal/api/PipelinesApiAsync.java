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
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * Feign binding of the Pipelines operations for the async client ({@code feign.AsyncFeign}): the same requests
 * as {@link PipelinesApi} (same annotations, so the transport chain sees the same operation), each returning a
 * {@code CompletableFuture}. Internal: applications use the async service returned by
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface PipelinesApiAsync {

  /**
   * Async form of {@link PipelinesApi#deletePipeline}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "deletePipeline", method = "DELETE",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "DELETE /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  CompletableFuture<ApiResponse<Void>> deletePipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link PipelinesApi#updatePipeline}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers("Content-Type: application/json")
  CompletableFuture<ApiResponse<Map<String, Object>>> updatePipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, UpdatePipelineRequest updatePipelineRequest, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link PipelinesApi#updatePipelineWithoutBody}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  CompletableFuture<ApiResponse<Map<String, Object>>> updatePipelineWithoutBody(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
