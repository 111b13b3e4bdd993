package io.github.bksdk.buildkite.auth;

import io.github.bksdk.buildkite.internal.Require;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Credentials for a Buildkite "Public Key" API access token: instead of sending a shared secret, every request
 * carries {@code Authorization: Bearer <jwt>}, a short-lived JWT signed with RS256 by an RSA private key (2048 to
 * 4096 bits) whose public half is registered with the token. The JWT's {@code iss} is the token's UUID, its
 * {@code iat} is backdated by five seconds to absorb clock skew, and its {@code exp} is {@code iat} plus the
 * configured lifetime. One signed JWT is cached and shared by all threads until fewer than ten seconds of its life
 * remain, so the key is used once per refresh rather than once per request; caching and replacement share their
 * core with {@link RefreshableCredentials} (one signer at a time; while a JWT that is due but still valid is being
 * replaced, other threads keep sending it). After a 401 the client may ask for a new signature once with
 * {@link #refreshAfterUnauthorized(String)}. Neither the key nor any JWT is ever shown by {@link #toString()} or in
 * exception messages.
 *
 * <pre>{@code
 * JwtCredentials jwt = JwtCredentials.builder()
 *     .tokenUuid("0f5a2b9e-8c61-4f8e-9d4b-1c2a3e4f5a6b")
 *     .privateKeyPem(Path.of("buildkite-key.pem"))
 *     .build();
 * BuildkiteClient client = BuildkiteClient.builder().credentials(jwt).build();
 * }</pre>
 */
public final class JwtCredentials implements Credentials {
  /** How far {@code iat} is set before the current time, so that a server clock running slightly behind accepts it. */
  public static final Duration BACKDATING = Duration.ofSeconds(5);

  /** A cached JWT is replaced once fewer than this many seconds remain before its {@code exp}. */
  public static final Duration REFRESH_MARGIN = Duration.ofSeconds(10);

  /** The lifetime ({@code exp - iat}) used when the builder is not given one: one minute. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);

  /**
   * The longest lifetime accepted: five minutes minus {@link #BACKDATING}. Buildkite requires {@code exp} to be within
   * five minutes of {@code iat}; keeping a further backdating's worth below that also keeps {@code exp} within five
   * minutes of the moment the JWT is actually signed.
   */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(5).minus(BACKDATING);

  /**
   * The lifetime must be longer than this ({@link #BACKDATING} plus {@link #REFRESH_MARGIN}); a shorter one would
   * produce JWTs that are already expired, or due for replacement, the moment they are signed.
   */
  public static final Duration MIN_LIFETIME_EXCLUSIVE = BACKDATING.plus(REFRESH_MARGIN);

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();

  private final String tokenUuid;
  private final Duration lifetime;
  private final Clock clock;
  private final RSASSASigner signer;
  private final TokenCache<Signed> cache;

  /** One signed JWT with its time window in epoch milliseconds. */
  private record Signed(String header, long issuedAtMillis, long expiresAtMillis) {}

  private JwtCredentials(Builder builder) {
    this.tokenUuid = builder.tokenUuid;
    this.lifetime = builder.lifetime;
    this.clock = builder.clock;
    this.signer = new RSASSASigner(builder.privateKey);
    this.cache = new TokenCache<>(new TokenCache.Policy<>() {
      @Override
      public Signed obtain(long nowMillis) {
        return sign(nowMillis);
      }

      @Override
      public boolean fresh(Signed signed, long nowMillis) {
        return nowMillis >= signed.issuedAtMillis()
            && signed.expiresAtMillis() - nowMillis >= REFRESH_MARGIN.toMillis();
      }

      @Override
      public boolean usable(Signed signed, long nowMillis) {
        return nowMillis >= signed.issuedAtMillis() && nowMillis < signed.expiresAtMillis();
      }

      @Override
      public String header(Signed signed) {
        return signed.header();
      }
    }, clock);
  }

  /**
   * Starts a builder; {@link Builder#tokenUuid(String)} and one of the private-key setters are required, everything
   * else has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code Bearer <jwt>} with a JWT that stays valid for at least {@link #REFRESH_MARGIN} more seconds,
   * signing a new one only when the cached JWT is close to expiry (or the clock has moved back before its
   * {@code iat}). Safe to call from many threads at once: only one thread signs at a time; while it replaces a JWT
   * that is due but not yet expired the others keep sending that one, and when there is no valid JWT they wait for
   * the single new signature and share it.
   *
   * @return the {@code Authorization} header value
   * @throws IllegalStateException if the signature cannot be computed (the message names no key material)
   */
  @Override
  public String authorizationHeader() {
    return cache.header();
  }

  /**
   * Signs a new JWT after the API rejected {@code rejectedAuthorizationHeader} with a 401, if that JWT is still the
   * current one and no such replacement happened in the last ten seconds. Returns true when the new JWT differs from
   * the rejected one (it will not within the same second: the signature is deterministic and {@code iat} counts
   * whole seconds), so the client sends the request once more only when that can change the answer.
   *
   * @param rejectedAuthorizationHeader the header value the rejected request carried
   * @return true when a different JWT is now current
   * @throws IllegalStateException if the signature cannot be computed (the message names no key material)
   */
  @Override
  public boolean refreshAfterUnauthorized(String rejectedAuthorizationHeader) {
    return cache.refreshAfterUnauthorized(rejectedAuthorizationHeader);
  }

  /**
   * Returns the token UUID this JWT is issued for ({@code iss}), in lower case. It identifies the token but is not a
   * secret.
   *
   * @return the token UUID
   */
  public String tokenUuid() {
    return tokenUuid;
  }

  /**
   * Returns the lifetime of each JWT, that is {@code exp - iat}.
   *
   * @return the lifetime, in whole seconds
   */
  public Duration lifetime() {
    return lifetime;
  }

  private Signed sign(long nowMillis) {
    long issuedAt = Math.floorDiv(nowMillis, 1000L) - BACKDATING.toSeconds();
    long expiresAt = issuedAt + lifetime.toSeconds();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(tokenUuid)
        .issueTime(new Date(issuedAt * 1000L))
        .expirationTime(new Date(expiresAt * 1000L))
        .build();
    SignedJWT jwt = new SignedJWT(HEADER, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException | RuntimeException e) {
      throw new IllegalStateException("could not sign the JWT for Buildkite token " + tokenUuid + " ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return new Signed("Bearer " + jwt.serialize(), issuedAt * 1000L, expiresAt * 1000L);
  }

  /**
   * Describes the credentials by token UUID and lifetime only, for example
   * {@code JwtCredentials[iss=0f5a2b9e-..., lifetime=PT1M]}; the key and JWTs are never shown.
   *
   * @return a description free of secrets
   */
  @Override
  public String toString() {
    return "JwtCredentials[iss=" + tokenUuid + ", lifetime=" + lifetime + "]";
  }

  /**
   * Configures {@link JwtCredentials}. Every setter validates its argument at once and throws
   * {@link IllegalArgumentException} with a message that names the argument and never contains key material. Not
   * thread-safe; build once and share the result.
   */
  public static final class Builder {
    private String tokenUuid;
    private PrivateKey privateKey;
    private Duration lifetime = DEFAULT_LIFETIME;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the UUID of the Public Key API access token, shown next to the token in Buildkite; it becomes the JWT's
     * {@code iss} claim. The value is not echoed in the error message, in case a secret was passed by mistake.
     *
     * @param tokenUuid the token's UUID in its usual 8-4-4-4-12 hexadecimal form
     * @return this builder
     * @throws IllegalArgumentException if it is null or not a UUID
     */
    public Builder tokenUuid(String tokenUuid) {
      if (tokenUuid == null) {
        throw new IllegalArgumentException("tokenUuid must not be null");
      }
      String trimmed = tokenUuid.strip();
      if (!UUID_TEXT.matcher(trimmed).matches()) {
        throw new IllegalArgumentException("tokenUuid must be the access token's UUID "
            + "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, hexadecimal), not the token itself or another value");
      }
      this.tokenUuid = UUID.fromString(trimmed).toString().toLowerCase(Locale.ROOT);
      return this;
    }

    /**
     * Sets the signing key from PEM text, either PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}) or PKCS#1
     * ({@code -----BEGIN RSA PRIVATE KEY-----}); both are read with the plain JDK. The text must hold exactly one
     * unencrypted RSA private key of 2048 to 4096 bits; other PEM blocks such as certificates are ignored.
     *
     * @param pem the PEM text
     * @return this builder
     * @throws IllegalArgumentException if the text is not such a key (the message never quotes it)
     */
    public Builder privateKeyPem(String pem) {
      this.privateKey = RsaPrivateKeys.fromPem(pem);
      return this;
    }

    /**
     * Sets the signing key from a PEM file, read immediately and with the same rules as
     * {@link #privateKeyPem(String)}. The file's path may appear in error messages; its content never does.
     *
     * @param pemFile the file holding the PEM text
     * @return this builder
     * @throws IllegalArgumentException if the file is missing, unreadable, or does not hold a suitable key
     */
    public Builder privateKeyPem(Path pemFile) {
      this.privateKey = RsaPrivateKeys.fromPemFile(pemFile);
      return this;
    }

    /**
     * Sets the signing key directly, for keys loaded from a key store or hardware module. It must be an RSA key;
     * when its modulus is visible it must have 2048 to 4096 bits.
     *
     * @param privateKey the RSA private key
     * @return this builder
     * @throws IllegalArgumentException if it is null, not RSA, or of an unsupported size
     */
    public Builder privateKey(PrivateKey privateKey) {
      this.privateKey = RsaPrivateKeys.checked(privateKey, "privateKey");
      return this;
    }

    /**
     * Sets how long each JWT is valid ({@code exp - iat}), truncated to whole seconds; the default is
     * {@link #DEFAULT_LIFETIME}. Longer lifetimes mean fewer signatures; shorter ones limit how long an intercepted
     * JWT stays usable.
     *
     * @param lifetime more than {@link #MIN_LIFETIME_EXCLUSIVE} and at most {@link #MAX_LIFETIME}
     * @return this builder
     * @throws IllegalArgumentException if it is null or outside that range
     */
    public Builder lifetime(Duration lifetime) {
      if (lifetime == null) {
        throw new IllegalArgumentException("lifetime must not be null");
      }
      Duration whole = lifetime.truncatedTo(ChronoUnit.SECONDS);
      if (whole.compareTo(MIN_LIFETIME_EXCLUSIVE) <= 0 || whole.compareTo(MAX_LIFETIME) > 0) {
        throw new IllegalArgumentException("lifetime must be more than " + MIN_LIFETIME_EXCLUSIVE.toSeconds()
            + " s and at most " + MAX_LIFETIME.toSeconds() + " s (five minutes minus the " + BACKDATING.toSeconds()
            + " s backdating of iat), got " + lifetime);
      }
      this.lifetime = whole;
      return this;
    }

    /**
     * Sets the clock that dates each JWT; the default is the system UTC clock. Meant for tests.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder clock(Clock clock) {
      this.clock = Require.notNull("clock", clock);
      return this;
    }

    /**
     * Builds the credentials. No JWT is signed yet; the first one is made on the first request.
     *
     * @return the credentials
     * @throws IllegalStateException if the token UUID or the private key was not set
     */
    public JwtCredentials build() {
      if (tokenUuid == null) {
        throw new IllegalStateException("tokenUuid is required: call tokenUuid(...)");
      }
      if (privateKey == null) {
        throw new IllegalStateException("a private key is required: call privateKeyPem(...) or privateKey(...)");
      }
      return new JwtCredentials(this);
    }
  }
}
