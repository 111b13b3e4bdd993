package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.ratelimit.RateLimitPolicy;
import io.github.bksdk.buildkite.ratelimit.RateLimitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The optional client-side limiter and the rate-limit state users can read. */
class RateLimiterTest extends WireMockTestBase {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private void answer(String... headers) {
    var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"webhook_ips\":[]}");
    for (int i = 0; i < headers.length; i += 2) {
      response.withHeader(headers[i], headers[i + 1]);
    }
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  @Test
  void theLatestRateLimitStateIsReadable() {
    answer("RateLimit-Limit", "200", "RateLimit-Remaining", "150", "RateLimit-Reset", "40",
        "RateLimit-User-Limit", "50", "RateLimit-User-Remaining", "12", "RateLimit-User-Reset", "40");
    BuildkiteClient client = client();
    assertThat(client.rateLimitStatus()).isEqualTo(RateLimitStatus.unknown());

    client.meta().getMeta();

    RateLimitStatus status = client.rateLimitStatus();
    assertThat(status.organization()).hasValueSatisfying(w -> {
      assertThat(w.scope()).isEqualTo("rest");
      assertThat(w.limit()).isEqualTo(200);
      assertThat(w.remaining()).isEqualTo(150);
      assertThat(w.reset()).isEqualTo(Duration.ofSeconds(40));
    });
    assertThat(status.user()).hasValueSatisfying(w -> {
      assertThat(w.scope()).isEqualTo("rest_user");
      assertThat(w.remaining()).isEqualTo(12);
    });
  }

  @Test
  void aWindowMissingFromTheLatestResponseKeepsWhatAnEarlierOneReported() {
    JwtTestKeys.MutableClock clock = new JwtTestKeys.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    BuildkiteClient client = clientBuilder().clock(clock).build();
    answer("RateLimit-Limit", "200", "RateLimit-Remaining", "150", "RateLimit-Reset", "40",
        "RateLimit-User-Limit", "50", "RateLimit-User-Remaining", "12", "RateLimit-User-Reset", "40");
    client.meta().getMeta();
    clock.advance(7_000);
    answer("RateLimit-Limit", "200", "RateLimit-Remaining", "149", "RateLimit-Reset", "33");
    client.meta().getMeta();

    RateLimitStatus status = client.rateLimitStatus();
    assertThat(status.organization()).hasValueSatisfying(w -> {
      assertThat(w.remaining()).isEqualTo(149);
      assertThat(w.reset()).isEqualTo(Duration.ofSeconds(33));
      assertThat(w.observedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:07Z"));
    });
    assertThat(status.user()).hasValueSatisfying(w -> {
      assertThat(w.remaining()).isEqualTo(12);
      assertThat(w.observedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    });
  }

  @Test
  void theLimiterHoldsTheCallThatExceedsTheWindow() {
    answer();
    BuildkiteClient client = clientBuilder().sleeper(sleeper).rateLimit(RateLimitPolicy.perMinute(3, 200)).build();

    for (int i = 0; i < 3; i++) {
      client.meta().getMeta();
    }
    assertThat(sleeper.waits).isEmpty();
    client.meta().getMeta();

    assertThat(sleeper.waits).singleElement().satisfies(wait ->
        assertThat(wait).isGreaterThan(Duration.ofSeconds(50)).isLessThanOrEqualTo(Duration.ofSeconds(60)));
  }

  @Test
  void theLimiterSlowsDownWhenFewRequestsRemain() {
    answer("RateLimit-User-Limit", "50", "RateLimit-User-Remaining", "3", "RateLimit-User-Reset", "40");
    Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    BuildkiteClient client = clientBuilder().sleeper(sleeper).clock(frozen)
        .rateLimit(RateLimitPolicy.documentedLimits()).build();

    client.meta().getMeta();
    assertThat(sleeper.waits).isEmpty();
    client.meta().getMeta();

    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void theLimiterIsOffByDefaultAndPoliciesValidateTheirInput() {
    answer("RateLimit-User-Limit", "50", "RateLimit-User-Remaining", "0", "RateLimit-User-Reset", "40");
    BuildkiteClient client = clientBuilder().sleeper(sleeper).build();

    client.meta().getMeta();
    client.meta().getMeta();

    assertThat(sleeper.waits).isEmpty();
    assertThat(RateLimitPolicy.disabled().enabled()).isFalse();
    assertThat(RateLimitPolicy.documentedLimits().userRequestsPerMinute()).isEqualTo(50);
    assertThat(RateLimitPolicy.documentedLimits().organizationRequestsPerMinute()).isEqualTo(200);
    assertThatThrownBy(() -> RateLimitPolicy.perMinute(0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RateLimitPolicy.documentedLimits().slowDownBelow(2))
        .hasMessageContaining("slowDownBelow");
  }
}
