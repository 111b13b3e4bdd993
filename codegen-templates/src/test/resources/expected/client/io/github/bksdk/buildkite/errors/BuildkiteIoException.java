package io.github.bksdk.buildkite.errors;

/**
 * The exchange with the API did not produce a usable answer: the connection was refused or reset, it timed out, the
 * response could not be read, or (as the subclass {@link InvalidResponseException}) it arrived but cannot be used as
 * the operation describes. {@link #statusCode()} is 0 unless a response arrived.
 */
public class BuildkiteIoException extends BuildkiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without credentials
   * @param cause the underlying I/O failure
   */
  public BuildkiteIoException(String message, Throwable cause) {
    super(message, 0, ErrorDetails.none(), cause);
  }

  /**
   * Creates the exception for a response that arrived but could not be used.
   *
   * @param message what failed, without credentials
   * @param statusCode the HTTP status of the response, or 0
   * @param cause the underlying failure, or {@code null}
   */
  protected BuildkiteIoException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, ErrorDetails.none(), cause);
  }
}
