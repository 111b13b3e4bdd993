// Generated from spec/openapi.yaml by codegen-templates/client/api.mustache. Do not edit.
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
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * Feign binding of the Pipelines operations of the Buildkite REST API. Internal: applications use the service
 * returned by {@code BuildkiteClient}, which checks arguments, builds the query and headers from a typed
 * parameters object, pages through lists and streams bodies.
 *
 * <p>Every method takes the already percent-encoded query ({@code @QueryMap(encoded = true)}: the caller encodes
 * every key and value exactly once), the request headers (including {@code Accept}), and the per-call options that
 * the transport chain reads.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface PipelinesApi {

  /**
   * Delete a pipeline.
   *
   * <p>Operation {@code deletePipeline}: {@code DELETE /v2/organizations/{orgSlug}/pipelines/{slug}}. Token scope:
   * {@code write_pipelines}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "deletePipeline", method = "DELETE",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "DELETE /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  ApiResponse<Void> deletePipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Update a pipeline.
   *
   * <p>Changes only the fields that are sent; an empty request changes nothing.
   *
   * <p>Operation {@code updatePipeline}: {@code PATCH /v2/organizations/{orgSlug}/pipelines/{slug}}. Token scope:
   * {@code write_pipelines}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers("Content-Type: application/json")
  ApiResponse<Map<String, Object>> updatePipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, UpdatePipelineRequest updatePipelineRequest, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Same as {@link #updatePipeline}, sending no request body at all (the body is optional for this operation).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  ApiResponse<Map<String, Object>> updatePipelineWithoutBody(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
