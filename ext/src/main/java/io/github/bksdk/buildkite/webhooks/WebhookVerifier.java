package io.github.bksdk.buildkite.webhooks;

import io.github.bksdk.buildkite.internal.Require;
import io.github.bksdk.buildkite.webhooks.WebhookVerification.Mode;
import io.github.bksdk.buildkite.webhooks.WebhookVerification.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that an incoming webhook request really comes from Buildkite, in either of the two modes a webhook
 * notification service can use: the shared token sent in clear text in {@code X-Buildkite-Token}, or an HMAC-SHA256
 * signature in {@code X-Buildkite-Signature} ({@code timestamp=<unix seconds>,signature=<hex>}, computed with the
 * webhook token as key over {@code <timestamp>.<raw body>}). Signatures are also checked for freshness against a
 * replay window. The verifier is immutable and thread-safe; build one at start-up and share it.
 *
 * <pre>{@code
 * WebhookVerifier verifier =
 * WebhookVerifier.builder().signatureSecret(System.getenv("BUILDKITE_WEBHOOK_SECRET")).build();
 * WebhookVerification result = verifier.verify(request.headers(), request.rawBody());
 * if (!result.isValid()) { log.warn("rejected webhook: {}", result.message()); return 401; }
 * }</pre>
 *
 * <p>Verification never throws for hostile or malformed input: every problem is reported as an invalid
 * {@link WebhookVerification}. Always verify the exact bytes received, before any parsing or re-encoding.
 */
public final class WebhookVerifier {
  /** The header carrying the webhook token in clear text (token mode). */
  public static final String TOKEN_HEADER = "X-Buildkite-Token";

  /** The header carrying the timestamp and HMAC-SHA256 signature (signature mode). */
  public static final String SIGNATURE_HEADER = "X-Buildkite-Signature";

  /** The replay window used when none is set: five minutes either side of the verifier's clock. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String HMAC = "HmacSHA256";
  private static final int SIGNATURE_HEX_LENGTH = 64;
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  private final byte[] tokenDigest;
  private final SecretKeySpec signingKey;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(Builder builder) {
    this.tokenDigest = builder.token == null ? null : sha256(builder.token.getBytes(StandardCharsets.UTF_8));
    this.signingKey = builder.signatureSecret == null
        ? null : new SecretKeySpec(builder.signatureSecret.getBytes(StandardCharsets.UTF_8), HMAC);
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
  }

  /**
   * Returns a new builder. Configure at least one of {@link Builder#token(String)} and
   * {@link Builder#signatureSecret(String)}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a request given its headers as a multi-valued map, the shape most HTTP servers expose (for example
   * {@code java.net.http.HttpHeaders.map()} or a JDK {@code HttpServer}'s {@code Headers}). Header names are matched
   * case-insensitively, and entries that differ only in case are merged, so a repeated authentication header is
   * always seen and rejected.
   *
   * @param headers the request headers; null keys, null lists and null values are ignored, and a null map counts as
   *     having no headers
   * @param rawBody the request body exactly as received
   * @return the outcome; never null, and never an exception for bad input
   */
  public WebhookVerification verify(Map<String, List<String>> headers, byte[] rawBody) {
    List<String> signatures = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    if (headers != null) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        String name = header.getKey();
        List<String> values = header.getValue();
        if (name == null || values == null) {
          continue;
        }
        if (name.equalsIgnoreCase(SIGNATURE_HEADER)) {
          addNonNull(signatures, values);
        } else if (name.equalsIgnoreCase(TOKEN_HEADER)) {
          addNonNull(tokens, values);
        }
      }
    }
    return check(signatures, tokens, rawBody);
  }

  /**
   * Verifies a request through a single-valued header lookup, such as a servlet's {@code request::getHeader} or
   * {@code exchange.getRequestHeaders()::getFirst}. The lookup is asked for {@link #SIGNATURE_HEADER} and
   * {@link #TOKEN_HEADER} and should match names case-insensitively. Such a lookup cannot reveal a repeated header;
   * prefer {@link #verify(Map, byte[])} when the full header map is available.
   *
   * @param headerLookup returns a header's value, or null when absent; a null lookup counts as no headers
   * @param rawBody the request body exactly as received
   * @return the outcome; never null, and never an exception for bad input
   */
  public WebhookVerification verify(Function<String, String> headerLookup, byte[] rawBody) {
    List<String> signatures = new ArrayList<>(1);
    List<String> tokens = new ArrayList<>(1);
    if (headerLookup != null) {
      addNonNull(signatures, Collections.singletonList(headerLookup.apply(SIGNATURE_HEADER)));
      addNonNull(tokens, Collections.singletonList(headerLookup.apply(TOKEN_HEADER)));
    }
    return check(signatures, tokens, rawBody);
  }

  /**
   * Returns the replay window: how far a signed timestamp may lie from the clock, in either direction.
   *
   * @return the tolerance, always positive
   */
  public Duration tolerance() {
    return tolerance;
  }

  /**
   * Returns whether token mode is configured.
   *
   * @return true when {@link Builder#token(String)} was set
   */
  public boolean acceptsToken() {
    return tokenDigest != null;
  }

  /**
   * Returns whether signature mode is configured.
   *
   * @return true when {@link Builder#signatureSecret(String)} was set
   */
  public boolean acceptsSignature() {
    return signingKey != null;
  }

  /** Describes the configuration without revealing any secret: only whether each mode is configured. */
  @Override
  public String toString() {
    return "WebhookVerifier{token=" + (tokenDigest != null ? "***" : "none")
        + ", signatureSecret=" + (signingKey != null ? "***" : "none")
        + ", tolerance=" + tolerance + ", clock=" + clock + "}";
  }

  private WebhookVerification check(List<String> signatures, List<String> tokens, byte[] rawBody) {
    if (signatures.size() > 1) {
      return WebhookVerification.invalid(Reason.DUPLICATE_HEADER,
          SIGNATURE_HEADER + " was sent " + signatures.size() + " times; exactly one is allowed");
    }
    if (tokens.size() > 1) {
      return WebhookVerification.invalid(Reason.DUPLICATE_HEADER,
          TOKEN_HEADER + " was sent " + tokens.size() + " times; exactly one is allowed");
    }
    if (rawBody == null) {
      return WebhookVerification.invalid(Reason.MISSING_BODY, "no request body was given to verify");
    }
    String signature = signatures.isEmpty() ? null : signatures.get(0);
    String token = tokens.isEmpty() ? null : tokens.get(0);

    WebhookVerification verified = null;
    if (signature != null && signingKey != null) {
      verified = checkSignature(signature, rawBody);
      if (!verified.isValid()) {
        return verified;
      }
    }
    if (token != null && tokenDigest != null) {
      WebhookVerification byToken = checkToken(token);
      if (!byToken.isValid()) {
        return byToken;
      }
      if (verified == null) {
        verified = byToken;
      }
    }
    if (verified != null) {
      return verified;
    }
    if (signature != null) {
      return WebhookVerification.invalid(Reason.NO_SECRET_CONFIGURED,
          "the request is signed (" + SIGNATURE_HEADER + ") but no signature secret is configured");
    }
    if (token != null) {
      return WebhookVerification.invalid(Reason.NO_SECRET_CONFIGURED,
          "the request carries " + TOKEN_HEADER + " but no token is configured");
    }
    return WebhookVerification.invalid(Reason.MISSING_HEADER, "the request has no " + expectedHeaders() + " header");
  }

  private String expectedHeaders() {
    if (signingKey != null && tokenDigest != null) {
      return SIGNATURE_HEADER + " or " + TOKEN_HEADER;
    }
    return signingKey != null ? SIGNATURE_HEADER : TOKEN_HEADER;
  }

  private WebhookVerification checkToken(String received) {
    // Comparing digests keeps the comparison constant-time in the length of the received token too.
    byte[] digest = sha256(received.getBytes(StandardCharsets.UTF_8));
    return MessageDigest.isEqual(tokenDigest, digest)
        ? WebhookVerification.valid(Mode.TOKEN, null)
        : WebhookVerification.invalid(Reason.BAD_TOKEN, TOKEN_HEADER + " does not match the configured token");
  }

  private WebhookVerification checkSignature(String header, byte[] rawBody) {
    String timestampText = null;
    String signatureHex = null;
    String value = stripOws(header);
    if (value.isEmpty()) {
      return malformed("the header is empty");
    }
    for (String part : value.split(",", -1)) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return malformed(part.isEmpty() ? "it has an empty element" : "an element is not of the form key=value");
      }
      String key = part.substring(0, eq);
      String partValue = part.substring(eq + 1);
      if (key.equals("timestamp")) {
        if (timestampText != null) {
          return malformed("the key 'timestamp' appears more than once");
        }
        timestampText = partValue;
      } else if (key.equals("signature")) {
        if (signatureHex != null) {
          return malformed("the key 'signature' appears more than once");
        }
        signatureHex = partValue;
      } else if (!isToken(key)) {
        return malformed("an element has a key with characters other than letters, digits, '-' and '_'");
      }
      // Other well-formed keys are ignored, so that Buildkite can add parameters without breaking receivers.
    }
    if (timestampText == null) {
      return malformed("it has no timestamp");
    }
    if (signatureHex == null) {
      return malformed("it has no signature");
    }
    if (timestampText.isEmpty() || timestampText.length() > MAX_TIMESTAMP_DIGITS || !allDigits(timestampText)) {
      return malformed("the timestamp is not a whole number of seconds");
    }
    byte[] received = decodeHex(signatureHex);
    if (received == null) {
      return malformed("the signature is not " + SIGNATURE_HEX_LENGTH + " hexadecimal digits");
    }

    byte[] expected;
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(signingKey);
      mac.update(timestampText.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      mac.update(rawBody);
      expected = mac.doFinal();
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256; reaching this means a broken runtime, not a bad request.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
    if (!MessageDigest.isEqual(expected, received)) {
      return WebhookVerification.invalid(Reason.BAD_SIGNATURE,
          "the signature does not match the timestamp and body signed with the configured secret");
    }

    long seconds = Long.parseLong(timestampText);
    Instant now = clock.instant();
    if (seconds > Instant.MAX.getEpochSecond()) {
      return WebhookVerification.invalid(Reason.FUTURE_TIMESTAMP,
          "the signed timestamp is too far in the future to represent");
    }
    Instant signedAt = Instant.ofEpochSecond(seconds);
    Duration age = Duration.between(signedAt, now);
    if (age.compareTo(tolerance) > 0) {
      return WebhookVerification.invalid(Reason.STALE_TIMESTAMP,
          "the request was signed " + age.getSeconds() + "s ago, more than the tolerance of " + tolerance);
    }
    if (age.negated().compareTo(tolerance) > 0) {
      return WebhookVerification.invalid(Reason.FUTURE_TIMESTAMP,
          "the request is signed " + age.negated().getSeconds() + "s in the future, more than the tolerance of "
              + tolerance);
    }
    return WebhookVerification.valid(Mode.SIGNATURE, signedAt);
  }

  private static WebhookVerification malformed(String problem) {
    return WebhookVerification.invalid(Reason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " is malformed: " + problem);
  }

  private static void addNonNull(List<String> into, List<String> values) {
    for (String value : values) {
      if (value != null) {
        into.add(value);
      }
    }
  }

  private static String stripOws(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isToken(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Decodes exactly 64 hex digits (either case) into 32 bytes, or returns null. */
  private static byte[] decodeHex(String hex) {
    if (hex.length() != SIGNATURE_HEX_LENGTH) {
      return null;
    }
    byte[] out = new byte[SIGNATURE_HEX_LENGTH / 2];
    for (int i = 0; i < out.length; i++) {
      char high = hex.charAt(2 * i);
      char low = hex.charAt(2 * i + 1);
      if (!isAsciiHex(high) || !isAsciiHex(low)) {
        return null;
      }
      out[i] = (byte) ((Character.digit(high, 16) << 4) | Character.digit(low, 16));
    }
    return out;
  }

  private static boolean isAsciiHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Collects the configuration of a {@link WebhookVerifier}. Set the webhook's token with {@link #token(String)} if
   * the notification service sends it in clear text, with {@link #signatureSecret(String)} if it signs requests, or
   * both while switching a service from one mode to the other. Not thread-safe.
   */
  public static final class Builder {
    private String token;
    private String signatureSecret;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Accepts requests whose {@code X-Buildkite-Token} header equals this token (compared in constant time).
     *
     * @param token the token shown in the webhook notification service's settings
     * @return this builder
     * @throws IllegalArgumentException if the token is null or empty
     */
    public Builder token(String token) {
      this.token = requireSecret("token", token);
      return this;
    }

    /**
     * Accepts requests whose {@code X-Buildkite-Signature} header holds a valid, fresh HMAC-SHA256 signature made
     * with this secret (the webhook's token, in signature mode).
     *
     * @param signatureSecret the signing secret
     * @return this builder
     * @throws IllegalArgumentException if the secret is null or empty
     */
    public Builder signatureSecret(String signatureSecret) {
      this.signatureSecret = requireSecret("signatureSecret", signatureSecret);
      return this;
    }

    /**
     * Sets the replay window for signed requests: how far the signed timestamp may lie from the clock, in either
     * direction, with the bound itself still accepted. Token mode has no timestamp and ignores it.
     *
     * @param tolerance a positive duration; {@link #DEFAULT_TOLERANCE} when not set
     * @return this builder
     * @throws IllegalArgumentException if it is null, zero or negative
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = Require.positive("tolerance", tolerance);
      return this;
    }

    /**
     * Sets the clock signed timestamps are compared with; mainly for tests.
     *
     * @param clock the clock; the system UTC clock when not set
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder clock(Clock clock) {
      this.clock = Require.notNull("clock", clock);
      return this;
    }

    /**
     * Returns the verifier.
     *
     * @return a new immutable verifier
     * @throws IllegalStateException if neither a token nor a signature secret was set
     */
    public WebhookVerifier build() {
      if (token == null && signatureSecret == null) {
        throw new IllegalStateException("set a token, a signatureSecret, or both");
      }
      return new WebhookVerifier(this);
    }

    /** Describes the configuration without revealing any secret. */
    @Override
    public String toString() {
      return "WebhookVerifier.Builder{token=" + (token != null ? "***" : "none")
          + ", signatureSecret=" + (signatureSecret != null ? "***" : "none") + ", tolerance=" + tolerance + "}";
    }

    private static String requireSecret(String name, String value) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException(name + " must not be null or empty");
      }
      return value;
    }
  }
}
