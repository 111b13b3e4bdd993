package io.github.bksdk.buildkite.errors;

/** The API answered any other status: a status this SDK does not map to a more specific class. */
public class UnexpectedStatusException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public UnexpectedStatusException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
