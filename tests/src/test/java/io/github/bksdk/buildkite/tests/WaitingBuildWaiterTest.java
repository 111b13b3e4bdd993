package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.waiting.BlockedPolicy;
import io.github.bksdk.buildkite.waiting.BuildBlockedException;
import io.github.bksdk.buildkite.waiting.BuildProgress;
import io.github.bksdk.buildkite.waiting.BuildWaitResult;
import io.github.bksdk.buildkite.waiting.WaitOptions;
import io.github.bksdk.buildkite.waiting.WaitOutcome;
import io.github.bksdk.buildkite.waiting.WaitTimeoutException;
import io.github.bksdk.buildkite.testkit.SimulatedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildWaiter against WireMock, on a fake clock: no test really sleeps. */
class WaitingBuildWaiterTest extends WireMockTestBase {
  private static final String BUILD = "/v2/organizations/acme/pipelines/app/builds/7";

  private final SimulatedTime time =
      SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));

  private BuildkiteClient waitingClient() {
    return clientBuilder().sleeper(time).clock(time).build();
  }

  static String build(String state, boolean blocked) {
    return "{\"id\":\"b7\",\"url\":\"u\",\"number\":7,\"state\":\"" + state + "\",\"blocked\":" + blocked + "}";
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** The slim polls answer these in order (the last one repeats); the full fetch answers with jobs. */
  static void stubPolls(List<ResponseDefinitionBuilder> answers, String finalState, boolean finalBlocked) {
    for (int i = 0; i < answers.size(); i++) {
      server.stubFor(get(urlPathEqualTo(BUILD)).withQueryParam("exclude_jobs", equalTo("true"))
          .withQueryParam("exclude_pipeline", equalTo("true"))
          .inScenario("polls").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll" + i)
          .willSetStateTo(i == answers.size() - 1 ? (i == 0 ? Scenario.STARTED : "poll" + i) : "poll" + (i + 1))
          .willReturn(answers.get(i)));
    }
    server.stubFor(get(urlPathEqualTo(BUILD)).withQueryParam("exclude_jobs", absent())
        .willReturn(json("{\"id\":\"b7\",\"url\":\"u\",\"number\":7,\"state\":\"" + finalState + "\",\"blocked\":"
            + finalBlocked + ",\"jobs\":[{\"id\":\"j1\",\"type\":\"script\",\"state\":\"" + "passed" + "\"}]}")));
  }

  static void stubStates(String finalState, boolean finalBlocked, String... states) {
    List<ResponseDefinitionBuilder> answers = new ArrayList<>();
    for (String s : states) {
      boolean blocked = s.endsWith("+blocked");
      answers.add(json(build(s.replace("+blocked", ""), blocked)));
    }
    stubPolls(answers, finalState, finalBlocked);
  }

  static int slimPolls() {
    return server.findAll(getRequestedFor(urlPathEqualTo(BUILD)).withQueryParam("exclude_jobs", equalTo("true"))
        .withQueryParam("exclude_pipeline", equalTo("true"))).size();
  }

  static int fullFetches() {
    return server.findAll(getRequestedFor(urlPathEqualTo(BUILD)).withQueryParam("exclude_jobs", absent())).size();
  }

  @Test
  void pollsSlimThroughFailingUntilFailedThenFetchesTheBuildWithJobs() {
    stubStates("failed", false, "scheduled", "running", "failing", "failed");
    List<BuildProgress> progress = new ArrayList<>();

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7,
        WaitOptions.builder().progress(progress::add).build());

    assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
    assertThat(result.passed()).isFalse();
    assertThat(result.build().state().asString()).isEqualTo("failed");
    assertThat(result.build().jobs()).extracting(j -> j.id()).containsExactly("j1");
    assertThat(result.polls()).isEqualTo(4);
    assertThat(slimPolls()).isEqualTo(4);
    assertThat(fullFetches()).isEqualTo(1);
    assertThat(progress).extracting(p -> p.state().asString())
        .containsExactly("scheduled", "running", "failing", "failed");
    assertThat(progress).extracting(BuildProgress::polls).containsExactly(1, 2, 3, 4);
    assertThat(progress).extracting(BuildProgress::elapsed).containsExactly(Duration.ZERO, Duration.ofSeconds(2),
        Duration.ofMillis(5000), Duration.ofMillis(9500));
    assertThat(time.waits()).as("2 s growing by 1.5").containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3),
        Duration.ofMillis(4500));
    assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(9500));
  }

  @Test
  void intervalStopsGrowingAtTheMaximum() {
    stubStates("passed", false, "running", "running", "running", "running", "running", "passed");

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7, WaitOptions.builder()
        .initialInterval(Duration.ofSeconds(10)).maxInterval(Duration.ofSeconds(30)).multiplier(2).build());

    assertThat(result.passed()).isTrue();
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
        Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Test
  void cancelingIsNotFinishedButCanceledIs() {
    stubStates("canceled", false, "running", "canceling", "canceling", "canceled");

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7, WaitOptions.defaults());

    assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
    assertThat(result.build().state().asString()).isEqualTo("canceled");
    assertThat(result.polls()).isEqualTo(4);
  }

  @Test
  void unknownStatesCountAsNotFinished() {
    stubStates("skipped", false, "some_future_state", "skipped");

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7, WaitOptions.defaults());

    assertThat(result.polls()).isEqualTo(2);
    assertThat(result.build().state().asString()).isEqualTo("skipped");
  }

  @Test
  void blockedBuildIsReturnedUnderReturnPolicy() {
    stubStates("passed", true, "running", "passed+blocked");

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7,
        WaitOptions.builder().blockedPolicy(BlockedPolicy.RETURN).build());

    assertThat(result.outcome()).as("blocked wins over the passed state it keeps").isEqualTo(WaitOutcome.BLOCKED);
    assertThat(result.passed()).isFalse();
    assertThat(result.build().blocked()).contains(true);
    assertThat(result.polls()).isEqualTo(2);
    assertThat(fullFetches()).isEqualTo(1);
  }

  @Test
  void blockedBuildIsWaitedOutUnderKeepWaiting() {
    stubStates("passed", false, "running", "running+blocked", "running+blocked", "running", "passed");
    List<Boolean> blocked = new ArrayList<>();

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7, WaitOptions.builder()
        .blockedPolicy(BlockedPolicy.KEEP_WAITING).progress(p -> blocked.add(p.blocked())).build());

    assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
    assertThat(result.passed()).isTrue();
    assertThat(blocked).containsExactly(false, true, true, false, false);
  }

  @Test
  void blockedBuildFailsUnderFailPolicyWithoutTheFullFetch() {
    stubStates("passed", true, "running", "blocked");

    BuildBlockedException e = catchThrowableOfType(BuildBlockedException.class, () -> waitingClient().buildWaiter()
        .await("acme", "app", 7, WaitOptions.builder().blockedPolicy(BlockedPolicy.FAIL).build()));

    assertThat(e.build().state().asString()).as("legacy state: blocked counts too").isEqualTo("blocked");
    assertThat(e.statusCode()).isZero();
    assertThat(e.getMessage()).contains("blocked").contains("2 polls");
    assertThat(fullFetches()).isZero();
  }

  @Test
  void timeoutThrowsWithTheLastBuildAndNeverSleepsPastTheDeadline() {
    stubStates("running", false, "running");

    WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class, () -> waitingClient().buildWaiter()
        .await("acme", "app", 7, WaitOptions.builder().timeout(Duration.ofSeconds(10))
            .initialInterval(Duration.ofSeconds(4)).multiplier(1).build()));

    assertThat(e.polls()).as("t=0, 4, 8 and the deadline 10").isEqualTo(4);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2));
    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(e.lastSeen()).hasValueSatisfying(b -> assertThat(((Build) b).state().asString()).isEqualTo("running"));
    assertThat(e.getMessage()).contains("did not finish within PT10S").contains("running");
    assertThat(fullFetches()).isZero();
  }

  @Test
  void rateLimitedPollWaitsForTheResetTheServerNames() {
    stubPolls(List.of(
        json(build("running", false)),
        aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("RateLimit-Reset", "42").withHeader("RateLimit-Remaining", "0")
            .withBody("{\"message\":\"You have exceeded your rate limit\",\"scope\":\"rest\",\"limit\":200,\"current\":201}"),
        json(build("passed", false))), "passed", false);
    BuildkiteClient client = clientBuilder().sleeper(time).clock(time).retryPolicy(RetryPolicy.none()).build();

    BuildWaitResult result = client.buildWaiter().await("acme", "app", 7,
        WaitOptions.builder().multiplier(1).build());

    assertThat(result.passed()).isTrue();
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(42));
    assertThat(result.polls()).as("the 429 is not a poll").isEqualTo(2);
  }

  @Test
  void lowRemainingBudgetSpreadsPollsOverTheWindow() {
    stubPolls(List.of(
        json(build("running", false)).withHeader("RateLimit-Limit", "200").withHeader("RateLimit-Remaining", "150")
            .withHeader("RateLimit-Reset", "60"),
        json(build("running", false)).withHeader("RateLimit-Limit", "200").withHeader("RateLimit-Remaining", "8")
            .withHeader("RateLimit-Reset", "40"),
        json(build("passed", false))), "passed", false);

    BuildWaitResult result = waitingClient().buildWaiter().await("acme", "app", 7,
        WaitOptions.builder().multiplier(1).build());

    assertThat(result.passed()).isTrue();
    assertThat(time.waits()).as("plenty left: the interval; 8 of 200 left: 40 s spread over 4 polls")
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  @Test
  void createAndWaitPostsOnceThenWaitsOnTheNewNumber() {
    server.stubFor(post(urlPathEqualTo("/v2/organizations/acme/pipelines/app/builds"))
        .willReturn(json(build("scheduled", false)).withStatus(201)));
    stubStates("passed", false, "running", "passed");

    BuildWaitResult result = waitingClient().buildWaiter().createAndWait("acme", "app",
        CreateBuildRequest.builder().commit("HEAD").branch("main").build(), WaitOptions.defaults());

    assertThat(result.passed()).isTrue();
    assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(anyUrl()))).hasSize(1);
    assertThat(slimPolls()).isEqualTo(2);
  }

  @Test
  void badArgumentsFailBeforeAnyRequest() {
    var waiter = waitingClient().buildWaiter();
    assertThatThrownBy(() -> waiter.await(" ", "app", 7, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orgSlug");
    assertThatThrownBy(() -> waiter.await("acme", "app", 7, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> WaitOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> WaitOptions.builder().initialInterval(Duration.ofSeconds(40)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInterval");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
