package io.github.bksdk.buildkite.tests;

import static io.github.bksdk.buildkite.internal.AdaptiveRateLimiter.ORGANIZATION;
import static io.github.bksdk.buildkite.internal.AdaptiveRateLimiter.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.bksdk.buildkite.internal.AdaptiveRateLimiter;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The adaptive limiter on an injected clock: no delay while plenty remains, a spacing that grows as Remaining falls,
 * the remaining requests spread over the time to the reset and never more than remain, a wait for the reset when a
 * bucket is empty, separate organization and user buckets, a lower rate after a 429 for the named bucket that
 * recovers over about a minute, bounded reservations that take nothing, and the policy that switches it on.
 */
class AdaptiveRateLimiterTest {
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
  private final JwtTestKeys.MutableClock clock = new JwtTestKeys.MutableClock(T0);

  private AdaptiveRateLimiter limiter() {
    return new AdaptiveRateLimiter(RateLimitPolicy.adaptive(), clock);
  }

  /** Headers of one answer: pairs of name and value, read case-insensitively like Feign's. */
  private static Map<String, Collection<String>> headers(Object... pairs) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < pairs.length; i += 2) {
      headers.put((String) pairs[i], List.of(String.valueOf(pairs[i + 1])));
    }
    return headers;
  }

  private static Map<String, Collection<String>> user(long limit, long remaining, long reset) {
    return headers("RateLimit-User-Limit", limit, "RateLimit-User-Remaining", remaining, "RateLimit-User-Reset", reset,
        "RateLimit-Limit", 200, "RateLimit-Remaining", 199, "RateLimit-Reset", reset);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  @Test
  void noDelayWhileMoreThanHalfOfBothBucketsRemains() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, user(50, 45, 40), null);

    for (int i = 0; i < 10; i++) {
      assertThat(limiter.reserve()).isZero();
    }
    assertThat(limiter.estimatedRemaining(USER)).isEqualTo(35);
    assertThat(limiter.estimatedRemaining(ORGANIZATION)).isEqualTo(189);
  }

  @Test
  void theSpacingGrowsAsRemainingFalls() {
    List<Double> spacing = new ArrayList<>();
    for (long remaining : new long[] {26, 20, 14, 8, 4, 2}) {
      AdaptiveRateLimiter limiter = limiter();
      limiter.onResponse(200, user(50, remaining, 40), null);
      assertThat(limiter.reserve()).as("the first attempt after an answer goes at once").isZero();
      spacing.add(seconds(limiter.reserve()));
    }

    assertThat(spacing.get(0)).as("25 of 50 left after the first attempt: just at the threshold").isZero();
    for (int i = 1; i < spacing.size(); i++) {
      assertThat(spacing.get(i)).as("spacing at step " + i + " of " + spacing).isGreaterThan(spacing.get(i - 1));
    }
    // 11 reported, 10 left after one attempt: 40 s / 10 x (1 - 0.2 / 0.5) = 2.4 s.
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, user(50, 11, 40), null);
    limiter.reserve();
    assertThat(seconds(limiter.reserve())).isCloseTo(2.4, within(1e-6));
  }

  @Test
  void whatRemainsIsSpreadOverTheTimeToTheResetAndNothingBeyondIt() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, headers("RateLimit-Limit", 100, "RateLimit-Remaining", 10, "RateLimit-Reset", 30), null);

    List<Double> grants = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      grants.add(seconds(limiter.reserve()));   // all reserved at the same instant: each wait is a turn's offset
    }

    assertThat(grants.subList(0, 10)).as("the ten remaining requests, before the reset").allSatisfy(
        t -> assertThat(t).isLessThan(30.0));
    assertThat(grants.get(9)).as("spread, not a burst").isGreaterThan(20.0);
    assertThat(grants).isSorted();
    assertThat(grants.get(10)).as("the eleventh waits for the reset").isGreaterThanOrEqualTo(30.0);
  }

  @Test
  void anEmptyBucketWaitsForItsResetThenAssumesAFullOne() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, user(50, 0, 40), null);

    assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(40));
    assertThat(limiter.reserve()).as("behind the first, in the new window").isEqualTo(Duration.ofSeconds(40));
    clock.advance(40_000);
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.estimatedRemaining(USER)).isEqualTo(47);
  }

  @Test
  void theOrganizationAndUserBucketsAreSeparate() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, headers("RateLimit-Limit", 200, "RateLimit-Remaining", 0, "RateLimit-Reset", 25,
        "RateLimit-User-Limit", 50, "RateLimit-User-Remaining", 49, "RateLimit-User-Reset", 55), null);

    assertThat(limiter.reserve()).as("the organization bucket is empty").isEqualTo(Duration.ofSeconds(25));
    assertThat(limiter.estimatedRemaining(USER)).isEqualTo(48);
    assertThat(limiter.estimatedRemaining(ORGANIZATION)).as("a new assumed window").isEqualTo(199);
  }

  @Test
  void beforeAnyAnswerTheDocumentedLimitsAreAssumed() {
    AdaptiveRateLimiter limiter = limiter();
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      waits.add(limiter.reserve());
    }

    assertThat(waits.subList(0, 25)).as("half of the assumed 50 a minute at once").containsOnly(Duration.ZERO);
    assertThat(waits.get(49)).isLessThan(Duration.ofSeconds(60));
    assertThat(waits.get(50)).as("the 51st in the next assumed window").isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(new AdaptiveRateLimiter(RateLimitPolicy.adaptive(500, 5000), clock).reserve()).isZero();
  }

  @Test
  void answersNeverRaiseTheEstimateWithinAWindowButANewWindowResetsIt() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, user(50, 30, 40), null);
    for (int i = 0; i < 5; i++) {
      limiter.reserve();
    }
    limiter.onResponse(200, user(50, 29, 40), null);   // answer to a request sent before the five
    assertThat(limiter.estimatedRemaining(USER)).isEqualTo(25);
    limiter.onResponse(200, user(50, 20, 40), null);   // someone else used the token meanwhile
    assertThat(limiter.estimatedRemaining(USER)).isEqualTo(20);

    clock.advance(41_000);
    limiter.onResponse(200, user(50, 49, 59), null);   // a new window
    assertThat(limiter.estimatedRemaining(USER)).isEqualTo(49);
  }

  @Test
  void aBoundedReservationThatCannotBeMetTakesNothing() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, user(50, 0, 40), null);

    assertThat(limiter.tryReserve(Duration.ofSeconds(30))).isEmpty();
    assertThat(limiter.tryReserve(Duration.ofSeconds(40))).contains(Duration.ofSeconds(40));
    assertThat(limiter.estimatedRemaining(USER)).as("one attempt counted, in the new window").isEqualTo(49);
  }

  @Test
  void a429LowersTheRateOfTheNamedBucketAndItRecoversOverAMinute() {
    AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(RateLimitPolicy.adaptive(10_000, 10_000), clock);
    for (int i = 0; i < 40; i++) {                      // 10 requests a second for four seconds
      assertThat(limiter.reserve()).isZero();
      clock.advance(100);
    }

    limiter.onResponse(429, Map.of(), "rest_user");

    assertThat(limiter.rateCeiling(ORGANIZATION)).isEmpty();
    double throttled = limiter.rateCeiling(USER).orElseThrow();
    assertThat(throttled).as("0.7 x about 10 a second").isCloseTo(7.0, within(0.8));
    double first = seconds(limiter.reserve());
    double second = seconds(limiter.reserve());
    assertThat(first).as("the next attempt waits one turn of the lowered rate").isCloseTo(1 / throttled, within(0.01));
    assertThat(second - first).as("attempts spaced by the lowered rate").isCloseTo(1 / throttled, within(0.01));

    limiter.onResponse(429, Map.of(), "rest_user");     // an answer to a request already in flight
    assertThat(limiter.rateCeiling(USER).orElseThrow()).as("no second decrease within a second")
        .isCloseTo(throttled, within(0.01));

    clock.advance(30_000);
    double halfway = limiter.rateCeiling(USER).orElseThrow();
    clock.advance(30_000);
    double oneMinute = limiter.rateCeiling(USER).orElseThrow();
    assertThat(halfway).isBetween(throttled, oneMinute);
    assertThat(oneMinute).as("back at the throttled rate after a minute").isCloseTo(throttled / 0.7, within(0.01));
    clock.advance(90_000);
    assertThat(limiter.rateCeiling(USER)).as("lifted once it doubled").isEmpty();
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void a429WithoutABodyScopeThrottlesTheBucketThatIsEmpty() {
    AdaptiveRateLimiter limiter = limiter();
    limiter.reserve();
    limiter.onResponse(429, headers("RateLimit-Limit", 200, "RateLimit-Remaining", 0, "RateLimit-Reset", 12,
        "RateLimit-User-Limit", 50, "RateLimit-User-Remaining", 20, "RateLimit-User-Reset", 12), null);

    assertThat(limiter.rateCeiling(ORGANIZATION)).isPresent();
    assertThat(limiter.rateCeiling(USER)).isEmpty();
    assertThat(limiter.reserve()).as("the organization bucket waits for its reset").isEqualTo(Duration.ofSeconds(12));

    AdaptiveRateLimiter unknown = limiter();
    unknown.reserve();
    unknown.onResponse(429, Map.of(), null);
    assertThat(unknown.rateCeiling(ORGANIZATION)).isPresent();
    assertThat(unknown.rateCeiling(USER)).isPresent();
  }

  @Test
  void concurrentCallersNeverGetMoreTurnsBeforeTheResetThanRemain() throws Exception {
    AdaptiveRateLimiter limiter = limiter();
    limiter.onResponse(200, user(100, 100, 60), null);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Duration>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<Duration> mine = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            mine.add(limiter.reserve());
          }
          return mine;
        }));
      }
      start.countDown();
      long beforeReset = 0;
      for (Future<List<Duration>> result : results) {
        beforeReset += result.get(10, TimeUnit.SECONDS).stream().filter(d -> d.compareTo(Duration.ofSeconds(60)) < 0)
            .count();
      }
      assertThat(beforeReset).isEqualTo(100);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thePolicySwitchesTheAdaptiveModeOn() {
    RateLimitPolicy adaptive = RateLimitPolicy.adaptive();
    assertThat(adaptive.enabled()).isTrue();
    assertThat(adaptive.isAdaptive()).isTrue();
    assertThat(adaptive.slowDownBelow()).isEqualTo(0.5);
    assertThat(adaptive.userRequestsPerMinute()).isEqualTo(50);
    assertThat(adaptive.organizationRequestsPerMinute()).isEqualTo(200);
    assertThat(adaptive.slowDownBelow(0.3).isAdaptive()).isTrue();
    assertThat(adaptive).isNotEqualTo(RateLimitPolicy.documentedLimits()).isEqualTo(RateLimitPolicy.adaptive(50, 200));
    assertThat(adaptive.toString()).contains("adaptive");
    assertThat(RateLimitPolicy.documentedLimits().isAdaptive()).isFalse();
    assertThat(RateLimitPolicy.disabled().isAdaptive()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.adaptive(0, 10));
    assertThatIllegalArgumentException().isThrownBy(() -> limiter().rateCeiling("graphql")).withMessageContaining("scope");
    assertThatIllegalArgumentException().isThrownBy(() -> new AdaptiveRateLimiter(adaptive, null))
        .withMessageContaining("clock");
  }
}
