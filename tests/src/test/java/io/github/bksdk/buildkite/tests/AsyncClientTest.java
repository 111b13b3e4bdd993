package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.bksdk.buildkite.tests.Futures.await;
import static io.github.bksdk.buildkite.tests.Futures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.bksdk.buildkite.BuildkiteAsyncClient;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.RequestOptions;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.InvalidResponseException;
import io.github.bksdk.buildkite.http.ApiRequest;
import io.github.bksdk.buildkite.http.Response;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.paging.Page;
import io.github.bksdk.buildkite.services.GetBuildParams;
import io.github.bksdk.buildkite.services.ListBuildsForPipelineParams;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The async client on the wire: the same chain as the sync client (retries, 429 waits, error mapping, origin guard,
 * deadline), cancellation down to the JDK exchange and the retry wait, synchronous validation, and a surface that
 * mirrors every sync service method. Waits go through a {@link RecordingScheduler}, never slept.
 */
class AsyncClientTest extends WireMockTestBase {
  private static final String BUILD = "/v2/organizations/acme/pipelines/app/builds/7";
  private static final String BUILDS = "/v2/organizations/acme/pipelines/app/builds";
  private static final String BUILD_JSON = "{\"id\":\"b\",\"url\":\"u\",\"number\":7,\"state\":\"passed\"}";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingScheduler scheduler = RecordingScheduler.instant();

  private BuildkiteClient client(RecordingScheduler waits) {
    return clientBuilder().sleeper(sleeper).scheduler(waits).readTimeout(Duration.ofSeconds(10)).build();
  }

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"status " + status + "\"}");
  }

  private static Throwable thrown(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void getBuildCompletesWithTheDecodedBuildAndTheResponseDetails() throws Exception {
    server.stubFor(get(urlPathEqualTo(BUILD)).willReturn(okJson(BUILD_JSON).withHeader("RateLimit-Remaining", "199")
        .withHeader("RateLimit-Limit", "200").withHeader("RateLimit-Reset", "30")));
    BuildkiteAsyncClient async = client(scheduler).async();

    Build build = await(async.builds().getBuild("acme", "app", 7));
    Response<Build> response = await(async.builds().getBuildWithResponse("acme", "app", 7,
        GetBuildParams.builder().includeRetriedJobs(true).build(), RequestOptions.builder()
            .header("Buildkite-Version", "2026-08-01").build()));

    assertThat(build.number()).isEqualTo(7);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.value().number()).isEqualTo(7);
    assertThat(response.rateLimit().organization()).hasValueSatisfying(w -> assertThat(w.remaining()).isEqualTo(199));
    var sent = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).hasSize(2).allSatisfy(r -> {
      assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(r.getHeader("User-Agent")).startsWith("buildkite-java-sdk/");
      assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    });
    assertThat(sent.get(1).getUrl()).contains("include_retried_jobs=true");
    assertThat(sent.get(1).getHeader("Buildkite-Version")).isEqualTo("2026-08-01");
  }

  @Test
  void aListFollowsItsLinkHeaderWithoutBlocking() throws Exception {
    String base = server.baseUrl() + BUILDS + "?per_page=2&page=";
    String[] bodies = {"[{\"id\":\"a\",\"number\":10},{\"id\":\"b\",\"number\":9}]",
        "[{\"id\":\"c\",\"number\":8},{\"id\":\"d\",\"number\":7}]", "[{\"id\":\"e\",\"number\":6}]"};
    String[] links = {"<" + base + "2>; rel=\"next\"", "<" + base + "3>; rel=\"next\"", null};
    for (int page = 1; page <= 3; page++) {
      ResponseDefinitionBuilder answer = okJson(bodies[page - 1]);
      if (links[page - 1] != null) {
        answer.withHeader("Link", links[page - 1]);
      }
      server.stubFor(get(urlPathEqualTo(BUILDS)).withQueryParam("page",
          com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(page))).willReturn(answer));
    }
    BuildkiteAsyncClient async = client(scheduler).async();

    Page<Build> first = await(async.builds().listBuildsForPipeline("acme", "app",
        ListBuildsForPipelineParams.builder().perPage(2).page(1).build()));
    assertThat(first.items()).extracting(Build::number).containsExactly(10, 9);
    Page<Build> second = await(first.nextPageAsync());
    assertThat(second.items()).extracting(Build::number).containsExactly(8, 7);

    List<Integer> all = new CopyOnWriteArrayList<>();
    await(first.forEachAsync(build -> all.add(build.number())));
    assertThat(all).containsExactly(10, 9, 8, 7, 6);

    Page<Build> last = await(second.nextPageAsync());
    assertThat(last.hasNextPage()).isFalse();
    assertThatThrownBy(last::nextPageAsync).isInstanceOf(NoSuchElementException.class);
    server.findAll(anyRequestedFor(anyUrl())).forEach(r ->
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
  }

  @Test
  void a503IsRetriedWithScheduledWaitsNotTheSleeper() throws Exception {
    script(BUILD_JSON, status(503), status(503));

    Build build = await(client(scheduler).async().builds().getBuild("acme", "app", 7));

    assertThat(build.number()).isEqualTo(7);
    assertThat(requests()).isEqualTo(3);
    assertThat(scheduler.delays).hasSize(2);
    assertThat(scheduler.delays.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(scheduler.delays.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
    assertThat(sleeper.waits).as("the async client never sleeps").isEmpty();
  }

  @Test
  void a429WaitsForTheResetOfTheScopeItsBodyNames() throws Exception {
    script(BUILD_JSON, aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withHeader("RateLimit-Reset", "30").withHeader("RateLimit-User-Reset", "4")
        .withBody("{\"message\":\"slow down\",\"scope\":\"rest_user\"}"));

    Build build = await(client(scheduler).async().builds().getBuild("acme", "app", 7));

    assertThat(build.number()).isEqualTo(7);
    assertThat(scheduler.delays).singleElement().satisfies(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5)));
  }

  @Test
  void failuresHaveTheSameTypesAndMessagesAsTheSyncClient() throws Exception {
    BuildkiteClient client = client(scheduler);
    List<String> compared = new ArrayList<>();
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(status(404))),
        () -> client.builds().getBuild("acme", "app", 7), () -> client.async().builds().getBuild("acme", "app", 7));
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(status(422)
            .withBody("{\"message\":\"Validation failed\",\"errors\":[{\"field\":\"commit\",\"code\":\"missing\"}]}"))),
        () -> client.builds().createBuild("acme", "app", CreateBuildRequest.builder().commit("HEAD").branch("main").build()),
        () -> client.async().builds().createBuild("acme", "app", CreateBuildRequest.builder().commit("HEAD").branch("main").build()));
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(status(503))),
        () -> client.builds().getBuild("acme", "app", 7), () -> client.async().builds().getBuild("acme", "app", 7));
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(status(503))),
        () -> client.builds().createBuild("acme", "app", CreateBuildRequest.builder().commit("HEAD").branch("main").build()),
        () -> client.async().builds().createBuild("acme", "app", CreateBuildRequest.builder().commit("HEAD").branch("main").build()));
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(okJson("{\"number\":\"not a number\"}"))),
        () -> client.builds().getBuild("acme", "app", 7), () -> client.async().builds().getBuild("acme", "app", 7));
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(
            com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))),
        () -> client.builds().getBuild("acme", "app", 7), () -> client.async().builds().getBuild("acme", "app", 7));
    BuildkiteClient refused = BuildkiteClient.builder().token(TOKEN).baseUrl("http://127.0.0.1:" + closedPort())
        .sleeper(sleeper).scheduler(scheduler).build();
    compare(compared, () -> { }, () -> refused.builds().getBuild("acme", "app", 7),
        () -> refused.async().builds().getBuild("acme", "app", 7));
    compare(compared, () -> server.stubFor(any(anyUrl()).willReturn(status(401))),
        () -> client.send(ApiRequest.builder("GET", "/v2/user").build()), () -> client.async().send(ApiRequest.builder("GET", "/v2/user").build()));

    assertThat(compared).hasSize(8).doesNotHaveDuplicates();
  }

  private static void compare(List<String> compared, Runnable stub, Runnable sync,
      Supplier<CompletableFuture<?>> async) {
    server.resetAll();
    stub.run();
    Throwable expected = thrown(sync);
    server.resetAll();
    stub.run();
    Throwable actual = failure(async.get());
    assertThat(actual).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    compared.add(expected.getClass().getSimpleName() + ": " + expected.getMessage());
  }

  @Test
  void aLinkToAnotherOriginIsNeverFollowedWithTheCredentials() throws Exception {
    server.stubFor(get(urlPathEqualTo(BUILDS)).willReturn(okJson("[{\"id\":\"a\",\"number\":1}]")
        .withHeader("Link", "<https://evil.example.com/v2/steal?page=2>; rel=\"next\"")));
    Page<Build> first = await(client(scheduler).async().builds().listBuildsForPipeline("acme", "app"));

    assertThat(failure(first.nextPageAsync())).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("evil.example.com").hasMessageContaining("not followed");
    List<Integer> seen = new CopyOnWriteArrayList<>();
    assertThat(failure(first.forEachAsync(b -> seen.add(b.number())))).isInstanceOf(InvalidResponseException.class);
    assertThat(seen).as("the API's own page is handed out").containsExactly(1);
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void theDeadlineEndsTheCallWithItsAttemptsAndWaits() {
    server.stubFor(any(anyUrl()).willReturn(okJson(BUILD_JSON).withFixedDelay(3000)));
    BuildkiteClient client = client(scheduler);

    long start = System.nanoTime();
    Throwable e = failure(client.async().builds().getBuild("acme", "app", 7, GetBuildParams.none(),
        RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));

    assertThat(e).isInstanceOf(BuildkiteIoException.class);
    assertThat(e.getMessage()).satisfiesAnyOf(m -> assertThat(m).contains("deadline of 300 ms passed"),
        m -> assertThat(m).contains("timed out"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void cancellingAbortsTheExchangeInFlight() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(okJson(BUILD_JSON).withFixedDelay(5000)));
    RecordingHttpClient http = new RecordingHttpClient();
    BuildkiteClient client = clientBuilder().httpClient(http).scheduler(scheduler).build();

    CompletableFuture<Build> call = client.async().builds().getBuild("acme", "app", 7);
    awaitRequests(1);
    assertThat(call.cancel(true)).isTrue();

    assertThat(call).isCancelled();
    assertThat(http.exchanges).singleElement().satisfies(exchange -> {
      // the JDK aborts the exchange and fails its future with a CancellationException (bare or wrapped)
      assertThat(exchange).isCompletedExceptionally();
      Throwable why = exchange.handle((response, thrown) -> thrown).join();
      assertThat(why instanceof CancellationException || why.getCause() instanceof CancellationException)
          .as("aborted by cancellation: %s", why).isTrue();
    });
    assertThat(scheduler.delays).as("no retry was scheduled").isEmpty();
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void cancellingStopsAPendingRetryWaitAndNoFurtherAttemptIsMade() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(status(503)));
    RecordingScheduler holding = RecordingScheduler.holding();
    BuildkiteClient client = client(holding);

    CompletableFuture<Build> call = client.async().builds().getBuild("acme", "app", 7);
    awaitScheduled(holding);
    assertThat(requests()).isEqualTo(1);
    assertThat(call.cancel(true)).isTrue();

    assertThat(call).isCancelled();
    assertThat(holding.held).singleElement().satisfies(wait -> assertThat(wait.isCancelled()).isTrue());
    holding.held.get(0).run();   // even if the timer fired now, nothing would be sent
    assertThat(requests()).isEqualTo(1);
    assertThatThrownBy(() -> call.get()).isInstanceOf(CancellationException.class);
  }

  /** Waits (for real, on the loopback server) until WireMock has received the given number of requests. */
  private static void awaitRequests(int count) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (requests() < count && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(requests()).isEqualTo(count);
  }

  private static void awaitScheduled(RecordingScheduler scheduler) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (scheduler.held.isEmpty() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(scheduler.held).hasSize(1);
  }

  @Test
  void badInputIsThrownAtOnceBeforeAnyFutureOrRequest() {
    BuildkiteAsyncClient async = client(scheduler).async();

    assertThatThrownBy(() -> async.builds().getBuild(" ", "app", 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("org_slug");
    assertThatThrownBy(() -> async.builds().getBuild("acme", "app", 7, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("params");
    assertThatThrownBy(() -> async.builds().createBuild("acme", "app", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("createBuildRequest");
    assertThatThrownBy(() -> async.builds().listBuildsForPipeline("acme", "app",
        ListBuildsForPipelineParams.builder().perPage(1000).build())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> async.send(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(requests()).isZero();
  }

  @Test
  void everySyncServiceMethodHasAnAsyncCounterpart() throws Exception {
    int services = 0;
    int methods = 0;
    for (Method accessor : BuildkiteClient.class.getMethods()) {
      Class<?> service = accessor.getReturnType();
      if (accessor.getParameterCount() != 0 || !service.getPackageName().equals("io.github.bksdk.buildkite.services")) {
        continue;
      }
      Class<?> async = Class.forName("io.github.bksdk.buildkite.services.async." + service.getSimpleName() + "Async");
      assertThat(BuildkiteAsyncClient.class.getMethod(accessor.getName()).getReturnType()).isEqualTo(async);
      services++;
      for (Method method : service.getMethods()) {
        if (Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        Method counterpart = async.getMethod(method.getName(), method.getParameterTypes());
        Type returned = counterpart.getGenericReturnType();
        assertThat(returned).as(method.toString()).isInstanceOf(ParameterizedType.class);
        ParameterizedType future = (ParameterizedType) returned;
        assertThat(future.getRawType()).as(method.toString()).isEqualTo(CompletableFuture.class);
        assertThat(future.getActualTypeArguments()[0]).as(method.toString()).isEqualTo(boxed(method.getGenericReturnType()));
        methods++;
      }
      assertThat(async.getMethods()).as(async.getSimpleName() + " has nothing more").hasSize(service.getMethods().length);
    }
    assertThat(services).isGreaterThan(40);
    assertThat(methods).isGreaterThan(500);
  }

  private static Type boxed(Type type) {
    if (type == void.class) {
      return Void.class;
    }
    if (type instanceof Class<?> c && c.isPrimitive()) {
      throw new AssertionError("no service returns a primitive: " + c);
    }
    return type;
  }

  @Test
  void aStreamingOperationCompletesWithTheBodyUnread() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v2/organizations/acme/jobs/j1/log"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("line 1\nline 2\n")));
    BuildkiteAsyncClient async = client(scheduler).async();

    try (io.github.bksdk.buildkite.http.RawResponse log = await(async.jobs().getJobLogRaw("acme", "j1",
        io.github.bksdk.buildkite.services.GetJobLogParams.builder().accept("text/plain").build(), RequestOptions.none()))) {
      assertThat(log.statusCode()).isEqualTo(200);
      assertThat(log.bodyAsString()).isEqualTo("line 1\nline 2\n");
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Accept")).isEqualTo("text/plain"));
  }

  @Test
  void theClientSideLimiterSharedWithTheSyncClientPacesAsyncCallsOnTheScheduler() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"webhook_ips\":[]}").withHeader("RateLimit-User-Limit", "50")
        .withHeader("RateLimit-User-Remaining", "3").withHeader("RateLimit-User-Reset", "40")));
    BuildkiteClient client = clientBuilder().sleeper(sleeper).scheduler(scheduler)
        .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
        .rateLimit(io.github.bksdk.buildkite.ratelimit.RateLimitPolicy.documentedLimits()).build();

    client.meta().getMeta();                      // the sync call records the window ...
    await(client.async().meta().getMeta());       // ... and the async call is paced by it, on the scheduler

    assertThat(scheduler.delays).containsExactly(Duration.ofSeconds(10));
    assertThat(sleeper.waits).isEmpty();
    assertThat(client.async().rateLimitStatus().user()).hasValueSatisfying(w -> assertThat(w.remaining()).isEqualTo(3));
  }

  @Test
  void aDerivedAsyncClientCarriesItsOptions() throws Exception {
    server.stubFor(get(urlPathEqualTo(BUILD)).willReturn(okJson(BUILD_JSON)));
    BuildkiteAsyncClient versioned = client(scheduler).async()
        .withOptions(RequestOptions.builder().header("Buildkite-Version", "2026-08-01").build());

    assertThat(await(versioned.builds().getBuild("acme", "app", 7)).number()).isEqualTo(7);
    assertThat(versioned.sync().async()).isSameAs(versioned);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Buildkite-Version")).isEqualTo("2026-08-01"));
  }

  @Test
  void theRawEscapeHatchWorksAsyncToo() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v2/user")).willReturn(okJson("{\"id\":\"u\",\"name\":\"Ada\"}")));
    BuildkiteAsyncClient async = client(scheduler).async();

    Response<com.fasterxml.jackson.databind.JsonNode> user = await(async.send(ApiRequest.builder("GET", "/v2/user").build(),
        com.fasterxml.jackson.databind.JsonNode.class));

    assertThat(user.value().path("name").asText()).isEqualTo("Ada");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
  }
}
