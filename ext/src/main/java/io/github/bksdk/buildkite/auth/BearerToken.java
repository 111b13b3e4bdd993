package io.github.bksdk.buildkite.auth;

import java.util.Objects;

/**
 * A static API access token sent as {@code Authorization: Bearer <token>}. {@link #toString()} never shows it.
 */
public final class BearerToken implements Credentials {
  private final String header;

  private BearerToken(String token) {
    this.header = "Bearer " + token;
  }

  /**
   * Wraps a token.
   *
   * @param token the API access token (for example {@code bkua_...})
   * @return the credentials
   * @throws IllegalArgumentException if the token is null, blank or contains whitespace or control characters
   */
  public static BearerToken of(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token must not be null or blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new IllegalArgumentException("token must not contain whitespace or control characters");
      }
    }
    return new BearerToken(token);
  }

  @Override
  public String authorizationHeader() {
    return header;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BearerToken that && header.equals(that.header);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header);
  }

  @Override
  public String toString() {
    return "BearerToken[redacted]";
  }
}
