package io.github.bksdk.buildkite.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses RFC 8288 {@code Link} headers such as {@code <https://...&page=3>; rel="next", <...>; rel="last"}. */
public final class LinkHeader {
  private LinkHeader() {}

  /**
   * Parses one or more {@code Link} header values.
   *
   * @param values the header values; null or empty gives no links
   * @return the links by relation, in the order given; malformed entries are skipped, except a malformed
   *     {@code next}, which is an error
   */
  public static Map<String, URI> parse(Iterable<String> values) {
    Map<String, URI> links = new LinkedHashMap<>();
    if (values == null) {
      return links;
    }
    for (String value : values) {
      int i = 0;
      while (value != null && (i = value.indexOf('<', i)) >= 0) {
        int close = value.indexOf('>', i);
        if (close < 0) {
          break;
        }
        String target = value.substring(i + 1, close).trim();
        int nextEntry = value.indexOf('<', close);
        String params = value.substring(close + 1, nextEntry < 0 ? value.length() : nextEntry);
        for (String rel : relations(params)) {
          try {
            links.putIfAbsent(rel, URI.create(target));
          } catch (IllegalArgumentException malformed) {
            if (rel.equals("next")) {
              // silently stopping would lose every later page: say so instead
              throw new io.github.bksdk.buildkite.errors.InvalidResponseException(
                  "the API sent a malformed Link rel=\"next\": " + QueryEncoding.shorten(target), 0, null);
            }
            // any other relation we cannot follow is as good as absent
          }
        }
        i = close + 1;
      }
    }
    return links;
  }

  private static String[] relations(String params) {
    for (String param : params.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "rel=", 0, 4)) {
        String rel = p.substring(4).trim();
        if (rel.endsWith(",")) {
          rel = rel.substring(0, rel.length() - 1).trim();
        }
        if (rel.length() >= 2 && rel.startsWith("\"") && rel.endsWith("\"")) {
          rel = rel.substring(1, rel.length() - 1);
        }
        return rel.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
      }
    }
    return new String[0];
  }
}
