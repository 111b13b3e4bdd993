package io.github.bksdk.buildkite.errors;

/** The API answered 409 Conflict: a request that conflicts with the resource's current state. */
public class ConflictException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public ConflictException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
