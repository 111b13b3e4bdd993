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
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * Feign binding of the Builds operations of the Buildkite REST API. Internal: applications use the service
 * returned by {@code BuildkiteClient}, which checks arguments, builds the query and headers from a typed
 * parameters object, pages through lists and streams bodies.
 *
 * <p>Every method takes the already percent-encoded query ({@code @QueryMap(encoded = true)}: the caller encodes
 * every key and value exactly once), the request headers (including {@code Accept}), and the per-call options that
 * the transport chain reads.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface BuildsApi {

  /**
   * Create a build.
   *
   * <p>Operation {@code createBuild}: {@code POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}. Token scope:
   * {@code write_builds}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param createBuildRequest the {@code CreateBuildRequest} request body
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "createBuild", method = "POST",
      scope = "write_builds", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  @Headers("Content-Type: application/json")
  ApiResponse<Build> createBuild(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, CreateBuildRequest createBuildRequest, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Get a build.
   *
   * <p>Operation {@code getBuild}: {@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}. Token scope:
   * {@code read_builds}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param number the {@code number} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getBuild", method = "GET",
      scope = "read_builds", pagination = "none")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}", decodeSlash = false)
  ApiResponse<Build> getBuild(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @Param(value = "number", expander = PathSegment.class, encoded = true) int number, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * List builds for a pipeline.
   *
   * <p>Lists builds, <strong>newest first</strong>, with <em>emphasis</em>, <code>inline code</code> and a <a href="https://buildkite.com/docs?a=1&amp;b=2">link</a>. Characters that HTML cares about: a &lt; b &amp; c &gt; d, "quotes" and it's; a comment end *{@literal /} and an @ sign. <p>A second paragraph with a list: <ul><li><code>branch[]</code> filters by branch</li><li><code>state[]</code> filters by state</li></ul>
   *
   * <p>Operation {@code listBuildsForPipeline}: {@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}. Token scope:
   * {@code read_builds}. Pagination: {@code page}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param pipelineSlug the {@code pipeline_slug} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "listBuildsForPipeline", method = "GET",
      scope = "read_builds", pagination = "page")
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds", decodeSlash = false)
  ApiResponse<List<Build>> listBuildsForPipeline(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "pipelineSlug", expander = PathSegment.class, encoded = true) String pipelineSlug, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
