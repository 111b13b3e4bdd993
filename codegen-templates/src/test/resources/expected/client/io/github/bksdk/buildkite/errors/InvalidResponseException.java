package io.github.bksdk.buildkite.errors;

/**
 * The API answered, but the response cannot be used as the operation describes: a body that is not valid JSON
 * for its type, a list with a {@code null} element, a paging link that is malformed or points outside the API's
 * origin, or a required field the server left out (thrown when the field is read). The message names what was
 * wrong, the operation when known, and is bounded in length; it never quotes more than a short excerpt of the
 * response. It is a {@link BuildkiteIoException} (the exchange gave no usable answer), so code that handles I/O
 * failures handles it too; the SDK never retries it, since the same request would get the same answer.
 */
public class InvalidResponseException extends BuildkiteIoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong; shortened to at most 500 characters
   * @param statusCode the HTTP status of the response, or 0 when it does not apply
   * @param cause the underlying cause, or {@code null}
   */
  public InvalidResponseException(String message, int statusCode, Throwable cause) {
    super(Messages.bounded(message), statusCode, cause);
  }
}
