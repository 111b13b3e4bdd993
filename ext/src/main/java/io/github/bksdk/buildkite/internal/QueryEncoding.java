package io.github.bksdk.buildkite.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How query values become text and then wire bytes, in one place: every key and value is percent-encoded exactly
 * once (only RFC 3986 unreserved characters stay as they are, so a literal {@code %2F} in a branch name goes out
 * as {@code %252F} and the server reads back {@code %2F}), date-times are ISO-8601 with an offset, and other values
 * use their string form. Used by the generated parameter classes and the transport. Internal.
 */
public final class QueryEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QueryEncoding() {}

  /**
   * Returns a query value's text before encoding.
   *
   * @param value the value
   * @return its text
   */
  public static String text(Object value) {
    if (value instanceof OffsetDateTime time) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
    return String.valueOf(value);
  }

  /**
   * Percent-encodes a query key or value as UTF-8, leaving only unreserved characters ({@code A-Z a-z 0-9 - . _ ~}).
   *
   * @param text the text
   * @return the encoded text
   */
  public static String encode(String text) {
    int i = 0;
    while (i < text.length() && unreserved(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (unreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Shortens a value for an error message, so that a huge input never makes a huge message.
   *
   * @param text the text, possibly null
   * @return at most about 60 characters
   */
  public static String shorten(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= 60 ? "\"" + text + "\"" : "\"" + text.substring(0, 50) + "...\" (" + text.length() + " chars)";
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
