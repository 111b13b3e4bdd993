// Generated from spec/openapi.yaml by codegen-templates/services/api.mustache. Do not edit.
package io.github.bksdk.buildkite.services;

import io.github.bksdk.buildkite.api.RootApi;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.paging.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * The Root operations of the Buildkite REST API.
 *
 * <p>Obtain it from {@code BuildkiteClient}; it is thread-safe and shared. Every method checks its arguments before
 * sending anything, and reports failures as {@link io.github.bksdk.buildkite.errors.BuildkiteException} subclasses.
 * Lists come back as a {@link Page} that can be iterated lazily across all pages.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class RootService {
  private final ServiceRuntime runtime;
  private final RootApi api;

  /**
   * Creates the service. Applications get it from {@code BuildkiteClient} instead.
   *
   * @param runtime the client's shared runtime
   */
  public RootService(ServiceRuntime runtime) {
    this.runtime = Require.notNull("runtime", runtime);
    this.api = runtime.api(RootApi.class);
  }

  /**
   * Get the API root.
   *
   * <p>{@code GET /}.
   *
   * @return the result
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiRoot getRoot() {
    return api.getRoot(null);
  }

  /**
   * Same as {@code getRoot}, and also returns the HTTP status and response headers.
   *
   * @return the status, headers and decoded body
   * @throws IllegalArgumentException if a path parameter is null or blank, before any request is sent
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the API answers with an error or cannot be reached
   */
  public ApiResponse<ApiRoot> getRootWithResponse() {
    return api.getRootWithResponse(null);
  }
}
