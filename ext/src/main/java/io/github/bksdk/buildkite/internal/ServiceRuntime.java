package io.github.bksdk.buildkite.internal;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.paging.Page;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What the generated service implementations need from the client: Feign bindings, the call's effective options,
 * and the wrapping of responses, pages and raw bodies. Internal: the signature may change in any release.
 */
public interface ServiceRuntime {
  /**
   * Returns the client's binding of a generated Feign interface.
   *
   * @param feignInterface the interface, such as {@code BuildsApi.class}
   * @param <A> its type
   * @return the shared binding
   */
  <A> A api(Class<A> feignInterface);

  /**
   * Returns the client's binding of a generated async Feign interface (methods returning {@code CompletableFuture}).
   *
   * @param feignInterface the interface, such as {@code BuildsApiAsync.class}
   * @param <A> its type
   * @return the shared binding
   */
  <A> A asyncApi(Class<A> feignInterface);

  /**
   * Finishes an async call: maps the binding's future value, hands failures on unwrapped (as the sync client throws
   * them), and ties cancellation of the returned future to the call (the exchange or wait in progress is aborted).
   *
   * @param call the call's options
   * @param sent the future from the async Feign binding
   * @param then what to make of the response (runs on the thread that completes the exchange)
   * @param <R> the Feign result type
   * @param <T> the result type
   * @return the future handed to the application
   */
  <R, T> java.util.concurrent.CompletableFuture<T> async(CallOptions call, java.util.concurrent.CompletableFuture<R> sent,
      Function<R, T> then);

  /**
   * Starts a call: the client's default options with the call's on top; the deadline starts now.
   *
   * @param perCall the call's options
   * @return the effective options
   */
  CallOptions call(RequestOptions perCall);

  /**
   * Same as {@link #call} for a call of the sync client, whose options are never cancelled: without per-call options
   * and without a deadline on the client, every such call gets the same instance instead of a new one.
   *
   * @param perCall the call's options
   * @return the effective options
   */
  CallOptions blockingCall(RequestOptions perCall);

  /**
   * Wraps a decoded response with its status, headers and rate-limit state.
   *
   * @param response the generated layer's response
   * @param <T> the body type
   * @return the public response
   */
  <T> Response<T> response(ApiResponse<T> response);

  /**
   * Wraps a {@code HEAD} response whose answer is its {@code Content-Length}.
   *
   * @param response the response
   * @return the length, empty when the header is absent or invalid
   */
  Response<OptionalLong> contentLength(ApiResponse<Void> response);

  /**
   * Wraps the first page of a page-numbered list; later pages follow its {@code Link} header with the same call
   * options.
   *
   * @param call the call's options
   * @param first the first response
   * @param itemType the item class
   * @param <T> the item type
   * @return the first page, as a response
   */
  <T> Response<Page<T>> linkPage(CallOptions call, ApiResponse<List<T>> first, Class<T> itemType);

  /**
   * Wraps the first page of a cursor-paged list; later pages follow the envelope's {@code links.next}.
   *
   * @param call the call's options
   * @param first the first response
   * @param envelopeType the envelope class
   * @param items reads the items of an envelope
   * @param next reads the next link of an envelope
   * @param <E> the envelope type
   * @param <T> the item type
   * @return the first page, as a response
   */
  <E, T> Response<Page<T>> cursorPage(CallOptions call, ApiResponse<E> first, Class<E> envelopeType,
      Function<E, List<T>> items, Function<E, Optional<String>> next);

  /**
   * Checks a raw response: a 4xx or 5xx status is thrown as the matching exception; anything else (including a
   * redirect) is returned open.
   *
   * @param response the unread response
   * @return the open response
   */
  RawResponse raw(feign.Response response);
}
