package io.github.bksdk.buildkite.paging;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The links of one page of a list: {@code next}, {@code prev}, {@code first}, {@code last} (from the {@code Link}
 * header) or {@code next}, {@code prev}, {@code first}, {@code self} (from a cursor envelope). Immutable.
 */
public final class PageLinks {
  private static final PageLinks NONE = new PageLinks(Map.of());

  private final Map<String, URI> byRel;

  private PageLinks(Map<String, URI> byRel) {
    this.byRel = Collections.unmodifiableMap(new LinkedHashMap<>(byRel));
  }

  /**
   * Creates links from a map of relation name to URI.
   *
   * @param byRel the links, keyed by relation ({@code next}, {@code prev} ...)
   * @return the links
   */
  public static PageLinks of(Map<String, URI> byRel) {
    return byRel.isEmpty() ? NONE : new PageLinks(byRel);
  }

  /** {@return a value with no links} */
  public static PageLinks none() {
    return NONE;
  }

  /** {@return the link to the next page, when there is one} */
  public Optional<URI> next() {
    return get("next");
  }

  /** {@return the link to the previous page, when there is one} */
  public Optional<URI> prev() {
    return get("prev");
  }

  /** {@return the link to the first page, when the API sent it} */
  public Optional<URI> first() {
    return get("first");
  }

  /** {@return the link to the last page, when the API sent it (page-numbered lists only)} */
  public Optional<URI> last() {
    return get("last");
  }

  /**
   * Returns the link with the given relation.
   *
   * @param rel the relation name, such as {@code next}
   * @return the link, or empty
   */
  public Optional<URI> get(String rel) {
    return Optional.ofNullable(byRel.get(rel));
  }

  /** {@return every link, keyed by relation} */
  public Map<String, URI> asMap() {
    return byRel;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageLinks that && byRel.equals(that.byRel);
  }

  @Override
  public int hashCode() {
    return byRel.hashCode();
  }

  @Override
  public String toString() {
    return "PageLinks" + byRel.keySet();
  }
}
