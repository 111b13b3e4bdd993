// Generated from spec/openapi.yaml by codegen-templates/services/asyncApi.mustache. Do not edit.
package io.github.bksdk.buildkite.services.async;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * The Pipelines operations of the Buildkite REST API, without blocking: the async form of
 * {@link io.github.bksdk.buildkite.services.PipelinesService}, method for method (same names, same overloads, same arguments), each returning
 * a {@link CompletableFuture}.
 *
 * <p>Obtain it from {@code BuildkiteClient.async()}; it is thread-safe and shared, and it sends through the same
 * transport as the sync client (retries, rate limits, credentials, origin guard, logging, error mapping) without
 * holding a thread per call. Arguments are checked synchronously: bad input throws
 * {@link IllegalArgumentException} from the method itself, before any request. Everything else (an error status, an
 * I/O failure, the deadline) completes the future exceptionally with the same
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException} the sync call would throw. Cancelling a future aborts
 * the exchange in progress and any pending retry wait.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface PipelinesServiceAsync {

  /**
   * Delete a pipeline.
   *
   * <p>{@code DELETE /v2/organizations/{orgSlug}/pipelines/{slug}}; token scope {@code write_pipelines}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Void> deletePipeline(String orgSlug, String slug) {
    return deletePipeline(orgSlug, slug, RequestOptions.none());
  }

  /**
   * Delete a pipeline.
   *
   * <p>{@code DELETE /v2/organizations/{orgSlug}/pipelines/{slug}}; token scope {@code write_pipelines}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Void> deletePipeline(String orgSlug, String slug, RequestOptions options);

  /**
   * Same as {@code deletePipeline}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Void>> deletePipelineWithResponse(String orgSlug, String slug, RequestOptions options);

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
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  @Deprecated
  default CompletableFuture<Map<String, Object>> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest) {
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
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  @Deprecated
  CompletableFuture<Map<String, Object>> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options);

  /**
   * Same as {@code updatePipeline}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param updatePipelineRequest the request body; {@code null} sends no body
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  @Deprecated
  CompletableFuture<Response<Map<String, Object>>> updatePipelineWithResponse(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest, RequestOptions options);
}
