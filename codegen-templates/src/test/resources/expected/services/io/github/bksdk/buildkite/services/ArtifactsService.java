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
import io.github.bksdk.buildkite.model.Artifact;

/**
 * The Artifacts operations of the Buildkite REST API.
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
public interface ArtifactsService {

  /**
   * Copy an artifact.
   *
   * <p>Copies the artifact to the job named by the required <code>to</code> query parameter.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/artifacts/{id}/copy}; token scope {@code write_artifacts}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param params the query parameters and headers, some required ({@link CopyArtifactParams#builder()} checks them)
   * @return the result

   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Artifact copyArtifact(String orgSlug, String id, CopyArtifactParams params) {
    return copyArtifact(orgSlug, id, params, RequestOptions.none());
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
   * @param params the query parameters and headers, some required ({@link CopyArtifactParams#builder()} checks them)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Artifact copyArtifact(String orgSlug, String id, CopyArtifactParams params, RequestOptions options);

  /**
   * Same as {@code copyArtifact}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param params the query parameters and headers, some required ({@link CopyArtifactParams#builder()} checks them)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Artifact> copyArtifactWithResponse(String orgSlug, String id, CopyArtifactParams params, RequestOptions options);

  /**
   * Calls {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download} and returns the body unread so that it can be streamed; choose the
   * representation with {@code params.accept(...)}.
   * Close the result. A redirect (such as an artifact download's 302) is returned as is, with its {@code Location};
   * 4xx and 5xx statuses are thrown as exceptions, like every other call.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link DownloadArtifactParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the open response
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  RawResponse downloadArtifactRaw(String orgSlug, String jobId, String id, DownloadArtifactParams params, RequestOptions options);

  /**
   * Upload an artifact.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/artifacts}; token scope {@code write_artifacts}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} form field (optional: {@code null} leaves it out)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default Artifact uploadArtifact(String orgSlug, File file, String name) {
    return uploadArtifact(orgSlug, file, name, RequestOptions.none());
  }


  /**
   * Upload an artifact.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/artifacts}; token scope {@code write_artifacts}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} form field (optional: {@code null} leaves it out)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Artifact uploadArtifact(String orgSlug, File file, String name, RequestOptions options);

  /**
   * Same as {@code uploadArtifact}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} form field (optional: {@code null} leaves it out)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<Artifact> uploadArtifactWithResponse(String orgSlug, File file, String name, RequestOptions options);
}
