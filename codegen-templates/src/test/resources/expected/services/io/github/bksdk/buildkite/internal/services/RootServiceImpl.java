// Generated from spec/openapi.yaml by codegen-templates/services/serviceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.RootApi;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import io.github.bksdk.buildkite.model.ApiRoot;

/** The implementation of {@link RootService} over the Feign binding. Internal: use {@code BuildkiteClient}. */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class RootServiceImpl implements RootService {
  private final ServiceRuntime runtime;
  private final RootApi api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public RootServiceImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(RootApi.class);
  }

  @Override
  public ApiRoot getRoot(RequestOptions options) {
    return getRootExchange(options).body();
  }

  @Override
  public Response<ApiRoot> getRootWithResponse(RequestOptions options) {
    return runtime.response(getRootExchange(options));
  }

  /** Checks the arguments and makes the call; the value form reads its body without wrapping the response. */
  private ApiResponse<ApiRoot> getRootExchange(RequestOptions options) {
    CallOptions call = runtime.blockingCall(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return api.getRoot(query, headers, call);
  }
}
