package io.github.bksdk.buildkite.errors;

/** The API answered 5xx: a failure on Buildkite's side (500, 502, 503, 504 ...). */
public class ServerException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public ServerException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
