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
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * The Builds operations of the Buildkite REST API, without blocking: the async form of
 * {@link io.github.bksdk.buildkite.services.BuildsService}, method for method (same names, same overloads, same arguments), each returning
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
public interface BuildsServiceAsync {

  /**
   * Create a build.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param createBuildRequest What to build.
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Build> createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest) {
    return createBuild(orgSlug, pipelineSlug, createBuildRequest, RequestOptions.none());
  }

  /**
   * Create a build.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds}; token scope {@code write_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param createBuildRequest What to build.
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Build> createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options);

  /**
   * Same as {@code createBuild}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param createBuildRequest What to build.
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Build>> createBuildWithResponse(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options);

  /**
   * Get a build.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}; token scope {@code read_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Build> getBuild(String orgSlug, String pipelineSlug, int number) {
    return getBuild(orgSlug, pipelineSlug, number, GetBuildParams.none(), RequestOptions.none());
  }

  /**
   * Get a build.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}; token scope {@code read_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetBuildParams#none()} for none)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Build> getBuild(String orgSlug, String pipelineSlug, int number, GetBuildParams params) {
    return getBuild(orgSlug, pipelineSlug, number, params, RequestOptions.none());
  }

  /**
   * Get a build.
   *
   * <p>{@code GET /v2/organizations/{orgSlug}/pipelines/{pipelineSlug}/builds/{number}}; token scope {@code read_builds}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetBuildParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Build> getBuild(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options);

  /**
   * Same as {@code getBuild}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetBuildParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Build>> getBuildWithResponse(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options);

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
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Page<Build>> listBuildsForPipeline(String orgSlug, String pipelineSlug) {
    return listBuildsForPipeline(orgSlug, pipelineSlug, ListBuildsForPipelineParams.none(), RequestOptions.none());
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
   * @param params the optional query parameters and headers ({@link ListBuildsForPipelineParams#none()} for none)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Page<Build>> listBuildsForPipeline(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params) {
    return listBuildsForPipeline(orgSlug, pipelineSlug, params, RequestOptions.none());
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
   * @param params the optional query parameters and headers ({@link ListBuildsForPipelineParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Page<Build>> listBuildsForPipeline(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options);

  /**
   * Same as {@code listBuildsForPipeline}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug Organization slug.
   * @param pipelineSlug Pipeline <code>slug</code>.
   * @param params the optional query parameters and headers ({@link ListBuildsForPipelineParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Page<Build>>> listBuildsForPipelineWithResponse(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options);
}
