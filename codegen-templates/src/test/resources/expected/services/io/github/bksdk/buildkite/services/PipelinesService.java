// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.paging.Page;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * The Pipelines operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every operation has the same shape:
 * required path parameters first (positional, primitive where the spec says integer), then the request body if
 * there is one, then a typed {@code ...Params} object holding the optional query parameters and headers (when the
 * operation has any), then an optional {@link RequestOptions} for this call alone (timeouts, deadline, extra
 * headers, retries). Each operation also has a {@code ...WithResponse} form that returns the HTTP status, headers
 * and rate-limit state with the value. Arguments are checked before anything is sent; failures are
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses. Lists come back as a {@link Page} that
 * can be iterated lazily across all pages.
 *
 * <p>Being an interface, it is easy to replace with a fake in tests.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface PipelinesService {

  /**
   * Delete a pipeline.
   *
   * <p>{@code DELETE /v2/organizations/{orgSlug}/pipelines/{slug}}; token scope {@code write_pipelines}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default void deletePipeline(String orgSlug, String slug) {
    deletePipeline(orgSlug, slug, RequestOptions.none());
  }


  /**
   * Delete a pipeline.
   *
   * <p>{@code DELETE /v2/organizations/{orgSlug}/pipelines/{slug}}; token scope {@code write_pipelines}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  void deletePipeline(String orgSlug, String slug, RequestOptions options);

  /**
   * Same as {@code deletePipeline}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Void> deletePipelineWithResponse(String orgSlug, String slug, RequestOptions options);

  /**
   * Update a pipeline. Deprecated by Buildkite.
   *
   * <p>Changes only the fields that are sent; an empty request changes nothing.
   *
   * <p>{@code PATCH /v2/organizations/{orgSlug}/pipelines/{slug}}; token scope {@code write_pipelines}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param updatePipelineRequest the request body; {@code null} sends no body
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  @Deprecated
  default Map<String, Object> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest) {
    return updatePipeline(orgSlug, slug, updatePipelineRequest, RequestOptions.none());
  }


  /**
   * Update a pipeline. Deprecated by Buildkite.
   *
   * <p>Changes only the fields that are sent; an empty request changes nothing.
   *
   * <p>{@code PATCH /v2/organizations/{orgSlug}/pipelines/{slug}}; token scope {@code write_pipelines}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param updatePipelineRequest the request body; {@code null} sends no body
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  @Deprecated
  Map<String, Object> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options);

  /**
   * Same as {@code updatePipeline}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param updatePipelineRequest the request body; {@code null} sends no body
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  @Deprecated
  Response<Map<String, Object>> updatePipelineWithResponse(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options);
}
