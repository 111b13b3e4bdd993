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
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.BuildState;
import io.github.bksdk.buildkite.model.CreateBuildRequest;

/**
 * The Builds operations of the Buildkite REST API.
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
public interface BuildsService {

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
  default Build createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Build createBuild(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options);

  /**
   * Same as {@code createBuild}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param createBuildRequest What to build.
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Build> createBuildWithResponse(String orgSlug, String pipelineSlug, CreateBuildRequest createBuildRequest, RequestOptions options);

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
  default Build getBuild(String orgSlug, String pipelineSlug, int number) {
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
   * @return the result

   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Build getBuild(String orgSlug, String pipelineSlug, int number, GetBuildParams params) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Build getBuild(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options);

  /**
   * Same as {@code getBuild}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param pipelineSlug the {@code pipeline_slug} path segment (sent percent-encoded as one segment)
   * @param number the {@code number} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link GetBuildParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Build> getBuildWithResponse(String orgSlug, String pipelineSlug, int number, GetBuildParams params, RequestOptions options);

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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Page<Build> listBuildsForPipeline(String orgSlug, String pipelineSlug) {
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
   * @return the result

   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Page<Build> listBuildsForPipeline(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params) {
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
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Page<Build> listBuildsForPipeline(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options);

  /**
   * Same as {@code listBuildsForPipeline}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug Organization slug.
   * @param pipelineSlug Pipeline <code>slug</code>.
   * @param params the optional query parameters and headers ({@link ListBuildsForPipelineParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Page<Build>> listBuildsForPipelineWithResponse(String orgSlug, String pipelineSlug, ListBuildsForPipelineParams params, RequestOptions options);
}
