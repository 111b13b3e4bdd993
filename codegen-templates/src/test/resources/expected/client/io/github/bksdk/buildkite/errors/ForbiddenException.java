package io.github.bksdk.buildkite.errors;

/** The API answered 403 Forbidden: a token without the scope or the permission the operation needs. */
public class ForbiddenException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public ForbiddenException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
