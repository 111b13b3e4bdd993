package io.github.bksdk.buildkite.auth;

import io.github.bksdk.buildkite.internal.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Credentials whose API token comes from a {@link TokenIssuer} and is replaced before it expires, for organizations
 * with expiring tokens and for short-lived tokens from Buildkite's OAuth token exchange or workload identity
 * federation. The token is cached and shared by all threads. It is replaced when less than
 * {@link #refreshBeforeExpiry()} (30 s by default) of its life remains, or half its lifetime for tokens that live
 * shorter than twice that, so that a token never expires in flight; the issuer is asked by one thread at a time
 * (the others keep using the current token while it is valid, or wait for the new one when it is not). A token with
 * no known expiry is kept until the API rejects it: after a 401 the client calls
 * {@link #refreshAfterUnauthorized(String)}, which asks the issuer once for that rejected token, and sends the
 * request once more when a different token came back. Neither tokens nor the issuer appear in {@link #toString()} or
 * exception messages.
 *
 * <pre>{@code
 * RefreshableCredentials credentials = RefreshableCredentials.of(() -> {
 *   TokenResponse answer = myOAuthClient.exchange();            // your code: any HTTP client, any secret store
 *   return IssuedToken.of(answer.accessToken(), Instant.now().plusSeconds(answer.expiresIn()));
 * });
 * BuildkiteClient client = BuildkiteClient.builder().credentials(credentials).build();
 * }</pre>
 */
public final class RefreshableCredentials implements Credentials {
  /** How long before its expiry a token is replaced unless the builder says otherwise: 30 seconds. */
  public static final Duration DEFAULT_REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(30);

  /** The longest {@link Builder#refreshBeforeExpiry(Duration)} accepted: one hour. */
  public static final Duration MAX_REFRESH_BEFORE_EXPIRY = Duration.ofHours(1);

  private final TokenIssuer issuer;
  private final Duration refreshBeforeExpiry;
  private final TokenCache<Held> cache;

  /** A token with the moments it was obtained, is due for replacement and expires (epoch ms; MAX_VALUE: never). */
  private record Held(IssuedToken token, long obtainedAtMillis, long refreshAtMillis, long expiresAtMillis) {}

  private RefreshableCredentials(TokenIssuer issuer, Duration refreshBeforeExpiry, Clock clock) {
    this.issuer = issuer;
    this.refreshBeforeExpiry = refreshBeforeExpiry;
    this.cache = new TokenCache<>(new TokenCache.Policy<>() {
      @Override
      public Held obtain(long nowMillis) {
        return issue(nowMillis);
      }

      @Override
      public boolean fresh(Held held, long nowMillis) {
        return nowMillis < held.refreshAtMillis();
      }

      @Override
      public boolean usable(Held held, long nowMillis) {
        return nowMillis < held.expiresAtMillis();
      }

      @Override
      public String header(Held held) {
        return held.token().authorizationHeader();
      }
    }, clock);
  }

  /**
   * Creates credentials with the default settings: tokens are replaced 30 s before they expire, on the system UTC
   * clock.
   *
   * @param issuer what obtains a new token
   * @return the credentials; no token is obtained until the first request
   * @throws IllegalArgumentException if the issuer is null
   */
  public static RefreshableCredentials of(TokenIssuer issuer) {
    return builder(issuer).build();
  }

  /**
   * Starts a builder for credentials backed by this issuer.
   *
   * @param issuer what obtains a new token
   * @return a new builder
   * @throws IllegalArgumentException if the issuer is null
   */
  public static Builder builder(TokenIssuer issuer) {
    return new Builder(Require.notNull("issuer", issuer));
  }

  /**
   * Returns {@code Bearer <token>} with a token that is not yet due for replacement, asking the issuer first when
   * there is none or it is due. Thread-safe; concurrent callers never ask the issuer more than once for one
   * replacement.
   *
   * @return the {@code Authorization} header value
   * @throws CredentialsException if the issuer failed, returned null or returned an expired token, and no valid
   *     token is held
   */
  @Override
  public String authorizationHeader() {
    return cache.header();
  }

  /**
   * Replaces the token the API rejected, once: asks the issuer for a new token when {@code rejectedAuthorizationHeader}
   * is still the current one, and reports whether a different token is now current. A token that was already
   * replaced (another request saw the 401 first) is not replaced again, and a replacement is not forced more than
   * once every ten seconds, so a 401 for another reason (a missing scope, a revoked grant) costs at most one extra
   * request per call and does not make every call ask the issuer.
   *
   * @param rejectedAuthorizationHeader the header value the rejected request carried
   * @return true when the request should be sent once more, with the current token
   * @throws CredentialsException if the issuer failed while replacing the token
   */
  @Override
  public boolean refreshAfterUnauthorized(String rejectedAuthorizationHeader) {
    return cache.refreshAfterUnauthorized(rejectedAuthorizationHeader);
  }

  /**
   * Returns how long before a token's expiry it is replaced.
   *
   * @return the margin
   */
  public Duration refreshBeforeExpiry() {
    return refreshBeforeExpiry;
  }

  private Held issue(long nowMillis) {
    IssuedToken token;
    try {
      token = issuer.issue();
    } catch (CredentialsException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new CredentialsException("the token issuer failed (" + e.getClass().getName() + ")", e);
    }
    if (token == null) {
      throw new CredentialsException("the token issuer returned null instead of a token", null);
    }
    if (token.expiresAt().isEmpty()) {
      return new Held(token, nowMillis, Long.MAX_VALUE, Long.MAX_VALUE);
    }
    Instant expiresAt = token.expiresAt().get();
    long expires = expiresAt.toEpochMilli();
    if (expires <= nowMillis) {
      throw new CredentialsException("the token issuer returned a token that had already expired (at " + expiresAt
          + ", now " + Instant.ofEpochMilli(nowMillis) + ")", null);
    }
    long margin = Math.min(refreshBeforeExpiry.toMillis(), (expires - nowMillis) / 2);
    return new Held(token, nowMillis, expires - margin, expires);
  }

  /**
   * Describes the credentials by their settings only, for example
   * {@code RefreshableCredentials[refreshBeforeExpiry=PT30S]}; tokens are never shown.
   *
   * @return a description free of secrets
   */
  @Override
  public String toString() {
    return "RefreshableCredentials[refreshBeforeExpiry=" + refreshBeforeExpiry + "]";
  }

  /** Configures {@link RefreshableCredentials}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private final TokenIssuer issuer;
    private Duration refreshBeforeExpiry = DEFAULT_REFRESH_BEFORE_EXPIRY;
    private Clock clock = Clock.systemUTC();

    private Builder(TokenIssuer issuer) {
      this.issuer = issuer;
    }

    /**
     * Sets how long before its expiry a token is replaced (the clock skew and request time it must cover); for
     * tokens that live less than twice this long, half their lifetime is used instead.
     *
     * @param refreshBeforeExpiry zero to {@link #MAX_REFRESH_BEFORE_EXPIRY}
     * @return this builder
     * @throws IllegalArgumentException if it is null, negative or longer than an hour
     */
    public Builder refreshBeforeExpiry(Duration refreshBeforeExpiry) {
      if (refreshBeforeExpiry == null || refreshBeforeExpiry.isNegative()
          || refreshBeforeExpiry.compareTo(MAX_REFRESH_BEFORE_EXPIRY) > 0) {
        throw new IllegalArgumentException("refreshBeforeExpiry must be between 0 and " + MAX_REFRESH_BEFORE_EXPIRY
            + ", was " + refreshBeforeExpiry);
      }
      this.refreshBeforeExpiry = refreshBeforeExpiry;
      return this;
    }

    /**
     * Sets the clock that decides when a token is due; the default is the system UTC clock. Meant for tests.
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
     * Builds the credentials. The issuer is not called yet; the first token is obtained on the first request.
     *
     * @return the credentials
     */
    public RefreshableCredentials build() {
      return new RefreshableCredentials(issuer, refreshBeforeExpiry, clock);
    }
  }
}
