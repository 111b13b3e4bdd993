package io.github.bksdk.buildkite.errors;

/** The API answered 401 Unauthorized: missing, expired or revoked credentials. */
public class UnauthorizedException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public UnauthorizedException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
