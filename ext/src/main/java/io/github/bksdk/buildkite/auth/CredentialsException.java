package io.github.bksdk.buildkite.auth;

import io.github.bksdk.buildkite.errors.BuildkiteException;
import io.github.bksdk.buildkite.errors.ErrorDetails;

/**
 * No credentials could be produced for a request: the {@link TokenIssuer} of {@link RefreshableCredentials} failed,
 * returned nothing, or returned a token that had already expired. Nothing was sent. {@link #statusCode()} is 0; the
 * message names what failed and the cause's type, never a token; the issuer's own exception is the cause. Not retried
 * by the client (an issuer that can recover should retry inside {@link TokenIssuer#issue()}).
 */
public class CredentialsException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param cause the issuer's failure, or {@code null}
   */
  public CredentialsException(String message, Throwable cause) {
    super(message, 0, ErrorDetails.none(), cause);
  }
}
