package io.github.bksdk.buildkite.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The terminal Feign {@link Client}: sends requests with the JDK {@link HttpClient}. Bodies are sent only when the
 * request has one, bodies are read in full except for the raw forms of
 * streaming operations, which are handed over unread, and redirects are never followed, so a
 * credential can never ride a redirect to another host. I/O failures become {@link BuildkiteIoException}. Internal.
 */
final class JdkHttpTransport implements Client {
  private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

  private final HttpClient http;

  JdkHttpTransport(HttpClient http) {
    this.http = http;
  }

  /**
   * Creates the JDK client the SDK uses by default: HTTP/1.1 keep-alive, no redirects, and a direct executor (the
   * calling thread does the work; that roughly halves the cost of a call compared with the default pool).
   *
   * @param connectTimeout the connect timeout
   * @return a new client
   */
  static HttpClient defaultHttpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .executor(Runnable::run)
        .build();
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(options.readTimeoutMillis());
    if (options instanceof CallOptions call && call.deadlineNanos() != Long.MAX_VALUE) {
      timeoutNanos = Math.max(1_000_000L, Math.min(timeoutNanos, call.deadlineNanos() - System.nanoTime()));
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
        .timeout(Duration.ofNanos(timeoutNanos));
    byte[] body = request.body();
    builder.method(request.httpMethod().name(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    request.headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    boolean stream = isStreamed(request);
    HttpResponse<?> response;
    try {
      // Bodies are read here, inside the retry scope, so a connection that breaks mid-body is retried like any
      // other I/O failure; only the raw forms of streaming operations hand the open stream to the caller. The JDK
      // client's own timeout covers only the response headers, so a buffered body is awaited with the same
      // timeout: a body that trickles or stalls fails the attempt instead of holding the caller.
      if (stream) {
        response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
      } else {
        CompletableFuture<HttpResponse<byte[]>> pending =
            http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        try {
          response = pending.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          pending.cancel(true);
          throw new HttpTimeoutException("no complete response within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException io) {
            throw io;
          }
          throw new IOException(cause == null ? "request failed" : cause.getClass().getSimpleName(), cause);
        }
      }
    } catch (HttpTimeoutException e) {
      throw new BuildkiteIoException("timed out: " + Redaction.requestLine(request) + " (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new BuildkiteIoException(e.getClass().getSimpleName() + " on " + Redaction.requestLine(request)
          + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage())), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildkiteIoException("interrupted: " + Redaction.requestLine(request), e);
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    response.headers().map().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    Response.Builder out = Response.builder().status(response.statusCode()).reason("").headers(headers).request(request);
    if (response.body() instanceof byte[] bytes) {
      return out.body(bytes).build();
    }
    Integer length = response.headers().firstValueAsLong("content-length")
        .stream().filter(l -> l <= Integer.MAX_VALUE).mapToObj(l -> (int) l).findFirst().orElse(null);
    return out.body((InputStream) response.body(), length).build();
  }

  private static String shorten(String message) {
    return message.length() <= 200 ? message : message.substring(0, 200) + "...";
  }

  /** Whether the invoked method is the raw form of an operation the spec marks as streaming. */
  private static boolean isStreamed(Request request) {
    boolean raw = InvokedMethod.of(request).map(method -> method.getReturnType() == Response.class).orElse(false);
    return raw && InvokedMethod.operation(request).map(operation -> operation.streaming()).orElse(false);
  }
}
