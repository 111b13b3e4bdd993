package io.github.bksdk.buildkite.internal;

import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.paging.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the generated services need from the client: Feign bindings, paging and raw responses. Internal: the
 * signature may change in any release.
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
   * Wraps the first page of a page-numbered list; later pages follow its {@code Link} header.
   *
   * @param first the first response
   * @param itemType the item class
   * @param <T> the item type
   * @return the page
   */
  <T> Page<T> linkPage(ApiResponse<List<T>> first, Class<T> itemType);

  /**
   * Wraps the first page of a cursor-paged list; later pages follow the envelope's {@code links.next}.
   *
   * @param first the first response
   * @param envelopeType the envelope class
   * @param items reads the items of an envelope
   * @param next reads the next link of an envelope
   * @param <E> the envelope type
   * @param <T> the item type
   * @return the page
   */
  <E, T> Page<T> cursorPage(ApiResponse<E> first, Class<E> envelopeType, Function<E, List<T>> items,
      Function<E, Optional<String>> next);

  /**
   * Checks a raw response: a 4xx or 5xx status is thrown as the matching exception; anything else (including a
   * redirect) is returned open.
   *
   * @param response the unread response
   * @return the open response
   */
  RawResponse raw(feign.Response response);

  /**
   * Validates caller-supplied headers for a raw call.
   *
   * @param headers the headers; {@code Authorization} and other credential headers are rejected
   * @return the headers in Feign's form, with {@code Accept: application/json} unless the caller chose another
   */
  Map<String, Object> extraHeaders(Map<String, String> headers);
}
