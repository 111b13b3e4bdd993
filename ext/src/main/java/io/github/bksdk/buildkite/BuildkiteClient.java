package io.github.bksdk.buildkite;

import io.github.bksdk.buildkite.auth.BearerToken;
import io.github.bksdk.buildkite.auth.Credentials;
import io.github.bksdk.buildkite.http.ApiRequest;
import io.github.bksdk.buildkite.http.RawResponse;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.internal.CallOptions;
import io.github.bksdk.buildkite.internal.FeignRuntime;
import io.github.bksdk.buildkite.internal.ServiceRuntime;
import java.util.Map;
import io.github.bksdk.buildkite.internal.Require;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.retry.Sleeper;
import io.github.bksdk.buildkite.streaming.ArtifactDownloads;
import io.github.bksdk.buildkite.streaming.JobLogs;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * The entry point of the SDK: a thread-safe client for the Buildkite REST API v2, with one accessor per resource
 * group ({@code builds()}, {@code pipelines()}, {@code jobs()} ...).
 *
 * <pre>{@code
 * BuildkiteClient client = BuildkiteClient.builder().fromEnv().build();   // reads BUILDKITE_API_TOKEN
 * Build build = client.builds().getBuild("acme", "app", 42);
 * client.builds().listBuildsForPipeline("acme", "app").streamAll().limit(200).forEach(System.out::println);
 * }</pre>
 *
 * <p>Create one client and share it: it holds a connection pool. Every request carries
 * {@code Authorization: Bearer ...}, a {@code User-Agent} naming this SDK, and {@code Accept: application/json};
 * a JSON {@code Content-Type} is sent only with a body. Failures are unchecked
 * {@link io.github.bksdk.buildkite.errors.BuildkiteException}s.
 */
public final class BuildkiteClient extends AbstractBuildkiteClient implements AutoCloseable {
  /** The production API origin. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.buildkite.com");

  /** The environment variable {@link Builder#fromEnv()} reads the token from. */
  public static final String TOKEN_ENV = "BUILDKITE_API_TOKEN";

  /** The system property {@link Builder#fromEnv()} reads the token from; it wins over the environment. */
  public static final String TOKEN_PROPERTY = "buildkite.apiToken";

  private final URI baseUrl;
  private final FeignRuntime runtime;
  private final RequestOptions defaults;
  private final ServiceRuntime services;
  private final JobLogs jobLogs;
  private final ArtifactDownloads artifactDownloads;
  private volatile BuildkiteAsyncClient async;

  private BuildkiteClient(URI baseUrl, FeignRuntime runtime, RequestOptions defaults) {
    this(baseUrl, runtime, defaults, runtime.withDefaults(defaults));
  }

  private BuildkiteClient(URI baseUrl, FeignRuntime runtime, RequestOptions defaults, ServiceRuntime services) {
    super(services);
    this.baseUrl = baseUrl;
    this.runtime = runtime;
    this.defaults = defaults;
    this.services = services;
    this.jobLogs = new JobLogs(jobs());
    this.artifactDownloads = new ArtifactDownloads(artifacts(), runtime::storageHttpClient, runtime.readTimeout());
  }

  /** {@return the helper that streams job logs as text, reads their size and their tail} */
  public JobLogs jobLogs() {
    return jobLogs;
  }

  /** {@return the helper that downloads artifacts from storage without forwarding any credential} */
  public ArtifactDownloads artifactDownloads() {
    return artifactDownloads;
  }

  /**
   * Returns a waiter that polls builds until they finish (and follows job logs), waiting through this client's
   * sleeper and clock and sending through this client (its options, retries and rate limits).
   *
   * @return a new waiter; cheap, stateless and thread-safe
   */
  public io.github.bksdk.buildkite.waiting.BuildWaiter buildWaiter() {
    return io.github.bksdk.buildkite.waiting.BuildWaiter.create(builds(), jobs(), runtime.sleeper(), runtime.clock());
  }

  /** {@return an async waiter over this client's async builds and jobs services, scheduler and clock} */
  io.github.bksdk.buildkite.waiting.AsyncBuildWaiter asyncBuildWaiter() {
    return io.github.bksdk.buildkite.waiting.AsyncBuildWaiter.create(async().builds(), async().jobs(),
        runtime.scheduler(), runtime.clock());
  }

  /**
   * Returns the async form of this client: every operation of every service as a {@code CompletableFuture}
   * ({@code client.async().builds().getBuild(...)}), sending through the same transport, credentials, retries,
   * rate limiter and options as this client. It shares this client's runtime: it creates no {@code HttpClient}
   * and no thread, and no thread waits while a call is in flight.
   *
   * @return the async client with this client's options; created once, then shared
   */
  public BuildkiteAsyncClient async() {
    BuildkiteAsyncClient created = async;
    if (created == null) {
      synchronized (this) {
        if (async == null) {
          async = new BuildkiteAsyncClient(this, services);
        }
        created = async;
      }
    }
    return created;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the API origin this client talks to} */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns a client whose calls start from these options (on top of this client's own defaults): a timeout, a
   * deadline, extra headers or query parameters, a retry policy. It shares everything else with this client:
   * connections, credentials, the rate limiter and the rate-limit state. Deriving one is cheap (no thread, no
   * connection pool, no executor is created), so it can be done per call site or even per call.
   *
   * @param options the defaults of the derived client; per-call options still win over them
   * @return the derived client
   */
  public BuildkiteClient withOptions(RequestOptions options) {
    return new BuildkiteClient(baseUrl, runtime, defaults.overriddenBy(Require.notNull("options", options)));
  }

  /**
   * Returns a client that retries with another policy, for example {@link RetryPolicy#none()} for calls that must
   * not be repeated; same as {@code withOptions(RequestOptions.builder().retryPolicy(policy).build())}.
   *
   * @param policy the retry policy
   * @return the derived client, sharing connections, credentials and rate limiter with this one
   */
  public BuildkiteClient withRetryPolicy(RetryPolicy policy) {
    return withOptions(RequestOptions.builder().retryPolicy(Require.notNull("policy", policy)).build());
  }

  /**
   * Returns the default options of this client's calls.
   *
   * @return the options set with {@link #withOptions(RequestOptions)}; {@link RequestOptions#none()} for a built client
   */
  public RequestOptions options() {
    return defaults;
  }

  /**
   * Sends a request to an endpoint the spec does not describe yet, with the same credentials, retries, rate
   * limits, origin guard, logging and error mapping as every other call. Close the result.
   *
   * @param request the request
   * @return the open response; 4xx and 5xx statuses are thrown as {@link io.github.bksdk.buildkite.errors.BuildkiteException}s
   */
  public RawResponse send(ApiRequest request) {
    return send(request, RequestOptions.none());
  }

  /**
   * Same as {@link #send(ApiRequest)}, with options for this call.
   *
   * @param request the request
   * @param options settings for this call alone
   * @return the open response
   */
  public RawResponse send(ApiRequest request, RequestOptions options) {
    return services.raw(exchange(request, options));
  }

  /**
   * Sends a request to an endpoint the spec does not describe yet and decodes its JSON body.
   *
   * @param request the request
   * @param type the class to decode the body into, such as a model or {@code JsonNode}
   * @param <T> the type
   * @return the status, headers, rate-limit state and decoded value (null for an empty body)
   */
  public <T> Response<T> send(ApiRequest request, Class<T> type) {
    return send(request, type, RequestOptions.none());
  }

  /**
   * Same as {@link #send(ApiRequest, Class)}, with options for this call.
   *
   * @param request the request
   * @param type the class to decode the body into
   * @param options settings for this call alone
   * @param <T> the type
   * @return the status, headers, rate-limit state and decoded value
   */
  public <T> Response<T> send(ApiRequest request, Class<T> type, RequestOptions options) {
    Require.notNull("type", type);
    feign.Response response = exchange(request, options);
    T value = type.cast(runtime.decode(response, type));
    return services.response(new io.github.bksdk.buildkite.codegen.ApiResponse<>(response.status(), response.headers(), value));
  }

  private feign.Response exchange(ApiRequest request, RequestOptions options) {
    Prepared prepared = prepare(request, options);
    return runtime.send(request.method(), prepared.uri(), prepared.headers(), prepared.body(), prepared.call());
  }

  /** The raw request of {@link BuildkiteAsyncClient#send}: prepared (and checked) at once, sent without blocking. */
  java.util.concurrent.CompletableFuture<feign.Response> exchangeAsync(ApiRequest request, RequestOptions options) {
    Prepared prepared = prepare(request, options);
    return runtime.sendAsync(request.method(), prepared.uri(), prepared.headers(), prepared.body(), prepared.call());
  }

  /** The service runtime of this client (its options), shared with its async form. */
  ServiceRuntime serviceRuntime() {
    return services;
  }

  /** Decodes the JSON body of a raw response (the async client's {@code send(request, type)}). */
  <T> Response<T> decoded(feign.Response response, Class<T> type) {
    T value = type.cast(runtime.decode(response, type));
    return services.response(new io.github.bksdk.buildkite.codegen.ApiResponse<>(response.status(), response.headers(), value));
  }

  private record Prepared(URI uri, Map<String, Object> headers, byte[] body, CallOptions call) {}

  private Prepared prepare(ApiRequest request, RequestOptions options) {
    Require.notNull("request", request);
    CallOptions call = services.call(options);
    Map<String, Object> query = call.query(new java.util.LinkedHashMap<>(request.queryParameters()));
    StringBuilder uri = new StringBuilder(baseUrl.toString().replaceAll("/+$", "")).append(request.path());
    String separator = "?";
    for (Map.Entry<String, Object> entry : query.entrySet()) {
      for (Object value : entry.getValue() instanceof java.util.List<?> list ? list : java.util.List.of(entry.getValue())) {
        uri.append(separator).append(entry.getKey()).append('=').append(value);
        separator = "&";
      }
    }
    Map<String, Object> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(call.headers(request.headers()));
    byte[] body = null;
    if (request.jsonBody().isPresent()) {
      try {
        body = io.github.bksdk.buildkite.internal.Json.mapper().writeValueAsBytes(request.jsonBody().get());
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("jsonBody cannot be written as JSON: " + e.getClass().getSimpleName(), e);
      }
      headers.put("Content-Type", "application/json");
    }
    return new Prepared(URI.create(uri.toString()), headers, body, call);
  }

  /**
   * Releases what the client owns: on Java 21 and later, the JDK HTTP client it created (never one passed to
   * {@link Builder#httpClient(HttpClient)}). Calls made afterwards may fail. Clients derived with
   * {@link #withOptions(RequestOptions)} share the transport: close only the client you built.
   */
  @Override
  public void close() {
    if (runtime.ownsHttpClient() && runtime.httpClient() instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // closing is best effort: the JDK client has nothing to report
      }
    }
  }

  /**
   * Returns the latest rate-limit state the API reported (organization and user windows), from the
   * {@code RateLimit-*} headers of the most recent responses.
   *
   * @return the state; empty windows until a response carried the headers
   */
  public RateLimitStatus rateLimitStatus() {
    return runtime.rateLimitStatus();
  }

  /** {@return this SDK's version, as sent in the {@code User-Agent} header} */
  public static String sdkVersion() {
    return Version.VALUE;
  }

  @Override
  public String toString() {
    return "BuildkiteClient{baseUrl=" + baseUrl + "}";
  }

  /** Configures and builds a {@link BuildkiteClient}. Not thread-safe. */
  public static final class Builder {
    private Credentials credentials;
    private URI baseUrl = DEFAULT_BASE_URL;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private LogLevel logLevel = LogLevel.NONE;
    private boolean allowInsecureHttp;
    private HttpClient httpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.disabled();
    private Sleeper sleeper = Sleeper.system();
    private Scheduler scheduler = Scheduler.system();
    private java.util.concurrent.Executor asyncExecutor;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets how failed attempts are retried (default {@link RetryPolicy#defaults()}: 3 attempts).
     *
     * @param policy the policy; {@link RetryPolicy#none()} turns retries off
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Require.notNull("policy", policy);
      return this;
    }

    /**
     * Turns the client-side rate limiter on or off (default off).
     *
     * @param policy for example {@link RateLimitPolicy#documentedLimits()}
     * @return this builder
     */
    public Builder rateLimit(RateLimitPolicy policy) {
      this.rateLimitPolicy = Require.notNull("policy", policy);
      return this;
    }

    /**
     * Replaces how the client waits between retries and for rate-limit permits; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Require.notNull("sleeper", sleeper);
      return this;
    }

    /**
     * Replaces how the async client ({@link BuildkiteClient#async()}) waits between retries and for rate-limit
     * permits; for tests. The default schedules on one shared daemon timer thread.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Require.notNull("scheduler", scheduler);
      return this;
    }

    /**
     * Sets the executor that completes the async client's futures: decoding runs there, and so do the
     * application's non-async continuations ({@code thenApply} ...). The default is a small pool shared by every
     * client (as many daemon threads as processors, at least 2); the JDK client's selector thread is never used.
     *
     * @param executor the executor; it must not run tasks on the calling thread
     * @return this builder
     */
    public Builder asyncExecutor(java.util.concurrent.Executor executor) {
      this.asyncExecutor = Require.notNull("executor", executor);
      return this;
    }

    /**
     * Replaces the clock used for rate-limit pacing (and signing, for time-based credentials); for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Require.notNull("clock", clock);
      return this;
    }

    /**
     * Authenticates with an API access token.
     *
     * @param token the token, for example {@code bkua_...}
     * @return this builder
     * @throws IllegalArgumentException if the token is blank or malformed (the message never shows it)
     */
    public Builder token(String token) {
      this.credentials = BearerToken.of(token);
      return this;
    }

    /**
     * Authenticates with any {@link Credentials}, asked once per request.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Require.notNull("credentials", credentials);
      return this;
    }

    /**
     * Reads the token from the system property {@value #TOKEN_PROPERTY} or, failing that, the environment variable
     * {@value #TOKEN_ENV}. Leaves the builder unchanged when neither is set.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      String token = System.getProperty(TOKEN_PROPERTY);
      if (token == null || token.isBlank()) {
        token = System.getenv(TOKEN_ENV);
      }
      if (token != null && !token.isBlank()) {
        token(token.trim());
      }
      return this;
    }

    /**
     * Sets the API origin (default {@code https://api.buildkite.com}); paths such as {@code /v2/...} are added to it.
     * A plain {@code http} URL is accepted only for loopback addresses unless {@link #allowInsecureHttp(boolean)}.
     *
     * @param baseUrl an absolute {@code https} (or loopback {@code http}) URL without a path, query or fragment
     * @return this builder
     * @throws IllegalArgumentException if the URL is malformed
     */
    public Builder baseUrl(String baseUrl) {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalArgumentException("baseUrl must not be blank");
      }
      URI uri;
      try {
        uri = new URI(baseUrl.trim());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason());
      }
      return baseUrl(uri);
    }

    /**
     * Sets the API origin.
     *
     * @param baseUrl the origin
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute http(s) URL without path, query, fragment or
     *     user info
     */
    public Builder baseUrl(URI baseUrl) {
      Require.notNull("baseUrl", baseUrl);
      String scheme = baseUrl.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
      }
      if (baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
          || (baseUrl.getRawPath() != null && !baseUrl.getRawPath().isEmpty() && !baseUrl.getRawPath().equals("/"))) {
        throw new IllegalArgumentException(
            "baseUrl must be an origin such as https://api.buildkite.com, without path, query or credentials");
      }
      this.baseUrl = URI.create(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + baseUrl.getRawAuthority());
      return this;
    }

    /**
     * Sets the connect timeout (default 10 seconds).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Require.positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets how long to wait for a response (default 60 seconds).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Require.positive("readTimeout", timeout);
      return this;
    }

    /**
     * Sets how much of each exchange to log through SLF4J (default {@link LogLevel#NONE}); credentials are
     * never logged.
     *
     * @param level the level
     * @return this builder
     */
    public Builder logLevel(LogLevel level) {
      this.logLevel = Require.notNull("level", level);
      return this;
    }

    /**
     * Allows a plain {@code http} base URL on a non-loopback host, which sends the token unencrypted. Off by default.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Uses the given JDK client for transport instead of the SDK's default (HTTP/1.1, no redirects, direct
     * executor). It must not follow redirects.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      Require.notNull("httpClient", httpClient);
      if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException("httpClient must not follow redirects (credentials could leak)");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException if no credentials were given, or the base URL is plain http on a
     *     non-loopback host without {@link #allowInsecureHttp(boolean)}
     */
    public BuildkiteClient build() {
      if (credentials == null) {
        throw new IllegalStateException("no API token: call token(...) or credentials(...), or set " + TOKEN_ENV);
      }
      if (baseUrl.getScheme().equals("http") && !allowInsecureHttp && !isLoopback(baseUrl.getHost())) {
        throw new IllegalStateException("refusing plain http to " + baseUrl.getHost()
            + ": the token would travel unencrypted; use https or allowInsecureHttp(true)");
      }
      String userAgent = "buildkite-java-sdk/" + Version.VALUE + " (Java " + Runtime.version().feature() + ")";
      FeignRuntime runtime = new FeignRuntime(new FeignRuntime.Settings(baseUrl, credentials, connectTimeout,
          readTimeout, logLevel, userAgent, httpClient, retryPolicy, rateLimitPolicy, sleeper, clock, scheduler, asyncExecutor));
      return new BuildkiteClient(baseUrl, runtime, RequestOptions.none());
    }

    private static boolean isLoopback(String host) {
      String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      if (bare.equalsIgnoreCase("localhost")) {
        return true;
      }
      if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
        return false;
      }
      try {
        return InetAddress.getByName(bare).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }

  private static final class Version {
    static final String VALUE = load();

    private static String load() {
      try (InputStream in = BuildkiteClient.class.getResourceAsStream("sdk.properties")) {
        Properties properties = new Properties();
        if (in != null) {
          properties.load(in);
        }
        return properties.getProperty("version", "unknown");
      } catch (IOException e) {
        return "unknown";
      }
    }
  }
}
