package io.github.bksdk.buildkite.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.bksdk.buildkite.tests.JwtTestKeys.RSA_2048;
import static io.github.bksdk.buildkite.tests.JwtTestKeys.TOKEN_UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.bksdk.buildkite.BuildkiteClient;
import io.github.bksdk.buildkite.auth.JwtCredentials;
import io.github.bksdk.buildkite.errors.UnauthorizedException;
import io.github.bksdk.buildkite.model.AccessToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Public-key (JWT) authentication on the wire: each accepted key form signs an RS256 JWT with exactly the claims
 * Buildkite documents, verifiable with the public key; the JWT is cached until its refresh point; bad settings are
 * rejected; nothing secret leaks through toString or error messages.
 */
class JwtCredentialsTest extends WireMockTestBase {
  /** A fixed time with a fractional second, to show that iat and exp are whole seconds taken by flooring. */
  private static final Instant NOW = Instant.parse("2025-07-16T06:07:42.750Z");
  private static final long NOW_SECONDS = NOW.getEpochSecond();
  private static final String ACCESS_TOKEN_JSON =
      "{\"uuid\":\"" + TOKEN_UUID + "\",\"scopes\":[\"read_builds\"],\"description\":\"Public key token\"}";

  @TempDir
  static Path keys;

  @BeforeEach
  void answerAccessToken() {
    server.stubFor(get(urlEqualTo("/v2/access-token")).willReturn(okJson(ACCESS_TOKEN_JSON)));
  }

  private static JwtCredentials.Builder jwt() {
    return JwtCredentials.builder().tokenUuid(TOKEN_UUID).privateKey(RSA_2048.getPrivate())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static BuildkiteClient clientWith(JwtCredentials credentials) {
    return BuildkiteClient.builder().credentials(credentials).baseUrl(server.baseUrl()).build();
  }

  /** Makes one authenticated call and returns the JWT the server saw. */
  private static String jwtOnTheWire(BuildkiteClient client) {
    int before = server.findAll(anyRequestedFor(anyUrl())).size();
    AccessToken token = client.accessToken().getAccessToken();
    assertThat(token.uuid()).isEqualTo(TOKEN_UUID);
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(before + 1);
    String header = requests.get(requests.size() - 1).getHeader("Authorization");
    assertThat(header).startsWith("Bearer ");
    String jwt = header.substring("Bearer ".length());
    assertThat(jwt).doesNotContain(" ").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    return jwt;
  }

  /** Verifies the signature with the public key (with nimbus and, independently, with the JDK) and returns the claims. */
  private static JWTClaimsSet verified(String jwt) throws Exception {
    SignedJWT parsed = SignedJWT.parse(jwt);
    assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(parsed.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(parsed.getHeader().getKeyID()).as("no kid is documented").isNull();
    assertThat(parsed.getHeader().toJSONObject().keySet()).containsExactlyInAnyOrder("alg", "typ");
    assertThat(parsed.verify(new RSASSAVerifier((RSAPublicKey) RSA_2048.getPublic()))).isTrue();

    String[] parts = jwt.split("\\.");
    Signature jdk = Signature.getInstance("SHA256withRSA");
    jdk.initVerify(RSA_2048.getPublic());
    jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(jdk.verify(Base64.getUrlDecoder().decode(parts[2]))).as("JDK verification of the RS256 signature").isTrue();

    return parsed.getJWTClaimsSet();
  }

  private static void assertClaims(JWTClaimsSet claims, long expectedIat, Duration lifetime) {
    assertThat(claims.getClaims().keySet()).as("only iss, iat and exp; no aud, sub, jti")
        .containsExactlyInAnyOrder("iss", "iat", "exp");
    assertThat(claims.getIssuer()).isEqualTo(TOKEN_UUID);
    long iat = claims.getIssueTime().toInstant().getEpochSecond();
    long exp = claims.getExpirationTime().toInstant().getEpochSecond();
    assertThat(iat).as("iat is now minus 5 s").isEqualTo(expectedIat);
    assertThat(exp - iat).as("exp - iat is the lifetime").isEqualTo(lifetime.toSeconds());
    assertThat(exp - iat).as("exp within five minutes of iat").isLessThanOrEqualTo(300);
    assertThat(Math.abs(iat - NOW_SECONDS)).as("iat within the server's 10 s skew").isLessThanOrEqualTo(10);
  }

  static Stream<Arguments> keyForms() throws Exception {
    String pkcs8 = JwtTestKeys.pkcs8Pem(RSA_2048.getPrivate());
    String pkcs1 = JwtTestKeys.pkcs1Pem(RSA_2048.getPrivate());
    Path pkcs8File = Files.writeString(keys.resolve("key-pkcs8.pem"), pkcs8);
    Path pkcs1File = Files.writeString(keys.resolve("key-pkcs1.pem"), pkcs1);
    String publicBlock = JwtTestKeys.pem("PUBLIC KEY", RSA_2048.getPublic().getEncoded());
    String body = Base64.getEncoder().encodeToString(RSA_2048.getPrivate().getEncoded());
    return Stream.of(
        Arguments.of("PKCS#8 PEM text", (UnaryOperator<JwtCredentials.Builder>) b -> b.privateKeyPem(pkcs8)),
        Arguments.of("PKCS#1 PEM text", (UnaryOperator<JwtCredentials.Builder>) b -> b.privateKeyPem(pkcs1)),
        Arguments.of("PKCS#8 PEM file", (UnaryOperator<JwtCredentials.Builder>) b -> b.privateKeyPem(pkcs8File)),
        Arguments.of("PKCS#1 PEM file", (UnaryOperator<JwtCredentials.Builder>) b -> b.privateKeyPem(pkcs1File)),
        Arguments.of("PrivateKey object", (UnaryOperator<JwtCredentials.Builder>) b -> b.privateKey(RSA_2048.getPrivate())),
        Arguments.of("PKCS#1 with CRLF line ends", (UnaryOperator<JwtCredentials.Builder>)
            b -> b.privateKeyPem(pkcs1.replace("\n", "\r\n"))),
        Arguments.of("PKCS#8 body on one line", (UnaryOperator<JwtCredentials.Builder>)
            b -> b.privateKeyPem("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----")),
        Arguments.of("public key block next to the private key", (UnaryOperator<JwtCredentials.Builder>)
            b -> b.privateKeyPem(publicBlock + pkcs1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyForms")
  void everyKeyFormSignsAVerifiableRs256JwtWithTheDocumentedClaims(String form, UnaryOperator<JwtCredentials.Builder> key)
      throws Exception {
    JwtCredentials credentials = key.apply(JwtCredentials.builder().tokenUuid(TOKEN_UUID))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    String jwt = jwtOnTheWire(clientWith(credentials));

    assertClaims(verified(jwt), NOW_SECONDS - 5, Duration.ofSeconds(60));
  }

  @Test
  void customLifetimeSetsExpAndTheLongestAllowedStaysWithinFiveMinutes() throws Exception {
    JWTClaimsSet longest = verified(jwtOnTheWire(clientWith(jwt().lifetime(Duration.ofSeconds(295)).build())));
    assertClaims(longest, NOW_SECONDS - 5, Duration.ofSeconds(295));
    assertThat(longest.getExpirationTime().toInstant()).isBefore(NOW.plus(Duration.ofMinutes(5)));

    JWTClaimsSet twoMinutes = verified(jwtOnTheWire(clientWith(jwt().lifetime(Duration.ofMinutes(2)).build())));
    assertClaims(twoMinutes, NOW_SECONDS - 5, Duration.ofMinutes(2));
  }

  @Test
  void upperCaseUuidIsSentInItsCanonicalLowerCaseForm() throws Exception {
    JwtCredentials credentials = jwt().tokenUuid(TOKEN_UUID.toUpperCase()).build();

    assertThat(verified(jwtOnTheWire(clientWith(credentials))).getIssuer()).isEqualTo(TOKEN_UUID);
    assertThat(credentials.tokenUuid()).isEqualTo(TOKEN_UUID);
  }

  @Test
  void theJwtIsReusedUntilFewerThanTenSecondsRemainThenReSigned() throws Exception {
    JwtTestKeys.MutableClock clock = new JwtTestKeys.MutableClock(Instant.ofEpochSecond(NOW_SECONDS));
    JwtCredentials credentials = jwt().clock(clock).build();   // lifetime 60 s: exp = now - 5 + 60 = now + 55
    BuildkiteClient client = clientWith(credentials);

    String first = jwtOnTheWire(client);
    assertThat(jwtOnTheWire(client)).as("same JWT on the next request").isEqualTo(first);
    clock.advance(45_000);                                  // exactly 10 s left: still reused
    assertThat(jwtOnTheWire(client)).as("no re-signing while 10 s remain").isEqualTo(first);
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer " + first);

    clock.advance(1);                                       // 9.999 s left: refresh
    String second = jwtOnTheWire(client);
    assertThat(second).isNotEqualTo(first);
    assertClaimsAt(verified(second), NOW_SECONDS + 45 - 5);
    assertThat(jwtOnTheWire(client)).as("the new JWT is cached in turn").isEqualTo(second);

    clock.advance(120_000);                                 // long past exp
    String third = jwtOnTheWire(client);
    assertThat(third).isNotEqualTo(second);
    assertClaimsAt(verified(third), NOW_SECONDS + 165 - 5);
  }

  private static void assertClaimsAt(JWTClaimsSet claims, long expectedIat) {
    assertThat(claims.getIssueTime().toInstant().getEpochSecond()).isEqualTo(expectedIat);
    assertThat(claims.getExpirationTime().toInstant().getEpochSecond()).isEqualTo(expectedIat + 60);
    assertThat(claims.getIssuer()).isEqualTo(TOKEN_UUID);
  }

  @Test
  void aClockThatMovesBackBeforeIatCausesReSigning() throws Exception {
    JwtTestKeys.MutableClock clock = new JwtTestKeys.MutableClock(Instant.ofEpochSecond(NOW_SECONDS));
    JwtCredentials credentials = jwt().clock(clock).build();
    String first = credentials.authorizationHeader();

    clock.advance(-5_000);                                  // now == iat: still fine
    assertThat(credentials.authorizationHeader()).isEqualTo(first);
    clock.advance(-30_000);                                 // iat would lie 30 s in the future
    String second = credentials.authorizationHeader();
    assertThat(second).isNotEqualTo(first);
    assertClaimsAt(verified(second.substring("Bearer ".length())), NOW_SECONDS - 35 - 5);
  }

  @Test
  void concurrentCallersShareOneSignature() throws Exception {
    // Each reading moves this clock 1 s, so two signatures would necessarily carry different iat values.
    JwtTestKeys.MutableClock ticking = new JwtTestKeys.MutableClock(Instant.ofEpochSecond(NOW_SECONDS), 1_000);
    JwtCredentials credentials = jwt().clock(ticking).lifetime(Duration.ofSeconds(295)).build();
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<String>> task = () -> {
          start.await();
          List<String> headers = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            headers.add(credentials.authorizationHeader());
          }
          return headers;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      Set<String> distinct = new HashSet<>();
      for (Future<List<String>> result : results) {
        distinct.addAll(result.get());
      }
      assertThat(distinct).as("one signature shared by every thread").hasSize(1);
      verified(distinct.iterator().next().substring("Bearer ".length()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void unauthenticatedOperationsDoNotCarryTheJwt() {
    server.stubFor(get(urlEqualTo("/v2/meta")).willReturn(okJson("{\"webhook_ips\":[\"192.0.2.0/24\"]}")));

    clientWith(jwt().build()).meta().getMeta();

    LoggedRequest request = server.findAll(anyRequestedFor(urlEqualTo("/v2/meta"))).get(0);
    assertThat(request.containsHeader("Authorization")).isFalse();
  }

  @Test
  void aRejectedJwtNeverAppearsInTheExceptionMessage() throws Exception {
    server.stubFor(get(urlEqualTo("/v2/access-token")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid or expired JWT\"}")));
    JwtCredentials credentials = jwt().build();

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> clientWith(credentials).accessToken().getAccessToken());

    String sent = server.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization");
    assertThat(sent).isEqualTo(credentials.authorizationHeader());
    String jwt = sent.substring("Bearer ".length());
    String[] parts = jwt.split("\\.");
    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.getMessage()).contains("Invalid or expired JWT").doesNotContain(jwt).doesNotContain(sent);
    // The header segment is a constant; the claims and the signature are specific to this JWT.
    JwtTestKeys.assertFreeOf(e.getMessage(), List.of(parts[1], parts[2]));
    JwtTestKeys.assertFreeOf(e.toString(), List.of(parts[1], parts[2]));
    JwtTestKeys.assertFreeOf(e.getMessage(), JwtTestKeys.materialOf(RSA_2048.getPrivate()));
  }

  @Test
  void toStringShowsOnlyTheUuidAndLifetime() {
    JwtCredentials credentials = jwt().privateKeyPem(JwtTestKeys.pkcs1Pem(RSA_2048.getPrivate())).build();
    String header = credentials.authorizationHeader();
    String[] parts = header.substring("Bearer ".length()).split("\\.");

    assertThat(credentials).hasToString("JwtCredentials[iss=" + TOKEN_UUID + ", lifetime=PT1M]");
    JwtTestKeys.assertFreeOf(credentials.toString(), List.of(parts[1], parts[2]));
    JwtTestKeys.assertFreeOf(credentials.toString(), JwtTestKeys.materialOf(RSA_2048.getPrivate()));
    JwtTestKeys.assertFreeOf(clientWith(credentials).toString(), List.of(parts[1], parts[2]));
    assertThat(jwt().lifetime(Duration.ofSeconds(90)).build()).hasToString(
        "JwtCredentials[iss=" + TOKEN_UUID + ", lifetime=PT1M30S]");
  }

  @ParameterizedTest(name = "{0} s")
  @ValueSource(longs = {296, 300, 301, 3600, 0, -1, 5, 15})
  void lifetimesOutsideTheAllowedRangeAreRejected(long seconds) {
    assertThatIllegalArgumentException().isThrownBy(() -> jwt().lifetime(Duration.ofSeconds(seconds)))
        .withMessageContaining("lifetime");
  }

  @Test
  void lifetimeBoundsAndNulls() {
    assertThat(jwt().lifetime(Duration.ofSeconds(295)).build().lifetime()).isEqualTo(Duration.ofSeconds(295));
    assertThat(jwt().lifetime(Duration.ofSeconds(16)).build().lifetime()).isEqualTo(Duration.ofSeconds(16));
    assertThat(jwt().lifetime(Duration.ofMillis(90_900)).build().lifetime()).isEqualTo(Duration.ofSeconds(90));
    assertThat(jwt().build().lifetime()).isEqualTo(JwtCredentials.DEFAULT_LIFETIME).isEqualTo(Duration.ofSeconds(60));
    assertThat(JwtCredentials.MAX_LIFETIME).isEqualTo(Duration.ofSeconds(295));
    assertThatIllegalArgumentException().isThrownBy(() -> jwt().lifetime(Duration.ofMinutes(5)))
        .withMessageContaining("lifetime").withMessageContaining("295");
    assertThatIllegalArgumentException().isThrownBy(() -> jwt().lifetime(null)).withMessageContaining("lifetime");
    assertThatIllegalArgumentException().isThrownBy(() -> jwt().clock(null)).withMessageContaining("clock");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "   ", "not-a-uuid", TOKEN, "b63254c03271-4a98-8270-7cfbd6c2f14e",
      "b63254c0-3271-4a98-8270-7cfbd6c2f14", "1-1-1-1-1", "g63254c0-3271-4a98-8270-7cfbd6c2f14e",
      "{b63254c0-3271-4a98-8270-7cfbd6c2f14e}"})
  void tokenUuidMustBeAUuidAndIsNotEchoed(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> JwtCredentials.builder().tokenUuid(value))
        .withMessageContaining("tokenUuid")
        .satisfies(e -> {
          if (value.strip().length() >= 8) {
            JwtTestKeys.assertFreeOf(e.getMessage(), List.of(value));
          }
        });
    assertThatIllegalArgumentException().isThrownBy(() -> JwtCredentials.builder().tokenUuid(null))
        .withMessageContaining("tokenUuid");
  }

  @Test
  void buildNeedsTheUuidAndAKey() {
    assertThatIllegalStateException()
        .isThrownBy(() -> JwtCredentials.builder().privateKey(RSA_2048.getPrivate()).build())
        .withMessageContaining("tokenUuid");
    assertThatIllegalStateException().isThrownBy(() -> JwtCredentials.builder().tokenUuid(TOKEN_UUID).build())
        .withMessageContaining("private key");
  }
}
