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
import io.github.bksdk.buildkite.model.Artifact;

/**
 * The Artifacts operations of the Buildkite REST API, without blocking: the async form of
 * {@link io.github.bksdk.buildkite.services.ArtifactsService}, method for method (same names, same overloads, same arguments), each returning
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
public interface ArtifactsServiceAsync {

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
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Artifact> copyArtifact(String orgSlug, String id, CopyArtifactParams params) {
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
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Artifact> copyArtifact(String orgSlug, String id, CopyArtifactParams params, RequestOptions options);

  /**
   * Same as {@code copyArtifact}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param params the query parameters and headers, some required ({@link CopyArtifactParams#builder()} checks them)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Artifact>> copyArtifactWithResponse(String orgSlug, String id, CopyArtifactParams params, RequestOptions options);

  /**
   * Calls {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download} and completes when the response headers are in, with the body unread
   * so that it can be streamed (reading it blocks the reader). Close the result. A redirect is returned as is;
   * 4xx and 5xx statuses complete the future exceptionally.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param jobId the {@code job_id} path segment (sent percent-encoded as one segment)
   * @param id the {@code id} path segment (sent percent-encoded as one segment)
   * @param params the optional query parameters and headers ({@link DownloadArtifactParams#none()} for none)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the open response
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<RawResponse> downloadArtifactRaw(String orgSlug, String jobId, String id, DownloadArtifactParams params, RequestOptions options);

  /**
   * Upload an artifact.
   *
   * <p>{@code POST /v2/organizations/{orgSlug}/artifacts}; token scope {@code write_artifacts}.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} form field (optional: {@code null} leaves it out)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<Artifact> uploadArtifact(String orgSlug, File file, String name) {
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
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Artifact> uploadArtifact(String orgSlug, File file, String name, RequestOptions options);

  /**
   * Same as {@code uploadArtifact}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param orgSlug the {@code org_slug} path segment (sent percent-encoded as one segment)
   * @param file The content.
   * @param name the {@code name} form field (optional: {@code null} leaves it out)
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<Artifact>> uploadArtifactWithResponse(String orgSlug, File file, String name, RequestOptions options);
}
