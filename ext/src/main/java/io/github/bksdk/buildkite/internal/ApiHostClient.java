package io.github.bksdk.buildkite.internal;

import feign.Request;
import io.github.bksdk.buildkite.LogLevel;
import io.github.bksdk.buildkite.auth.Credentials;
import io.github.bksdk.buildkite.codegen.BuildkiteOperation;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decorates the transport with what every API request needs: it refuses any URL outside the configured API origin
 * (so a {@code Link} or crafted URL can never carry the credentials elsewhere), sets {@code Authorization} freshly
 * on each attempt (except for operations the spec marks {@code no-auth}) and {@code User-Agent}, and logs at the
 * configured level with credentials redacted. Internal.
 */
final class ApiHostClient implements Exchange {
  /** Created on first use, so that a client that does not log never initialises SLF4J (no "no providers" notice). */
  private static final class Http {
    static final Logger LOG = LoggerFactory.getLogger("io.github.bksdk.buildkite.http");
  }

  private final Exchange next;
  private final URI origin;
  /** The configured origin as text, ending in '/': a URL that starts with it is on the origin without parsing. */
  private final String originPrefix;
  private final Credentials credentials;
  private final List<String> userAgentValue;
  private final LogLevel logLevel;

  ApiHostClient(Exchange next, URI origin, Credentials credentials, String userAgent, LogLevel logLevel) {
    this.next = next;
    this.origin = origin;
    this.originPrefix = origin.getScheme() + "://" + origin.getRawAuthority() + "/";
    this.credentials = credentials;
    this.userAgentValue = List.of(userAgent);
    this.logLevel = logLevel;
  }

  @Override
  public CompletableFuture<Reply> send(Request request, Request.Options options, Waits waits) {
    if (!onOrigin(request.url())) {
      URI target = URI.create(request.url());
      return CompletableFuture.failedFuture(new io.github.bksdk.buildkite.errors.InvalidResponseException("refusing to send an API request to " + target.getScheme() + "://"
          + target.getAuthority() + ": it is not the configured API origin " + origin, 0, null));
    }
    // Feign's header collections are not changed by any layer below, so the new map shares them.
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    headers.remove("Authorization");
    boolean authenticated = !isUnauthenticated(request);
    String authorization = authenticated ? credentials.authorizationHeader() : null;
    if (authenticated) {
      headers.put("Authorization", List.of(authorization));
    }
    headers.put("User-Agent", userAgentValue);
    Request authorised = Request.create(request.httpMethod(), request.url(), headers, request.body(),
        request.charset(), request.requestTemplate());
    CompletableFuture<Reply> first = logged(authorised, headers, options, waits);
    if (!authenticated) {
      return first;
    }
    if (first.isDone() && !first.isCompletedExceptionally() && first.join().status() != 401) {
      return first;   // the sync client's usual answer: nothing to refresh, no further stage
    }
    return first.thenCompose(response -> {
      if (response.status() != 401 || !credentials.refreshAfterUnauthorized(authorization)) {
        return CompletableFuture.completedFuture(response);
      }
      // The credentials replaced the token the API rejected: send the same request once more with the new one.
      response.close();
      Map<String, Collection<String>> again = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      again.putAll(headers);
      again.put("Authorization", List.of(credentials.authorizationHeader()));
      return logged(Request.create(request.httpMethod(), request.url(), again, request.body(), request.charset(),
          request.requestTemplate()), again, options, waits);
    });
  }

  /** Sends one authorised request to the next layer, logging it at the configured level. */
  private CompletableFuture<Reply> logged(Request authorised, Map<String, Collection<String>> headers,
      Request.Options options, Waits waits) {
    if (logLevel == LogLevel.NONE || !Http.LOG.isDebugEnabled()) {
      return Exchange.call(next, authorised, options, waits);
    }
    long start = System.nanoTime();
    if (logLevel == LogLevel.HEADERS) {
      Http.LOG.debug("--> {} {}", Redaction.requestLine(authorised), redacted(headers));
    } else {
      Http.LOG.debug("--> {}", Redaction.requestLine(authorised));
    }
    return Exchange.call(next, authorised, options, waits).whenComplete((response, thrown) -> {
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (thrown != null) {
        Http.LOG.debug("<-- failed {} ({} ms): {}", Redaction.requestLine(authorised), millis,
            Exchange.unwrap(thrown).getClass().getSimpleName());
      } else if (logLevel == LogLevel.HEADERS) {
        Http.LOG.debug("<-- {} {} ({} ms) {}", response.status(), Redaction.requestLine(authorised), millis,
            redacted(response.headerMap()));
      } else {
        Http.LOG.debug("<-- {} {} ({} ms)", response.status(), Redaction.requestLine(authorised), millis);
      }
    });
  }

  /**
   * Whether a URL is on the configured origin: at once when it starts with the origin's own text (every URL the
   * services build does), else by comparing the parsed scheme, host and port.
   */
  private boolean onOrigin(String url) {
    if (url.startsWith(originPrefix)) {
      return true;
    }
    URI target;
    try {
      target = URI.create(url);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return sameOrigin(target);
  }

  private boolean sameOrigin(URI target) {
    return origin.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
        && origin.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
        && port(origin) == port(target);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static boolean isUnauthenticated(Request request) {
    BuildkiteOperation operation = InvokedMethod.annotation(request);
    return operation != null && "no-auth".equals(operation.scope());
  }

  private static Map<String, Object> redacted(Map<String, Collection<String>> headers) {
    Map<String, Object> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> shown.put(name, Redaction.isSecretHeader(name) ? "██" : values));
    return shown;
  }
}
