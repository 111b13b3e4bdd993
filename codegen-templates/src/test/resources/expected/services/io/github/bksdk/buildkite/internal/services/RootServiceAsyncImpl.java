// Generated from spec/openapi.yaml by codegen-templates/services/asyncServiceImpl.mustache. Do not edit.
package io.github.bksdk.buildkite.internal.services;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.AsyncCalls;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.internal.api.RootApiAsync;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.*;
import io.github.bksdk.buildkite.services.async.RootServiceAsync;
import java.io.File;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import io.github.bksdk.buildkite.model.ApiRoot;

/**
 * The implementation of {@link RootServiceAsync} over the async Feign binding. Arguments are checked before the
 * future exists; the returned futures pass cancellation down to the call. Internal: use
 * {@code BuildkiteClient.async()}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class RootServiceAsyncImpl implements RootServiceAsync {
  private final ServiceRuntime runtime;
  private final RootApiAsync api;

  /**
   * Binds the service to a client's runtime. Internal.
   *
   * @param runtime the client's runtime, with its default request options
   */
  public RootServiceAsyncImpl(ServiceRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.asyncApi(RootApiAsync.class);
  }

  @Override
  public CompletableFuture<ApiRoot> getRoot(RequestOptions options) {
    return getRootExchange(options, ApiResponse::body);
  }

  @Override
  public CompletableFuture<Response<ApiRoot>> getRootWithResponse(RequestOptions options) {
    return getRootExchange(options, runtime::response);
  }

  /** Checks the arguments and starts the call; {@code then} makes the result (the value form reads the body). */
  private <R> CompletableFuture<R> getRootExchange(RequestOptions options,
      Function<ApiResponse<ApiRoot>, R> then) {
    CallOptions call = runtime.call(options);
    Map<String, Object> query = call.query(Map.of());
    Map<String, Object> headers = call.headers(Map.of(), "application/json");
    return runtime.async(call, api.getRoot(query, headers, call), then);
  }
}
