// Generated from spec/openapi.yaml by codegen-templates/client/api.mustache. Do not edit.
package io.github.bksdk.buildkite.api;

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
import io.github.bksdk.buildkite.codegen.QueryParameters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.Artifact;
import java.io.File;

/**
 * Feign binding of the Artifacts operations of the Buildkite REST API.
 *
 * <p>This is the low-level layer: most code uses the service returned by the {@code BuildkiteClient}, which checks
 * arguments, pages through lists and streams bodies. Each operation appears as a typed method and as a
 * {@code ...WithResponse} method that also returns the status and headers. The trailing {@link Request.Options}
 * parameter overrides the client's timeouts for one call; pass {@code null} to keep them.
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
   * @param query the query string; see {@link CopyArtifactQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "copyArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts/{id}/copy", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  Artifact copyArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap CopyArtifactQuery query, Request.Options options);

  /**
   * Same as {@link #copyArtifact}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param id the {@code id} path segment
   * @param query the query string; see {@link CopyArtifactQuery}
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "copyArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts/{id}/copy", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Artifact> copyArtifactWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @QueryMap CopyArtifactQuery query, Request.Options options);

  /**
   * The query string of {@link #copyArtifact}: every parameter is optional unless marked required, and only the
   * ones set are sent. Immutable; create one with {@link #builder()}.
   */
  @jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
  final class CopyArtifactQuery implements QueryParameters {
    private final String to;

    private CopyArtifactQuery(Builder builder) {
      this.to = builder.to;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns a builder holding the values of this query. */
    public Builder toBuilder() {
      Builder builder = new Builder();
      builder.to = this.to;
      return builder;
    }

    /**
     * Returns {@code to}.
     *
     * @return the value, or {@code null} when it is not sent
     */
    public String to() {
      return to;
    }

    @Override
    public Map<String, Object> toQueryMap() {
      Map<String, Object> out = new LinkedHashMap<>();
      if (to != null) {
        out.put("to", String.valueOf(to));
      }
      return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CopyArtifactQuery that && toQueryMap().equals(that.toQueryMap());
    }

    @Override
    public int hashCode() {
      return toQueryMap().hashCode();
    }

    @Override
    public String toString() {
      return "CopyArtifactQuery" + toQueryMap();
    }

    /** Builds {@link CopyArtifactQuery} values. Not thread-safe. */
    public static final class Builder {
      private String to;

      private Builder() {}

      /**
       * Sets {@code to}.
       *
       * @param to the value, or {@code null} to not send it
       * @return this builder
       */
      public Builder to(String to) {
        this.to = to;
        return this;
      }

      /**
       * Returns the built query.
       *
       * @return a new immutable query

       */
      public CopyArtifactQuery build() {
        if (to == null) {
          throw new IllegalArgumentException("to is required");
        }
        return new CopyArtifactQuery(this);
      }
    }
  }

  /**
   * Download an artifact.
   *
   * <p>Operation {@code downloadArtifact}: {@code GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download}. Token scope:
   * {@code read_artifacts}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param options per-call timeouts, or {@code null} for the client's defaults
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  void downloadArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, Request.Options options);

  /**
   * Same as {@link #downloadArtifact}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<Void> downloadArtifactWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, Request.Options options);

  /**
   * Same as {@link #downloadArtifact}, but returns the response unread so that its body can be streamed. The caller
   * chooses the representation with {@code headers} (for example {@code Accept: text/plain}) and must close the
   * response. Error statuses are returned, not thrown.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param jobId the {@code job_id} path segment
   * @param id the {@code id} path segment
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @param headers extra request headers, such as {@code Accept}
   * @return the unread response
   */
  @BuildkiteOperation(id = "downloadArtifact", method = "GET",
      scope = "read_artifacts", pagination = "none",
      streaming = true)
  @RequestLine(value = "GET /v2/organizations/{orgSlug}/jobs/{jobId}/artifacts/{id}/download", decodeSlash = false)
  Response downloadArtifactRaw(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param(value = "jobId", expander = PathSegment.class, encoded = true) String jobId, @Param(value = "id", expander = PathSegment.class, encoded = true) String id, @HeaderMap Map<String, Object> headers, Request.Options options);

  /**
   * Upload an artifact.
   *
   * <p>Operation {@code uploadArtifact}: {@code POST /v2/organizations/{orgSlug}/artifacts}. Token scope:
   * {@code write_artifacts}. Pagination: {@code none}.
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param file The content.
   * @param name the {@code name}  (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "uploadArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: multipart/form-data" })
  Artifact uploadArtifact(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param("file") File file, @Param("name") String name, Request.Options options);

  /**
   * Same as {@link #uploadArtifact}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param orgSlug the {@code org_slug} path segment
   * @param file The content.
   * @param name the {@code name}  (optional)
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "uploadArtifact", method = "POST",
      scope = "write_artifacts", pagination = "none")
  @RequestLine(value = "POST /v2/organizations/{orgSlug}/artifacts", decodeSlash = false)
  @Headers({ "Accept: application/json", "Content-Type: multipart/form-data" })
  ApiResponse<Artifact> uploadArtifactWithResponse(@Param(value = "orgSlug", expander = PathSegment.class, encoded = true) String orgSlug, @Param("file") File file, @Param("name") String name, Request.Options options);
}
