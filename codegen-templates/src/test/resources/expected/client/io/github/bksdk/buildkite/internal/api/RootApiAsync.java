// Generated from spec/openapi.yaml by codegen-templates/client/asyncApi.mustache. Do not edit.
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
import java.util.concurrent.CompletableFuture;
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * Feign binding of the Root operations for the async client ({@code feign.AsyncFeign}): the same requests
 * as {@link RootApi} (same annotations, so the transport chain sees the same operation), each returning a
 * {@code CompletableFuture}. Internal: applications use the async service returned by
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public interface RootApiAsync {

  /**
   * Async form of {@link RootApi#getRoot}.
   *
   * @param query the query parameters, keys and values already percent-encoded
   * @param headers the request headers, including {@code Accept}
   * @param options the per-call options read by the transport chain
   * @return completes with the status, headers and decoded body
   */
  @BuildkiteOperation(id = "getRoot", method = "GET")
  @RequestLine(value = "GET /", decodeSlash = false)
  CompletableFuture<ApiResponse<ApiRoot>> getRoot(@QueryMap(encoded = true) Map<String, Object> query, @HeaderMap Map<String, Object> headers, Request.Options options);
}
