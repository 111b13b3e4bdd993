package io.github.bksdk.buildkite.errors;

/** The API answered 404 Not Found: a resource that does not exist or that the token cannot see. */
public class NotFoundException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public NotFoundException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
