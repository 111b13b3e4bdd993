package io.github.bksdk.buildkite.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.bksdk.buildkite.BuildkiteClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fake Buildkite REST API on a loopback port, for testing code that uses the SDK. It checks every request against
 * the bundled spec (a request the real API would reject is answered with an error and recorded; {@link #verify()}
 * fails the test with every reason), answers every operation with its documented example unless told otherwise, and
 * lets a test script what the real API does over time: builds that move through their states and can be canceled
 * ({@link #script(BuildScript)}), paged lists ({@link #serveList(Route, List)}), rate limits, 5xx and broken
 * connections ({@link #fail(Route, Fault, int)}), artifact downloads redirected to a second, storage host that must
 * never see a credential ({@link #storeArtifact(String, byte[])}), and signed webhook deliveries to the code under
 * test ({@link #deliver(URI, Webhook)}). Start one per test or per class, {@link #reset()} between tests, and
 * {@link #close()} it at the end; {@link FakeBuildkiteExtension} does all of that for JUnit 5. Thread-safe.
 *
 * <pre>{@code
 * try (FakeBuildkite fake = FakeBuildkite.start()) {
 *   fake.script(BuildScript.of("acme", "web-app", 42).stages(BuildStage.RUNNING, BuildStage.FAILED));
 *   BuildkiteClient client = fake.client();
 *   // ... run the code under test with client ...
 *   fake.verify();
 * }
 * }</pre>
 */
public final class FakeBuildkite implements AutoCloseable {
  /** The API token of every client the fake configures. It is no real credential. */
  public static final String TOKEN = "bkua_testkit0000000000000000000000000000";

  /** The webhook secret used when {@link Settings.Builder#webhookSecret(String)} is not set. */
  public static final String DEFAULT_WEBHOOK_SECRET = "testkit-webhook-secret";

  private static final int DEFAULT_PER_PAGE = 30;
  private static final String CURSOR_PREFIX = "testkit:";
  private static final String DEFAULT_MARKER = "X-Testkit-Default-Answer";

  private final Settings settings;
  private final SpecModel spec;
  private final SpecValidation validation;
  private final Examples examples;
  private final WireMockServer api;
  private final WireMockServer storage;
  private final HttpClient webhookClient;
  private final AtomicLong storageCounter = new AtomicLong();

  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<SpecViolation> violations = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** The clock of the clients from {@link #clientBuilder()}: it moves only by their waits (and by hand). */
  private final SimulatedTime time = SimulatedTime.startingNow();
  // Guarded by this.
  private final List<FaultRule> faults = new ArrayList<>();
  private final List<ResponseRule> responses = new ArrayList<>();
  private final List<ListRule> lists = new ArrayList<>();
  private final Map<String, FakeBuild> builds = new LinkedHashMap<>();
  private final Map<String, byte[]> artifacts = new LinkedHashMap<>();
  private final Map<String, String> jobLogs = new LinkedHashMap<>();

  private record FaultRule(Route route, Fault fault, int[] remaining) {}

  private record ResponseRule(Route route, FakeResponse response) {}

  private record ListRule(Route route, List<String> items) {}

  /**
   * WireMock's own notices: errors go to standard error, the rest is dropped. Not SLF4J, so that a test classpath
   * without an SLF4J provider sees no "no providers" notice because of the fake.
   */
  private static final com.github.tomakehurst.wiremock.common.Notifier QUIET =
      new com.github.tomakehurst.wiremock.common.Notifier() {
        @Override
        public void info(String message) {}

        @Override
        public void error(String message) {
          System.err.println("[buildkite-testkit] " + message);
        }

        @Override
        public void error(String message, Throwable t) {
          System.err.println("[buildkite-testkit] " + message + ": " + t);
        }
      };

  private FakeBuildkite(Settings settings) {
    this.settings = settings;
    this.spec = SpecModel.shared();
    this.validation = SpecValidation.bundled();
    this.examples = new Examples(spec);
    this.api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
        .notifier(QUIET).gzipDisabled(true).extensions(new Transformer("testkit-api", this::answer)));
    this.storage = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
        .notifier(QUIET).gzipDisabled(true)
        .extensions(new Transformer("testkit-storage", this::answerStorage)));
    this.webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Starts a fake with the default settings.
   *
   * @return the running fake
   */
  public static FakeBuildkite start() {
    return start(Settings.defaults());
  }

  /**
   * Starts a fake.
   *
   * @param settings the settings
   * @return the running fake
   * @throws IllegalArgumentException when {@code settings} is null
   */
  public static FakeBuildkite start(Settings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    FakeBuildkite fake = new FakeBuildkite(settings);
    fake.api.start();
    fake.storage.start();
    fake.api.stubFor(any(anyUrl()).willReturn(ok()));
    fake.storage.stubFor(any(anyUrl()).willReturn(ok()));
    return fake;
  }

  /**
   * Returns the fake's API origin, such as {@code http://127.0.0.1:41234}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return api.baseUrl();
  }

  /**
   * Returns the origin of the fake artifact storage host that downloads are redirected to.
   *
   * @return the storage base URL
   */
  public String storageUrl() {
    return storage.baseUrl();
  }

  /**
   * Returns the settings the fake was started with.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Returns a client builder already pointed at the fake: the fake's {@link #TOKEN}, its base URL, and the fake's
   * {@link #time() simulated time} as the client's clock, sleeper (sync waits) and scheduler (async waits). Retry
   * backoffs, 429 resets, rate-limit pacing and waiters' poll intervals are recorded ({@link #sleeps()}) and return
   * at once, and the clock moves ahead by each, so a waiter's timeout or the adaptive limiter behave as over real
   * time without the test waiting. Add anything else the code under test needs, then build.
   *
   * @return a new builder
   */
  public BuildkiteClient.Builder clientBuilder() {
    return clientBuilder(time);
  }

  /**
   * Returns the simulated time of the clients from {@link #clientBuilder()}: it starts at the instant the fake
   * started and moves forward only by their waits, or by {@link SimulatedTime#advance(Duration)}, for the fake's
   * whole life ({@link #reset()} does not turn it back; {@link #sleeps()} is the per-test record).
   *
   * @return the simulated time
   */
  public SimulatedTime time() {
    return time;
  }

  /**
   * Returns a client builder pointed at the fake like {@link #clientBuilder()}, whose waits move the given simulated
   * time instead of the fake's own (to start at a chosen instant, or to give clients separate clocks): the client
   * reads its clock, and every wait of the sync client (its sleeper) and of the async client (its scheduler) is
   * recorded there and in {@link #sleeps()}, returns at once, and moves the clock ahead, so that rate-limit pacing
   * and waiters' timeouts see the time a real run would have spent.
   *
   * @param time the simulated time
   * @return a new builder
   * @throws IllegalArgumentException if {@code time} is null
   */
  public BuildkiteClient.Builder clientBuilder(SimulatedTime time) {
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
    return BuildkiteClient.builder().token(TOKEN).baseUrl(baseUrl()).clock(time)
        .sleeper(duration -> {
          sleeps.add(duration);
          time.sleep(duration);
        })
        .scheduler((delay, task) -> {
          sleeps.add(delay);
          return time.schedule(delay, task);
        });
  }

  /**
   * Returns a new client configured like {@link #clientBuilder()}.
   *
   * @return the client
   */
  public BuildkiteClient client() {
    return clientBuilder().build();
  }

  /**
   * Returns every wait the clients from {@link #clientBuilder()} asked for (retry backoff, 429 resets, pacing), in
   * order. None of them was slept.
   *
   * @return an unmodifiable snapshot
   */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /**
   * Returns the requests the fake API received, in arrival order (storage requests are not included).
   *
   * @return an unmodifiable snapshot
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * Returns the requests of one spec operation, in arrival order.
   *
   * @param operationId the spec's operationId, such as {@code getBuild}
   * @return an unmodifiable snapshot
   */
  public List<RecordedRequest> requests(String operationId) {
    return requests.stream().filter(r -> r.operationId().filter(operationId::equals).isPresent()).toList();
  }

  /**
   * Returns the problems found so far: requests the real API would reject, scripted responses that break the spec,
   * credentials sent to the storage host.
   *
   * @return an unmodifiable snapshot
   */
  public List<SpecViolation> violations() {
    return List.copyOf(violations);
  }

  /**
   * Fails when the fake saw any problem (see {@link #violations()}), with a message listing each request, its
   * operation and every reason. {@link FakeBuildkiteExtension} calls it after each test.
   *
   * @throws AssertionError when there was at least one problem
   */
  public void verify() {
    List<SpecViolation> found = violations();
    if (!found.isEmpty()) {
      throw new AssertionError("FakeBuildkite saw " + found.size() + " problem(s):\n"
          + found.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    }
  }

  /**
   * Forgets everything scripted and recorded: builds, responses, faults, lists, artifacts, requests, violations and
   * sleeps. The ports stay the same.
   */
  public void reset() {
    synchronized (this) {
      faults.clear();
      responses.clear();
      lists.clear();
      builds.clear();
      artifacts.clear();
      jobLogs.clear();
    }
    requests.clear();
    violations.clear();
    sleeps.clear();
  }

  /**
   * Scripts a build: {@code getBuild}, {@code cancelBuild} and {@code createBuild} for its pipeline answer with it
   * from now on. A new script for the same build replaces the old one. With several scripted builds in one pipeline,
   * each {@code createBuild} answers with the next one not created yet, in the order they were scripted, and then
   * with the last one again.
   *
   * @param script the script
   * @return the live build, to move on and inspect
   * @throws IllegalArgumentException when {@code script} is null
   */
  public FakeBuild script(BuildScript script) {
    if (script == null) {
      throw new IllegalArgumentException("script must not be null");
    }
    FakeBuild build = new FakeBuild(script, examples, baseUrl());
    synchronized (this) {
      builds.remove(buildKey(script.org(), script.pipeline(), script.number()));
      builds.put(buildKey(script.org(), script.pipeline(), script.number()), build);
    }
    return build;
  }

  /**
   * Answers every request on a route with this response, instead of the default. Later calls take precedence over
   * earlier ones for the same request; faults still come first.
   *
   * @param route which requests
   * @param response the answer
   * @throws IllegalArgumentException when either is null
   */
  public void respond(Route route, FakeResponse response) {
    if (route == null || response == null) {
      throw new IllegalArgumentException("route and response must not be null");
    }
    synchronized (this) {
      responses.add(new ResponseRule(route, response));
    }
  }

  /**
   * Makes the next {@code times} requests on a route fail with a fault, then answers normally again. Faults take
   * precedence over every other answer; several faults on one route are used up in the order they were added.
   *
   * @param route which requests
   * @param fault how they fail
   * @param times how many requests fail, at least 1
   * @throws IllegalArgumentException when a value is null or {@code times} is below 1
   */
  public void fail(Route route, Fault fault, int times) {
    if (route == null || fault == null) {
      throw new IllegalArgumentException("route and fault must not be null");
    }
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    synchronized (this) {
      faults.add(new FaultRule(route, fault, new int[] {times}));
    }
  }

  /**
   * Serves a list operation from these items, paged the way the operation pages in the real API: for
   * {@code x-buildkite-pagination: page} a JSON array per page with a {@code Link} header (next, prev, first, last)
   * honouring {@code page} and {@code per_page} (default 30); for {@code cursor} the {@code {items, links}} envelope
   * with opaque {@code after}/{@code before} cursors. Other query parameters are carried over into the links.
   *
   * @param route which list requests, for example {@code Route.operation("listBuildsForPipeline")}
   * @param itemsJson the items, each a JSON object (see {@link #exampleItems(String, int)})
   * @throws IllegalArgumentException when a value is null or an item is not a JSON object
   */
  public void serveList(Route route, List<String> itemsJson) {
    if (route == null || itemsJson == null) {
      throw new IllegalArgumentException("route and itemsJson must not be null");
    }
    for (int i = 0; i < itemsJson.size(); i++) {
      try {
        if (itemsJson.get(i) == null || !Examples.JSON.readTree(itemsJson.get(i)).isObject()) {
          throw new IllegalArgumentException("itemsJson[" + i + "] is not a JSON object");
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("itemsJson[" + i + "] is not valid JSON: " + e.getMessage());
      }
    }
    synchronized (this) {
      lists.add(new ListRule(route, List.copyOf(itemsJson)));
    }
  }

  /**
   * Stores an artifact's content: {@code downloadArtifact} and {@code downloadArtifactInBuild} for this artifact id
   * answer with a 302 to the fake storage host, which serves these bytes and records a violation if any credential
   * arrives there. Artifacts nobody stored are served as a short text naming their id.
   *
   * @param artifactId the artifact's id (the {@code id} path parameter)
   * @param content the bytes (copied)
   * @throws IllegalArgumentException when a value is null or the id is blank
   */
  public void storeArtifact(String artifactId, byte[] content) {
    if (artifactId == null || artifactId.isBlank()) {
      throw new IllegalArgumentException("artifactId must not be null or blank");
    }
    if (content == null) {
      throw new IllegalArgumentException("content must not be null");
    }
    synchronized (this) {
      artifacts.put(artifactId, content.clone());
    }
  }

  /**
   * Stores a job's log: {@code getJobLog} and {@code getJobLogInBuild} for this job answer with it as JSON (the
   * default), as raw text ({@code Accept: text/plain}) or as its tail ({@code Range: bytes=-N} with
   * {@code Accept: text/plain}: 206 with {@code Content-Range}), and {@code getJobLogSize} with its size in
   * {@code Content-Length}. Jobs without a stored log get the documented example.
   *
   * @param jobId the job's id (the {@code job_id} path parameter)
   * @param text the whole log
   * @throws IllegalArgumentException when a value is null or the id is blank
   */
  public void storeJobLog(String jobId, String text) {
    if (jobId == null || jobId.isBlank()) {
      throw new IllegalArgumentException("jobId must not be null or blank");
    }
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    synchronized (this) {
      jobLogs.put(jobId, text);
    }
  }

  /**
   * Returns the documented example of an operation's success answer as JSON text.
   *
   * @param operationId the spec's operationId, such as {@code getBuild}
   * @return the example
   * @throws IllegalArgumentException when the operation is unknown or has no JSON example
   */
  public String example(String operationId) {
    return examples.example(operationId, Map.of());
  }

  /**
   * Returns the documented example of an operation's success answer with some top-level fields replaced, for
   * example {@code example("getBuild", Map.of("number", 7, "state", "failed"))}.
   *
   * @param operationId the spec's operationId
   * @param overrides field names and their new values (converted to JSON by Jackson)
   * @return the changed example as JSON text
   * @throws IllegalArgumentException when the operation is unknown, has no JSON object example, or a value is null
   */
  public String example(String operationId, Map<String, ?> overrides) {
    if (overrides == null) {
      throw new IllegalArgumentException("overrides must not be null");
    }
    return examples.example(operationId, overrides);
  }

  /**
   * Returns {@code count} list items made from a list operation's documented example, each with its own {@code id}
   * and, where the item has a {@code number}, numbered {@code count} down to 1 (newest first), for
   * {@link #serveList(Route, List)}.
   *
   * @param operationId a list operation, such as {@code listBuildsForPipeline} or {@code listJobs}
   * @param count how many items, at least 0
   * @return the items as JSON text
   * @throws IllegalArgumentException when the operation is unknown, has no documented items, or count is negative
   */
  public List<String> exampleItems(String operationId, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    return examples.items(operationId, count);
  }

  /**
   * Delivers a webhook to the code under test as Buildkite would: a POST with {@code Content-Type: application/json},
   * {@code X-Buildkite-Event}, and (by default) {@code X-Buildkite-Signature} signed with the fake's webhook secret at
   * the fake's clock.
   *
   * @param endpoint the receiver's URL
   * @param webhook what to deliver and how to sign it
   * @return what was sent and how the receiver answered
   * @throws IllegalArgumentException when a value is null
   * @throws IllegalStateException when the receiver cannot be reached
   */
  public WebhookResult deliver(URI endpoint, Webhook webhook) {
    if (endpoint == null || webhook == null) {
      throw new IllegalArgumentException("endpoint and webhook must not be null");
    }
    String body = webhook.body().orElseGet(() -> webhookBody(webhook));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Buildkite-Event", webhook.event());
    long timestamp = webhook.signedAt().orElseGet(() -> settings.clock().instant()).getEpochSecond();
    switch (webhook.auth()) {
      case SIGNATURE -> headers.put("X-Buildkite-Signature",
          "timestamp=" + timestamp + ",signature=" + hmac(settings.webhookSecret(), timestamp + "." + body));
      case WRONG_SIGNATURE -> headers.put("X-Buildkite-Signature",
          "timestamp=" + timestamp + ",signature=" + hmac(settings.webhookSecret() + "-forged", timestamp + "." + body));
      case TOKEN -> headers.put("X-Buildkite-Token", settings.webhookSecret());
      case NONE -> { }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = webhookClient.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new WebhookResult(body, headers, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot deliver the webhook to " + endpoint + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering the webhook to " + endpoint, e);
    }
  }

  /** Stops both servers. Calling it again does nothing. */
  @Override
  public void close() {
    api.stop();
    storage.stop();
  }

  @Override
  public String toString() {
    return "FakeBuildkite{" + (api.isRunning() ? baseUrl() : "stopped") + "}";
  }

  // ------------------------------------------------------------------------------------------------ the API host

  private ResponseDefinition answer(Request request) {
    String method = request.getMethod().value().toUpperCase(Locale.ROOT);
    URI uri = URI.create(request.getUrl());
    String path = uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    Optional<SpecModel.Match> match = spec.match(method, path);
    String operationId = match.map(m -> m.operation().id()).orElse("");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), header.values());
    }
    String body = request.getBody() == null ? "" : request.getBodyAsString();
    requests.add(new RecordedRequest(method, path, query, operationId, headers, body));

    Optional<ResponseDefinition> rejection = check(request, method, path, query, match, headers, body);
    if (rejection.isPresent()) {
      return rejection.get();
    }
    Optional<Fault> fault = nextFault(method, path, operationId);
    if (fault.isPresent()) {
      return faultResponse(fault.get());
    }
    FakeResponse response = scripted(method, path, operationId, request, match.get());
    // Default answers are the documented examples as they are, checked once and for all by the testkit's own tests;
    // everything scripted is checked here.
    boolean isDefault = response.headers().containsKey(DEFAULT_MARKER);
    if (isDefault) {
      response = response.withoutHeader(DEFAULT_MARKER);
    }
    if (settings.validateResponses() && !isDefault && response.statusCode() < 500) {
      List<String> problems = validation.validateResponse(method, path, response.statusCode(),
          response.headers(), response.contentType(), response.body().length == 0 ? null
              : new String(response.body(), StandardCharsets.UTF_8));
      if (!problems.isEmpty()) {
        violations.add(new SpecViolation(SpecViolation.Kind.RESPONSE, method, path, operationId, problems));
      }
    }
    return definition(response);
  }

  private Optional<ResponseDefinition> check(Request request, String method, String path, String query,
      Optional<SpecModel.Match> match, Map<String, List<String>> headers, String body) {
    List<String> problems = new ArrayList<>(validation.validateRequest(method,
        query.isEmpty() ? path : path + "?" + query, headers, body));
    boolean authProblem = false;
    if (match.isPresent() && !match.get().operation().noAuth()
        && !("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
      problems.add("auth: no 'Authorization: Bearer <token>' with the fake's token (the real API answers 401)");
      authProblem = true;
    }
    if (Set.of("GET", "HEAD", "DELETE").contains(method) && !body.isEmpty()) {
      problems.add("body: a " + method + " request carries a body (the real API answers a GET with a body with 403)");
    }
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    String operationId = match.map(m -> m.operation().id()).orElse("");
    violations.add(new SpecViolation(SpecViolation.Kind.REQUEST, method, path, operationId, problems));
    if (!settings.rejectInvalidRequests() && match.isPresent()) {
      return Optional.empty();
    }
    int status = match.isEmpty() ? 404 : authProblem && problems.size() == 1 ? 401 : 400;
    return Optional.of(definition(FakeResponse.json(status,
        Examples.JSON.createObjectNode().put("message", "FakeBuildkite: " + String.join("; ", problems)).toString())));
  }

  private synchronized Optional<Fault> nextFault(String method, String path, String operationId) {
    for (FaultRule rule : faults) {
      if (rule.remaining()[0] > 0 && rule.route().matches(method, path, operationId)) {
        rule.remaining()[0]--;
        return Optional.of(rule.fault());
      }
    }
    return Optional.empty();
  }

  private ResponseDefinition faultResponse(Fault fault) {
    return switch (fault.kind()) {
      case RATE_LIMITED -> definition(rateLimited(fault.reset()));
      case STATUS -> definition(FakeResponse.json(fault.status(),
          "{\"message\":\"FakeBuildkite injected a " + fault.status() + " response\"}"));
      case CONNECTION_RESET -> ResponseDefinitionBuilder.responseDefinition()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
      case EMPTY_RESPONSE -> ResponseDefinitionBuilder.responseDefinition()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE).build();
      case GARBAGE -> ResponseDefinitionBuilder.responseDefinition()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE).build();
    };
  }

  private FakeResponse rateLimited(Duration reset) {
    long seconds = reset.toSeconds();
    ObjectNode body = Examples.JSON.createObjectNode()
        .put("message", "You have exceeded your API rate limit. Please wait " + seconds
            + " seconds before making more requests.")
        .put("scope", "rest_user").put("limit", 50).put("current", 55).put("reset", seconds);
    return FakeResponse.builder().status(429).header("Content-Type", "application/json; charset=utf-8")
        .header("RateLimit-Scope", "rest").header("RateLimit-Limit", "200").header("RateLimit-Remaining", "150")
        .header("RateLimit-Reset", String.valueOf(seconds))
        .header("RateLimit-User-Scope", "rest_user").header("RateLimit-User-Limit", "50")
        .header("RateLimit-User-Remaining", "0").header("RateLimit-User-Reset", String.valueOf(seconds))
        .header("RateLimit-User-Warning", "You have exceeded your API rate limit.")
        .body(body.toString()).build();
  }

  private FakeResponse scripted(String method, String path, String operationId, Request request,
      SpecModel.Match match) {
    Map<String, String> params = match.pathParams();
    FakeBuild build = null;
    ListRule list = null;
    byte[] artifact = null;
    String log;
    synchronized (this) {
      for (int i = responses.size() - 1; i >= 0; i--) {
        if (responses.get(i).route().matches(method, path, operationId)) {
          return responses.get(i).response();
        }
      }
      switch (operationId) {
        case "getBuild", "cancelBuild" ->
            build = builds.get(buildKey(params.get("org_slug"), params.get("pipeline_slug"), parseInt(params.get("number"))));
        case "createBuild" -> {
          // The first scripted build of the pipeline not handed out yet (so concurrent triggers get one each),
          // else the last one, as before.
          for (FakeBuild candidate : builds.values()) {
            if (candidate.script().org().equals(params.get("org_slug"))
                && candidate.script().pipeline().equals(params.get("pipeline_slug"))) {
              build = candidate;
              if (!candidate.created()) {
                break;
              }
            }
          }
          if (build != null) {
            build.markCreated();
          }
        }
        default -> { }
      }
      for (int i = lists.size() - 1; i >= 0 && build == null; i--) {
        if (lists.get(i).route().matches(method, path, operationId)) {
          list = lists.get(i);
          break;
        }
      }
      if (match.operation().redirect()) {
        artifact = artifacts.get(params.get("id"));
      }
      log = operationId.startsWith("getJobLog") ? jobLogs.get(params.get("job_id")) : null;
    }
    if (log != null) {
      return jobLog(path, request, operationId, log);
    }
    if (build != null) {
      return switch (operationId) {
        case "getBuild" -> build.onGet();
        case "cancelBuild" -> build.onCancel();
        default -> build.onCreate();
      };
    }
    if (list != null) {
      return "cursor".equals(match.operation().pagination())
          ? cursorPage(path, request, list.items()) : linkPage(path, request, list.items());
    }
    if (match.operation().redirect()) {
      return redirectToStorage(params.get("id"), artifact);
    }
    Examples.Answer answer = examples.answer(match.operation(), request.getHeader("Accept"));
    FakeResponse.Builder response = FakeResponse.builder().status(answer.status()).header(DEFAULT_MARKER, "1");
    if (answer.contentType() != null) {
      response.header("Content-Type", answer.contentType())
          .body(answer.body().replace(Examples.REAL_API, baseUrl()));
    }
    return response.build();
  }

  private FakeResponse jobLog(String path, Request request, String operationId, String log) {
    byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
    if (operationId.startsWith("getJobLogSize")) {
      return FakeResponse.builder().status(200).header("Content-Length", String.valueOf(bytes.length))
          .header("Accept-Ranges", "bytes").build();
    }
    String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept").toLowerCase(Locale.ROOT);
    if (!accept.contains("text/plain")) {
      ObjectNode json = Examples.JSON.createObjectNode().put("url", baseUrl() + path).put("content", log)
          .put("size", bytes.length);
      json.putArray("header_times");
      return FakeResponse.json(200, json.toString());
    }
    String range = request.getHeader("Range");
    if (range != null && range.matches("bytes=-[1-9][0-9]{0,9}") && bytes.length > 0) {
      long wanted = Long.parseLong(range.substring("bytes=-".length()));
      int from = (int) Math.max(0, bytes.length - wanted);
      return FakeResponse.builder().status(206).header("Content-Type", "text/plain; charset=utf-8")
          .header("Accept-Ranges", "bytes")
          .header("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length)
          .body(java.util.Arrays.copyOfRange(bytes, from, bytes.length)).build();
    }
    return FakeResponse.builder().status(200).header("Content-Type", "text/plain; charset=utf-8").body(bytes).build();
  }

  private FakeResponse redirectToStorage(String artifactId, byte[] content) {
    String location = storageUrl() + "/artifacts/" + artifactId + "?X-Amz-Expires=60&X-Amz-Signature="
        + HexFormat.of().formatHex(Long.toString(storageCounter.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
    if (content == null) {
      synchronized (this) {
        artifacts.putIfAbsent(artifactId, ("FakeBuildkite artifact " + artifactId + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return FakeResponse.builder().status(302).header("Location", location)
        .header("Content-Type", "application/json; charset=utf-8")
        .body(Examples.JSON.createObjectNode().put("url", location).toString()).build();
  }

  private FakeResponse linkPage(String path, Request request, List<String> items) {
    Map<String, List<String>> query = SpecValidation.queryParameters(URI.create(request.getUrl()).getRawQuery());
    int perPage = positive(query.get("per_page"), DEFAULT_PER_PAGE);
    int page = positive(query.get("page"), 1);
    int last = Math.max(1, (items.size() + perPage - 1) / perPage);
    int from = Math.min(items.size(), (page - 1) * perPage);
    int to = Math.min(items.size(), from + perPage);
    String rest = keptQuery(request, Set.of("page", "per_page"));
    List<String> links = new ArrayList<>();
    if (page < last) {
      links.add("<" + baseUrl() + path + "?" + rest + "page=" + (page + 1) + "&per_page=" + perPage + ">; rel=\"next\"");
      links.add("<" + baseUrl() + path + "?" + rest + "page=" + last + "&per_page=" + perPage + ">; rel=\"last\"");
    }
    if (page > 1) {
      links.add("<" + baseUrl() + path + "?" + rest + "page=1&per_page=" + perPage + ">; rel=\"first\"");
      links.add("<" + baseUrl() + path + "?" + rest + "page=" + Math.min(page - 1, last) + "&per_page=" + perPage
          + ">; rel=\"prev\"");
    }
    FakeResponse.Builder response = FakeResponse.builder().status(200)
        .header("Content-Type", "application/json; charset=utf-8")
        .body("[" + String.join(",", items.subList(from, to)) + "]");
    if (!links.isEmpty()) {
      response.header("Link", String.join(", ", links));
    }
    return response.build();
  }

  private FakeResponse cursorPage(String path, Request request, List<String> items) {
    Map<String, List<String>> query = SpecValidation.queryParameters(URI.create(request.getUrl()).getRawQuery());
    int perPage = positive(query.get("per_page"), DEFAULT_PER_PAGE);
    int from;
    if (query.containsKey("after")) {
      from = decodeCursor(query.get("after").get(0));
    } else if (query.containsKey("before")) {
      from = Math.max(0, decodeCursor(query.get("before").get(0)) - perPage);
    } else {
      from = 0;
    }
    from = Math.min(from, items.size());
    int to = Math.min(items.size(), from + perPage);
    String rest = keptQuery(request, Set.of("after", "before", "per_page"));
    String self = baseUrl() + path + "?" + rest + "per_page=" + perPage;
    ObjectNode body = Examples.JSON.createObjectNode();
    ArrayNode page = body.putArray("items");
    for (String item : items.subList(from, to)) {
      try {
        page.add(Examples.JSON.readTree(item));
      } catch (IOException e) {
        throw new IllegalStateException("item checked by serveList is no longer JSON", e);
      }
    }
    ObjectNode links = body.putObject("links");
    links.put("self", from == 0 ? self : self + "&after=" + encodeCursor(from));
    links.put("first", self);
    if (to < items.size()) {
      links.put("next", self + "&after=" + encodeCursor(to));
    } else {
      links.putNull("next");
    }
    if (from > 0) {
      links.put("prev", self + "&before=" + encodeCursor(from));
    } else {
      links.putNull("prev");
    }
    return FakeResponse.json(200, body.toString());
  }

  private static String keptQuery(Request request, Set<String> dropped) {
    String raw = URI.create(request.getUrl()).getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : raw.split("&")) {
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      if (!pair.isEmpty() && !dropped.contains(name)) {
        kept.append(pair).append('&');
      }
    }
    return kept.toString();
  }

  private static String encodeCursor(int index) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return decoded.startsWith(CURSOR_PREFIX) ? Math.max(0, Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()))) : 0;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private static int positive(List<String> values, int fallback) {
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    int value = parseInt(values.get(0));
    return value > 0 ? value : fallback;
  }

  private static int parseInt(String text) {
    try {
      return text == null ? -1 : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String buildKey(String org, String pipeline, int number) {
    return org + "/" + pipeline + "/" + number;
  }

  private static ResponseDefinition definition(FakeResponse response) {
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(response.statusCode());
    response.headers().forEach(builder::withHeader);
    if (response.body().length > 0) {
      builder.withBody(response.body());
    }
    return builder.build();
  }

  // ------------------------------------------------------------------------------------------------ the storage host

  private ResponseDefinition answerStorage(Request request) {
    URI uri = URI.create(request.getUrl());
    List<String> leaked = new ArrayList<>();
    for (HttpHeader header : request.getHeaders().all()) {
      String name = header.key().toLowerCase(Locale.ROOT);
      if (name.equals("authorization") || name.equals("cookie") || name.startsWith("x-buildkite")) {
        leaked.add("header '" + header.key() + "' reached the storage host");
      } else if (header.values().stream().anyMatch(v -> v.contains(TOKEN))) {
        leaked.add("the API token reached the storage host in header '" + header.key() + "'");
      }
    }
    if (uri.getRawQuery() != null && uri.getRawQuery().contains(TOKEN)) {
      leaked.add("the API token reached the storage host in the query");
    }
    if (!leaked.isEmpty()) {
      violations.add(new SpecViolation(SpecViolation.Kind.CREDENTIALS, request.getMethod().value(), uri.getRawPath(),
          "", leaked));
    }
    String path = uri.getRawPath();
    byte[] content = null;
    if (path.startsWith("/artifacts/")) {
      synchronized (this) {
        content = artifacts.get(path.substring("/artifacts/".length()));
      }
    }
    if (content == null) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(404).withBody("no such object").build();
    }
    return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(content).build();
  }

  // ------------------------------------------------------------------------------------------------ webhooks

  private String webhookBody(Webhook webhook) {
    ObjectNode body = Examples.JSON.createObjectNode();
    body.put("event", webhook.event());
    String event = webhook.event();
    if (event.startsWith("build.") || event.startsWith("job.") || webhook.build().isPresent()) {
      ObjectNode build = webhook.build().map(FakeBuild::json)
          .orElseGet(() -> (ObjectNode) examples.example(spec.operation("getBuild").orElseThrow()).orElseThrow());
      JsonNode jobs = build.remove("jobs");
      build.remove("job_state_counts");
      if (event.startsWith("job.") && jobs != null && jobs.size() > 0) {
        body.set("job", jobs.get(0));
      }
      body.set("build", build);
      body.set("pipeline", examples.pipeline());
      body.set("sender", Examples.JSON.createObjectNode().put("id", "0189a6e4-7a5c-4a6e-9f43-1e2d3c4b5a69")
          .put("name", "Fake Buildkite"));
      return body.toString().replace(Examples.REAL_API, baseUrl());
    }
    return examples.webhookExample(event).map(x -> {
      ((ObjectNode) x).put("event", event);
      return x.toString();
    }).orElse(body.toString());
  }

  private static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static final class Transformer implements ResponseDefinitionTransformerV2 {
    private final String name;
    private final java.util.function.Function<Request, ResponseDefinition> handler;

    Transformer(String name, java.util.function.Function<Request, ResponseDefinition> handler) {
      this.name = name;
      this.handler = handler;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      return handler.apply(serveEvent.getRequest());
    }

    @Override
    public String getName() {
      return name;
    }
  }

  /**
   * How a {@link FakeBuildkite} behaves: the webhook secret it signs with, its clock, whether invalid requests are
   * answered with an error and whether scripted responses are checked against the spec. {@link #toString()} never
   * shows the secret. Immutable; build with {@link #builder()}.
   */
  public static final class Settings {
    private final String webhookSecret;
    private final Clock clock;
    private final boolean rejectInvalidRequests;
    private final boolean validateResponses;

    private Settings(Builder builder) {
      this.webhookSecret = builder.webhookSecret;
      this.clock = builder.clock;
      this.rejectInvalidRequests = builder.rejectInvalidRequests;
      this.validateResponses = builder.validateResponses;
    }

    /**
     * Returns the default settings: {@link #DEFAULT_WEBHOOK_SECRET}, the UTC system clock, invalid requests rejected
     * and responses validated.
     *
     * @return the defaults
     */
    public static Settings defaults() {
      return builder().build();
    }

    /**
     * Returns a builder holding the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns the secret webhook deliveries are signed with; give the same one to the receiver's verifier.
     *
     * @return the secret
     */
    public String webhookSecret() {
      return webhookSecret;
    }

    /**
     * Returns the clock webhook signatures are timed with.
     *
     * @return the clock
     */
    public Clock clock() {
      return clock;
    }

    /**
     * Returns whether a request that breaks the spec is answered with an error (404 for an unknown path, 401 for a
     * missing token, 400 otherwise, the reasons in {@code message}) rather than served normally. Either way it is
     * recorded as a violation.
     *
     * @return true by default
     */
    public boolean rejectInvalidRequests() {
      return rejectInvalidRequests;
    }

    /**
     * Returns whether the fake checks its own non-5xx answers (documented examples, scripted builds, lists and
     * {@link FakeBuildkite#respond(Route, FakeResponse)} responses) against the spec and records a violation when
     * one disagrees.
     *
     * @return true by default
     */
    public boolean validateResponses() {
      return validateResponses;
    }

    @Override
    public String toString() {
      return "Settings{webhookSecret=██, clock=" + clock + ", rejectInvalidRequests=" + rejectInvalidRequests
          + ", validateResponses=" + validateResponses + "}";
    }

    /** Builds {@link Settings}. Not thread-safe. */
    public static final class Builder {
      private String webhookSecret = DEFAULT_WEBHOOK_SECRET;
      private Clock clock = Clock.systemUTC();
      private boolean rejectInvalidRequests = true;
      private boolean validateResponses = true;

      private Builder() {}

      /**
       * Sets the webhook secret deliveries are signed with.
       *
       * @param secret the secret, not blank
       * @return this builder
       * @throws IllegalArgumentException when null or blank
       */
      public Builder webhookSecret(String secret) {
        if (secret == null || secret.isBlank()) {
          throw new IllegalArgumentException("secret must not be null or blank");
        }
        this.webhookSecret = secret;
        return this;
      }

      /**
       * Sets the clock webhook signatures are timed with.
       *
       * @param clock the clock
       * @return this builder
       * @throws IllegalArgumentException when null
       */
      public Builder clock(Clock clock) {
        if (clock == null) {
          throw new IllegalArgumentException("clock must not be null");
        }
        this.clock = clock;
        return this;
      }

      /**
       * Sets whether requests that break the spec are answered with an error (default true).
       *
       * @param reject false to serve them normally and only record the violation
       * @return this builder
       */
      public Builder rejectInvalidRequests(boolean reject) {
        this.rejectInvalidRequests = reject;
        return this;
      }

      /**
       * Sets whether the fake's own answers are checked against the spec (default true).
       *
       * @param validate false to skip the check
       * @return this builder
       */
      public Builder validateResponses(boolean validate) {
        this.validateResponses = validate;
        return this;
      }

      /**
       * Builds the settings.
       *
       * @return the immutable settings
       */
      public Settings build() {
        return new Settings(this);
      }
    }
  }
}
