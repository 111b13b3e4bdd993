// Generated from spec/openapi.yaml by codegen-templates/client/api.mustache. Do not edit.
package io.github.bksdk.buildkite.api;

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
import io.github.bksdk.buildkite.codegen.QueryParameters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * Feign binding of the Pipelines operations of the Buildkite REST API.
 *
 * <p>This is the low-level layer: most code uses the service returned by the {@code BuildkiteClient}, which checks
 * arguments, pages through lists and streams bodies. Each operation appears as a typed method and as a
 * {@code ...WithResponse} method that also returns the status and headers. The trailing {@link Request.Options}
 * parameter overrides the client's timeouts for one call; pass {@code null} to keep them.
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
   * @param options per-call timeouts, or {@code null} for the client's defaults
   */
  @BuildkiteOperation(id = "deletePipeline", method = "DELETE",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "DELETE /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  void deletePipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, Request.Options options);

  /**
   * Same as {@link #deletePipeline}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "deletePipeline", method = "DELETE",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "DELETE /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Void> deletePipelineWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, Request.Options options);

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
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: application/json" })
  Map<String, Object> updatePipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, UpdatePipelineRequest updatePipelineRequest, Request.Options options);

  /**
   * Same as {@link #updatePipeline}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: application/json" })
  ApiResponse<Map<String, Object>> updatePipelineWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, UpdatePipelineRequest updatePipelineRequest, Request.Options options);

  /**
   * Same as {@link #updatePipeline}, sending no request body at all (the body is optional for this operation).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  Map<String, Object> updatePipelineWithoutBody(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, Request.Options options);

  /**
   * Same as {@link #updatePipelineWithResponse}, sending no request body at all.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param slug the {@code slug} path segment
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @Deprecated
  @BuildkiteOperation(id = "updatePipeline", method = "PATCH",
      scope = "write_pipelines", pagination = "none")
  @RequestLine(value = "PATCH /v2/organizations/{orgSlug}/pipelines/{slug}", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Map<String, Object>> updatePipelineWithoutBodyWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "slug", expander = PathSegment.class, encoded = true) String slug, Request.Options options);
}
