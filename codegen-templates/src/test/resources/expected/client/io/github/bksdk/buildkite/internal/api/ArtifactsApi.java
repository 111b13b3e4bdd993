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
import io.github.bksdk.buildkite.model.Artifact;

/**
 * Feign binding of the Artifacts operations of the Buildkite REST API. Internal: applications use the service
 * returned by {@code BuildkiteClient}, which checks arguments, builds the query and headers from a typed
 * parameters object, pages through lists and streams bodies.
 *
 * <p>Every method takes the already percent-encoded query ({@code @QueryMap(encoded = true)}: the caller encodes
 * every key and value exactly once), the request headers (including {@code Accept}), and the per-call options that
 * the transport chain reads.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface ArtifactsApi {

  /**
   * Copy an artifact.
   *
   * <p>Copies the artifact to the job named by the required <code>to</code> query parameter.
   *
   * <p>Operation {@code copyArtifact}: {@code POST /v2/organizations/{orgSlug}/artifacts/{id}/copy}. Token scope:
   * {@code write_artifacts}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param id the {@code id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "copyArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts/{id}/copy", decodeSlash = false)
  ApiResponse<Artifact> copyArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Download an artifact.
   *
   * <p>Operation {@code downloadArtifact}: {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download}. Token scope:
   * {@code read_artifacts}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  ApiResponse<Void> downloadArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Same as {@link #downloadArtifact}, but returns the response unread so that its body can be streamed. The caller
   * chooses the representation with the {@code Accept} header and must close the response. Error statuses are
   * returned, not thrown.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the unread response
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  Response downloadArtifactRaw(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Upload an artifact.
   *
   * <p>Operation {@code uploadArtifact}: {@code POST /v2/organizations/{orgSlug}/artifacts}. Token scope:
   * {@code write_artifacts}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param file the {@code file} form field
   * @param name the {@code name} form field
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "uploadArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts", decodeSlash = false)
  @Headers("Content-Type: multipart/form-data")
  ApiResponse<Artifact> uploadArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param("file") File file, @Param("name") String name, @QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
