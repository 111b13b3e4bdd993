package io.github.bksdk.buildkite.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * One API access token handed out by a {@link TokenIssuer}, with the moment it stops being valid when the issuer knows
 * it (an OAuth token exchange answers {@code expires_in}; a token read from a secret store may have no known end).
 * It is sent as {@code Authorization: Bearer <token>}. {@link #toString()} shows the expiry, never the token.
 * Immutable.
 */
public final class IssuedToken {
  private final String header;
  private final Instant expiresAt;

  private IssuedToken(String token, Instant expiresAt) {
    this.header = "Bearer " + token;
    this.expiresAt = expiresAt;
  }

  /**
   * Wraps a token with no known expiry: it is used until the API rejects it with a 401, then the issuer is asked
   * again (see {@link RefreshableCredentials}).
   *
   * @param token the access token, for example {@code bktx_...}
   * @return the issued token
   * @throws IllegalArgumentException if the token is null, blank or contains whitespace or control characters (the
   *     message never quotes it)
   */
  public static IssuedToken of(String token) {
    return new IssuedToken(checked(token), null);
  }

  /**
   * Wraps a token that expires at a known instant; {@link RefreshableCredentials} replaces it shortly before then.
   * For an OAuth answer, pass {@code clock.instant().plusSeconds(expiresIn)}.
   *
   * @param token the access token
   * @param expiresAt when the token stops being accepted
   * @return the issued token
   * @throws IllegalArgumentException if the token is not a usable token (never quoted) or expiresAt is null
   */
  public static IssuedToken of(String token, Instant expiresAt) {
    if (expiresAt == null) {
      throw new IllegalArgumentException("expiresAt must not be null (use IssuedToken.of(token) for no expiry)");
    }
    return new IssuedToken(checked(token), expiresAt);
  }

  private static String checked(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token must not be null or blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new IllegalArgumentException("token must not contain whitespace or control characters");
      }
    }
    return token;
  }

  /**
   * Returns when the token expires, or empty when the issuer did not say.
   *
   * @return the expiry
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * Returns the {@code Authorization} header value that carries this token, {@code Bearer <token>}.
   *
   * @return the header value (a secret: do not log it)
   */
  public String authorizationHeader() {
    return header;
  }

  /**
   * Describes the token by its expiry only, for example {@code IssuedToken[redacted, expiresAt=2026-01-01T00:05:00Z]}.
   *
   * @return a description free of secrets
   */
  @Override
  public String toString() {
    return "IssuedToken[redacted" + (expiresAt == null ? "" : ", expiresAt=" + expiresAt) + "]";
  }
}
