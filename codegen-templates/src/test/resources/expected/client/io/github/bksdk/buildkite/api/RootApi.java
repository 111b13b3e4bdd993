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
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * Feign binding of the Root operations of the Buildkite REST API.
 *
 * <p>This is the low-level layer: most code uses the service returned by the {@code BuildkiteClient}, which checks
 * arguments, pages through lists and streams bodies. Each operation appears as a typed method and as a
 * {@code ...WithResponse} method that also returns the status and headers. The trailing {@link Request.Options}
 * parameter overrides the client's timeouts for one call; pass {@code null} to keep them.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface RootApi {

  /**
   * Get the API root.
   *
   * <p>Operation {@code getRoot}: {@code GET /}.
   *
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the decoded response body
   */
  @BuildkiteOperation(id = "getRoot", method = "GET")
  @RequestLine(value = "GET /", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiRoot getRoot(Request.Options options);

  /**
   * Same as {@link #getRoot}, and also returns the HTTP status and headers (for example {@code Link} and
   * the {@code RateLimit-*} headers).
   *
   * @param options per-call timeouts, or {@code null} for the client's defaults
   * @return the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getRoot", method = "GET")
  @RequestLine(value = "GET /", decodeSlash = false)
  @Headers({ "Accept: application/json" })
  ApiResponse<ApiRoot> getRootWithResponse(Request.Options options);
}
