package io.github.bksdk.buildkite.internal;

import feign.Feign;
import feign.Headers;
import feign.Logger;
import feign.QueryMapEncoder;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Retryer;
import feign.Target;
import io.github.bksdk.buildkite.LogLevel;
import io.github.bksdk.buildkite.auth.Credentials;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.codegen.QueryParameters;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.paging.PageLinks;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Sleeper;
import java.time.Clock;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The runtime behind every service: one Feign configuration over one transport chain. Feign's own retryer and
 * logger are off (the SDK owns both), redirects are never followed, and errors are mapped by {@link ErrorMapper}.
 * Internal.
 */
public final class FeignRuntime implements ServiceRuntime {
  private final String baseUrl;
  private final Feign.Builder feign;
  private final Codec codec = new Codec();
  private final ErrorMapper errors = new ErrorMapper();
  private final Map<Class<?>, Object> bindings = new ConcurrentHashMap<>();
  private final LinkFollower follower;

  /** The settings the runtime is built from. */
  public record Settings(URI baseUrl, Credentials credentials, Duration connectTimeout, Duration readTimeout,
      LogLevel logLevel, String userAgent, HttpClient httpClient, RetryPolicy retryPolicy,
      RateLimitPolicy rateLimitPolicy, Sleeper sleeper, Clock clock) {}

  private final Settings settings;
  private final RateLimitingClient rateLimited;

  /**
   * Builds the runtime. The transport chain, outermost first: retries (one mechanism, Feign's is off), the
   * client-side rate limiter and rate-limit tracking, the API-origin guard with credentials, user agent and logging,
   * and the JDK transport.
   *
   * @param settings validated settings from the client builder
   */
  public FeignRuntime(Settings settings) {
    this(settings, new RateLimitingClient(
        new ApiHostClient(new JdkHttpTransport(settings.httpClient() != null
            ? settings.httpClient()
            : JdkHttpTransport.defaultHttpClient(settings.connectTimeout())),
            settings.baseUrl(), settings.credentials(), settings.userAgent(), settings.logLevel()),
        settings.rateLimitPolicy(), settings.sleeper(), settings.clock()));
  }

  private FeignRuntime(Settings settings, RateLimitingClient rateLimited) {
    this.settings = settings;
    this.rateLimited = rateLimited;
    feign.Client chain = new RetryingClient(rateLimited, settings.retryPolicy(), settings.sleeper(), errors);
    this.baseUrl = settings.baseUrl().toString().replaceAll("/+$", "");
    this.feign = Feign.builder()
        .client(chain)
        .encoder(codec)
        .decoder(codec)
        .errorDecoder(errors)
        .queryMapEncoder(new QueryEncoder())
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(Logger.Level.NONE)
        .options(new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
            settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false));
    this.follower = feign.target(Target.EmptyTarget.create(LinkFollower.class));
  }

  /**
   * Returns a runtime that differs only in its retry policy; it shares the transport, the connection pool and the
   * rate limiter with this one.
   *
   * @param policy the retry policy
   * @return the derived runtime
   */
  public FeignRuntime withRetryPolicy(RetryPolicy policy) {
    Settings s = settings;
    return new FeignRuntime(new Settings(s.baseUrl(), s.credentials(), s.connectTimeout(), s.readTimeout(),
        s.logLevel(), s.userAgent(), s.httpClient(), policy, s.rateLimitPolicy(), s.sleeper(), s.clock()), rateLimited);
  }

  /** Returns the configured connect timeout. */
  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  /** Returns the configured read timeout. */
  public Duration readTimeout() {
    return settings.readTimeout();
  }

  /** Returns the latest rate-limit state seen on any response. */
  public RateLimitStatus rateLimitStatus() {
    return rateLimited.status();
  }

  @Override
  public <A> A api(Class<A> feignInterface) {
    return feignInterface.cast(bindings.computeIfAbsent(feignInterface, type -> unwrapping(type, feign.target(type, baseUrl))));
  }

  /**
   * Feign wraps whatever the codec throws in its own exceptions; this proxy hands the SDK's exception (or the
   * argument error) back to the caller unwrapped, so users only ever see the documented types.
   */
  private static Object unwrapping(Class<?> type, Object target) {
    return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      try {
        return method.invoke(target, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        Throwable thrown = e.getCause();
        if (thrown instanceof feign.FeignException && thrown.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw thrown;
      }
    });
  }

  @Override
  public <T> Page<T> linkPage(ApiResponse<List<T>> first, Class<T> itemType) {
    Type listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
    return linkPage(first.body(), first.headers().get("Link"), listType);
  }

  private <T> Page<T> linkPage(List<T> items, Collection<String> linkHeader, Type listType) {
    PageLinks links = PageLinks.of(LinkHeader.parse(linkHeader));
    return new Page<>(items == null ? List.of() : items, links, next -> {
      Response response = follow(next);
      @SuppressWarnings("unchecked")
      List<T> nextItems = (List<T>) codec.decodeBody(response, listType);
      return linkPage(nextItems, response.headers().get("Link"), listType);
    });
  }

  @Override
  public <E, T> Page<T> cursorPage(ApiResponse<E> first, Class<E> envelopeType, Function<E, List<T>> items,
      Function<E, Optional<String>> next) {
    return cursorPage(first.body(), envelopeType, items, next);
  }

  private <E, T> Page<T> cursorPage(E envelope, Class<E> envelopeType, Function<E, List<T>> items,
      Function<E, Optional<String>> next) {
    Map<String, URI> links = new LinkedHashMap<>();
    List<T> pageItems = List.of();
    if (envelope != null) {
      pageItems = items.apply(envelope);
      next.apply(envelope).filter(s -> !s.isBlank()).ifPresent(url -> links.put("next", URI.create(url)));
    }
    return new Page<>(pageItems, PageLinks.of(links), url -> {
      Response response = follow(url);
      return cursorPage(envelopeType.cast(codec.decodeBody(response, envelopeType)), envelopeType, items, next);
    });
  }

  private Response follow(URI next) {
    Response response = follower.get(next);
    if (response.status() >= 300) {
      throw errors.toException(response);
    }
    return response;
  }

  @Override
  public RawResponse raw(Response response) {
    if (response.status() >= 400) {
      throw errors.toException(response);
    }
    try {
      return new RawResponse(response.status(), response.headers(),
          response.body() == null ? null : response.body().asInputStream());
    } catch (java.io.IOException e) {
      throw new io.github.bksdk.buildkite.errors.BuildkiteIoException(
          "could not open the body of " + Redaction.requestLine(response.request()), e);
    }
  }

  @Override
  public Map<String, Object> extraHeaders(Map<String, String> headers) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (headers == null) {
      return out;
    }
    headers.forEach((name, value) -> {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("headers: a header name must not be blank");
      }
      if (Redaction.isSecretHeader(name)) {
        throw new IllegalArgumentException("headers: " + name + " is set by the client and cannot be overridden");
      }
      if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("headers: the value of " + name + " must be non-null and on one line");
      }
      out.put(name, value);
    });
    if (out.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
      out.put("Accept", "application/json");
    }
    return out;
  }

  /** Follows a link verbatim (same origin only, enforced by the transport). */
  interface LinkFollower {
    @RequestLine("GET")
    @Headers("Accept: application/json")
    Response get(URI uri);
  }

  /** Turns the generated query objects into Feign's query map. */
  private static final class QueryEncoder implements QueryMapEncoder {
    @Override
    public Map<String, Object> encode(Object object) {
      if (object == null) {
        return Map.of();
      }
      if (object instanceof QueryParameters query) {
        return query.toQueryMap();
      }
      throw new IllegalArgumentException("unsupported query object " + object.getClass().getName());
    }
  }
}
