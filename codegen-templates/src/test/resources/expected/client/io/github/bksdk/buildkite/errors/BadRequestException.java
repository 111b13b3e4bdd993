package io.github.bksdk.buildkite.errors;

/** The API answered 400 Bad Request: a malformed request, an invalid filter or cursor. */
public class BadRequestException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public BadRequestException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
