package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.bksdk.buildkite.tests.WaitingBuildWaiterTest.build;
import static io.github.bksdk.buildkite.tests.WaitingBuildWaiterTest.fullFetches;
import static io.github.bksdk.buildkite.tests.WaitingBuildWaiterTest.json;
import static io.github.bksdk.buildkite.tests.WaitingBuildWaiterTest.slimPolls;
import static io.github.bksdk.buildkite.tests.WaitingBuildWaiterTest.stubPolls;
import static io.github.bksdk.buildkite.tests.WaitingBuildWaiterTest.stubStates;
import static io.github.bksdk.buildkite.tests.Futures.await;
import static io.github.bksdk.buildkite.tests.Futures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.CreateBuildRequest;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.waiting.AsyncBuildWaiter;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The async build waiter against WireMock: the same decisions as the blocking waiter (checked with the same stubs and
 * the same expected waits), with every wait between polls going through the client's {@link Scheduler} on a fake
 * clock, so nothing sleeps and no thread is held between polls.
 */
class WaitingAsyncBuildWaiterTest extends WireMockTestBase {
  private final SimulatedTime time =
      SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeScheduler scheduler = new FakeScheduler(time);

  private AsyncBuildWaiter waiter(RetryPolicy retries) {
    BuildkiteClient client = clientBuilder().scheduler(scheduler).clock(time).sleeper(time).retryPolicy(retries)
        .build();
    return client.async().buildWaiter();
  }

  private AsyncBuildWaiter waiter() {
    return waiter(RetryPolicy.defaults());
  }

  @Test
  void pollsSlimUntilFailedOnTheSchedulerThenFetchesTheBuildWithJobs() throws Exception {
    stubStates("failed", false, "scheduled", "running", "failing", "failed");
    List<BuildProgress> progress = new ArrayList<>();

    BuildWaitResult result = await(waiter().await("acme", "app", 7,
        WaitOptions.builder().progress(progress::add).build()));

    assertThat(result.outcome()).isEqualTo(WaitOutcome.FINISHED);
    assertThat(result.build().state().asString()).isEqualTo("failed");
    assertThat(result.build().jobs()).extracting(j -> j.id()).containsExactly("j1");
    assertThat(result.polls()).isEqualTo(4);
    assertThat(slimPolls()).isEqualTo(4);
    assertThat(fullFetches()).isEqualTo(1);
    assertThat(progress).extracting(p -> p.state().asString())
        .containsExactly("scheduled", "running", "failing", "failed");
    assertThat(time.waits()).as("the same waits as the blocking waiter, scheduled instead of slept")
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
    assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(9500));
  }

  @Test
  void aRateLimitedPollWaitsForTheResetTheServerNames() throws Exception {
    stubPolls(List.of(
        json(build("running", false)),
        aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("RateLimit-Reset", "42").withHeader("RateLimit-Remaining", "0")
            .withBody("{\"message\":\"You have exceeded your rate limit\",\"scope\":\"rest\",\"limit\":200,\"current\":201}"),
        json(build("passed", false))), "passed", false);

    BuildWaitResult result = await(waiter(RetryPolicy.none()).await("acme", "app", 7,
        WaitOptions.builder().multiplier(1).build()));

    assertThat(result.passed()).isTrue();
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(42));
    assertThat(result.polls()).as("the 429 is not a poll").isEqualTo(2);
  }

  @Test
  void aBlockedBuildFailsTheFutureUnderTheFailPolicy() {
    stubStates("running", true, "running", "running+blocked");

    Throwable thrown = failure(waiter().await("acme", "app", 7,
        WaitOptions.builder().blockedPolicy(BlockedPolicy.FAIL).build()));

    assertThat(thrown).isInstanceOf(BuildBlockedException.class).hasMessageContaining("blocked");
    assertThat(fullFetches()).isZero();
  }

  @Test
  void theTimeoutFailsTheFutureAndNoWaitPassesTheDeadline() {
    stubStates("running", false, "running");

    Throwable thrown = failure(waiter().await("acme", "app", 7, WaitOptions.builder()
        .timeout(Duration.ofSeconds(10)).initialInterval(Duration.ofSeconds(4)).multiplier(1).build()));

    assertThat(thrown).isInstanceOf(WaitTimeoutException.class).hasMessageContaining("did not finish within PT10S");
    assertThat(((WaitTimeoutException) thrown).polls()).isEqualTo(4);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2));
  }

  @Test
  void cancellingDropsThePendingWaitAndNoFurtherPollIsSent() throws Exception {
    stubStates("passed", false, "running", "passed");
    scheduler.holding = true;

    CompletableFuture<BuildWaitResult> wait = waiter().await("acme", "app", 7, WaitOptions.defaults());
    assertThat(scheduler.firstHeld.await(10, TimeUnit.SECONDS)).as("the wait after the first poll is scheduled").isTrue();
    assertThat(scheduler.held).hasSize(1);

    assertThat(wait.cancel(true)).isTrue();
    assertThat(scheduler.heldCancelled.await(10, TimeUnit.SECONDS)).as("the scheduled wait was cancelled").isTrue();
    scheduler.held.get(0).run();                    // even if the timer fired now, the wait is over

    assertThat(wait).isCancelled();
    assertThat(scheduler.held.get(0).isCancelled()).isTrue();
    assertThat(slimPolls()).as("no poll after the cancel").isEqualTo(1);
    assertThat(fullFetches()).isZero();
  }

  @Test
  void createAndWaitPostsOnceThenWaitsOnTheNewNumber() throws Exception {
    server.stubFor(post(urlPathEqualTo("/v2/organizations/acme/pipelines/app/builds"))
        .willReturn(json(build("scheduled", false)).withStatus(201)));
    stubStates("passed", false, "running", "passed");

    BuildWaitResult result = await(waiter().createAndWait("acme", "app",
        CreateBuildRequest.builder().commit("HEAD").branch("main").build(), WaitOptions.defaults()));

    assertThat(result.passed()).isTrue();
    assertThat(server.findAll(postRequestedFor(anyUrl()))).hasSize(1);
    assertThat(slimPolls()).isEqualTo(2);
  }

  @Test
  void badArgumentsThrowAtOnceBeforeAnyRequest() {
    AsyncBuildWaiter waiter = waiter();
    assertThatThrownBy(() -> waiter.await(" ", "app", 7, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orgSlug");
    assertThatThrownBy(() -> waiter.await("acme", "app", 7, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> waiter.createAndWait("acme", "app", null, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
