// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.api.PipelinesApi;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.paging.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.UpdatePipelineRequest;

/**
 * The Pipelines operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every method checks its arguments before
 * sending anything, and reports failures as {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses.
 * Lists come back as a {@link Page} that can be iterated lazily across all pages.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class PipelinesService {
  private final ServiceRuntime runtime;
  private final PipelinesApi api;

  /**
   * Creates the service. Applications get it from {@code BuildkiteClient} instead.
   *
   * @param runtime the client's shared runtime
   */
  public PipelinesService(ServiceRuntime runtime) {
    this.runtime = Require.notNull("runtime", runtime);
    this.api = runtime.api(PipelinesApi.class);
  }

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
  public void deletePipeline(String orgSlug, String slug) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    api.deletePipeline(orgSlug, slug, null);
  }

  /**
   * Same as {@code deletePipeline}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Void> deletePipelineWithResponse(String orgSlug, String slug) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    return api.deletePipelineWithResponse(orgSlug, slug, null);
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
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body; optional: {@code null} sends no body
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  @Deprecated
  public Map<String, Object> updatePipeline(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    if (updatePipelineRequest == null) {
      return api.updatePipelineWithoutBody(orgSlug, slug, null);
    }
    return api.updatePipeline(orgSlug, slug, updatePipelineRequest, null);
  }

  /**
   * Same as {@code updatePipeline}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param slug the {@code slug} path segment (sent percent-encoded as one segment)
   * @param updatePipelineRequest the {@code UpdatePipelineRequest} request body; optional: {@code null} sends no body
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  @Deprecated
  public ApiResponse<Map<String, Object>> updatePipelineWithResponse(String orgSlug, String slug, UpdatePipelineRequest updatePipelineRequest) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("slug", slug);
    if (updatePipelineRequest == null) {
      return api.updatePipelineWithoutBodyWithResponse(orgSlug, slug, null);
    }
    return api.updatePipelineWithResponse(orgSlug, slug, updatePipelineRequest, null);
  }
}
