package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.auth.IssuedToken;
import io.github.bksdk.buildkite.auth.RefreshableCredentials;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.ServerException;
import io.github.bksdk.buildkite.errors.UnauthorizedException;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.retry.RetryBudgetSettings;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.testkit.SimulatedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The retry budget, the 401 refresh and the adaptive limiter inside the transport chain, on the wire: the budget is
 * shared across calls and refilled by healthy answers, a rejected refreshable token is replaced and the request sent
 * once more (never in a loop), and the adaptive limiter waits for an exhausted bucket's reset before sending.
 */
class ChainWiringTest extends WireMockTestBase {
  private static final String ACCESS_TOKEN = "/v2/access-token";
  private static final String TOKEN_JSON = "{\"uuid\":\"t\",\"scopes\":[]}";

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  private static BuildkiteClient budgeted(RetryBudgetSettings budget) {
    return clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(3).retryBudget(budget).build()).build();
  }

  @Test
  void anOutageDrainsTheSharedBudgetAndHealthyAnswersRefillIt() {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(503)));
    BuildkiteClient client = budgeted(RetryBudgetSettings.builder().capacity(10).retryCost(5).successRefund(1).build());

    catchThrowableOfType(ServerException.class, () -> client.accessToken().getAccessToken());
    assertThat(requests()).as("two retries paid for").isEqualTo(3);

    ServerException refused = catchThrowableOfType(ServerException.class, () -> client.accessToken().getAccessToken());
    assertThat(requests()).as("no retry: the budget is empty").isEqualTo(4);
    assertThat(refused.getMessage()).contains("retry budget exhausted");

    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(okJson(TOKEN_JSON)));
    for (int i = 0; i < 5; i++) {
      client.withOptions(client.options()).accessToken().getAccessToken();   // derived clients share the budget
    }
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(503)));
    int before = requests();
    catchThrowableOfType(ServerException.class, () -> client.accessToken().getAccessToken());
    assertThat(requests() - before).as("five successes paid for one retry").isEqualTo(2);
  }

  @Test
  void ioFailuresCostMoreAndADisabledBudgetRetriesAsBefore() {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    BuildkiteClient client = budgeted(RetryBudgetSettings.builder().capacity(10).retryCost(5).ioRetryCost(10).build());

    catchThrowableOfType(BuildkiteIoException.class, () -> client.accessToken().getAccessToken());
    int firstCall = requests();
    BuildkiteIoException refused = catchThrowableOfType(BuildkiteIoException.class,
        () -> client.accessToken().getAccessToken());
    assertThat(refused.getMessage()).contains("retry budget exhausted");
    // The JDK client may itself resend a GET once on a reset connection, so count in wire requests per attempt.
    int perAttempt = requests() - firstCall;
    assertThat(firstCall).as("one I/O retry takes the whole budget: two attempts").isEqualTo(2 * perAttempt);

    int before = requests();
    catchThrowableOfType(BuildkiteIoException.class,
        () -> budgeted(RetryBudgetSettings.disabled()).accessToken().getAccessToken());
    assertThat(requests() - before).as("three attempts").isEqualTo(3 * perAttempt);
  }

  @Test
  void aRejectedRefreshableTokenIsReplacedAndTheRequestSentOnceMore() {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Token expired\"}")));
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).withHeader("Authorization", equalTo("Bearer bktx_2"))
        .willReturn(okJson(TOKEN_JSON)));
    AtomicInteger issued = new AtomicInteger();
    BuildkiteClient client = BuildkiteClient.builder().baseUrl(server.baseUrl()).sleeper(NO_SLEEP)
        .credentials(RefreshableCredentials.of(() -> IssuedToken.of("bktx_" + issued.incrementAndGet()))).build();

    assertThat(client.accessToken().getAccessToken().uuid()).isEqualTo("t");
    assertThat(requests()).isEqualTo(2);
    assertThat(issued).hasValue(2);
  }

  @Test
  void aPostRejectedWith401IsSentOnceMoreWithItsBody() {
    String path = "/v2/organizations/acme/pipelines/web/builds";
    server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(401)));
    server.stubFor(post(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer bktx_2"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"number\":7,\"state\":\"scheduled\"}")));
    AtomicInteger issued = new AtomicInteger();
    BuildkiteClient client = BuildkiteClient.builder().baseUrl(server.baseUrl()).sleeper(NO_SLEEP)
        .credentials(RefreshableCredentials.of(() -> IssuedToken.of("bktx_" + issued.incrementAndGet()))).build();

    client.builds().createBuild("acme", "web", CreateBuildRequest.builder().commit("HEAD").branch("main").build());

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(path)))).hasSize(2)
        .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("\"branch\":\"main\""));
  }

  @Test
  void a401ThatPersistsIsReportedAfterOneMoreAttemptAndStaticTokensAreNotRetried() {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(401)));
    AtomicInteger issued = new AtomicInteger();
    BuildkiteClient refreshing = BuildkiteClient.builder().baseUrl(server.baseUrl()).sleeper(NO_SLEEP)
        .credentials(RefreshableCredentials.of(() -> IssuedToken.of("bktx_" + issued.incrementAndGet()))).build();

    catchThrowableOfType(UnauthorizedException.class, () -> refreshing.accessToken().getAccessToken());
    assertThat(requests()).isEqualTo(2);
    catchThrowableOfType(UnauthorizedException.class, () -> refreshing.accessToken().getAccessToken());
    assertThat(requests()).as("the replacement was rejected too: not replaced again within 10 s").isEqualTo(3);
    assertThat(issued).hasValue(2);

    catchThrowableOfType(UnauthorizedException.class, () -> client().accessToken().getAccessToken());
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void theAdaptiveLimiterWaitsForAnExhaustedBucketToReset() {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(okJson(TOKEN_JSON)
        .withHeader("RateLimit-User-Limit", "50").withHeader("RateLimit-User-Remaining", "0")
        .withHeader("RateLimit-User-Reset", "30")));
    SimulatedTime time =
        SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    BuildkiteClient client = clientBuilder().clock(time).sleeper(time).rateLimit(RateLimitPolicy.adaptive()).build();

    client.accessToken().getAccessToken();
    assertThat(time.waits()).as("nothing known before the first answer").isEmpty();
    client.accessToken().getAccessToken();
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void theAdaptiveLimiterSpreadsTheLastRequestsOfAWindow() {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(okJson(TOKEN_JSON)
        .withHeader("RateLimit-User-Limit", "50").withHeader("RateLimit-User-Remaining", "5")
        .withHeader("RateLimit-User-Reset", "40")));
    SimulatedTime time =
        SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    BuildkiteClient client = clientBuilder().clock(time).sleeper(time).rateLimit(RateLimitPolicy.adaptive()).build();

    for (int i = 0; i < 4; i++) {
      client.accessToken().getAccessToken();
    }
    assertThat(time.waits()).isNotEmpty()
        .allSatisfy(w -> assertThat(w).isPositive().isLessThan(Duration.ofSeconds(40)));
  }

  /** What an async call failed with, unwrapped. */
  private static Throwable asyncFailure(java.util.concurrent.CompletableFuture<?> future) throws Exception {
    try {
      future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the call did not fail");
  }

  @Test
  void theSyncAndAsyncClientsShareOneBudget() throws Exception {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(503)));
    BuildkiteClient client = clientBuilder().scheduler(RecordingScheduler.instant())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3)
            .retryBudget(RetryBudgetSettings.builder().capacity(10).retryCost(5).build()).build()).build();

    catchThrowableOfType(ServerException.class, () -> client.accessToken().getAccessToken());
    assertThat(requests()).isEqualTo(3);
    Throwable refused = asyncFailure(client.async().accessToken().getAccessToken());
    assertThat(refused).isInstanceOf(ServerException.class).hasMessageContaining("retry budget exhausted");
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void theAsyncClientReplacesARejectedTokenOnce() throws Exception {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(aResponse().withStatus(401)));
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).withHeader("Authorization", equalTo("Bearer bktx_2"))
        .willReturn(okJson(TOKEN_JSON)));
    AtomicInteger issued = new AtomicInteger();
    BuildkiteClient client = BuildkiteClient.builder().baseUrl(server.baseUrl()).sleeper(NO_SLEEP)
        .scheduler(RecordingScheduler.instant())
        .credentials(RefreshableCredentials.of(() -> IssuedToken.of("bktx_" + issued.incrementAndGet()))).build();

    assertThat(client.async().accessToken().getAccessToken().get(10, TimeUnit.SECONDS).uuid()).isEqualTo("t");
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void theAsyncClientSchedulesTheAdaptiveLimitersWait() throws Exception {
    server.stubFor(get(urlEqualTo(ACCESS_TOKEN)).willReturn(okJson(TOKEN_JSON)
        .withHeader("RateLimit-User-Limit", "50").withHeader("RateLimit-User-Remaining", "0")
        .withHeader("RateLimit-User-Reset", "30")));
    SimulatedTime time =
        SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    RecordingScheduler scheduler = RecordingScheduler.instant();
    BuildkiteClient client = clientBuilder().clock(time).sleeper(time).scheduler(scheduler)
        .rateLimit(RateLimitPolicy.adaptive()).build();

    client.accessToken().getAccessToken();                                   // the sync client learns ...
    client.async().accessToken().getAccessToken().get(10, TimeUnit.SECONDS); // ... and the async one waits
    assertThat(scheduler.delays).containsExactly(Duration.ofSeconds(30));
    assertThat(time.waits()).isEmpty();
  }
}
