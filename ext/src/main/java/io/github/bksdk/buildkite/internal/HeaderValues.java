package io.github.bksdk.buildkite.internal;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/** Reads single header values the way the error mapper, the retry client and the rate limiter all need. Internal. */
final class HeaderValues {
  private HeaderValues() {}

  /**
   * Returns the first value of a header, or null. The map must already ignore case (the JDK client's response headers
   * and the request plans' header maps do) or hold names in the case asked for.
   */
  static String first(Map<String, ? extends Collection<String>> headers, String name) {
    Collection<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  /** Returns the first value of a header as a whole number, or empty when it is absent or not a number. */
  static OptionalLong firstLong(Map<String, ? extends Collection<String>> headers, String name) {
    String value = first(headers, name);
    try {
      return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
