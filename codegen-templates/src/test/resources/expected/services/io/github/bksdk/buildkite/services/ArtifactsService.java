// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.api.ArtifactsApi;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.paging.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.Artifact;
import java.io.File;

/**
 * The Artifacts operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every method checks its arguments before
 * sending anything, and reports failures as {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses.
 * Lists come back as a {@link Page} that can be iterated lazily across all pages.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class ArtifactsService {
  private final ServiceRuntime runtime;
  private final ArtifactsApi api;

  /**
   * Creates the service. Applications get it from {@code BuildkiteClient} instead.
   *
   * @param runtime the client's shared runtime
   */
  public ArtifactsService(ServiceRuntime runtime) {
    this.runtime = Require.notNull("runtime", runtime);
    this.api = runtime.api(ArtifactsApi.class);
  }

  /**
   * Copy an artifact.
   *
   * <p>Copies the artifact to the job named by the required <code>to</code> query parameter.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/artifacts/{id}/copy}; token scope {@code write_artifacts}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param query the query string, built with {@code ArtifactsApi.CopyArtifactQuery.builder()}
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Artifact copyArtifact(String orgSlug, String id, ArtifactsApi.CopyArtifactQuery query) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("id", id);
    Require.notNull("query", query);
    return api.copyArtifact(orgSlug, id, query, null);
  }

  /**
   * Same as {@code copyArtifact}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param query the query string
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Artifact> copyArtifactWithResponse(String orgSlug, String id, ArtifactsApi.CopyArtifactQuery query) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("id", id);
    Require.notNull("query", query);
    return api.copyArtifactWithResponse(orgSlug, id, query, null);
  }

  /**
   * Calls {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download} and returns the body unread so that it can be streamed; choose the representation
   * with {@code headers} (for example {@code Accept: text/plain}, or {@code Range: bytes=-1000} for a tail). Close
   * the result. A redirect (such as an artifact download's 302) is returned as is, with its {@code Location};
   * 4xx and 5xx statuses are thrown as exceptions, like every other call.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param headers request headers to add, such as {@code Accept} or {@code Range}; never {@code Authorization}
   * @return the open response
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public RawResponse downloadArtifactRaw(String orgSlug, String jobId, String id, Map<String, String> headers) {
    Require.pathParam("org_slug", orgSlug);
    Require.pathParam("job_id", jobId);
    Require.pathParam("id", id);
    return runtime.raw(api.downloadArtifactRaw(orgSlug, jobId, id, runtime.extraHeaders(headers), null));
  }

  /**
   * Upload an artifact.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/artifacts}; token scope {@code write_artifacts}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} 
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public Artifact uploadArtifact(String orgSlug, File file, String name) {
    Require.pathParam("org_slug", orgSlug);
    Require.notNull("file", file);
    return api.uploadArtifact(orgSlug, file, name, null);
  }

  /**
   * Same as {@code uploadArtifact}, and also returns the HTTP status and response headers.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} 
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<Artifact> uploadArtifactWithResponse(String orgSlug, File file, String name) {
    Require.pathParam("org_slug", orgSlug);
    Require.notNull("file", file);
    return api.uploadArtifactWithResponse(orgSlug, file, name, null);
  }
}
