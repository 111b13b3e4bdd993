package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.BuildkiteIoException;
import io.github.bksdk.buildkite.errors.RateLimitException;
import io.github.bksdk.buildkite.errors.ServerException;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: injected transport faults and scripted status sequences against idempotent calls and a POST.
 * Waits are recorded by a {@link RecordingSleeper}, never slept.
 */
class RetryAndFaultTest extends WireMockTestBase {
  private static final String BUILD_JSON = "{\"id\":\"b\",\"url\":\"u\",\"number\":7,\"state\":\"passed\"}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private BuildkiteClient retrying() {
    return clientBuilder().sleeper(sleeper).readTimeout(Duration.ofSeconds(10)).build();
  }

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"status " + status + "\"}");
  }

  @ParameterizedTest(name = "GET recovers from {0}")
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
      "RANDOM_DATA_THEN_CLOSE"})
  void anIdempotentCallRecoversFromATransportFault(Fault fault) {
    script(BUILD_JSON, aResponse().withFault(fault));

    assertThat(retrying().builds().getBuild("acme", "app", 7).number()).isEqualTo(7);
    assertThat(requests()).isGreaterThanOrEqualTo(2);
    // Recovered within the retry budget (3 attempts, so at most 2 waits). The JDK client itself replays a GET once
    // when a connection dies before any response byte, and a connection WireMock broke can fail once more when
    // reused, so the number of SDK-level waits varies between 0 and 2.
    assertThat(sleeper.waits).hasSizeLessThan(3)
        .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(1000)));
  }

  @Test
  void anIdempotentCallRecoversFromAResponseSlowerThanTheReadTimeout() {
    script(BUILD_JSON, aResponse().withStatus(200).withFixedDelay(3000).withBody(BUILD_JSON));
    BuildkiteClient impatient = clientBuilder().sleeper(sleeper).readTimeout(Duration.ofMillis(300)).build();

    assertThat(impatient.builds().getBuild("acme", "app", 7).number()).isEqualTo(7);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void twoServiceUnavailableThenSuccessWithExponentialJitteredWaits() {
    script(BUILD_JSON, status(503), status(503));

    assertThat(retrying().builds().getBuild("acme", "app", 7).number()).isEqualTo(7);
    assertThat(requests()).isEqualTo(3);
    assertThat(sleeper.waits).hasSize(2);
    assertThat(sleeper.waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(sleeper.waits.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
  }

  @Test
  void aPutIsIdempotentAndRetriedOnBadGateway() {
    script(BUILD_JSON, status(502));

    assertThat(retrying().builds().cancelBuild("acme", "app", 7).number()).isEqualTo(7);
    assertThat(requests()).isEqualTo(2);
  }

  static Stream<Arguments> resetHeaders() {
    return Stream.of(
        Arguments.of("RateLimit-Reset", List.of("RateLimit-Reset", "3"), 3),
        Arguments.of("RateLimit-User-Reset", List.of("RateLimit-User-Reset", "4"), 4),
        Arguments.of("Retry-After", List.of("Retry-After", "5"), 5),
        Arguments.of("the largest of all three", List.of("RateLimit-Reset", "2", "RateLimit-User-Reset", "9",
            "Retry-After", "6"), 9));
  }

  @ParameterizedTest(name = "429 waits for {0}")
  @MethodSource("resetHeaders")
  void rateLimitedCallsWaitAsTheServerSays(String name, List<String> headers, int seconds) {
    ResponseDefinitionBuilder limited = status(429);
    for (int i = 0; i < headers.size(); i += 2) {
      limited.withHeader(headers.get(i), headers.get(i + 1));
    }
    script(BUILD_JSON, limited);

    assertThat(retrying().builds().getBuild("acme", "app", 7).number()).isEqualTo(7);
    assertThat(sleeper.waits).singleElement().satisfies(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds).plusMillis(1000)));
  }

  @Test
  void aPostIsRetriedAfterA429BecauseNothingWasDone() {
    script(BUILD_JSON, status(429).withHeader("RateLimit-Reset", "1"));

    Consumer<BuildkiteClient> create = c -> c.builds().createBuild("acme", "app",
        CreateBuildRequest.builder().commit("HEAD").branch("main").build());
    create.accept(retrying());

    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void aPostIsSentExactlyOnceWhenTheServerFails() {
    script(BUILD_JSON, status(503));

    ServerException e = catchThrowableOfType(ServerException.class, () -> retrying().builds().createBuild("acme", "app",
        CreateBuildRequest.builder().commit("HEAD").branch("main").build()));

    assertThat(requests()).isEqualTo(1);
    assertThat(e.getMessage()).contains("1 attempt: 503").contains("not retried: the request may already have taken effect");
    assertThat(sleeper.waits).isEmpty();
  }

  @ParameterizedTest(name = "POST is not retried after {0}")
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void aPostIsSentExactlyOnceWhenTheConnectionBreaks(Fault fault) {
    script(BUILD_JSON, aResponse().withFault(fault));

    catchThrowableOfType(BuildkiteIoException.class, () -> retrying().builds().createBuild("acme", "app",
        CreateBuildRequest.builder().commit("HEAD").branch("main").build()));

    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void aPostIsRetriedWhenTheConnectionWasRefused() throws Exception {
    int closedPort = closedPort();
    BuildkiteClient client = BuildkiteClient.builder().token(TOKEN).baseUrl("http://127.0.0.1:" + closedPort)
        .sleeper(sleeper).build();

    BuildkiteIoException e = catchThrowableOfType(BuildkiteIoException.class, () -> client.builds().createBuild("acme",
        "app", CreateBuildRequest.builder().commit("HEAD").branch("main").build()));

    assertThat(e.getMessage()).contains("3 attempts: ConnectException, ConnectException, ConnectException")
        .contains("all 3 attempts used").doesNotContain(TOKEN);
    assertThat(e.getSuppressed()).hasSize(2);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void theFinalErrorAfterExhaustedRetriesIsTypedAndTellsEveryAttempt() {
    script(BUILD_JSON, status(503), status(502), status(504));

    ServerException e = catchThrowableOfType(ServerException.class, () -> retrying().builds().getBuild("acme", "app", 7));

    assertThat(e.statusCode()).isEqualTo(504);
    assertThat(e.getMessage()).contains("3 attempts: 503, 502, 504").contains("all 3 attempts used");
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void aWaitLongerThanMaxBackoffIsNotMade() {
    script(BUILD_JSON, status(429).withHeader("RateLimit-Reset", "600"));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> retrying().builds().getBuild("acme", "app", 7));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(600));
    assertThat(e.getMessage()).contains("more than maxBackoff 60 s");
    assertThat(sleeper.waits).isEmpty();
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void aResetOfExactlyMaxBackoffIsWaitedForNotRefusedBecauseOfTheJitter() {
    for (int i = 0; i < 5; i++) {
      server.resetAll();
      sleeper.waits.clear();
      script(BUILD_JSON, status(429).withHeader("RateLimit-Reset", "60"));

      assertThat(retrying().builds().getBuild("acme", "app", 7).number()).isEqualTo(7);
      assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(60));
    }
  }

  @Test
  void theTotalWaitIsCapped() {
    script(BUILD_JSON, status(429).withHeader("RateLimit-Reset", "50"), status(429).withHeader("RateLimit-Reset", "50"));
    BuildkiteClient client = clientBuilder().sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().maxAttempts(5).maxTotalWait(Duration.ofSeconds(90)).build()).build();

    catchThrowableOfType(RateLimitException.class, () -> client.builds().getBuild("acme", "app", 7));

    assertThat(sleeper.waits).hasSize(1);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void aClientDerivedWithoutRetriesSendsOnce() {
    script(BUILD_JSON, status(503));

    BuildkiteClient once = retrying().withRetryPolicy(RetryPolicy.none());
    BuildkiteException e = catchThrowableOfType(ServerException.class, () -> once.builds().getBuild("acme", "app", 7));

    assertThat(requests()).isEqualTo(1);
    assertThat(e.getMessage()).doesNotContain("attempts used");
  }

  @Test
  void retriesSendFreshCredentialsEachAttempt() {
    script(BUILD_JSON, status(503));
    int[] signed = {0};
    BuildkiteClient client = clientBuilder().sleeper(sleeper).credentials(() -> "Bearer attempt-" + (++signed[0])).build();

    client.builds().getBuild("acme", "app", 7);

    assertThat(server.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer attempt-1", "Bearer attempt-2");
  }
}
