package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.auth.BearerToken;
import io.github.bksdk.buildkite.auth.Credentials;
import io.github.bksdk.buildkite.auth.CredentialsException;
import io.github.bksdk.buildkite.auth.IssuedToken;
import io.github.bksdk.buildkite.auth.JwtCredentials;
import io.github.bksdk.buildkite.auth.RefreshableCredentials;
import io.github.bksdk.buildkite.auth.TokenIssuer;
import io.github.bksdk.buildkite.errors.BuildkiteException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials whose token expires: the issuer is asked once and its token cached, replaced within the configured
 * margin before expiry (half the lifetime for short-lived tokens), asked once per rejected token after a 401 (and not
 * again within ten seconds), by one thread at a time; failures become a CredentialsException free of secrets, and
 * the token refreshed before expiry is what goes on the wire.
 */
class RefreshableCredentialsTest extends WireMockTestBase {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  private final JwtTestKeys.MutableClock clock = new JwtTestKeys.MutableClock(T0);
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** An issuer that hands out token-1, token-2 ... each valid for the given lifetime from the clock's now. */
  private final class CountingIssuer implements TokenIssuer {
    final AtomicInteger calls = new AtomicInteger();
    private final Duration lifetime;

    CountingIssuer(Duration lifetime) {
      this.lifetime = lifetime;
    }

    @Override
    public IssuedToken issue() {
      int n = calls.incrementAndGet();
      return lifetime == null ? IssuedToken.of("bktx_token-" + n) : IssuedToken.of("bktx_token-" + n, clock.instant().plus(lifetime));
    }
  }

  private RefreshableCredentials credentials(TokenIssuer issuer) {
    return RefreshableCredentials.builder(issuer).clock(clock).build();
  }

  @Test
  void theIssuerIsAskedOnceAndItsTokenCached() {
    CountingIssuer issuer = new CountingIssuer(Duration.ofMinutes(5));
    RefreshableCredentials credentials = credentials(issuer);
    assertThat(issuer.calls).as("nothing is issued before the first request").hasValue(0);

    for (int i = 0; i < 5; i++) {
      assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-1");
    }
    assertThat(issuer.calls).hasValue(1);
  }

  @Test
  void theTokenIsReplacedWhenItIsWithinTheMarginOfItsExpiry() {
    CountingIssuer issuer = new CountingIssuer(Duration.ofMinutes(5));
    RefreshableCredentials credentials = credentials(issuer);
    credentials.authorizationHeader();

    clock.advance(Duration.ofMinutes(4).plusSeconds(29).plusMillis(999).toMillis());   // 30.001 s left
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-1");
    clock.advance(1);                                                                  // 30 s left: due
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-2");
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-2");
    assertThat(issuer.calls).hasValue(2);

    clock.advance(Duration.ofHours(1).toMillis());                                     // long expired
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-3");
  }

  @Test
  void aCustomMarginAndShortLivedTokensThatUseHalfTheirLifetime() {
    CountingIssuer longLived = new CountingIssuer(Duration.ofMinutes(10));
    RefreshableCredentials twoMinutes = RefreshableCredentials.builder(longLived)
        .refreshBeforeExpiry(Duration.ofMinutes(2)).clock(clock).build();
    twoMinutes.authorizationHeader();
    clock.advance(Duration.ofMinutes(8).minusMillis(1).toMillis());
    assertThat(twoMinutes.authorizationHeader()).isEqualTo("Bearer bktx_token-1");
    clock.advance(1);
    assertThat(twoMinutes.authorizationHeader()).isEqualTo("Bearer bktx_token-2");

    CountingIssuer shortLived = new CountingIssuer(Duration.ofSeconds(20));   // shorter than twice the 30 s margin
    RefreshableCredentials credentials = credentials(shortLived);
    credentials.authorizationHeader();
    clock.advance(9_999);
    assertThat(credentials.authorizationHeader()).as("not asked on every request").isEqualTo("Bearer bktx_token-1");
    clock.advance(1);
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-2");
  }

  @Test
  void aTokenWithoutExpiryIsKeptUntilTheApiRejectsIt() {
    CountingIssuer issuer = new CountingIssuer(null);
    RefreshableCredentials credentials = credentials(issuer);
    String first = credentials.authorizationHeader();
    clock.advance(Duration.ofDays(30).toMillis());
    assertThat(credentials.authorizationHeader()).isEqualTo(first);

    assertThat(credentials.refreshAfterUnauthorized(first)).isTrue();
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-2");
    assertThat(issuer.calls).hasValue(2);
  }

  @Test
  void aRejectedTokenIsReplacedOnceAndForcedReplacementsAreTenSecondsApart() {
    CountingIssuer issuer = new CountingIssuer(Duration.ofMinutes(5));
    RefreshableCredentials credentials = credentials(issuer);
    String first = credentials.authorizationHeader();

    assertThat(credentials.refreshAfterUnauthorized(first)).as("replaced: send once more").isTrue();
    assertThat(credentials.refreshAfterUnauthorized(first)).as("already replaced: send once more, no issuer call").isTrue();
    assertThat(issuer.calls).hasValue(2);

    String second = credentials.authorizationHeader();
    assertThat(second).isEqualTo("Bearer bktx_token-2");
    clock.advance(9_999);
    assertThat(credentials.refreshAfterUnauthorized(second)).as("the new token is rejected too: give up").isFalse();
    assertThat(issuer.calls).hasValue(2);

    clock.advance(1);
    assertThat(credentials.refreshAfterUnauthorized(second)).isTrue();
    assertThat(issuer.calls).hasValue(3);
    assertThat(credentials.refreshAfterUnauthorized(null)).isFalse();
    assertThat(credentials(issuer).refreshAfterUnauthorized("Bearer x")).as("nothing issued yet").isFalse();
  }

  @Test
  void anIssuerThatReturnsTheSameTokenAgainIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    RefreshableCredentials credentials = credentials(() -> {
      calls.incrementAndGet();
      return IssuedToken.of("bktx_same");
    });
    String header = credentials.authorizationHeader();

    assertThat(credentials.refreshAfterUnauthorized(header)).isFalse();
    assertThat(calls).hasValue(2);
  }

  @Test
  void staticCredentialsNeverAskForARetryAfterA401() {
    Credentials lambda = () -> "Bearer static";
    assertThat(lambda.refreshAfterUnauthorized("Bearer static")).isFalse();
    assertThat(BearerToken.of("bkua_abc").refreshAfterUnauthorized("Bearer bkua_abc")).isFalse();
  }

  @Test
  void sixteenThreadsWithoutATokenShareOneIssue() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    RefreshableCredentials credentials = credentials(() -> {
      calls.incrementAndGet();
      release.await(10, TimeUnit.SECONDS);       // hold the first issue until every thread has asked
      return IssuedToken.of("bktx_shared", clock.instant().plusSeconds(300));
    });
    CountDownLatch asked = new CountDownLatch(16);
    List<Future<String>> results = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      results.add(pool.submit(() -> {
        asked.countDown();
        return credentials.authorizationHeader();
      }));
    }
    assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();

    Set<String> distinct = new HashSet<>();
    for (Future<String> result : results) {
      distinct.add(result.get(10, TimeUnit.SECONDS));
    }
    assertThat(distinct).containsExactly("Bearer bktx_shared");
    assertThat(calls).hasValue(1);
  }

  @Test
  void sixteenThreadsRejectedWithTheSameTokenCauseOneIssue() throws Exception {
    CountingIssuer issuer = new CountingIssuer(Duration.ofMinutes(5));
    RefreshableCredentials credentials = credentials(issuer);
    String rejected = credentials.authorizationHeader();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      Callable<Boolean> task = () -> {
        start.await();
        return credentials.refreshAfterUnauthorized(rejected);
      };
      results.add(pool.submit(task));
    }
    start.countDown();
    for (Future<Boolean> result : results) {
      assertThat(result.get(10, TimeUnit.SECONDS)).as("every rejected request may be sent once more").isTrue();
    }
    assertThat(issuer.calls).as("the first issue and one replacement").hasValue(2);
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-2");
  }

  @Test
  void whileADueTokenIsBeingReplacedOtherThreadsKeepSendingItWithoutWaiting() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    RefreshableCredentials credentials = credentials(() -> {
      int n = calls.incrementAndGet();
      if (n == 2) {
        entered.countDown();
        release.await(10, TimeUnit.SECONDS);
      }
      return IssuedToken.of("bktx_token-" + n, clock.instant().plusSeconds(300));
    });
    credentials.authorizationHeader();
    clock.advance(280_000);                                    // 20 s left: due, still valid

    Future<String> replacing = pool.submit(credentials::authorizationHeader);
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(credentials.authorizationHeader()).as("no wait while the old token is valid")
        .isEqualTo("Bearer bktx_token-1");
    release.countDown();

    assertThat(replacing.get(10, TimeUnit.SECONDS)).isEqualTo("Bearer bktx_token-2");
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_token-2");
    assertThat(calls).hasValue(2);
  }

  @Test
  void issuerFailuresBecomeACredentialsExceptionThatQuotesNoSecret() {
    String secret = "bktx_SuperSecretValue123456";
    RefreshableCredentials failing = credentials(() -> {
      throw new IOException("exchange failed for " + secret);
    });

    CredentialsException e = catchThrowableOfType(CredentialsException.class, failing::authorizationHeader);

    assertThat(e).isInstanceOf(BuildkiteException.class);
    assertThat(e.statusCode()).isZero();
    assertThat(e.getMessage()).contains("token issuer failed", "IOException").doesNotContain(secret);
    assertThat(e.getCause()).isInstanceOf(IOException.class);

    CredentialsException none = catchThrowableOfType(CredentialsException.class, credentials(() -> null)::authorizationHeader);
    assertThat(none.getMessage()).contains("null");

    CredentialsException expired = catchThrowableOfType(CredentialsException.class,
        credentials(() -> IssuedToken.of(secret, clock.instant().minusSeconds(1)))::authorizationHeader);
    assertThat(expired.getMessage()).contains("already expired").doesNotContain(secret);

    CredentialsException runtime = catchThrowableOfType(CredentialsException.class,
        credentials(() -> {
          throw new IllegalStateException("vault sealed");
        })::authorizationHeader);
    assertThat(runtime.getMessage()).contains("IllegalStateException");
  }

  @Test
  void aFailedEarlyReplacementKeepsTheValidTokenThenFailsOnceItHasExpired() {
    AtomicInteger calls = new AtomicInteger();
    RefreshableCredentials credentials = credentials(() -> {
      if (calls.incrementAndGet() > 1) {
        throw new IOException("issuer down");
      }
      return IssuedToken.of("bktx_only", clock.instant().plusSeconds(300));
    });
    credentials.authorizationHeader();
    clock.advance(280_000);

    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer bktx_only");
    clock.advance(20_000);                                     // expired now
    catchThrowableOfType(CredentialsException.class, credentials::authorizationHeader);
    assertThat(calls).hasValue(3);
  }

  @Test
  void settingsAndDescriptionsHideTokens() {
    RefreshableCredentials credentials = RefreshableCredentials.of(() -> IssuedToken.of("bktx_hidden"));
    credentials.authorizationHeader();
    assertThat(credentials).hasToString("RefreshableCredentials[refreshBeforeExpiry=PT30S]");
    assertThat(credentials.refreshBeforeExpiry()).isEqualTo(RefreshableCredentials.DEFAULT_REFRESH_BEFORE_EXPIRY);
    assertThat(IssuedToken.of("bktx_hidden", T0)).hasToString("IssuedToken[redacted, expiresAt=" + T0 + "]");
    assertThat(IssuedToken.of("bktx_hidden").toString()).doesNotContain("bktx_hidden");
    assertThat(IssuedToken.of("bktx_hidden").expiresAt()).isEmpty();
    assertThat(IssuedToken.of("bktx_hidden").authorizationHeader()).isEqualTo("Bearer bktx_hidden");

    assertThatIllegalArgumentException().isThrownBy(() -> IssuedToken.of("has space"))
        .withMessageContaining("token").withMessageNotContaining("has space");
    assertThatIllegalArgumentException().isThrownBy(() -> IssuedToken.of(" ")).withMessageContaining("token");
    assertThatIllegalArgumentException().isThrownBy(() -> IssuedToken.of("x", null)).withMessageContaining("expiresAt");
    assertThatIllegalArgumentException().isThrownBy(() -> RefreshableCredentials.of(null)).withMessageContaining("issuer");
    assertThatIllegalArgumentException().isThrownBy(() -> RefreshableCredentials.builder(() -> null)
        .refreshBeforeExpiry(Duration.ofSeconds(-1))).withMessageContaining("refreshBeforeExpiry");
    assertThatIllegalArgumentException().isThrownBy(() -> RefreshableCredentials.builder(() -> null)
        .refreshBeforeExpiry(Duration.ofHours(2))).withMessageContaining("refreshBeforeExpiry");
    assertThatIllegalArgumentException().isThrownBy(() -> RefreshableCredentials.builder(() -> null).clock(null))
        .withMessageContaining("clock");
  }

  @Test
  void jwtCredentialsSignAgainAfterA401OnlyWhenThatGivesADifferentJwt() {
    JwtCredentials jwt = JwtCredentials.builder().tokenUuid(JwtTestKeys.TOKEN_UUID)
        .privateKey(JwtTestKeys.RSA_2048.getPrivate()).clock(clock).build();
    String first = jwt.authorizationHeader();

    assertThat(jwt.refreshAfterUnauthorized(first)).as("same second: the same JWT again, no retry").isFalse();
    clock.advance(10_000);
    assertThat(jwt.refreshAfterUnauthorized(first)).as("a new iat gives a new JWT").isTrue();
    String second = jwt.authorizationHeader();
    assertThat(second).isNotEqualTo(first);
    assertThat(jwt.refreshAfterUnauthorized(first)).as("already replaced").isTrue();
    assertThat(jwt.authorizationHeader()).isEqualTo(second);
  }

  @Test
  void onTheWireTheTokenRefreshedBeforeExpiryIsSent() {
    server.stubFor(get(urlEqualTo("/v2/access-token")).willReturn(okJson("{\"uuid\":\"t\",\"scopes\":[]}")));
    CountingIssuer issuer = new CountingIssuer(Duration.ofMinutes(2));
    BuildkiteClient client = BuildkiteClient.builder().credentials(credentials(issuer)).baseUrl(server.baseUrl())
        .sleeper(NO_SLEEP).build();

    client.accessToken().getAccessToken();
    client.accessToken().getAccessToken();
    clock.advance(90_000);                                     // 30 s before expiry
    client.accessToken().getAccessToken();

    List<String> sent = server.findAll(anyRequestedFor(urlEqualTo("/v2/access-token"))).stream()
        .map(LoggedRequest.class::cast).map(r -> r.getHeader("Authorization")).toList();
    assertThat(sent).containsExactly("Bearer bktx_token-1", "Bearer bktx_token-1", "Bearer bktx_token-2");
    assertThat(client.toString()).doesNotContain("bktx_token");
  }
}
