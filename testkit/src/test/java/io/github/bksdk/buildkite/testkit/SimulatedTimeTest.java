package io.github.bksdk.buildkite.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.model.Build;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.waiting.WaitOptions;
import io.github.bksdk.buildkite.waiting.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Simulated time: a clock that the client's own waits move, for the sync sleeper and the async scheduler alike. */
@BuildkiteTest
class SimulatedTimeTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void waitsAreRecordedAndMoveTheClockWithoutSleeping() {
    SimulatedTime time = SimulatedTime.startingAt(START);

    time.sleep(Duration.ofSeconds(42));
    time.sleep(Duration.ZERO);
    time.sleep(Duration.ofMillis(-5));
    time.advance(Duration.ofMinutes(1));
    AtomicInteger ran = new AtomicInteger();
    Future<?> handle = time.schedule(Duration.ofSeconds(3), ran::incrementAndGet);

    assertThat(ran).hasValue(1);
    assertThat(handle).isDone();
    assertThat(time.waits()).as("zero and negative waits return at once, unrecorded; advance is not a wait")
        .containsExactly(Duration.ofSeconds(42), Duration.ofSeconds(3));
    assertThat(time.totalWait()).isEqualTo(Duration.ofSeconds(45));
    assertThat(time.instant()).isEqualTo(START.plusSeconds(105));
    assertThat(time.millis()).isEqualTo(START.plusSeconds(105).toEpochMilli());
    assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> SimulatedTime.startingAt(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start");
  }

  @Test
  void aRateLimitedCallWaitsTheResetOnTheSimulatedClock(FakeBuildkite fake) {
    SimulatedTime time = SimulatedTime.startingAt(START);
    fake.fail(Route.operation("getBuild"), Fault.rateLimited(Duration.ofSeconds(42)), 1);

    try (BuildkiteClient client = fake.clientBuilder(time).rateLimit(RateLimitPolicy.adaptive()).build()) {
      Build build = client.builds().getBuild("acme", "web-app", 2);

      assertThat(build.number()).isEqualTo(2);
      assertThat(time.waits()).first().satisfies(wait ->
          assertThat(wait).isBetween(Duration.ofSeconds(42), Duration.ofSeconds(43)));
      assertThat(time.instant()).isEqualTo(START.plus(time.totalWait()));
      assertThat(fake.sleeps()).as("the fake's record has the same waits").isEqualTo(time.waits());
    }
  }

  @Test
  void theAsyncClientsWaitsAreScheduledOnTheSimulatedTime(FakeBuildkite fake) throws Exception {
    SimulatedTime time = SimulatedTime.startingAt(START);
    fake.fail(Route.operation("getBuild"), Fault.rateLimited(Duration.ofSeconds(7)), 1);

    try (BuildkiteClient client = fake.clientBuilder(time).build()) {
      Build build = client.async().builds().getBuild("acme", "web-app", 2).get(10, TimeUnit.SECONDS);

      assertThat(build.number()).isEqualTo(2);
      assertThat(time.waits()).singleElement().satisfies(wait ->
          assertThat(wait).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8)));
    }
  }

  @Test
  void theInjectedClientsWaiterTimesOutInSimulatedTime(BuildkiteClient client, FakeBuildkite fake) {
    fake.script(BuildScript.of("acme", "web-app", 42).stages(BuildStage.RUNNING));   // never finishes
    Instant before = fake.time().instant();

    assertThatThrownBy(() -> client.buildWaiter().await("acme", "web-app", 42,
        WaitOptions.builder().timeout(Duration.ofMinutes(10)).build()))
        .isInstanceOf(WaitTimeoutException.class);

    Duration waited = fake.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(waited).as("ten minutes of polling, spent in milliseconds")
        .isGreaterThanOrEqualTo(Duration.ofMinutes(9)).isLessThanOrEqualTo(Duration.ofMinutes(10));
    assertThat(Duration.between(before, fake.time().instant())).isEqualTo(waited);
    assertThat(fake.requests("getBuild").size()).as("polls 2 s apart growing to 30 s, not a busy loop")
        .isBetween(20, 40);
  }

  @Test
  void theInjectedAsyncClientsWaitsAreSimulatedToo(BuildkiteClient client, FakeBuildkite fake) throws Exception {
    fake.fail(Route.operation("getBuild"), Fault.rateLimited(Duration.ofSeconds(30)), 1);

    Build build = client.async().builds().getBuild("acme", "web-app", 2).get(10, TimeUnit.SECONDS);

    assertThat(build.number()).isEqualTo(2);
    assertThat(fake.sleeps()).singleElement().satisfies(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31)));
  }
}
