package io.github.bksdk.buildkite.paging;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, across all its pages, fetched lazily: the next page is requested only when the items of the
 * current one are used up, and an iteration holds one page at a time (while the next page is fetched, not even that:
 * only its link). Each {@link #iterator()} starts again from the first page (without refetching it). Iterators are
 * not thread-safe.
 *
 * <p>{@link #prefetch()} gives the opt-in variant that fetches the next page in the background while the current one
 * is consumed.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new Sequential<>(first);
  }

  /** {@return a sequential, lazy stream of every item} */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new Sequential<>(first), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Returns a pager over the same items that fetches page k+1 on a background thread while page k is consumed, at
   * most one page ahead; fetch threads come from a small shared pool of daemon threads. See
   * {@link PrefetchingPager}.
   *
   * @return the prefetching pager
   */
  public PrefetchingPager<T> prefetch() {
    return new PrefetchingPager<>(first, null);
  }

  /**
   * Same as {@link #prefetch()}, fetching on the given executor (each active iteration submits at most one task at
   * a time).
   *
   * @param executor runs the page fetches
   * @return the prefetching pager
   * @throws IllegalArgumentException if executor is null
   */
  public PrefetchingPager<T> prefetch(Executor executor) {
    if (executor == null) {
      throw new IllegalArgumentException("executor must not be null");
    }
    return new PrefetchingPager<>(first, executor);
  }

  /**
   * Same as {@code page.autoPager().prefetch()}.
   *
   * @param page the first page
   * @param <T> the item type
   * @return the prefetching pager
   * @throws IllegalArgumentException if page is null
   */
  public static <T> PrefetchingPager<T> prefetching(Page<T> page) {
    if (page == null) {
      throw new IllegalArgumentException("page must not be null");
    }
    return page.autoPager().prefetch();
  }

  /** One pass over the pages, holding only the items of the current page and never the page before. */
  private static final class Sequential<T> implements Iterator<T> {
    private List<T> items;
    private URI next;
    private Function<URI, Page<T>> fetcher;
    private int index;

    Sequential(Page<T> first) {
      take(first);
    }

    private void take(Page<T> page) {
      items = page.items();
      next = page.links().next().orElse(null);
      fetcher = page.fetcher();
      index = 0;
    }

    @Override
    public boolean hasNext() {
      while (index >= items.size()) {
        if (next == null) {
          return false;
        }
        URI link = next;
        next = null;
        items = List.of();            // let the consumed page go before the next one arrives
        try {
          take(fetcher.apply(link));
        } catch (RuntimeException e) {
          next = link;                // a later hasNext() tries the same page again
          throw e;
        }
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.get(index++);
    }
  }
}
