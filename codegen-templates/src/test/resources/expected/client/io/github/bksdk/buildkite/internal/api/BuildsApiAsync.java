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
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * Feign binding of the Builds operations for the async client ({@code feign.AsyncFeign}): the same requests
 * as {@link BuildsApi} (same annotations, so the transport chain sees the same operation), each returning a
 * {@code CompletableFuture}. Internal: applications use the async service returned by
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface BuildsApiAsync {

  /**
   * Async form of {@link BuildsApi#createBuild}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param createBuildRequest the {@code CreateBuildRequest} request body
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "createBuild", method = "POST",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  @Headers("Content-Type: application/json")
  CompletableFuture<ApiResponse<Build>> createBuild(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, CreateBuildRequest createBuildRequest, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link BuildsApi#getBuild}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param number the {@code number} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getBuild", method = "GET",
      scope = "read_builds", pagination = "none")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}", decodeSlash = false)
  CompletableFuture<ApiResponse<Build>> getBuild(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "number", expander = PathSegment.class, encoded = true) int number, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Async form of {@link BuildsApi#listBuildsForPipeline}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "listBuildsForPipeline", method = "GET",
      scope = "read_builds", pagination = "page")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  CompletableFuture<ApiResponse<List<Build>>> listBuildsForPipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
