package io.github.bksdk.buildkite.internal;

import feign.AsyncClient;
import feign.AsyncFeign;
import feign.Feign;
import feign.Logger;
import feign.HeaderMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Retryer;
import feign.Target;
import io.github.bksdk.buildkite.LogLevel;
import io.github.bksdk.buildkite.auth.Credentials;
import io.github.bksdk.buildkite.codegen.ApiResponse;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.paging.PageLinks;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Scheduler;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.errors.InvalidResponseException;
import java.util.OptionalLong;

/**
 * The runtime behind every service: one Feign configuration over one transport chain, shared by every client
 * derived with {@code withOptions}. Feign parses the generated interfaces and builds their proxies; each method is
 * compiled once into a {@link CallPlan} and called through {@link PlannedInvocations}, so no Feign template is
 * resolved per call. Feign's own retryer and logger are off (the SDK owns both), redirects are never followed, and
 * errors are mapped by {@link ErrorMapper}. Per-call settings reach the chain as {@link CallOptions}. Internal.
 */
public final class FeignRuntime {
  private final String baseUrl;
  private final Feign.Builder feign;
  private final Codec codec = new Codec();
  private final ErrorMapper errors = new ErrorMapper();
  private final Map<Class<?>, Object> bindings = new ConcurrentHashMap<>();
  private final LinkFollower follower;
  private final RawCaller rawCaller;

  /** The settings the runtime is built from. */
  public record Settings(URI baseUrl, Credentials credentials, Duration connectTimeout, Duration readTimeout,
      LogLevel logLevel, String userAgent, HttpClient httpClient, RetryPolicy retryPolicy,
      RateLimitPolicy rateLimitPolicy, Sleeper sleeper, Clock clock, Scheduler scheduler,
      java.util.concurrent.Executor asyncExecutor) {}

  private final Settings settings;
  private final RateLimitingClient rateLimited;
  private final HttpClient http;
  private final AsyncFeign<Object> asyncFeign;
  private final Map<Class<?>, Object> asyncBindings = new ConcurrentHashMap<>();
  private final LinkFollowerAsync asyncFollower;
  private final RawCallerAsync asyncRawCaller;
  private volatile HttpClient storage;

  /**
   * Builds the runtime. The transport chain, outermost first: retries (one mechanism, Feign's is off; policy and
   * deadline per call), the client-side rate limiter and rate-limit tracking, the API-origin guard with
   * credentials, user agent and logging, and the JDK transport (read timeout per call, covering the body).
   *
   * @param settings validated settings from the client builder
   */
  public FeignRuntime(Settings settings) {
    this.settings = settings;
    this.http = settings.httpClient() != null
        ? settings.httpClient()
        : JdkHttpTransport.defaultHttpClient(settings.connectTimeout());
    this.rateLimited = new RateLimitingClient(
        new ApiHostClient(new JdkHttpTransport(http,
            settings.asyncExecutor() != null ? settings.asyncExecutor() : Timers.completions()), settings.baseUrl(),
            settings.credentials(), settings.userAgent(), settings.logLevel()),
        settings.rateLimitPolicy(), settings.clock());
    Exchange chain = new RetryingClient(rateLimited, errors);
    // One chain, two adapters. Sync: the blocking waits make every step run on the calling thread, so the future
    // is complete when send returns; joining it only unwraps the exception, whose type and message are unchanged.
    // Async: scheduled waits, sendAsync, and a per-call handle (in CallOptions) that cancellation reaches. Feign
    // parses the interfaces and builds the proxies; PlannedInvocations, plugged in through Feign's dispatch seam,
    // compiles each method once and runs every call over the chain (Feign's clients below serve nothing else).
    Waits blocking = Waits.blocking(settings.sleeper());
    Scheduler scheduler = settings.scheduler();
    Request.Options clientOptions = new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    feign.Client sync = (request, options) -> PlannedInvocations.join(chain.send(request, options, blocking)).toFeign();
    AsyncClient<Object> async = (request, options, context) -> Exchange.call(chain, request, options,
        Waits.scheduled(scheduler, options instanceof CallOptions c ? c.inFlight() : new InFlight()))
        .thenApply(Reply::toFeign);
    this.baseUrl = settings.baseUrl().toString().replaceAll("/+$", "");
    this.feign = Feign.builder()
        .client(sync)
        .encoder(codec)
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(Logger.Level.NONE)
        .options(clientOptions)
        .invocationHandlerFactory(PlannedInvocations.blocking(chain, codec, errors, clientOptions, blocking));
    this.follower = feign.target(Target.EmptyTarget.create(LinkFollower.class));
    this.rawCaller = feign.target(Target.EmptyTarget.create(RawCaller.class));
    this.asyncFeign = AsyncFeign.builder()
        .client(async)
        .encoder(codec)
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(Logger.Level.NONE)
        .options(clientOptions)
        .invocationHandlerFactory(PlannedInvocations.async(chain, codec, errors, clientOptions, scheduler))
        .build();
    this.asyncFollower = asyncFeign.newInstance(Target.EmptyTarget.create(LinkFollowerAsync.class));
    this.asyncRawCaller = asyncFeign.newInstance(Target.EmptyTarget.create(RawCallerAsync.class));
  }

  /** {@return the configured connect timeout} */
  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  /** {@return the configured read timeout} */
  public Duration readTimeout() {
    return settings.readTimeout();
  }

  /** {@return the JDK client the transport uses (shared with helpers such as artifact downloads)} */
  public HttpClient httpClient() {
    return http;
  }

  /**
   * Returns the JDK client for artifact storage downloads: configured like the API client, created once and shared
   * by every client derived from this runtime.
   *
   * @return the JDK client for artifact storage downloads
   */
  public HttpClient storageHttpClient() {
    HttpClient storage = this.storage;
    if (storage == null) {
      synchronized (this) {
        if (this.storage == null) {
          this.storage = io.github.bksdk.buildkite.streaming.ArtifactDownloads.storageClientLike(http,
              settings.connectTimeout());
        }
        storage = this.storage;
      }
    }
    return storage;
  }

  /** {@return whether the runtime owns its JDK client (it created it) rather than the application} */
  public boolean ownsHttpClient() {
    return settings.httpClient() == null;
  }

  /** {@return the API origin} */
  public URI origin() {
    return settings.baseUrl();
  }

  /** {@return the scheduler the async client's waits go through (retries, pacing)} */
  public Scheduler scheduler() {
    return settings.scheduler();
  }

  /** {@return the sleeper every wait of this client goes through (retries, pacing, build waiting)} */
  public Sleeper sleeper() {
    return settings.sleeper();
  }

  /** {@return the clock of this client (rate-limit windows, signing, wait deadlines)} */
  public Clock clock() {
    return settings.clock();
  }

  /** {@return the latest rate-limit state seen on any response} */
  public RateLimitStatus rateLimitStatus() {
    return rateLimited.status();
  }

  /**
   * Returns a service runtime whose calls start from the given default options.
   *
   * @param defaults the client-level options
   * @return the runtime view
   */
  public ServiceRuntime withDefaults(RequestOptions defaults) {
    return new Context(defaults);
  }

  /**
   * Sends an arbitrary request to the API origin through the whole chain.
   *
   * @param method the HTTP method
   * @param uri the absolute URI on the API origin, its query already encoded
   * @param headers the request headers
   * @param body the body, or null
   * @param call the call's options
   * @return the response; 4xx and 5xx statuses are thrown
   */
  public Response send(String method, URI uri, Map<String, Object> headers, byte[] body, CallOptions call) {
    Response response = switch (method) {
      case "GET" -> rawCaller.get(uri, headers, call);
      case "HEAD" -> rawCaller.head(uri, headers, call);
      case "DELETE" -> body == null ? rawCaller.delete(uri, headers, call) : rawCaller.deleteWithBody(uri, headers, body, call);
      case "POST" -> body == null ? rawCaller.post(uri, headers, call) : rawCaller.postWithBody(uri, headers, body, call);
      case "PUT" -> body == null ? rawCaller.put(uri, headers, call) : rawCaller.putWithBody(uri, headers, body, call);
      case "PATCH" -> body == null ? rawCaller.patch(uri, headers, call) : rawCaller.patchWithBody(uri, headers, body, call);
      default -> throw new IllegalArgumentException("method must be GET, HEAD, POST, PUT, PATCH or DELETE, was " + method);
    };
    if (response.status() >= 400) {
      throw errors.toException(response);
    }
    return response;
  }

  /**
   * Same as {@link #send}, without blocking: the response, or the failure, completes the future; cancelling it
   * aborts the exchange.
   *
   * @param method the HTTP method
   * @param uri the absolute URI on the API origin, its query already encoded
   * @param headers the request headers
   * @param body the body, or null
   * @param call the call's options
   * @return the response; 4xx and 5xx statuses complete it exceptionally
   * @throws IllegalArgumentException if the method is not one of the API's
   */
  public CompletableFuture<Response> sendAsync(String method, URI uri, Map<String, Object> headers, byte[] body,
      CallOptions call) {
    CompletableFuture<Response> sent = switch (method) {
      case "GET" -> asyncRawCaller.get(uri, headers, call);
      case "HEAD" -> asyncRawCaller.head(uri, headers, call);
      case "DELETE" -> body == null ? asyncRawCaller.delete(uri, headers, call) : asyncRawCaller.deleteWithBody(uri, headers, body, call);
      case "POST" -> body == null ? asyncRawCaller.post(uri, headers, call) : asyncRawCaller.postWithBody(uri, headers, body, call);
      case "PUT" -> body == null ? asyncRawCaller.put(uri, headers, call) : asyncRawCaller.putWithBody(uri, headers, body, call);
      case "PATCH" -> body == null ? asyncRawCaller.patch(uri, headers, call) : asyncRawCaller.patchWithBody(uri, headers, body, call);
      default -> throw new IllegalArgumentException("method must be GET, HEAD, POST, PUT, PATCH or DELETE, was " + method);
    };
    return AsyncCalls.bind(sent, response -> {
      if (response.status() >= 400) {
        throw errors.toException(response);
      }
      return response;
    }, call::cancel);
  }

  /**
   * Decodes a raw response body as JSON into a type.
   *
   * @param response the response; its body is consumed
   * @param type the type
   * @return the value
   */
  public Object decode(Response response, java.lang.reflect.Type type) {
    return codec.decodeBody(response, type);
  }

  private RateLimitStatus snapshot(Map<String, ? extends Collection<String>> headers) {
    // to the millisecond, like the client's own record of the latest state, so the two agree for one response
    return RateLimitingClient.snapshot(headers, java.time.Instant.ofEpochMilli(settings.clock().millis()));
  }

  /**
   * Checks that a paging link stays on the API origin before it is followed: the page that carries it is the API's
   * own answer and is handed out; the page it points to is never fetched, and the caller gets an
   * {@link InvalidResponseException} instead of the credentials going elsewhere.
   */
  private URI checkedLink(URI next, int status) {
    URI resolved = next.isAbsolute() ? next : settings.baseUrl().resolve(next);
    URI origin = settings.baseUrl();
    boolean same = origin.getScheme().equalsIgnoreCase(String.valueOf(resolved.getScheme()))
        && origin.getHost().equalsIgnoreCase(String.valueOf(resolved.getHost()))
        && port(origin) == port(resolved);
    if (!same) {
      throw new InvalidResponseException("the API sent a next-page link to another origin ("
          + resolved.getScheme() + "://" + QueryEncoding.shorten(resolved.getRawAuthority())
          + "); it is not followed, so the credentials stay with " + origin, status, null);
    }
    return resolved;
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private <T> Page<T> linkPage(CallOptions call, int status, Map<String, ? extends Collection<String>> headers,
      List<T> items, Type listType) {
    PageLinks links = PageLinks.of(LinkHeader.parse(headers.get("Link")));
    return new Page<>(items == null ? List.of() : items, links, status, headers, snapshot(headers), next -> {
      Reply response = follow(checkedLink(next, status), call);
      @SuppressWarnings("unchecked")
      List<T> nextItems = (List<T>) codec.decodeBody(response, listType);
      return linkPage(call, response.status(), response.headers(), nextItems, listType);
    }, next -> followAsync(next, status, call, response -> {
      @SuppressWarnings("unchecked")
      List<T> nextItems = (List<T>) codec.decodeBody(response, listType);
      return linkPage(call, response.status(), response.headers(), nextItems, listType);
    }));
  }

  /**
   * Fetches a later page without blocking, under the call's settings and deadline; cancelling the returned future
   * aborts this fetch only.
   */
  private <T> CompletableFuture<Page<T>> followAsync(URI next, int status, CallOptions call,
      Function<Reply, Page<T>> page) {
    URI checked;
    try {
      checked = checkedLink(next, status);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CallOptions request = call.forAnotherRequest();
    CompletableFuture<Reply> sent;
    try {
      sent = asyncFollower.get(checked, request.headers(Map.of()), request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncCalls.bind(sent, response -> {
      if (response.status() >= 300) {
        throw errors.toException(response);
      }
      return page.apply(response);
    }, request::cancel);
  }

  private <E, T> Page<T> cursorPage(CallOptions call, int status, Map<String, ? extends Collection<String>> headers,
      E envelope, Class<E> envelopeType, Function<E, List<T>> items, Function<E, Optional<String>> next) {
    Map<String, URI> links = new LinkedHashMap<>();
    List<T> pageItems = List.of();
    if (envelope != null) {
      pageItems = items.apply(envelope);
      Optional<String> url = next.apply(envelope).filter(s -> !s.isBlank());
      if (url.isPresent()) {
        URI uri;
        try {
          uri = new URI(url.get());
        } catch (java.net.URISyntaxException e) {
          throw new InvalidResponseException("the API sent a malformed cursor link links.next: "
              + QueryEncoding.shorten(url.get()), status, null);
        }
        links.put("next", uri);
      }
    }
    return new Page<>(pageItems, PageLinks.of(links), status, headers, snapshot(headers), url -> {
      Reply response = follow(checkedLink(url, status), call);
      return cursorPage(call, response.status(), response.headers(),
          envelopeType.cast(codec.decodeBody(response, envelopeType)), envelopeType, items, next);
    }, url -> followAsync(url, status, call, response -> cursorPage(call, response.status(), response.headers(),
        envelopeType.cast(codec.decodeBody(response, envelopeType)), envelopeType, items, next)));
  }

  private Reply follow(URI next, CallOptions call) {
    Reply response = follower.get(next, call.headers(Map.of()), call);
    if (response.status() >= 300) {
      throw errors.toException(response);
    }
    return response;
  }

  private RawResponse raw(Response response) {
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

  /** A view of the runtime with a client's default options; what the generated services hold. */
  private final class Context implements ServiceRuntime {
    private final RequestOptions defaults;
    /** What {@link #blockingCall} hands out when nothing varies per call; null when the defaults set a deadline. */
    private final CallOptions sharedBlocking;

    Context(RequestOptions defaults) {
      this.defaults = defaults;
      this.sharedBlocking = defaults.timeout().isPresent() ? null
          : new CallOptions(defaults, settings.connectTimeout(), settings.readTimeout(), settings.retryPolicy());
    }

    @Override
    public <A> A api(Class<A> feignInterface) {
      return feignInterface.cast(bindings.computeIfAbsent(feignInterface,
          type -> feign.target(type, baseUrl)));
    }

    @Override
    public <A> A asyncApi(Class<A> feignInterface) {
      return feignInterface.cast(asyncBindings.computeIfAbsent(feignInterface,
          type -> asyncFeign.newInstance(new Target.HardCodedTarget<>(type, baseUrl))));
    }

    @Override
    public <R, T> CompletableFuture<T> async(CallOptions call, CompletableFuture<R> sent, Function<R, T> then) {
      return AsyncCalls.bind(sent, then, call::cancel);
    }

    @Override
    public CallOptions blockingCall(RequestOptions perCall) {
      if (perCall == RequestOptions.none() && sharedBlocking != null) {
        return sharedBlocking;   // a sync call's options are only read: no deadline to start, nothing to cancel
      }
      return call(perCall);
    }

    @Override
    public CallOptions call(RequestOptions perCall) {
      Require.notNull("options", perCall);
      return new CallOptions(defaults.overriddenBy(perCall), settings.connectTimeout(), settings.readTimeout(),
          settings.retryPolicy());
    }

    @Override
    public <T> io.github.bksdk.buildkite.http.Response<T> response(ApiResponse<T> response) {
      return io.github.bksdk.buildkite.http.Response.of(response.status(), response.headers(),
          snapshot(response.headers()), response.body());
    }

    @Override
    public io.github.bksdk.buildkite.http.Response<OptionalLong> contentLength(ApiResponse<Void> response) {
      OptionalLong length;
      try {
        length = response.header("Content-Length").map(v -> OptionalLong.of(Long.parseLong(v.trim())))
            .orElse(OptionalLong.empty());
      } catch (NumberFormatException e) {
        length = OptionalLong.empty();
      }
      return io.github.bksdk.buildkite.http.Response.of(response.status(), response.headers(),
          snapshot(response.headers()), length);
    }

    @Override
    public <T> io.github.bksdk.buildkite.http.Response<Page<T>> linkPage(CallOptions call, ApiResponse<List<T>> first,
        Class<T> itemType) {
      Type listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
      Page<T> page = FeignRuntime.this.linkPage(call, first.status(), first.headers(), first.body(), listType);
      return io.github.bksdk.buildkite.http.Response.of(first.status(), first.headers(), page.rateLimit(), page);
    }

    @Override
    public <E, T> io.github.bksdk.buildkite.http.Response<Page<T>> cursorPage(CallOptions call, ApiResponse<E> first,
        Class<E> envelopeType, Function<E, List<T>> items, Function<E, Optional<String>> next) {
      Page<T> page = FeignRuntime.this.cursorPage(call, first.status(), first.headers(), first.body(), envelopeType,
          items, next);
      return io.github.bksdk.buildkite.http.Response.of(first.status(), first.headers(), page.rateLimit(), page);
    }

    @Override
    public RawResponse raw(Response response) {
      return FeignRuntime.this.raw(response);
    }
  }

  /** Follows a link verbatim (same origin only, checked before and enforced by the transport). */
  interface LinkFollower {
    @RequestLine("GET")
    Reply get(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);
  }

  /** {@link LinkFollower} for the async client. */
  interface LinkFollowerAsync {
    @RequestLine("GET")
    CompletableFuture<Reply> get(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);
  }

  /** {@link RawCaller} for the async client. */
  interface RawCallerAsync {
    @RequestLine("GET")
    CompletableFuture<Response> get(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("HEAD")
    CompletableFuture<Response> head(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("DELETE")
    CompletableFuture<Response> delete(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("DELETE")
    CompletableFuture<Response> deleteWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);

    @RequestLine("POST")
    CompletableFuture<Response> post(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("POST")
    CompletableFuture<Response> postWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);

    @RequestLine("PUT")
    CompletableFuture<Response> put(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("PUT")
    CompletableFuture<Response> putWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);

    @RequestLine("PATCH")
    CompletableFuture<Response> patch(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("PATCH")
    CompletableFuture<Response> patchWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);
  }

  /** The raw escape hatch's verbs; the URI is absolute and already encoded. */
  interface RawCaller {
    @RequestLine("GET")
    Response get(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("HEAD")
    Response head(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("DELETE")
    Response delete(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("DELETE")
    Response deleteWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);

    @RequestLine("POST")
    Response post(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("POST")
    Response postWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);

    @RequestLine("PUT")
    Response put(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("PUT")
    Response putWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);

    @RequestLine("PATCH")
    Response patch(URI uri, @HeaderMap Map<String, Object> headers, Request.Options options);

    @RequestLine("PATCH")
    Response patchWithBody(URI uri, @HeaderMap Map<String, Object> headers, byte[] body, Request.Options options);
  }
}
