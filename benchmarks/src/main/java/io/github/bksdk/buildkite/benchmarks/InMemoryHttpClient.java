package io.github.bksdk.buildkite.benchmarks;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A {@link HttpClient} with no network: {@link #send} answers from {@link Payloads} on the calling thread, feeding
 * the body through the caller's {@link HttpResponse.BodyHandler} (so {@code ofByteArray()} does its usual copying).
 * With it, the floor and the SDK differ only in what each does around the transport, which is what
 * {@link OverheadBenchmark} measures without the noise of sockets, a server and a selector thread.
 */
final class InMemoryHttpClient extends HttpClient {
  static final String ORIGIN = "http://127.0.0.1:9";

  private final Payloads.Links links = new Payloads.Links(ORIGIN);
  private final HttpHeaders plainHeaders = headers(null);
  private final Map<String, HttpHeaders> pageHeaders = new ConcurrentHashMap<>();

  private static HttpHeaders headers(String link) {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String[] header : Payloads.COMMON_HEADERS) {
      map.put(header[0], List.of(header[1]));
    }
    if (link != null && !link.isEmpty()) {
      map.put("Link", List.of(link));
    }
    return HttpHeaders.of(map, (name, value) -> true);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
    URI uri = request.uri();
    Payloads.Reply reply = Payloads.route(links, uri.getRawPath(), uri.getRawQuery());
    HttpHeaders responseHeaders = reply.link() == null
        ? plainHeaders
        : pageHeaders.computeIfAbsent(reply.link(), InMemoryHttpClient::headers);
    HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return reply.status();
      }

      @Override
      public HttpHeaders headers() {
        return responseHeaders;
      }

      @Override
      public Version version() {
        return Version.HTTP_1_1;
      }
    };
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {}

      @Override
      public void cancel() {}
    });
    if (reply.body() != null) {
      subscriber.onNext(List.of(ByteBuffer.wrap(reply.body()).asReadOnlyBuffer()));
    }
    subscriber.onComplete();
    T body = subscriber.getBody().toCompletableFuture().join();
    return new Response<>(reply.status(), responseHeaders, body, request);
  }

  private record Response<T>(int statusCode, HttpHeaders headers, T body, HttpRequest request)
      implements HttpResponse<T> {
    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return request.uri();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return CompletableFuture.completedFuture(send(request, handler));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return sendAsync(request, handler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return Optional.of(Duration.ofSeconds(10));
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return Optional.empty();
  }

  @Override
  public SSLContext sslContext() {
    return null;
  }

  @Override
  public SSLParameters sslParameters() {
    return new SSLParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return Version.HTTP_1_1;
  }

  @Override
  public Optional<Executor> executor() {
    return Optional.empty();
  }
}
