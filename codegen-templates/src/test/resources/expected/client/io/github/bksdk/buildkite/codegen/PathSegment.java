package io.github.bksdk.buildkite.codegen;

import feign.Param;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a path parameter as exactly one path segment. Everything except RFC 3986 unreserved characters is
 * encoded, so a slug holding {@code /}, {@code ?}, {@code #} or {@code %} cannot change the requested path; a value
 * that is entirely {@code .} or {@code ..} has its dots encoded so that no server normalises it away.
 *
 * <p>The generated Feign interfaces use it with {@code @Param(expander = PathSegment.class, encoded = true)}.
 */
@jakarta.annotation.Generated(value = "io.github.bksdk codegen-templates via openapi-generator 7.25.0", comments = "Rendered from spec/openapi.yaml. Do not edit: change the spec or the templates.")
public final class PathSegment implements Param.Expander {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Creates the expander; Feign instantiates it reflectively. */
  public PathSegment() {}

  @Override
  public String expand(Object value) {
    return encode(String.valueOf(value));
  }

  /**
   * Encodes one path segment.
   *
   * @param segment the raw value
   * @return the percent-encoded segment
   */
  public static String encode(String segment) {
    boolean dotsOnly = segment.equals(".") || segment.equals("..");
    if (!dotsOnly && isUnreserved(segment)) {
      return segment;   // the usual slug or number: nothing to escape, nothing to copy
    }
    StringBuilder out = new StringBuilder(segment.length() + 8);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '~' || (c == '.' && !dotsOnly);
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** Whether every character of a text is an RFC 3986 unreserved character (so it is one segment as it is). */
  private static boolean isUnreserved(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '~' || c == '.')) {
        return false;
      }
    }
    return true;
  }

}
