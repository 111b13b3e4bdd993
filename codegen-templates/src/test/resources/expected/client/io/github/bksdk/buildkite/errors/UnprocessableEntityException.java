package io.github.bksdk.buildkite.errors;

/** The API answered 422 Unprocessable Entity: a request the API understood but refused; see errors() for the fields. */
public class UnprocessableEntityException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param details what the response said
   */
  public UnprocessableEntityException(String message, int statusCode, ErrorDetails details) {
    super(message, statusCode, details, null);
  }
}
