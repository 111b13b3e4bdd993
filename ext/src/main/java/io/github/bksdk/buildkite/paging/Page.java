package io.github.bksdk.buildkite.paging;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
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
  private final Function<URI, Page<T>> fetcher;

  /**
   * Creates a page. The SDK creates pages; applications normally only read them.
   *
   * @param items the items of this page
   * @param links the links this page arrived with
   * @param fetcher fetches the page at a link (used by {@link #nextPage()})
   */
  public Page(List<T> items, PageLinks links, Function<URI, Page<T>> fetcher) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.links = Objects.requireNonNull(links, "links");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Returns the items of this page only, in the order the API sent them. */
  public List<T> items() {
    return items;
  }

  /** Returns the links this page arrived with. */
  public PageLinks links() {
    return links;
  }

  /** Returns whether a next page exists; makes no request. */
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

  /** Returns an iterable over the items of this page and every later page, fetched lazily. */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  /** Returns a lazy stream over the items of this page and every later page; same as {@code autoPager().stream()}. */
  public Stream<T> streamAll() {
    return autoPager().stream();
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", links=" + links + "}";
  }
}
