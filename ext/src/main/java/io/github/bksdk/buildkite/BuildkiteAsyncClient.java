package io.github.bksdk.buildkite;

import io.github.bksdk.buildkite.http.ApiRequest;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.AsyncCalls;
import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.util.concurrent.CompletableFuture;

/**
 * The async form of {@link BuildkiteClient}, from {@link BuildkiteClient#async()}: the same per-group accessors
 * ({@code builds()}, {@code pipelines()} ...) whose every operation returns a {@link CompletableFuture}.
 *
 * <pre>{@code
 * BuildkiteAsyncClient async = client.async();
 * CompletableFuture<Build> build = async.builds().getBuild("acme", "app", 42);
 * async.builds().listBuildsForPipeline("acme", "app")
 *     .thenCompose(page -> page.forEachAsync(b -> System.out.println(b.number())));
 * }</pre>
 *
 * <p>It is the same client underneath: one transport chain (retries, rate limiting, credentials, the API-origin
 * guard, logging, error mapping), the same connections and the same options. Calls are sent with the JDK client's
 * {@code sendAsync}; waits between retries and for rate-limit permits are scheduled on one shared daemon timer
 * thread, so no thread is held while a call is in flight. Results and failures are delivered on a small shared
 * pool (as many threads as processors, at least 2; see {@link BuildkiteClient.Builder#asyncExecutor}), never on
 * the HTTP client's selector thread.
 *
 * <p>Arguments are validated synchronously: bad input throws {@link IllegalArgumentException} from the method
 * itself, before a future is returned. Every other failure completes the future exceptionally with the same
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException} (type and message) the sync call would throw.
 * {@code future.cancel(true)} aborts the exchange in progress and any pending retry wait; the call's deadline
 * ({@link RequestOptions.Builder#timeout}) and read timeout apply as in the sync client.
 */
public final class BuildkiteAsyncClient extends AbstractBuildkiteAsyncClient {
  private final BuildkiteClient sync;

  BuildkiteAsyncClient(BuildkiteClient sync, ServiceRuntime services) {
    super(services);
    this.sync = sync;
  }

  /** {@return the blocking client this one is the async form of (same runtime, same options)} */
  public BuildkiteClient sync() {
    return sync;
  }

  /**
   * Returns an async client whose calls start from these options, on top of this client's defaults; same as
   * {@code sync().withOptions(options).async()}, and just as cheap (no thread, no connection pool).
   *
   * @param options the defaults of the derived client; per-call options still win over them
   * @return the derived async client
   */
  public BuildkiteAsyncClient withOptions(RequestOptions options) {
    return sync.withOptions(Require.notNull("options", options)).async();
  }

  /**
   * Returns an async client that retries with another policy.
   *
   * @param policy the retry policy
   * @return the derived async client
   */
  public BuildkiteAsyncClient withRetryPolicy(RetryPolicy policy) {
    return sync.withRetryPolicy(policy).async();
  }

  /**
   * Returns a waiter that polls builds until they finish without holding a thread: each poll is an async call and
   * each wait between polls is scheduled on this client's scheduler (see
   * {@link io.github.bksdk.buildkite.waiting.AsyncBuildWaiter}); its {@code logFollower()} follows job logs the same
   * way ({@link io.github.bksdk.buildkite.waiting.AsyncJobLogFollower}).
   *
   * @return a new async waiter; cheap, stateless and thread-safe
   */
  public io.github.bksdk.buildkite.waiting.AsyncBuildWaiter buildWaiter() {
    return sync.asyncBuildWaiter();
  }

  /** {@return the default options of this client's calls} */
  public RequestOptions options() {
    return sync.options();
  }

  /** {@return the latest rate-limit state the API reported, shared with the sync client} */
  public RateLimitStatus rateLimitStatus() {
    return sync.rateLimitStatus();
  }

  /**
   * Sends a request to an endpoint the spec does not describe yet, without blocking; the async form of
   * {@link BuildkiteClient#send(ApiRequest)}. Close the result.
   *
   * @param request the request
   * @return completes with the open response once its headers are in; 4xx and 5xx statuses complete it
   *     exceptionally with a {@link io.github.bksdk.buildkite.errors.BuildkiteException}
   * @throws IllegalArgumentException if the request is null or its body cannot be written, before sending
   */
  public CompletableFuture<RawResponse> send(ApiRequest request) {
    return send(request, RequestOptions.none());
  }

  /**
   * Same as {@link #send(ApiRequest)}, with options for this call.
   *
   * @param request the request
   * @param options settings for this call alone
   * @return completes with the open response
   * @throws IllegalArgumentException if an argument is null or the body cannot be written, before sending
   */
  public CompletableFuture<RawResponse> send(ApiRequest request, RequestOptions options) {
    ServiceRuntime services = sync.serviceRuntime();
    return AsyncCalls.map(sync.exchangeAsync(request, options), services::raw);
  }

  /**
   * Sends a request to an endpoint the spec does not describe yet and decodes its JSON body, without blocking.
   *
   * @param request the request
   * @param type the class to decode the body into
   * @param <T> the type
   * @return completes with the status, headers, rate-limit state and decoded value
   * @throws IllegalArgumentException if an argument is null, before sending
   */
  public <T> CompletableFuture<Response<T>> send(ApiRequest request, Class<T> type) {
    return send(request, type, RequestOptions.none());
  }

  /**
   * Same as {@link #send(ApiRequest, Class)}, with options for this call.
   *
   * @param request the request
   * @param type the class to decode the body into
   * @param options settings for this call alone
   * @param <T> the type
   * @return completes with the status, headers, rate-limit state and decoded value
   * @throws IllegalArgumentException if an argument is null, before sending
   */
  public <T> CompletableFuture<Response<T>> send(ApiRequest request, Class<T> type, RequestOptions options) {
    Require.notNull("type", type);
    return AsyncCalls.map(sync.exchangeAsync(request, options), response -> sync.decoded(response, type));
  }

  @Override
  public String toString() {
    return "BuildkiteAsyncClient{baseUrl=" + sync.baseUrl() + "}";
  }
}
