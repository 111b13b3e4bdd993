package io.github.bksdk.buildkite.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bksdk.buildkite.webhooks.WebhookVerification;
import io.github.bksdk.buildkite.webhooks.WebhookVerification.Mode;
import io.github.bksdk.buildkite.webhooks.WebhookVerification.Reason;
import io.github.bksdk.buildkite.webhooks.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook verifier: token mode, signature mode, the replay window, and hostile or malformed headers. */
class WebhookVerifierTest {
  private static final String TOKEN = "tok-3f9a1c-very-secret";
  private static final String SECRET = "sig-7b2e44-even-more-secret";
  private static final long NOW = 1_700_000_000L;
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  private static final byte[] BODY = "{\"event\":\"ping\",\"sender\":{\"id\":\"u1\",\"name\":\"Some Person\"}}\n"
      .getBytes(UTF_8);

  private final WebhookVerifier byToken = WebhookVerifier.builder().token(TOKEN).clock(CLOCK).build();
  private final WebhookVerifier bySignature = WebhookVerifier.builder().signatureSecret(SECRET).clock(CLOCK).build();
  private final WebhookVerifier byEither =
      WebhookVerifier.builder().token(TOKEN).signatureSecret(SECRET).clock(CLOCK).build();

  /** Every outcome a test produced; none may mention a secret. */
  private final List<WebhookVerification> outcomes = new ArrayList<>();

  @AfterEach
  void noOutcomeRevealsASecret() {
    for (WebhookVerification outcome : outcomes) {
      assertThat(outcome.message()).doesNotContain(TOKEN).doesNotContain(SECRET);
      assertThat(outcome.toString()).doesNotContain(TOKEN).doesNotContain(SECRET);
    }
  }

  // ---- helpers: the HMAC is computed here independently of the SDK --------------------------------------------

  private static String hmacHex(String secret, String signedMessagePrefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      mac.update(signedMessagePrefix.getBytes(UTF_8));
      mac.update(body);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A header value Buildkite would send for this body at this time. */
  private static String signatureHeader(String secret, long timestamp, byte[] body) {
    return "timestamp=" + timestamp + ",signature=" + hmacHex(secret, timestamp + ".", body);
  }

  private static Map<String, List<String>> headers(String... nameValuePairs) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    headers.put("X-Buildkite-Event", List.of("ping"));
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      headers.computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>()).add(nameValuePairs[i + 1]);
    }
    return headers;
  }

  private WebhookVerification verify(WebhookVerifier verifier, Map<String, List<String>> headers, byte[] body) {
    WebhookVerification outcome = verifier.verify(headers, body);
    outcomes.add(outcome);
    return outcome;
  }

  private WebhookVerification signed(WebhookVerifier verifier, String signatureHeaderValue, byte[] body) {
    return verify(verifier, headers("X-Buildkite-Signature", signatureHeaderValue), body);
  }

  private static void assertRejected(WebhookVerification outcome, Reason reason) {
    assertThat(outcome.isValid()).as("%s", outcome).isFalse();
    assertThat(outcome.reason()).contains(reason);
    assertThat(outcome.mode()).isEmpty();
    assertThat(outcome.signedAt()).isEmpty();
    assertThat(outcome.message()).isNotBlank();
  }

  // ---- token mode ---------------------------------------------------------------------------------------------

  @Test
  void theRightTokenIsAccepted() {
    WebhookVerification outcome = verify(byToken, headers("X-Buildkite-Token", TOKEN), BODY);

    assertThat(outcome.isValid()).isTrue();
    assertThat(outcome.reason()).isEmpty();
    assertThat(outcome.mode()).contains(Mode.TOKEN);
    assertThat(outcome.signedAt()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong", "", " ", TOKEN + " ", " " + TOKEN, TOKEN + "x", "tok-3f9a1c-very-secreT",
      "tok-3f9a1c-very-secre"})
  void anyOtherTokenIsRejected(String token) {
    assertRejected(verify(byToken, headers("X-Buildkite-Token", token), BODY), Reason.BAD_TOKEN);
  }

  @Test
  void aTokenDoesNotDependOnTheBody() {
    assertThat(verify(byToken, headers("X-Buildkite-Token", TOKEN), new byte[0]).isValid()).isTrue();
  }

  @Test
  void aNonAsciiTokenIsComparedAsUtf8() {
    WebhookVerifier verifier = WebhookVerifier.builder().token("jeton-é-ü-✓").build();

    assertThat(verifier.verify(headers("X-Buildkite-Token", "jeton-é-ü-✓"), BODY).isValid()).isTrue();
    assertThat(verifier.verify(headers("X-Buildkite-Token", "jeton-e-u-✓"), BODY).reason()).contains(Reason.BAD_TOKEN);
  }

  // ---- signature mode ---------------------------------------------------------------------------------------

  @Test
  void aValidSignatureIsAccepted() {
    WebhookVerification outcome = signed(bySignature, signatureHeader(SECRET, NOW, BODY), BODY);

    assertThat(outcome.isValid()).isTrue();
    assertThat(outcome.mode()).contains(Mode.SIGNATURE);
    assertThat(outcome.signedAt()).contains(Instant.ofEpochSecond(NOW));
  }

  @Test
  void theSignatureCoversTheTimestampPrefixAndTheRawBytes() {
    // Buildkite signs "<timestamp>.<body>"; a signature of the bare body must not pass.
    String bareBody = "timestamp=" + NOW + ",signature=" + hmacHex(SECRET, "", BODY);
    assertRejected(signed(bySignature, bareBody, BODY), Reason.BAD_SIGNATURE);

    // Non-UTF-8 bytes are signed as they are, without any decoding.
    byte[] binary = {(byte) 0xff, 0x00, (byte) 0xc3, 0x28, '{', '}'};
    assertThat(signed(bySignature, signatureHeader(SECRET, NOW, binary), binary).isValid()).isTrue();
    assertThat(signed(bySignature, signatureHeader(SECRET, NOW, new byte[0]), new byte[0]).isValid()).isTrue();
  }

  @Test
  void upperCaseHexIsAccepted() {
    String header = "timestamp=" + NOW + ",signature=" + hmacHex(SECRET, NOW + ".", BODY).toUpperCase(Locale.ROOT);

    assertThat(signed(bySignature, header, BODY).isValid()).isTrue();
  }

  @Test
  void aTamperedBodyIsRejected() {
    String header = signatureHeader(SECRET, NOW, BODY);
    byte[] tampered = BODY.clone();
    tampered[10] ^= 0x01;

    assertRejected(signed(bySignature, header, tampered), Reason.BAD_SIGNATURE);
    assertRejected(signed(bySignature, header, Arrays.copyOf(BODY, BODY.length - 1)), Reason.BAD_SIGNATURE);
    assertRejected(signed(bySignature, header, Arrays.copyOf(BODY, BODY.length + 1)), Reason.BAD_SIGNATURE);
  }

  @Test
  void aTamperedTimestampIsRejected() {
    String signature = hmacHex(SECRET, NOW + ".", BODY);

    assertRejected(signed(bySignature, "timestamp=" + (NOW + 1) + ",signature=" + signature, BODY),
        Reason.BAD_SIGNATURE);
    // the timestamp is signed as sent: a leading zero makes a different message
    assertRejected(signed(bySignature, "timestamp=0" + NOW + ",signature=" + signature, BODY), Reason.BAD_SIGNATURE);
  }

  @Test
  void aSignatureMadeWithAnotherSecretIsRejected() {
    assertRejected(signed(bySignature, signatureHeader("another-secret", NOW, BODY), BODY), Reason.BAD_SIGNATURE);
    assertRejected(signed(bySignature, signatureHeader(TOKEN, NOW, BODY), BODY), Reason.BAD_SIGNATURE);
  }

  @Test
  void aFlippedSignatureDigitIsRejected() {
    String signature = hmacHex(SECRET, NOW + ".", BODY);
    char last = signature.charAt(63);
    String flipped = signature.substring(0, 63) + (last == '0' ? '1' : '0');

    assertRejected(signed(bySignature, "timestamp=" + NOW + ",signature=" + flipped, BODY), Reason.BAD_SIGNATURE);
  }

  // ---- replay window ----------------------------------------------------------------------------------------

  @Test
  void aStaleTimestampIsRejected() {
    WebhookVerification outcome = signed(bySignature, signatureHeader(SECRET, NOW - 301, BODY), BODY);

    assertRejected(outcome, Reason.STALE_TIMESTAMP);
    assertThat(outcome.message()).contains("301");
    assertRejected(signed(bySignature, signatureHeader(SECRET, 0, BODY), BODY), Reason.STALE_TIMESTAMP);
  }

  @Test
  void aFutureTimestampIsRejected() {
    assertRejected(signed(bySignature, signatureHeader(SECRET, NOW + 301, BODY), BODY), Reason.FUTURE_TIMESTAMP);
    assertRejected(signed(bySignature, signatureHeader(SECRET, 999_999_999_999_999_999L, BODY), BODY),
        Reason.FUTURE_TIMESTAMP);
  }

  @Test
  void theToleranceBoundaryIsInclusive() {
    assertThat(signed(bySignature, signatureHeader(SECRET, NOW - 300, BODY), BODY).isValid()).isTrue();
    assertThat(signed(bySignature, signatureHeader(SECRET, NOW + 300, BODY), BODY).isValid()).isTrue();
    assertRejected(signed(bySignature, signatureHeader(SECRET, NOW - 301, BODY), BODY), Reason.STALE_TIMESTAMP);
    assertRejected(signed(bySignature, signatureHeader(SECRET, NOW + 301, BODY), BODY), Reason.FUTURE_TIMESTAMP);
  }

  @Test
  void theToleranceIsMeasuredAgainstTheExactClock() {
    // half a second past the boundary is outside it
    WebhookVerifier verifier = WebhookVerifier.builder().signatureSecret(SECRET).tolerance(Duration.ofSeconds(30))
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW, 500_000_000), ZoneOffset.UTC)).build();

    assertThat(signed(verifier, signatureHeader(SECRET, NOW - 29, BODY), BODY).isValid()).isTrue();
    assertRejected(signed(verifier, signatureHeader(SECRET, NOW - 30, BODY), BODY), Reason.STALE_TIMESTAMP);
    assertThat(signed(verifier, signatureHeader(SECRET, NOW + 30, BODY), BODY).isValid()).isTrue();
    assertRejected(signed(verifier, signatureHeader(SECRET, NOW + 31, BODY), BODY), Reason.FUTURE_TIMESTAMP);
  }

  @Test
  void theSignatureIsCheckedBeforeTheTimestamp() {
    // a forged request learns nothing about the clock: an old timestamp with a bad signature is a bad signature
    assertRejected(signed(bySignature, signatureHeader("forged", NOW - 10_000, BODY), BODY), Reason.BAD_SIGNATURE);
  }

  @Test
  void theDefaultToleranceIsFiveMinutes() {
    assertThat(bySignature.tolerance()).isEqualTo(Duration.ofMinutes(5)).isEqualTo(WebhookVerifier.DEFAULT_TOLERANCE);
  }

  // ---- malformed signature headers --------------------------------------------------------------------------

  static Stream<Arguments> malformedSignatureHeaders() {
    String sig = hmacHex(SECRET, NOW + ".", BODY);
    String ts = "timestamp=" + NOW;
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("blank", "   "),
        Arguments.of("garbage", "garbage"),
        Arguments.of("binary-ish garbage", "\u0000\u0001=\uffff"),
        Arguments.of("missing signature", ts),
        Arguments.of("missing timestamp", "signature=" + sig),
        Arguments.of("empty timestamp", "timestamp=,signature=" + sig),
        Arguments.of("empty signature", ts + ",signature="),
        Arguments.of("non-digit timestamp", "timestamp=17e8,signature=" + sig),
        Arguments.of("negative timestamp", "timestamp=-" + NOW + ",signature=" + sig),
        Arguments.of("plus-signed timestamp", "timestamp=+" + NOW + ",signature=" + sig),
        Arguments.of("fractional timestamp", "timestamp=" + NOW + ".5,signature=" + sig),
        Arguments.of("non-ASCII digits", "timestamp=\u0661\u0667\u0660\u0660,signature=" + sig),
        Arguments.of("overlong timestamp", "timestamp=1234567890123456789012,signature=" + sig),
        Arguments.of("non-hex signature", ts + ",signature=" + "zz" + sig.substring(2)),
        Arguments.of("short signature", ts + ",signature=" + sig.substring(1)),
        Arguments.of("long signature", ts + ",signature=" + sig + "0"),
        Arguments.of("base64 signature", ts + ",signature=" + java.util.Base64.getEncoder()
            .encodeToString(HexFormat.of().parseHex(sig))),
        Arguments.of("full-width hex digits", ts + ",signature=" + "\uff10".repeat(64)),
        Arguments.of("semicolon separator", ts + ";signature=" + sig),
        Arguments.of("ampersand separator", ts + "&signature=" + sig),
        Arguments.of("colon instead of equals", "timestamp:" + NOW + ",signature:" + sig),
        Arguments.of("space after comma", ts + ", signature=" + sig),
        Arguments.of("space around equals", "timestamp = " + NOW + ",signature=" + sig),
        Arguments.of("double comma", ts + ",,signature=" + sig),
        Arguments.of("trailing comma", ts + ",signature=" + sig + ","),
        Arguments.of("leading comma", "," + ts + ",signature=" + sig),
        Arguments.of("element without key", ts + ",=" + sig + ",signature=" + sig),
        Arguments.of("upper-case keys", "Timestamp=" + NOW + ",Signature=" + sig),
        Arguments.of("duplicated timestamp", ts + "," + ts + ",signature=" + sig),
        Arguments.of("duplicated timestamp with other value", ts + ",timestamp=1,signature=" + sig),
        Arguments.of("duplicated signature", ts + ",signature=" + sig + ",signature=" + sig),
        Arguments.of("two headers merged by a proxy", signatureHeader(SECRET, NOW, BODY) + ", "
            + signatureHeader(SECRET, NOW, BODY)),
        Arguments.of("the docs' illustrative value (not hex)", "timestamp=1619071700,"
            + "signature=30222eb518dc3fb61ec9e64dd78d163f62cb134a6ldb768f1d40e0edbn6e43f0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedSignatureHeaders")
  void aMalformedSignatureHeaderIsRejectedWithoutAnException(String label, String header) {
    WebhookVerification[] outcome = new WebhookVerification[1];
    assertThatCode(() -> outcome[0] = signed(bySignature, header, BODY)).doesNotThrowAnyException();

    assertRejected(outcome[0], Reason.MALFORMED_SIGNATURE);
    assertThat(outcome[0].message()).startsWith("X-Buildkite-Signature is malformed");
    if (header.length() > 8) {
      assertThat(outcome[0].message()).as("the header value is not echoed").doesNotContain(header);
    }
  }

  @Test
  void surroundingWhitespaceAndUnknownWellFormedKeysAreTolerated() {
    String header = signatureHeader(SECRET, NOW, BODY);

    assertThat(signed(bySignature, " " + header + "\t", BODY).isValid()).isTrue();
    assertThat(signed(bySignature, header + ",v2=abc", BODY).isValid()).isTrue();
    assertThat(signed(bySignature, "signature=" + hmacHex(SECRET, NOW + ".", BODY) + ",timestamp=" + NOW, BODY)
        .isValid()).as("order of the elements").isTrue();
  }

  // ---- headers: duplicates, case, absence, odd maps ---------------------------------------------------------

  @Test
  void aRepeatedSignatureHeaderIsRejected() {
    String header = signatureHeader(SECRET, NOW, BODY);

    assertRejected(verify(bySignature, headers("X-Buildkite-Signature", header, "X-Buildkite-Signature", header),
        BODY), Reason.DUPLICATE_HEADER);
    assertRejected(verify(bySignature, headers("X-Buildkite-Signature", header, "x-buildkite-signature", header),
        BODY), Reason.DUPLICATE_HEADER);
  }

  @Test
  void aRepeatedTokenHeaderIsRejected() {
    assertRejected(verify(byToken, headers("X-Buildkite-Token", TOKEN, "X-Buildkite-Token", TOKEN), BODY),
        Reason.DUPLICATE_HEADER);
    assertRejected(verify(byToken, headers("X-Buildkite-Token", "forged", "X-BUILDKITE-TOKEN", TOKEN), BODY),
        Reason.DUPLICATE_HEADER);
    // even when this verifier would not use the repeated header
    assertRejected(verify(bySignature, headers("X-Buildkite-Signature", signatureHeader(SECRET, NOW, BODY),
        "X-Buildkite-Token", "a", "X-Buildkite-Token", "b"), BODY), Reason.DUPLICATE_HEADER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Buildkite-Signature", "x-buildkite-signature", "X-BUILDKITE-SIGNATURE",
      "x-BuildKite-signaTURE"})
  void signatureHeaderNamesAreCaseInsensitive(String name) {
    assertThat(verify(bySignature, headers(name, signatureHeader(SECRET, NOW, BODY)), BODY).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Buildkite-Token", "x-buildkite-token", "X-BUILDKITE-TOKEN"})
  void tokenHeaderNamesAreCaseInsensitive(String name) {
    assertThat(verify(byToken, headers(name, TOKEN), BODY).isValid()).isTrue();
  }

  @Test
  void aSingleValuedLookupWorks() {
    Map<String, String> raw = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    raw.put("x-buildkite-signature", signatureHeader(SECRET, NOW, BODY));
    Function<String, String> lookup = raw::get;

    assertThat(bySignature.verify(lookup, BODY).isValid()).isTrue();
    assertThat(byToken.verify(Map.of("X-Buildkite-Token", TOKEN)::get, BODY).isValid()).isTrue();
    assertThat(byToken.verify(name -> null, BODY).reason()).contains(Reason.MISSING_HEADER);
    assertThat(byToken.verify((Function<String, String>) null, BODY).reason()).contains(Reason.MISSING_HEADER);
    assertThat(bySignature.verify(name -> "garbage", BODY).reason()).contains(Reason.MALFORMED_SIGNATURE);
  }

  @Test
  void missingHeadersAreReported() {
    assertRejected(verify(byToken, headers(), BODY), Reason.MISSING_HEADER);
    assertRejected(verify(bySignature, headers(), BODY), Reason.MISSING_HEADER);
    assertRejected(verify(byEither, headers(), BODY), Reason.MISSING_HEADER);
    assertRejected(verify(byToken, null, BODY), Reason.MISSING_HEADER);
    assertThat(verify(byEither, headers(), BODY).message())
        .contains("X-Buildkite-Signature").contains("X-Buildkite-Token");
  }

  @Test
  void oddHeaderMapsAreHandled() {
    Map<String, List<String>> odd = new HashMap<>();
    odd.put(null, List.of("HTTP/1.1 200 OK"));   // HttpURLConnection puts the status line under a null key
    odd.put("X-Buildkite-Token", Arrays.asList(null, TOKEN, null));
    odd.put("X-Buildkite-Signature", null);

    assertThat(verify(byToken, odd, BODY).isValid()).isTrue();

    Map<String, List<String>> onlyNulls = new HashMap<>();
    onlyNulls.put("X-Buildkite-Token", Arrays.asList((String) null));
    assertRejected(verify(byToken, onlyNulls, BODY), Reason.MISSING_HEADER);
    assertRejected(verify(byToken, Map.of("X-Buildkite-Token", List.of()), BODY), Reason.MISSING_HEADER);
  }

  @Test
  void aNullBodyIsReportedNotThrown() {
    assertRejected(verify(bySignature, headers("X-Buildkite-Signature", signatureHeader(SECRET, NOW, BODY)), null),
        Reason.MISSING_BODY);
    assertRejected(verify(byToken, headers("X-Buildkite-Token", TOKEN), null), Reason.MISSING_BODY);
  }

  // ---- configured modes -------------------------------------------------------------------------------------

  @Test
  void aRequestInAModeWithoutASecretIsRejected() {
    assertRejected(verify(byToken, headers("X-Buildkite-Signature", signatureHeader(TOKEN, NOW, BODY)), BODY),
        Reason.NO_SECRET_CONFIGURED);
    assertRejected(verify(bySignature, headers("X-Buildkite-Token", SECRET), BODY), Reason.NO_SECRET_CONFIGURED);
  }

  @Test
  void aVerifierWithBothSecretsAcceptsEitherModeAndChecksEveryHeaderItCan() {
    assertThat(verify(byEither, headers("X-Buildkite-Token", TOKEN), BODY).mode()).contains(Mode.TOKEN);
    assertThat(verify(byEither, headers("X-Buildkite-Signature", signatureHeader(SECRET, NOW, BODY)), BODY).mode())
        .contains(Mode.SIGNATURE);
    assertRejected(verify(byEither, headers("X-Buildkite-Signature", signatureHeader(SECRET, NOW, BODY),
        "X-Buildkite-Token", "forged"), BODY), Reason.BAD_TOKEN);
    assertRejected(verify(byEither, headers("X-Buildkite-Signature", "garbage", "X-Buildkite-Token", TOKEN), BODY),
        Reason.MALFORMED_SIGNATURE);
    assertThat(verify(byEither, headers("X-Buildkite-Signature", signatureHeader(SECRET, NOW, BODY),
        "X-Buildkite-Token", TOKEN), BODY).mode()).contains(Mode.SIGNATURE);
  }

  @Test
  void theBuilderRejectsUnusableSettings() {
    assertThatThrownBy(() -> WebhookVerifier.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().token("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().token(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().signatureSecret("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.builder().clock(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringRevealsNoSecret() {
    WebhookVerifier.Builder builder = WebhookVerifier.builder().token(TOKEN).signatureSecret(SECRET);

    assertThat(byEither.toString()).doesNotContain(TOKEN).doesNotContain(SECRET).contains("***").contains("PT5M");
    assertThat(byToken.toString()).doesNotContain(TOKEN).contains("signatureSecret=none");
    assertThat(builder.toString()).doesNotContain(TOKEN).doesNotContain(SECRET);
    assertThat(byEither.acceptsToken()).isTrue();
    assertThat(byToken.acceptsSignature()).isFalse();
  }

  @Test
  void randomHeadersAndBodiesNeverThrow() {
    Random random = new Random(20240611L);
    String alphabet = "timestampsignature=,;: 0123456789abcdefABCDEF-_.\t\u00e9\u0000";
    for (int i = 0; i < 3000; i++) {
      StringBuilder header = new StringBuilder();
      int length = random.nextInt(140);
      for (int j = 0; j < length; j++) {
        header.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      byte[] body = new byte[random.nextInt(64)];
      random.nextBytes(body);
      String name = random.nextBoolean() ? "X-Buildkite-Signature" : "X-Buildkite-Token";
      WebhookVerification outcome = verify(byEither, headers(name, header.toString()), body);
      assertThat(outcome.isValid()).as("%s", header).isFalse();
    }
  }
}
