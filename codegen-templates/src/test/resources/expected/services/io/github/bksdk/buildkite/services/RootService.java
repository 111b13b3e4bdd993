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
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * The Root operations of the Buildkite REST API.
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
public interface RootService {

  /**
   * Get the API root.
   *
   * <p>{@code GET /}.
   *
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  default ApiRoot getRoot() {
    return getRoot(RequestOptions.none());
  }


  /**
   * Get the API root.
   *
   * <p>{@code GET /}.
   *
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  ApiRoot getRoot(RequestOptions options);

  /**
   * Same as {@code getRoot}, and also returns the HTTP status, the response headers and the rate-limit state
   * the response reported.
   *
   * @param options settings for this call alone ({@link RequestOptions#none()} for the client's)
   * @return the status, headers, rate-limit state and value
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  Response<ApiRoot> getRootWithResponse(RequestOptions options);
}
