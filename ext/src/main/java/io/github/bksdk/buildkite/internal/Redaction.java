package io.github.bksdk.buildkite.internal;

import feign.Request;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Keeps credentials out of messages and logs. Internal. */
public final class Redaction {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-buildkite-token", "x-buildkite-signature");

  private Redaction() {}

  /**
   * Returns the request's method and path, without the query string (which could carry a legacy credential).
   *
   * @param request the request, may be null
   * @return for example {@code GET /v2/organizations/acme}
   */
  public static String requestLine(Request request) {
    if (request == null) {
      return "(unknown request)";
    }
    return request.httpMethod() + " " + pathOf(request.url());
  }

  /**
   * Returns a URL's path only.
   *
   * @param url the URL
   * @return its path, or a placeholder when it does not parse
   */
  public static String pathOf(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      return "(unparseable url)";
    }
  }

  /**
   * Returns whether a header's value must never be shown.
   *
   * @param name the header name
   * @return true for credentials and cookies
   */
  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }
}
