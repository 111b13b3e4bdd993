package io.github.bksdk.buildkite.paging;

import io.github.bksdk.buildkite.errors.InvalidResponseException;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import java.util.Collection;
import java.util.Map;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One page of a list, and the way to the next one. Both pagination styles of the API come back as a {@code Page}:
 * page numbers with a {@code Link} header, and cursors in an {@code {items, links}} envelope.
 *
 * <pre>{@code
 * Page<Build> first = client.builds().listBuildsForPipeline("acme", "app");
 * first.items();                                      // this page only
 * for (Build b : first.autoPager()) { ... }           // every build, fetching pages as needed
 * first.autoPager().stream().limit(500).toList();     // lazily, one page in memory at a time
 * }</pre>
 *
 * <p>A page is immutable. {@link #hasNextPage()} never makes a request; {@link #nextPage()} makes one.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final PageLinks links;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final RateLimitStatus rateLimit;
  private final Function<URI, Page<T>> fetcher;
  private final Function<URI, CompletableFuture<Page<T>>> asyncFetcher;

  /**
   * Creates a page without response details (status 200, no headers); for fakes in tests and custom pagers.
   *
   * @param items the items of this page; none may be null
   * @param links the links this page arrived with
   * @param fetcher fetches the page at a link (used by {@link #nextPage()})
   * @throws io.github.bksdk.buildkite.errors.InvalidResponseException if an item is null
   */
  public Page(List<T> items, PageLinks links, Function<URI, Page<T>> fetcher) {
    this(items, links, 200, Map.of(), RateLimitStatus.unknown(), fetcher);
  }

  /**
   * Creates a page with the details of the response it came from. The SDK creates pages; applications read them.
   *
   * @param items the items of this page; none may be null
   * @param links the links this page arrived with
   * @param statusCode the HTTP status of the response
   * @param headers the response headers (copied; names become case-insensitive)
   * @param rateLimit the rate-limit state the response reported
   * @param fetcher fetches the page at a link (used by {@link #nextPage()})
   * @throws io.github.bksdk.buildkite.errors.InvalidResponseException if an item is null
   */
  public Page(List<T> items, PageLinks links, int statusCode, Map<String, ? extends Collection<String>> headers,
      RateLimitStatus rateLimit, Function<URI, Page<T>> fetcher) {
    this(items, links, statusCode, headers, rateLimit, fetcher, null);
  }

  /**
   * Creates a page that can also fetch the next one without blocking; the SDK creates such pages for every list,
   * from the sync and the async client alike.
   *
   * @param items the items of this page; none may be null
   * @param links the links this page arrived with
   * @param statusCode the HTTP status of the response
   * @param headers the response headers (copied; names become case-insensitive)
   * @param rateLimit the rate-limit state the response reported
   * @param fetcher fetches the page at a link (used by {@link #nextPage()})
   * @param asyncFetcher fetches the page at a link without blocking (used by {@link #nextPageAsync()}); null to
   *     run {@code fetcher} on the common pool instead
   * @throws io.github.bksdk.buildkite.errors.InvalidResponseException if an item is null
   */
  public Page(List<T> items, PageLinks links, int statusCode, Map<String, ? extends Collection<String>> headers,
      RateLimitStatus rateLimit, Function<URI, Page<T>> fetcher,
      Function<URI, CompletableFuture<Page<T>>> asyncFetcher) {
    Objects.requireNonNull(items, "items");
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw new InvalidResponseException("the API sent a list whose item " + i + " of " + items.size()
            + " is null", statusCode, null);
      }
    }
    this.items = List.copyOf(items);
    this.links = Objects.requireNonNull(links, "links");
    this.statusCode = statusCode;
    this.headers = Response.caseInsensitiveCopy(headers);
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.asyncFetcher = asyncFetcher;
  }

  /**
   * Returns the HTTP status of the response this page came from.
   *
   * @return the status, usually 200
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the headers of the response this page came from; names are case-insensitive.
   *
   * @return the unmodifiable headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the rate-limit state the response of this page reported.
   *
   * @return the state; its windows are empty when the response carried no {@code RateLimit-*} header
   */
  public RateLimitStatus rateLimit() {
    return rateLimit;
  }

  /** {@return the items of this page only, in the order the API sent them} */
  public List<T> items() {
    return items;
  }

  /** {@return the links this page arrived with} */
  public PageLinks links() {
    return links;
  }

  /** {@return whether a next page exists; makes no request} */
  public boolean hasNextPage() {
    return links.next().isPresent();
  }

  /**
   * Fetches the next page by following the {@code next} link exactly as the API sent it.
   *
   * @return the next page
   * @throws NoSuchElementException if this is the last page
   * @throws io.github.bksdk.buildkite.errors.BuildkiteException if the request fails
   */
  public Page<T> nextPage() {
    URI next = links.next().orElseThrow(() -> new NoSuchElementException("this is the last page"));
    return fetcher.apply(next);
  }

  /**
   * Fetches the next page without blocking a thread (pages from the SDK use the async transport; a page built
   * with a sync fetcher only runs it on the common pool). Cancelling the future aborts the fetch.
   *
   * @return the next page; completes exceptionally with a
   *     {@link io.github.bksdk.buildkite.errors.BuildkiteException} if the request fails
   * @throws NoSuchElementException if this is the last page (thrown at once, no future is returned)
   */
  public CompletableFuture<Page<T>> nextPageAsync() {
    URI next = links.next().orElseThrow(() -> new NoSuchElementException("this is the last page"));
    if (asyncFetcher != null) {
      return asyncFetcher.apply(next);
    }
    return CompletableFuture.supplyAsync(() -> fetcher.apply(next));
  }

  /**
   * Passes every item of this page and of every later page to an action, without blocking: while the items of
   * one page are handed out, the next page is already being fetched (one page ahead, never more). The action runs
   * on the thread that completed the fetch (the first page's items on the calling thread).
   *
   * <p>The returned future completes when the last item was handled; it fails with the first failure of a fetch
   * or of the action, and then nothing more is fetched (a prefetch in progress is cancelled). Cancelling it aborts
   * the fetch in progress and stops the walk.
   *
   * @param action what to do with each item
   * @return completes after the last item
   */
  public CompletableFuture<Void> forEachAsync(java.util.function.Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    AtomicReference<CompletableFuture<Page<T>>> inFlight = new AtomicReference<>();
    CompletableFuture<Void> done = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        CompletableFuture<Page<T>> fetch = inFlight.get();
        if (cancelled && fetch != null) {
          fetch.cancel(mayInterruptIfRunning);
        }
        return cancelled;
      }
    };
    walk(this, action, done, inFlight);
    return done;
  }

  private static <T> void walk(Page<T> page, java.util.function.Consumer<? super T> action,
      CompletableFuture<Void> done, AtomicReference<CompletableFuture<Page<T>>> inFlight) {
    if (done.isDone()) {
      return;
    }
    CompletableFuture<Page<T>> next = null;
    try {
      next = page.hasNextPage() ? page.nextPageAsync() : null;   // prefetch: one page ahead
      inFlight.set(next);
      if (done.isCancelled() && next != null) {
        next.cancel(true);
        return;
      }
      for (T item : page.items()) {
        if (done.isDone()) {
          break;
        }
        action.accept(item);
      }
    } catch (Throwable e) {
      if (next != null) {
        next.cancel(true);
      }
      done.completeExceptionally(e);
      return;
    }
    if (next == null) {
      done.complete(null);
      return;
    }
    next.whenComplete((nextPage, thrown) -> {
      if (thrown != null) {
        done.completeExceptionally(thrown instanceof java.util.concurrent.CompletionException && thrown.getCause() != null
            ? thrown.getCause() : thrown);
      } else {
        walk(nextPage, action, done, inFlight);
      }
    });
  }

  /** Returns the function that fetches the page at a link; lets pagers drop a page before fetching the next. */
  Function<URI, Page<T>> fetcher() {
    return fetcher;
  }

  /** {@return an iterable over the items of this page and every later page, fetched lazily} */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  /**
   * Returns a lazy stream over the items of this page and every later page; same as {@code autoPager().stream()}.
   * The stream itself holds one page at a time: once it moves on, this page is referenced only by the caller.
   *
   * @return a lazy stream over the items of this page and every later page
   */
  public Stream<T> streamAll() {
    return autoPager().stream();
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", links=" + links + "}";
  }
}
