// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.api.BuildsApi;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.paging.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * The Builds operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every method checks its arguments before
 * sending anything, and reports failures as {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses.
 * Lists come back as a {@link Page} that can be iterated lazily across all pages.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class BuildsService {
  private final ServiceRuntime runtime;
  private final BuildsApi api;

  /**
   * Creates the service. Applications get it from {@code BuildkiteClient} instead.
   *
   * @param runtime the client's shared runtime
   */
  public BuildsService(ServiceRuntime runtime) {
    this.runtime = Require.notNull("runtime", runtime);
    this.api = runtime.api(BuildsApi.class);
  }

  /**
   * Create a build.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param createBuildRequest What to build.
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Build createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("createBuildRequest", createBuildRequest);
    return api.createBuild(orgSlug, pipelineSlug, createBuildRequest, null);
  }

  /**
   * Same as {@code createBuild}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param createBuildRequest What to build.
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Build> createBuildWithResponse(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("createBuildRequest", createBuildRequest);
    return api.createBuildWithResponse(orgSlug, pipelineSlug, createBuildRequest, null);
  }

  /**
   * Get a build.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}; token scope {@code read_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Build getBuild(String orgSlug, String pipelineSlug, Integer number) {
    return getBuild(orgSlug, pipelineSlug, number, BuildsApi.GetBuildQuery.builder().build());
  }

  /**
   * Get a build.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}; token scope {@code read_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @param query the query string, built with {@code BuildsApi.GetBuildQuery.builder()}
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Build getBuild(String orgSlug, String pipelineSlug, Integer number, BuildsApi.GetBuildQuery query) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("number", number);
    Require.notNull("query", query);
    return api.getBuild(orgSlug, pipelineSlug, number, query, null);
  }

  /**
   * Same as {@code getBuild}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @param query the query string
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Build> getBuildWithResponse(String orgSlug, String pipelineSlug, Integer number, BuildsApi.GetBuildQuery query) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.pathParam("number", number);
    Require.notNull("query", query);
    return api.getBuildWithResponse(orgSlug, pipelineSlug, number, query, null);
  }

  /**
   * List builds for a pipeline.
   *
   * <p>Lists builds, <strong>newest first</strong>, with <em>emphasis</em>, <code>inline code</code> and a <a href="https://buildkite.com/docs?a=1&amp;b=2">link</a>. Characters that HTML cares about: a &lt; b &amp; c &gt; d, "quotes" and it's; a comment end *{@literal /} and an @ sign. <p>A second paragraph with a list: <ul><li><code>branch[]</code> filters by branch</li><li><code>state[]</code> filters by state</li></ul>
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}; token scope {@code read_builds}; the returned
   * page follows the {@code Link} header to later pages.
   *
   * @param orgSlug Organization slug.
   * @param pipelineSlug Pipeline <code>slug</code>.
   * @param buildkiteVersion The API version to ask for. (optional: {@code null} leaves the header out)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Page<Build> listBuildsForPipeline(String orgSlug, String pipelineSlug, String buildkiteVersion) {
    return listBuildsForPipeline(orgSlug, pipelineSlug, buildkiteVersion, BuildsApi.ListBuildsForPipelineQuery.builder().build());
  }

  /**
   * List builds for a pipeline.
   *
   * <p>Lists builds, <strong>newest first</strong>, with <em>emphasis</em>, <code>inline code</code> and a <a href="https://buildkite.com/docs?a=1&amp;b=2">link</a>. Characters that HTML cares about: a &lt; b &amp; c &gt; d, "quotes" and it's; a comment end *{@literal /} and an @ sign. <p>A second paragraph with a list: <ul><li><code>branch[]</code> filters by branch</li><li><code>state[]</code> filters by state</li></ul>
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}; token scope {@code read_builds}; the returned
   * page follows the {@code Link} header to later pages.
   *
   * @param orgSlug Organization slug.
   * @param pipelineSlug Pipeline <code>slug</code>.
   * @param buildkiteVersion The API version to ask for. (optional: {@code null} leaves the header out)
   * @param query the query string, built with {@code BuildsApi.ListBuildsForPipelineQuery.builder()}
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Page<Build> listBuildsForPipeline(String orgSlug, String pipelineSlug, String buildkiteVersion, BuildsApi.ListBuildsForPipelineQuery query) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("pipeline_slug", pipelineSlug);
    Require.notNull("query", query);
    return runtime.linkPage(api.listBuildsForPipelineWithResponse(orgSlug, pipelineSlug, buildkiteVersion, query, null), Build.class);
  }
}
