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
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * The Root operations of the Buildkite REST API, without blocking: the async form of
 * {@link io.github.bksdk.buildkite.services.RootService}, method for method (same names, same overloads, same arguments), each returning
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
public interface RootServiceAsync {

  /**
   * Get the API root.
   *
   * <p>{@code GET /}.
   *
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  default CompletableFuture<ApiRoot> getRoot() {
    return getRoot(RequestOptions.none());
  }

  /**
   * Get the API root.
   *
   * <p>{@code GET /}.
   *
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the result
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<ApiRoot> getRoot(RequestOptions options);

  /**
   * Same as {@code getRoot}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return completes with the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank: thrown at once by this method, before
   *     any request and without returning a future (failures of the request itself complete the future
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException})
   */
  CompletableFuture<Response<ApiRoot>> getRootWithResponse(RequestOptions options);
}
