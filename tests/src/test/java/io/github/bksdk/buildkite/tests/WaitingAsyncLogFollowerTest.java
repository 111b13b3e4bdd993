package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.bksdk.buildkite.tests.WaitingLogFollowerTest.job;
import static io.github.bksdk.buildkite.tests.WaitingLogFollowerTest.rangesAsked;
import static io.github.bksdk.buildkite.tests.WaitingLogFollowerTest.stubJobStates;
import static io.github.bksdk.buildkite.tests.WaitingLogFollowerTest.stubSizes;
import static io.github.bksdk.buildkite.tests.WaitingLogFollowerTest.stubTail;
import static io.github.bksdk.buildkite.tests.WaitingLogFollowerTest.tail;
import static io.github.bksdk.buildkite.tests.Futures.await;
import static io.github.bksdk.buildkite.tests.Futures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.retry.RetryPolicy;
import io.github.bksdk.buildkite.retry.Scheduler;
import io.github.bksdk.buildkite.services.async.JobsServiceAsync;
import io.github.bksdk.buildkite.waiting.AsyncBuildWaiter;
import io.github.bksdk.buildkite.waiting.AsyncJobLogFollower;
import io.github.bksdk.buildkite.waiting.JobLogFollower.LogFollowResult;
import io.github.bksdk.buildkite.waiting.WaitOptions;
import io.github.bksdk.buildkite.waiting.WaitTimeoutException;
import io.github.bksdk.buildkite.testkit.SimulatedTime;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The async log follower against WireMock: the same requests, bytes and waits as the blocking follower (the same
 * stubs as {@link WaitingLogFollowerTest}), with every wait between polls going through the client's
 * {@link Scheduler} on a fake clock; cancelling stops it.
 */
class WaitingAsyncLogFollowerTest extends WireMockTestBase {
  private static final String LOG = "/v2/organizations/acme/jobs/j1/log";

  private final SimulatedTime time =
      SimulatedTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeScheduler scheduler = new FakeScheduler(time);

  private AsyncJobLogFollower follower(RetryPolicy retries) {
    BuildkiteClient client = clientBuilder().scheduler(scheduler).clock(time).sleeper(time).retryPolicy(retries)
        .build();
    return client.async().buildWaiter().logFollower();
  }

  private AsyncJobLogFollower follower() {
    return follower(RetryPolicy.defaults());
  }

  @Test
  void copiesEachNewByteOnceWithTheBlockingFollowersWaitsScheduledInstead() throws Exception {
    stubJobStates("running", "running", "running", "passed");
    stubSizes(6, 6, 12, 16);
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-6")).inScenario("size")
        .whenScenarioStateIs("s1").willReturn(tail("hello ", 0, 6)));
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-6")).inScenario("size")
        .whenScenarioStateIs("s3").willReturn(tail("world!", 6, 12)));
    stubTail(4, tail(" ok\n", 12, 16));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    LogFollowResult result = await(follower().follow("acme", "j1", out, WaitOptions.builder().multiplier(1).build()));

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello world! ok\n");
    assertThat(result.bytes()).isEqualTo(16);
    assertThat(result.polls()).isEqualTo(4);
    assertThat(result.job().state()).hasValueSatisfying(s -> assertThat(s.asString()).isEqualTo("passed"));
    assertThat(rangesAsked()).as("nothing fetched when the size did not change").containsExactly(
        "bytes=-6", "bytes=-6", "bytes=-4");
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void aLogThatGrewAfterTheSizeCheckIsReadWiderAndTextArrivesWhole() throws Exception {
    byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);   // 3 bytes, split over two polls below
    stubJobStates("running", "passed");
    stubTail(10, tail("3456789ABC", 5, 15));                     // 5 more bytes arrived after the HEAD
    stubTail(15, aResponse().withStatus(206).withHeader("Content-Range", "bytes 0-14/15")
        .withBody(concat("0123456789ABC".getBytes(StandardCharsets.UTF_8), new byte[] {euro[0], euro[1]}, new byte[] {})));
    server.stubFor(get(urlPathEqualTo(LOG)).withHeader("Range", equalTo("bytes=-1")).willReturn(aResponse()
        .withStatus(206).withHeader("Content-Range", "bytes 15-15/16").withBody(new byte[] {euro[2]})));
    stubSizes(10, 16);
    List<String> text = new CopyOnWriteArrayList<>();

    LogFollowResult result = await(follower().follow("acme", "j1", (Consumer<String>) text::add,
        WaitOptions.defaults()));

    assertThat(String.join("", text)).isEqualTo("0123456789ABC\u20ac");
    assertThat(text).as("the split character is held back, not mangled").doesNotContain("\ufffd");
    assertThat(result.bytes()).isEqualTo(16);
    assertThat(rangesAsked()).containsExactly("bytes=-10", "bytes=-15", "bytes=-1");
  }

  @Test
  void aRateLimitedPollWaitsForTheResetAndAnEmptyLogIsNotAnError() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v2/organizations/acme/jobs/j1")).inScenario("job")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited").willReturn(job("running")));
    server.stubFor(get(urlPathEqualTo("/v2/organizations/acme/jobs/j1")).inScenario("job")
        .whenScenarioStateIs("limited").willSetStateTo("done").willReturn(aResponse().withStatus(429)
            .withHeader("Content-Type", "application/json").withHeader("RateLimit-Reset", "42")
            .withHeader("RateLimit-Remaining", "0")
            .withBody("{\"message\":\"You have exceeded your rate limit\",\"scope\":\"rest\"}")));
    server.stubFor(get(urlPathEqualTo("/v2/organizations/acme/jobs/j1")).inScenario("job")
        .whenScenarioStateIs("done").willReturn(job("passed")));
    stubSizes(3);
    stubTail(3, aResponse().withStatus(416).withHeader("Content-Range", "bytes */0"));

    LogFollowResult result = await(follower(RetryPolicy.none()).follow("acme", "j1", new ByteArrayOutputStream(),
        WaitOptions.builder().multiplier(1).build()));

    assertThat(result.bytes()).as("416: the log was empty after all").isZero();
    assertThat(result.polls()).as("the 429 is not a poll").isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(42));
  }

  @Test
  void theTimeoutFailsTheFutureAndNoWaitPassesTheDeadline() {
    stubJobStates("running");
    stubSizes(0);

    Throwable thrown = failure(follower().follow("acme", "j1", new ByteArrayOutputStream(),
        WaitOptions.builder().timeout(Duration.ofSeconds(5)).build()));

    assertThat(thrown).isInstanceOf(WaitTimeoutException.class).hasMessageContaining("did not finish within PT5S");
    assertThat(((WaitTimeoutException) thrown).polls()).isEqualTo(3);   // t=0, 2, 5
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    assertThat(rangesAsked()).as("an empty log is never fetched").isEmpty();
  }

  @Test
  void cancellingDropsThePendingWaitAndNoFurtherRequestIsSent() throws Exception {
    stubJobStates("running", "passed");
    stubSizes(0);
    scheduler.holding = true;

    CompletableFuture<LogFollowResult> follow = follower().follow("acme", "j1", new ByteArrayOutputStream(),
        WaitOptions.defaults());
    assertThat(scheduler.firstHeld.await(10, TimeUnit.SECONDS)).as("the wait after the first poll is scheduled").isTrue();
    int requests = server.findAll(anyRequestedFor(anyUrl())).size();

    assertThat(follow.cancel(true)).isTrue();
    assertThat(scheduler.heldCancelled.await(10, TimeUnit.SECONDS)).as("the scheduled wait was cancelled").isTrue();
    scheduler.held.get(0).run();                    // even if the timer fired now, the follow is over

    assertThat(scheduler.held.get(0).isCancelled()).isTrue();
    assertThat(requests).as("one getJob and one HEAD before the wait").isEqualTo(2);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("no request after the cancel").hasSize(requests);
  }

  @Test
  void cancellingCancelsTheRequestInFlight() {
    List<CompletableFuture<?>> calls = new ArrayList<>();
    JobsServiceAsync jobs = (JobsServiceAsync) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {JobsServiceAsync.class}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "jobs" : null;
          }
          CompletableFuture<Object> call = new CompletableFuture<>();   // an answer that never comes
          calls.add(call);
          return call;
        });
    AsyncJobLogFollower follower = AsyncJobLogFollower.create(jobs, scheduler, time);

    CompletableFuture<LogFollowResult> follow = follower.follow("acme", "j1", text -> { }, WaitOptions.defaults());
    assertThat(calls).as("the first getJob is in flight").hasSize(1);
    follow.cancel(true);

    assertThat(follow).isCancelled();
    assertThat(calls.get(0)).as("the request in flight was cancelled (which aborts its exchange)").isCancelled();
    assertThat(calls).as("no further request").hasSize(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void badArgumentsThrowAtOnceBeforeAnyRequest() {
    AsyncJobLogFollower follower = follower();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> follower.follow(" ", "j1", out, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orgSlug");
    assertThatThrownBy(() -> follower.follow("acme", null, out, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobId");
    assertThatThrownBy(() -> follower.follow("acme", "j1", (ByteArrayOutputStream) null, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> follower.follow("acme", "j1", (Consumer<String>) null, WaitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> follower.follow("acme", "j1", out, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> AsyncBuildWaiter.create(null, null, scheduler, time))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("builds");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
