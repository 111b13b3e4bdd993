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
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * Feign binding of the Root operations of the Buildkite REST API. Internal: applications use the service
 * returned by {@code BuildkiteClient}, which checks arguments, builds the query and headers from a typed
 * parameters object, pages through lists and streams bodies.
 *
 * <p>Every method takes the already percent-encoded query ({@code @QueryMap(encoded = true)}: the caller encodes
 * every key and value exactly once), the request headers (including {@code Accept}), and the per-call options that
 * the transport chain reads.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface RootApi {

  /**
   * Get the API root.
   *
   * <p>Operation {@code getRoot}: {@code GET /}.
   *
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getRoot", method = "GET")
  @RequestLine(value = "GET /", decodeSlash = false)
  ApiResponse<ApiRoot> getRoot(@QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
